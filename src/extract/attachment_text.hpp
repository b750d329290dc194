// Text of office attachments (.docx, .xlsx) linked from government pages, so that the text checks
// see what a reader downloads. The archive is read in memory with libzip, its XML with libxml2.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace govwatch::extract {

// Limits that keep a hostile archive (zip bomb, huge sheet) bounded.
inline constexpr std::size_t kMaxAttachmentPartBytes = 64 * 1024 * 1024;  // one uncompressed XML part

// The readable text of a .docx (paragraphs and table cells, one per line) or .xlsx (each row's
// cells joined by tabs, one row per line, sheets in order). The kind comes from `file_name`'s
// extension. Fails naming `file_name` on an unknown kind, a broken archive or an oversized part.
// Thread-safe.
Result<std::string> ExtractAttachmentText(std::string_view bytes, std::string_view file_name);

}  // namespace govwatch::extract
