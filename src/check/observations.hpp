// What the checks see: the stored observations of one object up to the check instant T,
// gathered by the caller from the store. Plain data; the checks are pure functions of it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/time.hpp"
#include "model/model.hpp"

namespace govwatch::check {

// A page that answered with content: 2xx/3xx and no fetch error (not an empty answer such as
// a 204, nor a body cut at the size limit or by a timeout), or a page that came whole while its
// server held the connection open after it ("held_open"). Content checks read only these.
inline bool IsWorkingPage(int http_status, const std::string& error) {
  return (error.empty() || error == "held_open") && http_status >= 200 && http_status < 400;
}
inline bool IsWorkingPage(const model::Page& p) { return IsWorkingPage(p.http_status, p.error); }

// The newest snapshot of a list page (homepage or column) at or before T.
struct ListSnapshot {
  std::string url;
  std::int64_t snapshot_id = 0;
  Timestamp fetched_at = 0;
  int http_status = 0;
  std::string error;  // fetch error name ("empty_answer", …), "" when none
  bool is_list = false;
  bool empty_list = false;
  std::vector<model::Item> items;
};

// A registered column with its type and newest list snapshot.
struct ColumnObservation {
  model::Column column;
  model::ColumnType type = model::ColumnType::kOther;
  std::optional<ListSnapshot> list;
};

// A text-engine hit on a stored page or post.
struct TextHit {
  std::string check;     // severe | typo | sensitive | pii
  std::string rule;
  std::string severity;  // severe | warn | info
  std::string text;      // offending span
  std::string suggestion;
  std::string excerpt;   // the span in context
  double score = 1.0;
  std::string url;
  std::int64_t snapshot_id = 0;
  Timestamp seen_at = 0;
  std::string note;  // what the evidence shows, in words (the T4 counts); may be empty
};

// A link that did not work.
struct BrokenLink {
  std::string from_url;
  std::string to_url;
  std::string error;  // "404", "timeout", …
  bool on_homepage = false;
  std::int64_t snapshot_id = 0;
  Timestamp seen_at = 0;
};

// The newest snapshot of one page of a site, with its links, and what kind of page it is.
enum class PageRole { kHomepage, kColumnList, kArticle, kOther };
struct PageObservation {
  model::Page page;  // without body
  std::vector<model::Link> links;
  PageRole role = PageRole::kOther;
  std::optional<model::ColumnType> column_type;  // the registered column the page sits under
};

struct SiteObservations {
  model::Site site;
  std::vector<model::Probe> probes;        // the window before T
  std::optional<ListSnapshot> homepage;
  std::vector<ColumnObservation> columns;  // registered ordinary columns of the site
  std::vector<BrokenLink> broken_links;
  std::vector<TextHit> text_hits;          // on pages that belong to the site itself
  std::vector<model::CitizenMessage> messages;  // messages of the site's board seen by T
  std::vector<PageObservation> pages;      // pages of the site itself (not of its disclosure columns)
};

struct DisclosureColumnObservations {
  model::Column column;
  std::string unit;  // the column's unit, or its site's
  model::ColumnType type = model::ColumnType::kOther;
  std::optional<ListSnapshot> list;
  std::vector<ColumnObservation> sub_columns;
  std::vector<TextHit> text_hits;
};

struct AccountObservations {
  model::MediaAccount account;
  bool observed = false;          // a feed was read or posts were imported by T
  std::vector<model::Post> posts;  // published by T, oldest first
  std::vector<TextHit> text_hits;
};

}  // namespace govwatch::check
