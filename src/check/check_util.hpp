// Helpers shared by the check files.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/observations.hpp"
#include "common/time.hpp"
#include "model/model.hpp"

namespace govwatch::check::detail {

// The newest item date at or before `limit`; items with no or unreadable dates are ignored
// (2015 rule: undated items count as not updated).
std::optional<Date> NewestItemDate(const std::vector<model::Item>& items, const Date& limit);
// Calendar days from `from` to `to` (negative when to is earlier).
std::int64_t DaysBetween(const Date& from, const Date& to);
// True when `newest` is more than `days` calendar days before `at` (an item exactly `days`
// old is still fresh). No item at all is stale.
bool OlderThanDays(const std::optional<Date>& newest, const Date& at, int days);
// True when `newest` is before `at` minus `months` calendar months (clamped).
bool OlderThanMonths(const std::optional<Date>& newest, const Date& at, int months);
// The list item with the newest date (for evidence), or nullptr.
const model::Item* NewestItem(const std::vector<model::Item>& items, const Date& limit);
// Fills the common fields of a finding.
model::Finding MakeFinding(std::string indicator, std::string problem, model::ObjectKind kind, std::string object,
                           std::string unit, model::Severity severity, Timestamp instant);
// "2022-03-01" or "无".
std::string DateOrNone(const std::optional<Date>& d);

}  // namespace govwatch::check::detail
