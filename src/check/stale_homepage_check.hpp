// W-V3 首页不更新: veto when the homepage shows no item dated within the 14 days before T. A
// homepage that is only navigation (no dated items) is judged by its second-level pages: the
// newest item of any of the site's columns.
#pragma once

#include <optional>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

std::optional<model::Finding> CheckStaleHomepage(const SiteObservations& site, Timestamp t, const Rules& rules);

}  // namespace govwatch::check
