// verdict: turns a period's findings into pass/fail per object, pass rates (合格率) and the
// message completion rate (办结率), merging other offices' findings (an object failed by both
// counts once). Pure: no I/O.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "check/rules.hpp"
#include "common/time.hpp"
#include "common/working_calendar.hpp"
#include "model/model.hpp"
#include "store/repository.hpp"

namespace govwatch::verdict {

// (N − F) / N as a percentage with 2 decimals, rounded half-up in exact integer arithmetic; never
// "100.00" when F > 0 (it shows "99.99" instead). N = 0 gives "100.00".
std::string FormatRate(int total, int failed);

// The annex heading of a unit: its nearest ancestor (itself included) that is a county
// government or a city department; the unit itself when there is none.
std::string GroupOf(const std::string& unit, const std::vector<model::Unit>& units);

// One kind of object's figures.
struct RateFigures {
  int total = 0;   // registered and running at the end of the window
  int failed = 0;  // distinct failing objects
  std::string pass_rate;
  std::vector<model::Verdict> failures;  // in registry order
};

struct UnitMessageCounts {
  int received = 0;
  int overdue_unfinished = 0;
};

struct MessageFigures {
  int received = 0;
  int overdue_unfinished = 0;
  std::string resolution_rate;
  // M-2: simple consultations (简单咨询) and those answered within the target (1 working day).
  int simple_received = 0;
  int simple_in_time = 0;
  std::string simple_rate;
  std::map<std::string, UnitMessageCounts> by_unit;
};

// Whether an object failed in the previous period has been rectified: it was judged again this
// period and none of its earlier problems was found again.
struct FollowUp {
  model::Verdict previous;
  bool rectified = false;
  std::vector<std::string> remaining;  // problems found again
};

// Everything a notice says about a period.
struct PeriodResult {
  Period period;
  Timestamp judged_at = 0;
  RateFigures sites;
  RateFigures columns;
  RateFigures accounts;
  int accounts_opened = 0;
  int accounts_closed = 0;
  MessageFigures messages;
  std::vector<model::Verdict> verdicts;   // every judged object
  std::vector<model::Finding> findings;   // govwatch's own and the external ones, in order
  int boards = 0;                          // sites with a message board
  std::string previous_period;             // "2021Q4" when it was judged, else empty
  std::vector<FollowUp> follow_up;         // the previous period's failures
  std::vector<model::Finding> shutdowns;   // N-M9 accounts to be ordered shut (local rule)
};

// The registry and observations the figures are computed from.
struct PeriodInput {
  Period period;
  Timestamp judged_at = 0;
  std::vector<model::Unit> units;
  std::vector<model::Site> sites;
  std::vector<model::Column> columns;  // only disclosure columns are objects of their own
  std::vector<model::MediaAccount> accounts;
  std::vector<model::CitizenMessage> messages;
  std::vector<model::Finding> findings;
  std::vector<store::ExternalFinding> external;
  // Other offices' findings from the start of the period's year to its end (for N-M9).
  std::vector<store::ExternalFinding> external_year;
  // The previous period's result, when it was judged (for the rectification follow-up).
  const PeriodResult* previous = nullptr;
};

// Computes verdicts and figures. `calendar` decides the working-day reply limits.
PeriodResult Judge(const PeriodInput& input, const check::Rules& rules, const WorkingCalendar& calendar);

}  // namespace govwatch::verdict
