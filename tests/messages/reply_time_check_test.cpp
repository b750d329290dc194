// M-2 and M-3 over messages received around the Spring Festival and National Day.
#include "check/reply_time_check.hpp"

#include <gtest/gtest.h>

#include <string>

#include "common/files.hpp"
#include "common/time.hpp"

namespace govwatch::check {
namespace {

Timestamp T(std::string_view s) { return *ParseTime(s); }

const WorkingCalendar& Official() {
  static const WorkingCalendar cal =
      *WorkingCalendar::Parse(*ReadFile(std::string(GOVWATCH_SOURCE_DIR) + "/rules/holidays.tsv"), "holidays.tsv");
  return cal;
}

Rules RulesWithMessages() {
  Rules r = Rules::Defaults();
  auto tsv = ReadFile(std::string(GOVWATCH_SOURCE_DIR) + "/rules/messages.tsv");
  EXPECT_TRUE(tsv);
  auto merged = r.Merge(*tsv, "rules/messages.tsv");
  EXPECT_TRUE(merged) << merged.error().message;
  return r;
}

model::CitizenMessage Msg(std::string id, model::MessageKind kind, std::string_view received,
                          std::optional<std::string_view> replied) {
  model::CitizenMessage m;
  m.message_id = std::move(id);
  m.site_id = 1;
  m.kind = kind;
  m.title = "留言" + m.message_id;
  m.received_at = T(received);
  if (replied) m.replied_at = T(*replied);
  m.seen_at = m.received_at;
  return m;
}

SiteObservations Board(std::vector<model::CitizenMessage> messages) {
  SiteObservations s;
  s.site.id = 1;
  s.site.name = "云岭市人民政府";
  s.site.unit = "云岭市人民政府";
  s.site.url = "http://127.0.0.1:18000/";
  s.messages = std::move(messages);
  return s;
}

using K = model::MessageKind;

TEST(ReplyTimeCheckTest, RuleFileGivesTheSeedsTargets) {
  const ReplyTimeParams p = ReplyTimeParams::FromRules(RulesWithMessages());
  EXPECT_EQ(p.simple_limit.amount, 1);
  EXPECT_EQ(p.slow_limit.amount, 5);
  EXPECT_EQ(p.slow_severity, 0);
  EXPECT_EQ(p.reply_limit.kind, ReplyLimit::Kind::kWorkingDays);
  EXPECT_EQ(p.reply_limit.amount, 5);

  Rules local = RulesWithMessages();
  ASSERT_TRUE(local.Merge("message.reply_limit_hours\t72\t芒市\n", "local.tsv"));
  EXPECT_EQ(ReplyTimeParams::FromRules(local).reply_limit.kind, ReplyLimit::Kind::kHours);
  EXPECT_EQ(ReplyTimeParams::FromRules(local).reply_limit.amount, 72);
}

TEST(ReplyTimeCheckTest, SimpleConsultationsWithinOneWorkingDayAcrossSpringFestival2022) {
  const ReplyTimeParams p = ReplyTimeParams::FromRules(RulesWithMessages());
  // 2022: 1/29 Sat and 1/30 Sun are make-up working days, 1/31–2/6 off.
  const std::vector<model::CitizenMessage> ms = {
      // Friday 1/28 23:59, answered Saturday 1/29 (a working day): in time.
      Msg("a", K::kSimpleConsultation, "2022-01-28 23:59", "2022-01-29 18:00"),
      // Sunday 1/30 (working), answered 2/7: the first working day after it — in time.
      Msg("b", K::kSimpleConsultation, "2022-01-30 10:00", "2022-02-07 23:59:59"),
      // Sunday 1/30, answered 2/8: late.
      Msg("c", K::kSimpleConsultation, "2022-01-30 10:00", "2022-02-08 00:00:00"),
      // Received during the break, no reply: due 2/7 24:00.
      Msg("d", K::kSimpleConsultation, "2022-02-03 09:00", std::nullopt),
      // Thursday 1/27, no reply: due 1/28 24:00.
      Msg("e", K::kSimpleConsultation, "2022-01-27 09:00", std::nullopt),
      // Not a simple consultation: ignored by M-2.
      Msg("f", K::kComplaint, "2022-01-28 09:00", std::nullopt),
      // Received before the window.
      Msg("g", K::kSimpleConsultation, "2021-12-31 09:00", std::nullopt),
  };
  const SimpleConsultationFigures fig =
      CountSimpleConsultations(ms, T("2022-01-01 00:00"), T("2022-02-09 12:00"), p, Official());
  EXPECT_EQ(fig.received, 5);
  EXPECT_EQ(fig.answered_in_time, 2);
  EXPECT_EQ(fig.answered_late, 1);
  EXPECT_EQ(fig.overdue, 2);  // d (due 2/7) and e (due 1/28)
  EXPECT_EQ(fig.pending, 0);
  EXPECT_EQ(fig.rate, "40.00");

  const SimpleConsultationFigures early =
      CountSimpleConsultations(ms, T("2022-01-01 00:00"), T("2022-02-07 12:00"), p, Official());
  // At 2/7 12:00 the replies of b and c are not made yet: b, c and d are due at 2/7 24:00.
  EXPECT_EQ(early.received, 5);
  EXPECT_EQ(early.answered_in_time, 1);
  EXPECT_EQ(early.pending, 3);
  EXPECT_EQ(early.overdue, 1);  // e
  EXPECT_EQ(early.rate, "50.00");

  auto finding = CheckSimpleConsultations(Board(ms), T("2022-01-01 00:00"), T("2022-02-09 12:00"), p, Official());
  ASSERT_TRUE(finding);
  EXPECT_EQ(finding->indicator, "M-2");
  EXPECT_EQ(finding->severity, model::Severity::kInfo);
  EXPECT_EQ(finding->problem, "简单咨询答复超时");
  EXPECT_NE(finding->detail.find("按时答复率40.00%"), std::string::npos) << finding->detail;
  EXPECT_NE(finding->excerpt.find("留言c"), std::string::npos);
  EXPECT_EQ(finding->excerpt.find("留言a"), std::string::npos);
}

TEST(ReplyTimeCheckTest, AllSimpleConsultationsInTimeGivesNoFinding) {
  const ReplyTimeParams p = ReplyTimeParams::FromRules(RulesWithMessages());
  const auto board = Board({Msg("a", K::kSimpleConsultation, "2024-03-01 17:30", "2024-03-04 09:00")});
  EXPECT_FALSE(CheckSimpleConsultations(board, T("2024-01-01"), T("2024-03-31"), p, Official()));
  const auto fig = CountSimpleConsultations(board.messages, T("2024-01-01"), T("2024-03-31"), p, Official());
  EXPECT_EQ(fig.rate, "100.00");
}

TEST(ReplyTimeCheckTest, MoreThanFiveWorkingDaysAcrossNationalDay2023) {
  // 2023: 9/29–10/6 off, 10/7 Sat and 10/8 Sun on. From Thursday 9/28 the five working days
  // are 10/7, 10/8, 10/9, 10/10, 10/11.
  const auto board = Board({
      Msg("in", K::kConsultation, "2023-09-28 16:00", "2023-10-11 23:59:59"),
      Msg("late", K::kConsultation, "2023-09-28 16:00", "2023-10-12 08:30"),
      Msg("open", K::kComplaint, "2023-09-28 16:00", std::nullopt),
      Msg("recent", K::kSuggestion, "2023-10-10 09:00", std::nullopt),
  });
  ReplyTimeParams p = ReplyTimeParams::FromRules(RulesWithMessages());

  auto at_limit = CheckSlowReplies(board, T("2023-07-01"), T("2023-10-11 23:59:59"), p, Official());
  EXPECT_FALSE(at_limit) << "at 24:00 of the 5th working day nothing is late yet";

  auto f = CheckSlowReplies(board, T("2023-07-01"), T("2023-10-12 09:00"), p, Official());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->indicator, "M-3");
  EXPECT_EQ(f->severity, model::Severity::kInfo);
  EXPECT_EQ(f->problem, "留言答复超时");
  EXPECT_NE(f->detail.find("2条网民留言超过5个工作日答复（超期答复1条，逾期未答复1条）"), std::string::npos) << f->detail;
  EXPECT_NE(f->excerpt.find("用时6个工作日"), std::string::npos) << f->excerpt;

  p.slow_severity = 1;
  p.slow_points = 0.5;
  auto deduction = CheckSlowReplies(board, T("2023-07-01"), T("2023-10-12 09:00"), p, Official());
  ASSERT_TRUE(deduction);
  EXPECT_EQ(deduction->severity, model::Severity::kDeduction);
  EXPECT_EQ(deduction->problem, "互动回应差");
  EXPECT_NE(deduction->detail.find("扣1分"), std::string::npos) << deduction->detail;

  p.slow_severity = 2;
  auto veto = CheckSlowReplies(board, T("2023-07-01"), T("2023-10-12 09:00"), p, Official());
  ASSERT_TRUE(veto);
  EXPECT_EQ(veto->severity, model::Severity::kVeto);
  EXPECT_EQ(veto->problem, "互动回应差");
}

TEST(ReplyTimeCheckTest, SeventyTwoHourLocalLimitCountsClockHours) {
  // Received Friday 2022-09-30 10:00; 72 clock hours end Monday 10/3 10:00 in the middle of the break.
  const auto m = Msg("x", K::kConsultation, "2022-09-30 10:00", std::nullopt);
  EXPECT_FALSE(IsOverdueUnfinishedWithin(m, T("2022-10-03 10:00:00"), ReplyLimit::Hours(72), Official()));
  EXPECT_TRUE(IsOverdueUnfinishedWithin(m, T("2022-10-03 10:00:01"), ReplyLimit::Hours(72), Official()));
  // In working days the same message has until 10/12 (1: 10/8, 2: 10/9, 3: 10/10, 4: 10/11, 5: 10/12).
  EXPECT_FALSE(IsOverdueUnfinishedWithin(m, T("2022-10-12 23:59:59"), ReplyLimit::WorkingDays(5), Official()));
  EXPECT_TRUE(IsOverdueUnfinishedWithin(m, T("2022-10-13 00:00:00"), ReplyLimit::WorkingDays(5), Official()));
  EXPECT_FALSE(IsOverdueUnfinishedWithin(m, T("2022-10-10 23:59:59"), ReplyLimit::WorkingDays(3), Official()));
  EXPECT_TRUE(IsOverdueUnfinishedWithin(m, T("2022-10-11 00:00:00"), ReplyLimit::WorkingDays(3), Official()));
  EXPECT_TRUE(IsOverdueUnfinishedWithin(m, T("2022-10-20 00:00:00"), ReplyLimit::WorkingDays(10), Official()));
  EXPECT_FALSE(IsOverdueUnfinishedWithin(m, T("2022-10-19 23:59:59"), ReplyLimit::WorkingDays(10), Official()));
}

}  // namespace
}  // namespace govwatch::check
