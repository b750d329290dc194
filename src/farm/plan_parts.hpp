// The parts of BuildPlan() that live in their own files: new-media accounts with their posts
// (media_plan.cpp) and citizen messages (message_plan.cpp). Internal to the farm.
#pragma once

#include <string>
#include <vector>

#include "farm/farm_plan.hpp"
#include "farm/farm_random.hpp"

namespace govwatch::farm {

// Adds 10 accounts (one silent for 21 days: the N-V2 plant, one opened 40 days before the anchor,
// one closed 50 days before it) with their posts, and the N-V2 plant. `plan.sites` must be set;
// the first three sites after the portal are counties. `roles` picks which account plays which part.
void PlanAccounts(FarmPlan& plan, const std::vector<std::string>& department_units, FarmRandom& roles);

// Adds about 30 messages on the portal and the two county sites with a board: answered in 1–4
// days, except one 4 months old on `unanswered_site` (the W-V5.2 plant) and two overdue on the
// portal (the M-7 entry), and adds those plants. The messages of `unanswered_site` are published
// on its HTML board (on_board), with one more answered only after waiting over 3 months.
void PlanMessages(FarmPlan& plan, int unanswered_site, int board_site, const std::vector<std::string>& department_units);

// The connector settings (TOML, the --config file) that read the farm's HTML boards: list pages,
// detail pages, pagination. Needs the ports (call after the farm started).
std::string BoardSettingsToml(const FarmPlan& plan);

}  // namespace govwatch::farm
