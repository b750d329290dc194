// The posts export of DESIGN.md in its JSON form: an array of objects with the English column
// names (account_id*, platform*, published_at*, title, url, text). All or nothing: every bad
// element is reported as "file: item N: field: why" and nothing is returned.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "model/model.hpp"
#include "store/repository.hpp"

namespace govwatch::media {

// One element of the export, before its account is looked up.
struct PostRecord {
  int index = 0;  // 1-based position in the array
  std::string account_id;
  model::Platform platform = model::Platform::kOther;
  Timestamp published_at = 0;
  std::string title;
  std::string url;
  std::string text;
};

// Parses the JSON array. Dates as in the import tables (YYYY-MM-DD[ HH:MM[:SS]], YYYY/M/D …, CST)
// or ISO 8601 with an offset.
Result<std::vector<PostRecord>> ParsePostsJson(std::string_view json, const std::string& file);

// Stores the records as posts of registered accounts (seen_at = now), in one transaction; fails
// listing every record whose account (platform + account_id) is not registered, storing nothing.
// Returns how many posts were new.
Result<int> StorePostRecords(store::Repository& repo, const std::vector<PostRecord>& records,
                             const std::string& file, Timestamp now);

}  // namespace govwatch::media
