// Writes a judged period's notice in one format to a path, atomically.
#pragma once

#include <string>
#include <vector>

#include "cli/inspection.hpp"

namespace govwatch::cli {

// Formats: md, html, json, docx, xlsx. Fails naming the format or the path.
Result<void> WriteReport(const verdict::PeriodResult& result, const report::NoticeSettings& settings,
                         const std::string& format, const std::string& path);

// Writes one rectification notice (整改通知) per unit with findings into `dir`, as
// <unit>.md and <unit>.docx; returns the paths written.
Result<std::vector<std::string>> WriteRectifications(const verdict::PeriodResult& result,
                                                     const report::NoticeSettings& settings, const std::string& dir);

}  // namespace govwatch::cli
