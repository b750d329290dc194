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

// A link offered as an online channel for questions and suggestions (W-V5 ①: 领导信箱, 政务咨询,
// 网民留言 …), or a 信访/举报 channel that does not count, and what its target showed.
struct ChannelObservation {
  std::string from_url;   // the page linking to it (homepage, 互动 page), or the registered column's URL
  std::string url;        // the channel page
  std::string text;       // link text, or the registered column's name
  bool external = false;  // on another site (a shared platform: 12345, 集约化互动平台, 人民网留言板)
  bool checked = false;   // fetched: a stored snapshot of the page, or a link check of an external one
  int http_status = 0;
  std::string error;      // fetch error or HTTP status text when it did not answer
  bool has_form = false;  // the page shows a message form
  bool has_list = false;  // the page lists messages (or is a column list with items)
  std::int64_t snapshot_id = 0;
  Timestamp seen_at = 0;
};

// The newest HTTPS and IPv6 facts of a site (P-13, P-14, W-D4.5), as measured by the crawl.
struct SiteFactsObservation {
  Timestamp checked_at = 0;
  bool https_ok = false;                 // https answered with a verified certificate chain
  bool http_redirects_to_https = false;
  std::string tls_version;               // "TLSv1.3" …, "" when no TLS handshake completed
  bool cert_chain_valid = false;
  std::optional<Timestamp> cert_not_after;
  std::string https_error;               // "connect", "tls", "timeout", an HTTP status …
  bool aaaa = false;
  bool ipv6_ok = false;
  std::string ipv6_error;                // "no_aaaa", "connect", …
};

struct SiteIntegrityObservations {
  std::vector<HiddenLinkObservation> hidden_links;
  std::vector<StablePageHistory> stable_pages;
  std::vector<ColumnHistory> columns;
  std::optional<SearchProbe> search;
  // W-V5 ①: false when the homepage was not read (nothing can be said about the channels).
  bool channels_read = false;
  std::vector<ChannelObservation> channels;           // consultation/suggestion channels found
  std::vector<ChannelObservation> excluded_channels;  // 网上信访, 纪检举报 … (do not count)
  std::optional<SiteFactsObservation> facts;          // unset when never measured by T
};

}  // namespace govwatch::check
