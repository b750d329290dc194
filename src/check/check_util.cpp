#include "check/check_util.hpp"

namespace govwatch::check::detail {

std::optional<Date> NewestItemDate(const std::vector<model::Item>& items, const Date& limit) {
  std::optional<Date> newest;
  for (const model::Item& it : items) {
    if (!it.date) continue;
    auto d = ParseDate(*it.date);
    if (!d || *d > limit) continue;
    if (!newest || *d > *newest) newest = *d;
  }
  return newest;
}

const model::Item* NewestItem(const std::vector<model::Item>& items, const Date& limit) {
  const model::Item* best = nullptr;
  std::optional<Date> best_date;
  for (const model::Item& it : items) {
    if (!it.date) continue;
    auto d = ParseDate(*it.date);
    if (!d || *d > limit) continue;
    if (!best_date || *d > *best_date) {
      best_date = *d;
      best = &it;
    }
  }
  return best;
}

std::int64_t DaysBetween(const Date& from, const Date& to) { return DaysFromDate(to) - DaysFromDate(from); }

bool OlderThanDays(const std::optional<Date>& newest, const Date& at, int days) {
  return !newest || DaysBetween(*newest, at) > days;
}

bool OlderThanMonths(const std::optional<Date>& newest, const Date& at, int months) {
  return !newest || *newest < AddMonths(at, -months);
}

model::Finding MakeFinding(std::string indicator, std::string problem, model::ObjectKind kind, std::string object,
                           std::string unit, model::Severity severity, Timestamp instant) {
  model::Finding f;
  f.indicator = std::move(indicator);
  f.problem = std::move(problem);
  f.object_kind = kind;
  f.object = std::move(object);
  f.unit = std::move(unit);
  f.severity = severity;
  f.instant = instant;
  return f;
}

std::string DateOrNone(const std::optional<Date>& d) { return d ? FormatDate(*d) : std::string("无"); }

}  // namespace govwatch::check::detail
