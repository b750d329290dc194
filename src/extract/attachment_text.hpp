// Text of attachments linked from government pages, so that the text checks see what a reader
// downloads (the 公示 lists usually sit there): .docx and .xlsx in memory (common/zip_reader +
// libxml2), .pdf through poppler, legacy .doc / .xls through Debian's catdoc / xls2csv run as a
// subprocess with a timeout and an output limit. Images and scanned PDF pages go to the OCR queue
// (extract/ocr.hpp), never inline.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <vector>

#include "common/result.hpp"
#include "common/subprocess.hpp"

namespace govwatch::extract {

// Limits that keep a hostile archive (zip bomb, huge sheet) bounded.
inline constexpr std::size_t kMaxAttachmentPartBytes = 64 * 1024 * 1024;  // one uncompressed XML part
inline constexpr std::size_t kMaxLegacyInputBytes = 32 * 1024 * 1024;     // a .doc / .xls handed to a converter
inline constexpr int kMaxPdfPages = 500;                                   // pages of a PDF read

enum class AttachmentKind { kDocx, kXlsx, kPdf, kDoc, kXls, kImage, kUnknown };
// The kind by the extension of `file_name` (a URL path with ?query works too).
AttachmentKind AttachmentKindOf(std::string_view file_name);

struct PdfText {
  std::string text;                     // pages in order, each in reading layout
  int pages = 0;
  std::vector<int> pages_without_text;  // 0-based: scanned pages, for OCR
};
// The text layer of a PDF through poppler, in physical layout so that a table row stays on one
// line under its header row, read in a child process within `limits` (a PDF of millions of
// drawing operations keeps poppler busy for minutes). Fails naming `file_name` on a broken or
// encrypted file, or when the reading times out or its text goes past the output limit.
Result<PdfText> ReadPdfText(std::string_view bytes, std::string_view file_name, const SubprocessLimits& limits = {});

// Legacy Word 97 (.doc, catdoc) or Excel 97 (.xls, xls2csv: cells tab-separated, one row per
// line, sheets separated by an empty line), as UTF-8. Fails naming `file_name` when the input is
// too large, the converter is missing, fails, times out or writes too much.
Result<std::string> LegacyOfficeText(std::string_view bytes, std::string_view file_name,
                                     const SubprocessLimits& limits = {});

// The readable text of a .docx (paragraphs and table cells, one per line), .xlsx (each row's
// cells joined by tabs, one row per line, sheets in order), .pdf (its text layer; "" for a scanned
// PDF, which needs OCR), .doc or .xls; an office file that is a saved web page is read as the
// page's text. The kind comes from `file_name`'s extension. Fails naming
// `file_name` on an unknown kind (images: use the OCR queue), a broken file or an oversized part,
// or when reading a .pdf, .doc or .xls goes past `limits`. Thread-safe.
Result<std::string> ExtractAttachmentText(std::string_view bytes, std::string_view file_name,
                                          const SubprocessLimits& limits = {});

}  // namespace govwatch::extract
