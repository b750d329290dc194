#include "report/render.hpp"

#include <fmt/core.h>

#include "report/docx_writer.hpp"
#include "report/xlsx_writer.hpp"

namespace govwatch::report {

Result<std::string> RenderFormat(const verdict::PeriodResult& result, const NoticeSettings& settings,
                                 std::string_view format) {
  if (format == "md") return RenderMarkdown(result, settings);
  if (format == "html") return RenderHtml(result, settings);
  if (format == "json") return RenderJson(result).dump(2) + "\n";
  if (format == "docx") return RenderDocx(result, settings);
  if (format == "xlsx") return RenderXlsx(result, settings);
  return MakeError(ErrorCode::kInvalidArgument,
                   fmt::format("--format: '{}' is not one of docx, xlsx, html, md, json", format));
}

}  // namespace govwatch::report
