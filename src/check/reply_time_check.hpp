// Reply times of citizen messages against working-day limits (pure, no I/O).
// M-2: simple consultations (简单咨询) answered within 1 working day — the seed's target; reported
// as counts and a rate, with an info finding on the board's site listing the ones that missed it.
// M-3: messages that took more than 5 working days (answered late, or still unanswered past the
// limit) — a finding on the site whose weight the rule file sets (message.slow_reply_severity):
// 0 info with the count (no notice label: the default, as the seed does not fail sites for it),
// 1 deduction labelled 互动回应差 (message.slow_reply_points per message, "扣N分"), 2 veto labelled
// 互动回应差 (a locality that treats it as a failure).
// Limits are per locality: N working days (closing at 24:00 of the N-th working day after the day
// of receipt) or N clock hours (e.g. 芒市's 72 hours).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/observations.hpp"
#include "check/rules.hpp"
#include "common/working_calendar.hpp"

namespace govwatch::check {

// The thresholds of M-2, M-3 and the overdue limit of M-7, from rules/messages.tsv.
struct ReplyTimeParams {
  ReplyLimit simple_limit = ReplyLimit::WorkingDays(1);  // M-2 message.simple_reply_working_days
  ReplyLimit slow_limit = ReplyLimit::WorkingDays(5);    // M-3 message.slow_reply_working_days
  int slow_severity = 0;       // M-3 message.slow_reply_severity: 0 info, 1 deduction, 2 veto
  double slow_points = 0;      // M-3 message.slow_reply_points: points per slow message (deduction)
  // The locality's reply limit (M-6/M-7): message.reply_limit_hours when > 0, else
  // message.reply_limit_working_days.
  ReplyLimit reply_limit = ReplyLimit::WorkingDays(5);

  // Reads the keys above; every one must be present (merge rules/messages.tsv).
  static ReplyTimeParams FromRules(const Rules& rules);
};

// M-2 figures over the simple consultations received in [from, t] and seen by t.
struct SimpleConsultationFigures {
  int received = 0;
  int answered_in_time = 0;  // within the simple limit
  int answered_late = 0;
  int overdue = 0;           // unanswered at t, past the limit
  int pending = 0;           // unanswered at t, limit not yet passed (not counted in the rate)
  // answered_in_time / (received − pending) as a percentage with 2 decimals, "100.00" when none due.
  std::string rate;
};

// Counts M-2 over `messages` (of any number of sites).
SimpleConsultationFigures CountSimpleConsultations(const std::vector<model::CitizenMessage>& messages,
                                                   Timestamp from, Timestamp t, const ReplyTimeParams& params,
                                                   const WorkingCalendar& calendar);

// M-2 info finding on the site when some due simple consultation missed the 1-working-day target.
std::optional<model::Finding> CheckSimpleConsultations(const SiteObservations& site, Timestamp from, Timestamp t,
                                                       const ReplyTimeParams& params,
                                                       const WorkingCalendar& calendar);

// M-3 finding on the site when messages received in [from, t] took more than the slow limit.
std::optional<model::Finding> CheckSlowReplies(const SiteObservations& site, Timestamp from, Timestamp t,
                                               const ReplyTimeParams& params, const WorkingCalendar& calendar);

// True when `m` has no reply at T and the locality's limit (hours or working days) has passed —
// the overdue-unfinished test of M-7 with a configurable limit.
bool IsOverdueUnfinishedWithin(const model::CitizenMessage& m, Timestamp t, const ReplyLimit& limit,
                               const WorkingCalendar& calendar);

}  // namespace govwatch::check
