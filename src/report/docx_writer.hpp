// report: the notice (通报) as a Word document (DOCX, Office Open XML) laid out after GB/T 9704-2012
// 党政机关公文格式: A4, margins 37/35/28/26 mm, 22 lines of 28 characters, body 仿宋_GB2312 三号, title
// 方正小标宋简体 二号, the red 发文机关标志 and separator line, 版记 between rules, page numbers "— 1 —".
// The fonts are named as Word on a government PC knows them; elsewhere the reader substitutes them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "common/time.hpp"
#include "report/notice.hpp"
#include "report/notice_document.hpp"
#include "verdict/verdict.hpp"

namespace govwatch::report {

// What a DOCX needs besides the blocks.
struct DocxOptions {
  std::string header;   // 发文机关标志 in red above the 发文字号; empty: no red header
  std::string author;   // docProps creator
  Date date;            // docProps created/modified (the 成文日期), so that the bytes are reproducible
};

// The bytes of a .docx rendering `doc` block by block. Deterministic: the same input gives the same
// bytes. Fails (kInternal) only when the zip cannot be built.
Result<std::string> RenderDocxDocument(const NoticeDocument& doc, const DocxOptions& options);

// The notice of `result` (BuildNotice) as a .docx. The red header is the `header` setting, else
// the `office` setting.
Result<std::string> RenderDocx(const verdict::PeriodResult& result, const NoticeSettings& settings);

// Visual width of `text` in full-width characters (ASCII counts one half); used to break titles
// and to place the signature. Exposed for tests.
double TextWidthInChars(std::string_view text);

// Breaks a title into lines of at most `max_chars` full-width characters, preferring breaks after
// "关于", "季度", "新媒体", "网站", "的" over a break in the middle of a word. Exposed for tests.
std::vector<std::string> BreakTitle(std::string_view title, double max_chars);

}  // namespace govwatch::report
