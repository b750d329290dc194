#include <gtest/gtest.h>

#include "check/message_check.hpp"
#include "check/stale_account_check.hpp"

namespace govwatch::check {
namespace {

const Period kQ1 = ParsePeriod("2022Q1").value();
const Timestamp kT = kQ1.to;

AccountObservations Account(std::vector<Date> post_days) {
  AccountObservations a;
  a.observed = true;
  a.account.name = "云岭发布";
  a.account.unit = "云岭市人民政府";
  for (const Date& d : post_days) {
    model::Post p;
    p.published_at = ToTimestamp(CivilTime{d, 9, 0, 0});
    p.title = "发布";
    a.posts.push_back(p);
  }
  return a;
}

std::vector<Date> EveryNDays(Date from, Date to, int n) {
  std::vector<Date> out;
  for (Date d = from; d <= to; d = AddDays(d, n)) out.push_back(d);
  return out;
}

TEST(StaleAccountCheckTest, InstantsAreDailyAtFiveInTheAfternoonAndEndAtT) {
  const auto instants = MediaInstants(kQ1.from, kQ1.to, kT, Rules::Defaults());

  ASSERT_EQ(instants.size(), 91u);  // 90 days at 17:00 plus T
  EXPECT_EQ(FormatTime(instants.front()), "2022-01-01 17:00:00");
  EXPECT_EQ(instants.back(), kT);
}

TEST(StaleAccountCheckTest, ASilenceInTheMiddleOfTheQuarterIsCaught) {
  std::vector<Date> days = EveryNDays(Date{2021, 12, 1}, Date{2022, 1, 31}, 2);
  for (const Date& d : EveryNDays(Date{2022, 2, 20}, Date{2022, 3, 31}, 2)) days.push_back(d);
  const AccountObservations a = Account(days);

  auto f = CheckStaleAccount(a, kQ1.from, kQ1.to, kT, Rules::Defaults());

  ASSERT_TRUE(f);
  EXPECT_EQ(f->indicator, "N-V2");
  EXPECT_EQ(FormatTime(f->instant), "2022-02-14 17:00:00");  // newest 01-30: 15 days old on 02-14
}

TEST(StaleAccountCheckTest, FourteenDayGapIsStillFresh) {
  std::vector<Date> days = EveryNDays(Date{2021, 12, 1}, Date{2022, 3, 31}, 14);
  days.push_back(Date{2022, 3, 31});

  EXPECT_FALSE(CheckStaleAccount(Account(days), kQ1.from, kQ1.to, kT, Rules::Defaults()));
}

TEST(StaleAccountCheckTest, YoungAndClosedAccountsAreNotJudged) {
  AccountObservations young = Account({});
  young.account.opened_at = StartOfDay(Date{2022, 3, 20});
  AccountObservations closed = Account({Date{2021, 12, 25}});
  closed.account.opened_at = StartOfDay(Date{2020, 1, 1});
  closed.account.closed_at = StartOfDay(Date{2022, 1, 2});
  closed.account.status = model::ObjectStatus::kShutdown;
  AccountObservations unobserved = Account({});
  unobserved.observed = false;

  EXPECT_FALSE(CheckStaleAccount(young, kQ1.from, kQ1.to, kT, Rules::Defaults()));
  EXPECT_FALSE(CheckStaleAccount(closed, kQ1.from, kQ1.to, kT, Rules::Defaults()));
  EXPECT_FALSE(CheckStaleAccount(unobserved, kQ1.from, kQ1.to, kT, Rules::Defaults()));
  young.account.opened_at = StartOfDay(Date{2022, 3, 1});
  EXPECT_TRUE(CheckStaleAccount(young, kQ1.from, kQ1.to, kT, Rules::Defaults()));
}

model::CitizenMessage Message(CivilTime received, std::optional<CivilTime> replied) {
  model::CitizenMessage m;
  m.message_id = "M1";
  m.title = "咨询社保缴费";
  m.kind = model::MessageKind::kConsultation;
  m.received_at = ToTimestamp(received);
  if (replied) m.replied_at = ToTimestamp(*replied);
  m.seen_at = m.received_at;
  return m;
}

TEST(MessageCheckTest, UnansweredForMoreThanThreeCalendarMonthsIsAVeto) {
  SiteObservations s;
  s.site.name = "青川县人民政府门户网站";
  s.messages.push_back(Message({Date{2021, 12, 31}, 12, 0, 0}, std::nullopt));
  EXPECT_FALSE(CheckUnansweredMessages(s, kT, Rules::Defaults())) << "exactly 3 months at T is not more";

  s.messages[0] = Message({Date{2021, 12, 30}, 12, 0, 0}, std::nullopt);  // limit 03-30
  auto f = CheckUnansweredMessages(s, kT, Rules::Defaults());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->indicator, "W-V5.2");
  EXPECT_NE(f->excerpt.find("至今未答复"), std::string::npos);
}

TEST(MessageCheckTest, LateReplyStillCountsForTheTimeItWaited) {
  SiteObservations s;
  s.messages.push_back(Message({Date{2021, 10, 1}, 9, 0, 0}, CivilTime{Date{2022, 1, 15}, 9, 0, 0}));

  EXPECT_TRUE(CheckUnansweredMessages(s, kT, Rules::Defaults()));
  s.messages[0] = Message({Date{2020, 10, 1}, 9, 0, 0}, CivilTime{Date{2021, 1, 15}, 9, 0, 0});
  EXPECT_FALSE(CheckUnansweredMessages(s, kT, Rules::Defaults())) << "outside the one-year lookback";
}

TEST(MessageCheckTest, ReplyLimitCountsWorkingDaysAcrossTheSpringFestival) {
  // 2022 Spring Festival: 01-31..02-06 off, 01-29 and 01-30 (Sat, Sun) are make-up working days.
  auto calendar = WorkingCalendar::Parse(
      "2022-01-29\ton\n2022-01-30\ton\n2022-01-31\toff\n2022-02-01\toff\n2022-02-02\toff\n2022-02-03\toff\n"
      "2022-02-04\toff\n2022-02-05\toff\n2022-02-06\toff\n",
      "holidays.tsv");
  ASSERT_TRUE(calendar);
  // Received Friday 01-28: working days after it are 01-29, 01-30, 02-07, 02-08, 02-09 → deadline 02-09.
  EXPECT_EQ(calendar->AddWorkingDays(Date{2022, 1, 28}, 5), (Date{2022, 2, 9}));
  const model::CitizenMessage m = Message({Date{2022, 1, 28}, 10, 0, 0}, std::nullopt);

  EXPECT_FALSE(IsOverdueUnfinished(m, EndOfDay(Date{2022, 2, 9}), Rules::Defaults(), *calendar));
  EXPECT_TRUE(IsOverdueUnfinished(m, StartOfDay(Date{2022, 2, 10}), Rules::Defaults(), *calendar));
}

TEST(WorkingCalendarTest, MalformedRowNamesFileAndLine) {
  auto bad = WorkingCalendar::Parse("# c\n2022-01-01\toff\n2022-01-02\tmaybe\n", "holidays.tsv");

  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message, "holidays.tsv line 3: 'maybe' is neither off nor on");
}

}  // namespace
}  // namespace govwatch::check
