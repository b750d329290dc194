#include "cli/report_writer.hpp"

#include "common/files.hpp"
#include "report/rectification_notice.hpp"
#include "report/render.hpp"

#include <filesystem>

namespace govwatch::cli {

Result<void> WriteReport(const verdict::PeriodResult& result, const report::NoticeSettings& settings,
                         const std::string& format, const std::string& path) {
  auto content = report::RenderFormat(result, settings, format);
  if (!content) return content.error();
  return WriteFileAtomic(path, *content);
}

Result<std::vector<std::string>> WriteRectifications(const verdict::PeriodResult& result,
                                                     const report::NoticeSettings& settings, const std::string& dir) {
  std::vector<std::string> written;
  for (const std::string& unit : report::RectificationUnits(result)) {
    const std::string base = (std::filesystem::path(dir) / (result.period.Name() + "-整改通知-" + unit)).string();
    if (auto r = WriteFileAtomic(base + ".md", report::RenderRectificationMarkdown(result, settings, unit)); !r) {
      return r.error();
    }
    auto docx = report::RenderRectificationDocx(result, settings, unit);
    if (!docx) return docx.error();
    if (auto r = WriteFileAtomic(base + ".docx", *docx); !r) return r.error();
    written.push_back(base + ".md");
    written.push_back(base + ".docx");
  }
  return written;
}

}  // namespace govwatch::cli
