// report: the notice's annexes and figures as an Excel workbook (XLSX, libxlsxwriter) for the
// office to sort, filter and forward: 附件1 网站专栏, 附件2 政务新媒体 (the annex tables of the notice,
// group rows merged across the table), 总体情况 (every figure) and 问题明细 (every finding with its
// evidence).
#pragma once

#include <string>

#include "common/result.hpp"
#include "report/notice.hpp"
#include "verdict/verdict.hpp"

namespace govwatch::report {

// The names of the four sheets, in order.
inline constexpr const char* kXlsxSheetNames[] = {"附件1 网站专栏", "附件2 政务新媒体", "总体情况", "问题明细"};

// The bytes of the workbook. libxlsxwriter writes to a file: this writes into a fresh temporary
// folder, reads the file back and removes the folder. Fails (kIoError) naming the step when the
// temporary file cannot be written or read.
Result<std::string> RenderXlsx(const verdict::PeriodResult& result, const NoticeSettings& settings);

}  // namespace govwatch::report
