// report: one entry point for every format of the notice, so that the CLI and the server need not
// know the writers.
#pragma once

#include <string>
#include <string_view>

#include "common/result.hpp"
#include "report/notice.hpp"
#include "verdict/verdict.hpp"

namespace govwatch::report {

// The notice of `result` in `format`: md, html, json (pretty, newline-terminated), docx or xlsx.
// Fails with kInvalidArgument naming the format when it is none of those, or with the writer's
// error.
Result<std::string> RenderFormat(const verdict::PeriodResult& result, const NoticeSettings& settings,
                                 std::string_view format);

}  // namespace govwatch::report
