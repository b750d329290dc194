// File helpers: whole-file reads and atomic writes (write to a temporary, fsync, rename), so
// that a report or registry file is never left half-written.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace govwatch {

// Reads a whole file. Fails with a message naming the path.
Result<std::string> ReadFile(const std::filesystem::path& path);
// Writes `content` to `path` atomically: readers see the old file or the new one, never a part.
Result<void> WriteFileAtomic(const std::filesystem::path& path, std::string_view content);

// The folder of the rule files: $GOVWATCH_RULES_DIR if set, else the `rules/` folder of the
// source tree this binary was built from, else `rules/` beside the executable's parent.
std::filesystem::path RulesDir();

}  // namespace govwatch
