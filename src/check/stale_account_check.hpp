// N-V2 内容不更新 (new media): at each check instant — every day at 17:00 across the monitoring
// window, and T itself — an account fails when its newest post is more than 14 days before the
// instant. An account is judged only at instants when it is registered and running and has
// existed for at least the window (an account opened 5 days before an instant cannot be stale).
#pragma once

#include <optional>
#include <vector>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

// The instants of the window [from, to] at which N-V2 is evaluated, none after `t`.
std::vector<Timestamp> MediaInstants(Timestamp from, Timestamp to, Timestamp t, const Rules& rules);
// The N-V2 finding at the first instant the account was stale, if any.
std::optional<model::Finding> CheckStaleAccount(const AccountObservations& account, Timestamp from, Timestamp to,
                                                Timestamp t, const Rules& rules);

}  // namespace govwatch::check
