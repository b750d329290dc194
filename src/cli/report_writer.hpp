// Writes a judged period's notice in one format to a path, atomically.
#pragma once

#include <string>

#include "cli/inspection.hpp"

namespace govwatch::cli {

// Formats: md, html, json, docx, xlsx. Fails naming the format or the path.
Result<void> WriteReport(const verdict::PeriodResult& result, const report::NoticeSettings& settings,
                         const std::string& format, const std::string& path);

}  // namespace govwatch::cli
