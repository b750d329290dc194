#include "cli/report_writer.hpp"

#include "common/files.hpp"
#include "report/render.hpp"

namespace govwatch::cli {

Result<void> WriteReport(const verdict::PeriodResult& result, const report::NoticeSettings& settings,
                         const std::string& format, const std::string& path) {
  auto content = report::RenderFormat(result, settings, format);
  if (!content) return content.error();
  return WriteFileAtomic(path, *content);
}

}  // namespace govwatch::cli
