// SiteRenderer: turns a request path on one farm site into a response (homepage, column list
// pages, articles, static pages, search, robots.txt, and on the portal the new-media feeds), from
// the FarmPlan and the current time. Content dated after the clock is neither listed nor served.
#pragma once

#include <string>
#include <string_view>

#include "common/clock.hpp"
#include "farm/farm_plan.hpp"

namespace govwatch::farm {

// An HTTP answer of the farm.
struct FarmResponse {
  int status = 200;
  std::string content_type;
  std::string body;  // already in the site's charset
};

// Renders the pages of one site. Immutable after construction; safe to share between threads.
class SiteRenderer {
 public:
  // `plan` must outlive the renderer; `site` indexes plan.sites.
  SiteRenderer(const FarmPlan& plan, int site);

  // The answer to GET `path` with the raw query parameter `q` (search only) at time `now`.
  FarmResponse Render(std::string_view path, std::string_view query, Timestamp now) const;
  // The page of a site that is down (HTTP 503).
  FarmResponse Unavailable() const;

 private:
  FarmResponse Homepage(Timestamp now) const;
  FarmResponse ListPage(int column, int page, Timestamp now) const;
  FarmResponse Article(int item, Timestamp now) const;
  FarmResponse StaticPage(bool contact) const;
  // A 互动交流 page with a message form: the 领导信箱, or the 网上信访 / 纪检举报 page.
  FarmResponse ChannelPage(std::string_view name, std::string_view path) const;
  // The site's linked style sheet (FarmPlan::kStylesheetPath).
  FarmResponse Stylesheet() const;
  // "市长信箱" on the portal, "领导信箱" elsewhere.
  std::string MailboxName() const;
  FarmResponse Search(std::string_view query, Timestamp now) const;
  FarmResponse Feed(const PlanAccount& account, Timestamp now) const;
  FarmResponse PostPage(const PlanAccount& account, int number, Timestamp now) const;
  FarmResponse NotFound() const;
  // The 网民留言 board (FarmPlan::kBoardPath): `rest` is the path below it.
  FarmResponse Board(std::string_view rest, Timestamp now) const;
  FarmResponse BoardList(int page, Timestamp now) const;
  FarmResponse BoardMessage(const PlanMessage& message, Timestamp now) const;
  FarmResponse Html(int status, std::string html) const;

  // Opens a page: doctype, head with the site meta tags plus `extra_meta`, the top bar and nav.
  std::string Open(std::string_view title, std::string_view extra_meta) const;
  // Appends list entries for `items` (indices into the site's items) in the site's markup.
  void AppendList(std::string& out, const std::vector<int>& items) const;
  // The visible items of a column, newest first.
  std::vector<int> VisibleItems(const PlanColumn& column, Timestamp now) const;
  std::string DateText(const Date& d) const;
  void AppendBody(std::string& out, const PlanItem& item) const;

  const FarmPlan& plan_;
  const PlanSite& site_;
  int index_;
  std::string nav_;     // top bar and navigation, precomputed
  std::string footer_;  // footer, precomputed
};

// Escapes &, <, > and " for HTML text and attributes.
std::string HtmlEscape(std::string_view s);

// "Thu, 31 Mar 2022 10:00:00 +0800" (RFC 822 in CST).
std::string Rfc822Time(Timestamp t);

}  // namespace govwatch::farm
