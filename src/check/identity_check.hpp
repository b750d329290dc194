// W-D4.4 网站标识 and filing information, and W-D4.3 page tags (meta). The homepage footer must
// show the 网站标识码 (equal to the registry's and to <meta name="SiteIDCode">), the ICP备案号,
// the 公安机关备案号, the 党政机关网站标识 and, on portals, the 我为政府网站找错 entry. Pages carry
// the meta tags of their type (site-level on every page, column tags on column pages, article tags
// on articles). Both are deductions; points come from the rule file.
#pragma once

#include <optional>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

std::optional<model::Finding> CheckIdentity(const SiteObservations& site, Timestamp t, const Rules& rules);
std::optional<model::Finding> CheckMetaTags(const SiteObservations& site, Timestamp t, const Rules& rules);

}  // namespace govwatch::check
