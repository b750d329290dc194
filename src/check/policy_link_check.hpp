// W-D1.4 政策解读未关联: every interpretation (an article under a 政策解读 column) must link to
// the policy document it interprets (an article under a 政策文件 column), and that document must
// link back. A deduction per unlinked pair, capped; points come from the rule file.
#pragma once

#include <optional>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

std::optional<model::Finding> CheckPolicyLinks(const SiteObservations& site, Timestamp t, const Rules& rules);

}  // namespace govwatch::check
