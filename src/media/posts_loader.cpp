#include "media/posts_loader.hpp"

#include <map>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/strings.hpp"
#include "common/time.hpp"
#include "media/feed_reader.hpp"

namespace govwatch::media {

namespace {

// A field as text: strings as they are, numbers printed; "" when absent or null.
std::string Field(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return "";
  if (it->is_string()) return std::string(Trim(it->get<std::string>()));
  if (it->is_number_integer()) return fmt::format("{}", it->get<long long>());
  return it->dump();
}

}  // namespace

Result<std::vector<PostRecord>> ParsePostsJson(std::string_view json, const std::string& file) {
  const nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return MakeError(ErrorCode::kParseError, fmt::format("{}: not valid JSON", file));
  if (!doc.is_array()) return MakeError(ErrorCode::kParseError, fmt::format("{}: expected an array of posts", file));
  std::vector<PostRecord> out;
  std::vector<std::string> problems;
  int index = 0;
  for (const nlohmann::json& el : doc) {
    ++index;
    const auto problem = [&](const char* field, const std::string& why) {
      problems.push_back(fmt::format("{}: item {}: {}: {}", file, index, field, why));
    };
    if (!el.is_object()) {
      problems.push_back(fmt::format("{}: item {}: not an object", file, index));
      continue;
    }
    PostRecord r;
    r.index = index;
    r.account_id = Field(el, "account_id");
    if (r.account_id.empty()) problem("account_id", "missing");
    const std::string platform = Field(el, "platform");
    if (platform.empty()) {
      problem("platform", "missing");
    } else if (auto p = model::ParsePlatform(platform)) {
      r.platform = *p;
    } else {
      problem("platform", fmt::format("'{}' is not a known platform", platform));
    }
    const std::string published = Field(el, "published_at");
    if (published.empty()) {
      problem("published_at", "missing");
    } else if (auto t = ParseTimeStartOfDay(published)) {
      r.published_at = *t;
    } else if (auto f = ParseFeedDate(published); f && published.find_first_not_of("0123456789") != std::string::npos) {
      r.published_at = *f;
    } else {
      problem("published_at", fmt::format("'{}' is not a date", published));
    }
    r.title = Field(el, "title");
    r.url = Field(el, "url");
    r.text = Field(el, "text");
    if (!r.url.empty() && !StartsWith(r.url, "http://") && !StartsWith(r.url, "https://")) {
      problem("url", fmt::format("'{}' is not an http(s) URL", r.url));
    }
    out.push_back(std::move(r));
  }
  if (!problems.empty()) {
    std::string msg;
    for (const std::string& p : problems) msg += (msg.empty() ? "" : "\n") + p;
    return MakeError(ErrorCode::kParseError, msg);
  }
  return out;
}

Result<int> StorePostRecords(store::Repository& repo, const std::vector<PostRecord>& records,
                             const std::string& file, Timestamp now) {
  std::map<std::pair<model::Platform, std::string>, std::int64_t> ids;
  std::vector<std::string> problems;
  std::vector<model::Post> posts;
  for (const PostRecord& r : records) {
    const auto key = std::make_pair(r.platform, r.account_id);
    auto it = ids.find(key);
    if (it == ids.end()) {
      auto found = repo.FindAccount(r.platform, r.account_id);
      if (!found) return found.error();
      it = ids.emplace(key, *found ? (*found)->id : 0).first;
    }
    if (it->second == 0) {
      problems.push_back(fmt::format("{}: item {}: account_id: no registered {} account '{}'", file, r.index,
                                     model::ToChinese(r.platform), r.account_id));
      continue;
    }
    model::Post p;
    p.account_id = it->second;
    p.published_at = r.published_at;
    p.title = r.title;
    p.url = r.url;
    p.text = r.text;
    p.seen_at = now;
    posts.push_back(std::move(p));
  }
  if (!problems.empty()) {
    std::string msg;
    for (const std::string& p : problems) msg += (msg.empty() ? "" : "\n") + p;
    return MakeError(ErrorCode::kInvalidArgument, msg);
  }
  int added = 0;
  auto tx = repo.InTransaction([&]() -> Result<void> {
    auto n = repo.AddPosts(posts);
    if (!n) return n.error();
    added = *n;
    return Ok();
  });
  if (!tx) return tx.error();
  return added;
}

}  // namespace govwatch::media
