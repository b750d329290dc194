#include "check/dead_link_check.hpp"

#include <algorithm>
#include <set>

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {

namespace {
void Count(const SiteObservations& site, int& homepage, int& other) {
  std::set<std::string> home_targets, other_targets;
  for (const BrokenLink& l : site.broken_links) {
    (l.on_homepage ? home_targets : other_targets).insert(l.to_url);
  }
  for (const std::string& u : home_targets) other_targets.erase(u);
  homepage = static_cast<int>(home_targets.size());
  other = static_cast<int>(other_targets.size());
}
}  // namespace

double DeadLinkPoints(const SiteObservations& site, const Rules& rules) {
  int homepage = 0;
  int other = 0;
  Count(site, homepage, other);
  const double points = homepage * rules.Get("deadlink.homepage_points") +
                        static_cast<double>(other / std::max(1, rules.GetInt("deadlink.other_links_per_point")));
  return std::min(points, rules.Get("deadlink.cap_points"));
}

std::optional<model::Finding> CheckDeadLinks(const SiteObservations& site, Timestamp t, const Rules& rules) {
  if (site.broken_links.empty()) return std::nullopt;
  int homepage = 0;
  int other = 0;
  Count(site, homepage, other);
  model::Finding f = detail::MakeFinding("W-D4.2", "链接不可用", model::ObjectKind::kSite, site.site.name,
                                         site.site.unit, model::Severity::kDeduction, t);
  f.points = DeadLinkPoints(site, rules);
  f.detail = fmt::format("首页不可用链接{}个，其他页面{}个，扣{:g}分", homepage, other, f.points);
  std::string list;
  std::set<std::string> shown;
  for (const BrokenLink& l : site.broken_links) {
    if (!shown.insert(l.to_url).second) continue;
    list += fmt::format("{}{}（{}，来自{}）", list.empty() ? "" : "；", l.to_url, l.error, l.from_url);
    if (f.url.empty() || l.on_homepage) {
      if (f.url.empty() || (l.on_homepage && f.snapshot_id == 0)) {
        f.url = l.from_url;
        f.snapshot_id = l.snapshot_id;
      }
    }
    if (f.seen_at == 0 || l.seen_at < f.seen_at) f.seen_at = l.seen_at;
    f.last_seen_at = std::max(f.last_seen_at, l.seen_at);
  }
  f.excerpt = list;
  return f;
}

}  // namespace govwatch::check
