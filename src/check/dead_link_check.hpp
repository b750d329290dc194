// W-D4.2 链接不可用 (a deduction): dead links on the homepage cost a point each, dead links on
// other pages a point per five, capped at the indicator's points (defaults: rule file).
#pragma once

#include <optional>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

// The finding (with the deducted points in `detail`), if the site has dead links.
std::optional<model::Finding> CheckDeadLinks(const SiteObservations& site, Timestamp t, const Rules& rules);
// The points W-D4.2 deducts for the site's dead links.
double DeadLinkPoints(const SiteObservations& site, const Rules& rules);

}  // namespace govwatch::check
