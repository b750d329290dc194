#include "check/stale_account_check.hpp"

#include <algorithm>

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {

std::vector<Timestamp> MediaInstants(Timestamp from, Timestamp to, Timestamp t, const Rules& rules) {
  std::vector<Timestamp> out;
  const Timestamp end = std::min(to, t);
  const int hour = rules.GetInt("media.instant_hour");
  for (Date d = DateOf(from); StartOfDay(d) <= end; d = AddDays(d, 1)) {
    const Timestamp instant = ToTimestamp(CivilTime{d, hour, 0, 0});
    if (instant >= from && instant <= end) out.push_back(instant);
  }
  if (out.empty() || out.back() != end) out.push_back(end);
  return out;
}

std::optional<model::Finding> CheckStaleAccount(const AccountObservations& account, Timestamp from, Timestamp to,
                                                Timestamp t, const Rules& rules) {
  if (!account.observed) return std::nullopt;
  const model::MediaAccount& a = account.account;
  const int days = rules.GetInt("media.stale_days");
  const int min_age = rules.GetInt("media.min_age_days");
  for (Timestamp instant : MediaInstants(from, to, t, rules)) {
    if (a.opened_at && *a.opened_at > instant - static_cast<Timestamp>(min_age) * kSecondsPerDay) continue;
    if (a.closed_at && *a.closed_at <= instant) continue;
    if (a.status == model::ObjectStatus::kShutdown && !a.closed_at) continue;
    std::optional<Timestamp> newest;
    for (const model::Post& p : account.posts) {
      if (p.published_at <= instant && (!newest || p.published_at > *newest)) newest = p.published_at;
    }
    const Date at = DateOf(instant);
    const std::optional<Date> newest_date = newest ? std::optional<Date>(DateOf(*newest)) : std::nullopt;
    if (!detail::OlderThanDays(newest_date, at, days)) continue;
    model::Finding f = detail::MakeFinding("N-V2", "内容不更新", model::ObjectKind::kAccount, a.name, a.unit,
                                           model::Severity::kVeto, instant);
    f.url = a.source;
    f.detail = fmt::format("监测时间点{}前{}天内无更新，最近一次发布{}", FormatTime(instant), days,
                           newest ? FormatTime(*newest) : std::string("无"));
    for (const model::Post& p : account.posts) {
      if (newest && p.published_at == *newest) {
        f.excerpt = fmt::format("{} {}", FormatDate(DateOf(p.published_at)), p.title);
        if (!p.url.empty()) f.url = p.url;
        f.seen_at = p.seen_at;
      }
    }
    if (f.excerpt.empty()) f.excerpt = f.detail;
    f.last_seen_at = t;
    return f;
  }
  return std::nullopt;
}

}  // namespace govwatch::check
