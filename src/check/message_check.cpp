#include "check/message_check.hpp"

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {

std::optional<model::Finding> CheckUnansweredMessages(const SiteObservations& site, Timestamp t, const Rules& rules) {
  const int months = rules.GetInt("message.unanswered_months");
  const CivilTime tc = ToCivil(t);
  const Timestamp lookback = ToTimestamp(CivilTime{AddMonths(tc.date, -rules.GetInt("message.lookback_months")),
                                                   tc.hour, tc.minute, tc.second});
  int count = 0;
  std::string list;
  Timestamp first = 0;
  for (const model::CitizenMessage& m : site.messages) {
    if (m.received_at > t || m.seen_at > t) continue;
    // Calendar days decide, as for every window: received on 12-31, a wait is "more than 3 months"
    // from 04-01 on (the limit day 03-31 itself is still within).
    const Date limit = AddMonths(DateOf(m.received_at), months);
    // The wait ends at the reply, or at T when there is none (or it came after T).
    const Timestamp wait_end = (m.replied_at && *m.replied_at <= t) ? *m.replied_at : t;
    if (DateOf(wait_end) <= limit) continue;
    // Only waits that overlap the year before T count.
    if (wait_end < lookback) continue;
    ++count;
    if (first == 0 || m.received_at < first) first = m.received_at;
    list += fmt::format("{}留言{}《{}》{}于{}，{}", list.empty() ? "" : "；", m.message_id, m.title,
                        std::string(model::ToChinese(m.kind)), FormatTime(m.received_at),
                        (m.replied_at && *m.replied_at <= t) ? fmt::format("{}才答复", FormatTime(*m.replied_at))
                                                             : std::string("至今未答复"));
  }
  if (count == 0) return std::nullopt;
  model::Finding f = detail::MakeFinding("W-V5.2", "互动回应差", model::ObjectKind::kSite, site.site.name,
                                         site.site.unit, model::Severity::kVeto, t);
  f.url = site.site.url;
  f.detail = fmt::format("监测时间点前1年内有{}条网民留言超过{}个月未回应", count, months);
  f.excerpt = list;
  f.seen_at = first;
  f.last_seen_at = t;
  return f;
}

bool IsOverdueUnfinished(const model::CitizenMessage& m, Timestamp t, const Rules& rules,
                         const WorkingCalendar& calendar) {
  if (m.replied_at && *m.replied_at <= t) return false;
  const Date deadline = calendar.AddWorkingDays(DateOf(m.received_at), rules.GetInt("message.reply_limit_working_days"));
  return t > EndOfDay(deadline);
}

}  // namespace govwatch::check
