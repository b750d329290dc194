// What the page-integrity checks see (暗链 W-V1.3, 篡改 W-V1.4, 伪造发稿日期 W-V1.5, 搜索 P-11):
// facts read from stored page bodies and snapshot histories, gathered by the caller. Plain data.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/observations.hpp"
#include "common/time.hpp"
#include "model/model.hpp"

namespace govwatch::check {

// A link a visitor cannot see (or one an inline script writes), on one stored page.
struct HiddenLinkObservation {
  std::string page_url;
  std::int64_t snapshot_id = 0;
  Timestamp seen_at = 0;
  std::string url;   // the link's target
  std::string text;  // its anchor text
  std::string how;   // how it is hidden, in Chinese
};

// One stored version of a page that should be stable.
struct PageVersion {
  std::int64_t snapshot_id = 0;
  Timestamp fetched_at = 0;
  std::string title;                 // <title> as written
  std::string text;                  // extracted main text
  std::vector<std::string> scripts;  // absolute URLs of <script src> and <iframe src>
};

// The stored versions of a stable page (homepage, 领导信息 pages), oldest first, the newest last.
struct StablePageHistory {
  std::string url;
  std::string role;  // 首页, 领导信息页 … (Chinese, for the evidence)
  std::vector<PageVersion> versions;
};

// The list snapshots of one registered column, oldest first.
struct ColumnHistory {
  model::Column column;
  model::ColumnType type = model::ColumnType::kOther;
  std::vector<ListSnapshot> snapshots;
};

// The site-search probe (P-11) of one site: the form found and what a query returned.
struct SearchProbe {
  bool form_found = false;      // a search form on the homepage
  std::string form_url;         // the form's action, resolved
  std::string query;            // the title searched for ("" when there was nothing to search)
  std::string target_url;       // the article that should be found
  bool answered = false;        // the result page came back (HTTP 200)
  int http_status = 0;
  bool found = false;           // the result page links to the article or shows its title
  std::string result_url;       // the result page fetched
  Timestamp at = 0;
};

struct SiteIntegrityObservations {
  std::vector<HiddenLinkObservation> hidden_links;
  std::vector<StablePageHistory> stable_pages;
  std::vector<ColumnHistory> columns;
  std::optional<SearchProbe> search;
};

}  // namespace govwatch::check
