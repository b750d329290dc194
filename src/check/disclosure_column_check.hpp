// C-V2 / C-V3: a 信息公开专栏 is judged as its own object. It is not updated when its own list,
// or enough of its registered sub-columns, are beyond the W-V4 window of their type; it is blank
// when its list has no items. Thresholds: disclosure.* in the rule file [I].
#pragma once

#include <vector>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

std::vector<model::Finding> CheckDisclosureColumn(const DisclosureColumnObservations& column, Timestamp t,
                                                  const Rules& rules);

}  // namespace govwatch::check
