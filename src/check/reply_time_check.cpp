#include "check/reply_time_check.hpp"

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {

namespace {

// num / den as a percentage with 2 decimals, rounded half-up in integer arithmetic.
std::string Percent(int num, int den) {
  if (den <= 0) return "100.00";
  const long long hundredths = (static_cast<long long>(num) * 20000 + den) / (2LL * den);
  return fmt::format("{}.{:02}", hundredths / 100, hundredths % 100);
}

bool InWindow(const model::CitizenMessage& m, Timestamp from, Timestamp t) {
  return m.received_at >= from && m.received_at <= t && m.seen_at <= t;
}

std::string ReplyText(const model::CitizenMessage& m, Timestamp t) {
  if (m.replied_at && *m.replied_at <= t) return fmt::format("{}答复", FormatTime(*m.replied_at));
  return "至今未答复";
}

}  // namespace

ReplyTimeParams ReplyTimeParams::FromRules(const Rules& rules) {
  ReplyTimeParams p;
  p.simple_limit = ReplyLimit::WorkingDays(rules.GetInt("message.simple_reply_working_days"));
  p.slow_limit = ReplyLimit::WorkingDays(rules.GetInt("message.slow_reply_working_days"));
  p.slow_severity = rules.GetInt("message.slow_reply_severity");
  p.slow_points = rules.Get("message.slow_reply_points");
  const int hours = rules.GetInt("message.reply_limit_hours");
  p.reply_limit = hours > 0 ? ReplyLimit::Hours(hours)
                            : ReplyLimit::WorkingDays(rules.GetInt("message.reply_limit_working_days"));
  return p;
}

SimpleConsultationFigures CountSimpleConsultations(const std::vector<model::CitizenMessage>& messages,
                                                   Timestamp from, Timestamp t, const ReplyTimeParams& params,
                                                   const WorkingCalendar& calendar) {
  SimpleConsultationFigures f;
  for (const model::CitizenMessage& m : messages) {
    if (m.kind != model::MessageKind::kSimpleConsultation || !InWindow(m, from, t)) continue;
    ++f.received;
    switch (calendar.Assess(m.received_at, m.replied_at, t, params.simple_limit).state) {
      case ReplyState::kAnsweredInTime: ++f.answered_in_time; break;
      case ReplyState::kAnsweredLate: ++f.answered_late; break;
      case ReplyState::kOverdue: ++f.overdue; break;
      case ReplyState::kPending: ++f.pending; break;
    }
  }
  f.rate = Percent(f.answered_in_time, f.received - f.pending);
  return f;
}

std::optional<model::Finding> CheckSimpleConsultations(const SiteObservations& site, Timestamp from, Timestamp t,
                                                       const ReplyTimeParams& params,
                                                       const WorkingCalendar& calendar) {
  const SimpleConsultationFigures fig = CountSimpleConsultations(site.messages, from, t, params, calendar);
  if (fig.answered_late + fig.overdue == 0) return std::nullopt;
  model::Finding f = detail::MakeFinding("M-2", "简单咨询答复超时", model::ObjectKind::kSite, site.site.name, site.site.unit,
                                         model::Severity::kInfo, t);
  f.url = site.site.url;
  std::string list;
  Timestamp first = 0;
  for (const model::CitizenMessage& m : site.messages) {
    if (m.kind != model::MessageKind::kSimpleConsultation || !InWindow(m, from, t)) continue;
    const ReplyTiming timing = calendar.Assess(m.received_at, m.replied_at, t, params.simple_limit);
    if (timing.state != ReplyState::kAnsweredLate && timing.state != ReplyState::kOverdue) continue;
    if (first == 0 || m.received_at < first) first = m.received_at;
    list += fmt::format("{}留言{}《{}》{}收到，{}，用时{}个工作日", list.empty() ? "" : "；", m.message_id, m.title,
                        FormatTime(m.received_at), ReplyText(m, t), timing.working_days);
  }
  f.detail = fmt::format("简单咨询{}条，{}内答复{}条，超期答复{}条，逾期未答复{}条，按时答复率{}%",
                         fig.received, params.simple_limit.ToChinese(), fig.answered_in_time, fig.answered_late,
                         fig.overdue, fig.rate);
  f.excerpt = list;
  f.seen_at = first;
  f.last_seen_at = t;
  return f;
}

std::optional<model::Finding> CheckSlowReplies(const SiteObservations& site, Timestamp from, Timestamp t,
                                               const ReplyTimeParams& params, const WorkingCalendar& calendar) {
  int late = 0;
  int overdue = 0;
  std::string list;
  Timestamp first = 0;
  for (const model::CitizenMessage& m : site.messages) {
    if (!InWindow(m, from, t)) continue;
    const ReplyTiming timing = calendar.Assess(m.received_at, m.replied_at, t, params.slow_limit);
    if (timing.state == ReplyState::kAnsweredLate) {
      ++late;
    } else if (timing.state == ReplyState::kOverdue) {
      ++overdue;
    } else {
      continue;
    }
    if (first == 0 || m.received_at < first) first = m.received_at;
    list += fmt::format("{}留言{}《{}》{}收到，{}，用时{}个工作日", list.empty() ? "" : "；", m.message_id, m.title,
                        FormatTime(m.received_at), ReplyText(m, t), timing.working_days);
  }
  if (late + overdue == 0) return std::nullopt;
  const model::Severity severity = params.slow_severity >= 2   ? model::Severity::kVeto
                                   : params.slow_severity == 1 ? model::Severity::kDeduction
                                                               : model::Severity::kInfo;
  model::Finding f = detail::MakeFinding("M-3", severity == model::Severity::kInfo ? "留言答复超时" : "互动回应差",
                                         model::ObjectKind::kSite, site.site.name, site.site.unit, severity, t);
  f.url = site.site.url;
  f.detail = fmt::format("{}条网民留言超过{}答复（超期答复{}条，逾期未答复{}条）", late + overdue,
                         params.slow_limit.ToChinese(), late, overdue);
  if (severity == model::Severity::kDeduction) {
    f.points = params.slow_points * (late + overdue);
    f.detail += fmt::format("，扣{:g}分", f.points);
  }
  f.excerpt = list;
  f.seen_at = first;
  f.last_seen_at = t;
  return f;
}

bool IsOverdueUnfinishedWithin(const model::CitizenMessage& m, Timestamp t, const ReplyLimit& limit,
                               const WorkingCalendar& calendar) {
  return calendar.Assess(m.received_at, m.replied_at, t, limit).state == ReplyState::kOverdue;
}

}  // namespace govwatch::check
