// registry: imports the registry tables (units, sites, columns, accounts) and the other import
// tables (messages, posts, external findings) from CSV files with Chinese or English headers,
// validating every row. Each file is all-or-nothing.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "store/repository.hpp"

namespace govwatch::registry {

enum class TableKind { kUnits, kSites, kColumns, kAccounts, kMessages, kPosts, kExternalFindings };

// "单位", "网站", … for messages.
std::string_view TableKindName(TableKind kind);

// What importing one file did.
struct FileReport {
  std::string file;
  TableKind kind = TableKind::kUnits;
  int rows = 0;
  int created = 0;
  int updated = 0;
  int unchanged = 0;
  std::vector<std::string> changes;   // "网站 'X': status, url"
  std::vector<std::string> warnings;  // ignored columns and the like
};

// The outcome of an import call: the files imported, and for the first file that failed, every
// problem found in it as "file:line: field: why". Files after a failed file are not imported.
struct ImportOutcome {
  std::vector<FileReport> imported;
  std::string failed_file;             // empty when all were imported
  std::vector<std::string> problems;   // of failed_file
  std::vector<std::string> warnings;   // about the files, not their rows (a workbook's sheet skipped)
};

// Recognises the table kind from a header row; fails naming the file when no kind matches.
Result<TableKind> RecognizeTable(const std::vector<std::string>& header, const std::string& file);

// Imports the files in dependency order (units, sites, columns, accounts, messages, posts,
// external findings; a file's kind is read from its header). References may point at rows
// already in the database or in earlier files of the same call. `clock` stamps seen_at.
ImportOutcome ImportFiles(store::Repository& repo, const std::vector<std::filesystem::path>& files,
                          const Clock& clock);

// Imports one file's bytes (the name is used in messages). Exposed for tests.
Result<FileReport> ImportBytes(store::Repository& repo, std::string_view bytes, const std::string& file,
                               const Clock& clock, std::vector<std::string>* problems);

}  // namespace govwatch::registry
