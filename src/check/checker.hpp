// check: the indicators of spec/indicators.md as pure functions over stored observations at a
// check instant T (no I/O). One file per indicator; this header runs all that apply to an object.
#pragma once

#include <vector>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

// W-V2, W-V3, W-V4, W-V5.2, W-D1.4, W-D4.2, W-D4.3, W-D4.4 and the text indicators of a site at T.
std::vector<model::Finding> CheckSite(const SiteObservations& site, Timestamp t, const Rules& rules);
// C-V1..C-V3 and PI-2 of a 信息公开专栏 at T.
std::vector<model::Finding> CheckDisclosure(const DisclosureColumnObservations& column, Timestamp t,
                                            const Rules& rules);
// N-V2 over the window's instants, and the text indicators of an account's posts.
std::vector<model::Finding> CheckAccount(const AccountObservations& account, Timestamp window_from,
                                         Timestamp window_to, Timestamp t, const Rules& rules);

}  // namespace govwatch::check
