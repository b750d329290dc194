#include "cli/report_writer.hpp"

#include <fmt/core.h>

#include "common/files.hpp"

namespace govwatch::cli {

Result<void> WriteReport(const verdict::PeriodResult& result, const report::NoticeSettings& settings,
                         const std::string& format, const std::string& path) {
  std::string content;
  if (format == "md") {
    content = report::RenderMarkdown(result, settings);
  } else if (format == "html") {
    content = report::RenderHtml(result, settings);
  } else if (format == "json") {
    content = report::RenderJson(result).dump(2) + "\n";
  } else {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("--format: '{}' is not one of md, html, json", format));
  }
  return WriteFileAtomic(path, content);
}

}  // namespace govwatch::cli
