#include "check/stale_homepage_check.hpp"

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {

std::optional<model::Finding> CheckStaleHomepage(const SiteObservations& site, Timestamp t, const Rules& rules) {
  // No successful snapshot of the homepage: nothing to judge (W-V2 covers unreachability).
  if (!site.homepage || !IsWorkingPage(site.homepage->http_status, site.homepage->error)) return std::nullopt;
  const Date at = DateOf(t);
  const int days = rules.GetInt("homepage.stale_days");
  std::optional<Date> newest = detail::NewestItemDate(site.homepage->items, at);
  std::string basis = "首页";
  std::string url = site.homepage->url;
  std::int64_t snapshot = site.homepage->snapshot_id;
  if (!newest) {
    // Navigation-only homepage: the second-level pages decide.
    basis = "首页仅为导航入口，按二级页面";
    for (const ColumnObservation& c : site.columns) {
      if (!c.list) continue;
      auto d = detail::NewestItemDate(c.list->items, at);
      if (d && (!newest || *d > *newest)) newest = d;
    }
    if (!newest && site.columns.empty()) return std::nullopt;
  }
  if (!detail::OlderThanDays(newest, at, days)) return std::nullopt;
  model::Finding f = detail::MakeFinding("W-V3", "首页不更新", model::ObjectKind::kSite, site.site.name, site.site.unit,
                                         model::Severity::kVeto, t);
  f.url = url;
  f.snapshot_id = snapshot;
  f.seen_at = site.homepage->fetched_at;
  f.last_seen_at = site.homepage->fetched_at;
  const model::Item* item = detail::NewestItem(site.homepage->items, at);
  f.detail = fmt::format("{}最新信息日期为{}，监测时间点{}前{}天内无更新", basis, detail::DateOrNone(newest),
                         FormatDate(at), days);
  f.excerpt = item != nullptr ? fmt::format("{} {}", item->title, item->date.value_or("")) : f.detail;
  return f;
}

}  // namespace govwatch::check
