// W-V2 站点无法访问: over the window before T (7 days), probes at least 20 a day; a probe fails
// when no 200/3xx arrives within 15 s. Veto when failures are ≥ 5 % of the probes. A window with
// fewer than 20 probes on any of its days is too thin to judge and yields no finding.
#pragma once

#include <optional>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

// The probe statistics of one site over the window before T.
struct AvailabilityStats {
  int probes = 0;
  int failures = 0;
  int thin_days = 0;    // days of the window with fewer than the minimum probes
  bool judged = false;  // enough probes to judge
  double ratio = 0;     // failures / probes
};

AvailabilityStats MeasureAvailability(const SiteObservations& site, Timestamp t, const Rules& rules);
// The W-V2 finding, if the site failed.
std::optional<model::Finding> CheckUnreachable(const SiteObservations& site, Timestamp t, const Rules& rules);

}  // namespace govwatch::check
