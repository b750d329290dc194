// Citizen messages. W-V5.2 互动回应差: in the year before T, a valid message left unanswered for
// more than 3 calendar months (a message answered late still counts for the time it waited) —
// a veto on the site of the board. M-7 办结率: (received − overdue unfinished) / received over the
// window, where a message is overdue unfinished when it has no reply at T and its reply limit
// (N working days after the day of receipt, closing at the end of the N-th) has passed.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "check/observations.hpp"
#include "check/rules.hpp"
#include "common/working_calendar.hpp"

namespace govwatch::check {

std::optional<model::Finding> CheckUnansweredMessages(const SiteObservations& site, Timestamp t, const Rules& rules);

// True when `m` counts as overdue and unfinished at T.
bool IsOverdueUnfinished(const model::CitizenMessage& m, Timestamp t, const Rules& rules,
                         const WorkingCalendar& calendar);

}  // namespace govwatch::check
