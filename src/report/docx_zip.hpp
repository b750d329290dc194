// report: the zip container of the Office Open XML files (DOCX), built in memory with libzip with
// fixed entry times so that the same document always gives the same bytes.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/result.hpp"

namespace govwatch::report {

// One file inside the package: its path ("word/document.xml") and bytes.
struct ZipEntry {
  std::string path;
  std::string bytes;
};

// The bytes of a zip archive holding `entries` in order, deflated, every entry dated
// 1980-01-01 00:00 (DOS epoch). Fails (kInternal) only when libzip fails.
Result<std::string> ZipEntries(const std::vector<ZipEntry>& entries);

// The entries of a zip archive by path. Fails (kParseError) when `bytes` is not a readable zip.
Result<std::map<std::string, std::string>> UnzipEntries(std::string_view bytes);

}  // namespace govwatch::report
