#include "check/unreachable_check.hpp"

#include <map>

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {

AvailabilityStats MeasureAvailability(const SiteObservations& site, Timestamp t, const Rules& rules) {
  AvailabilityStats s;
  const int window_days = rules.GetInt("unreachable.window_days");
  const Timestamp from = t - static_cast<Timestamp>(window_days) * kSecondsPerDay;
  const std::int64_t timeout_ms = static_cast<std::int64_t>(rules.Get("probe.timeout_seconds") * 1000);
  std::map<std::int64_t, int> per_day;  // day index within the window → probes
  for (const model::Probe& p : site.probes) {
    if (p.at <= from || p.at > t) continue;
    ++s.probes;
    ++per_day[(p.at - from - 1) / kSecondsPerDay];
    // A response slower than the timeout counts as a failure even if it eventually arrived.
    if (!p.ok || p.elapsed_ms >= timeout_ms) ++s.failures;
  }
  const int min_per_day = rules.GetInt("probe.min_per_day");
  for (int d = 0; d < window_days; ++d) {
    if (per_day[d] < min_per_day) ++s.thin_days;
  }
  s.judged = s.probes > 0 && s.thin_days == 0;
  s.ratio = s.probes > 0 ? static_cast<double>(s.failures) / s.probes : 0;
  return s;
}

std::optional<model::Finding> CheckUnreachable(const SiteObservations& site, Timestamp t, const Rules& rules) {
  const AvailabilityStats s = MeasureAvailability(site, t, rules);
  if (!s.judged) return std::nullopt;
  // "超过(含)5%": failures * 100 >= 5 * probes, compared in integers to avoid rounding at the boundary.
  const double threshold = rules.Get("unreachable.fail_ratio");
  if (static_cast<double>(s.failures) < threshold * s.probes - 1e-9) return std::nullopt;
  model::Finding f = detail::MakeFinding("W-V2", "站点无法访问", model::ObjectKind::kSite, site.site.name, site.site.unit,
                                         model::Severity::kVeto, t);
  f.url = site.site.url;
  f.detail = fmt::format("监测{}天共访问首页{}次，{}次超过{}秒仍无法打开或返回错误，占比{:.2f}%（阈值{:.0f}%）",
                         rules.GetInt("unreachable.window_days"), s.probes, s.failures,
                         rules.GetInt("probe.timeout_seconds"), s.ratio * 100, threshold * 100);
  f.excerpt = f.detail;
  Timestamp first = 0;
  Timestamp last = 0;
  for (const model::Probe& p : site.probes) {
    if (p.ok) continue;
    if (first == 0) first = p.at;
    last = p.at;
  }
  f.seen_at = first;
  f.last_seen_at = last;
  return f;
}

}  // namespace govwatch::check
