// Follow-up of the previous period's failures, the N-M9 shutdown rule and boards without messages.
#include <gtest/gtest.h>

#include "verdict/verdict.hpp"

namespace govwatch::verdict {
namespace {

PeriodInput Input(const char* period) {
  PeriodInput in;
  in.period = ParsePeriod(period).value();
  in.judged_at = in.period.to;
  model::Site a;
  a.id = 1;
  a.name = "网站甲";
  a.unit = "甲县人民政府";
  a.has_message_board = true;
  model::Site b = a;
  b.id = 2;
  b.name = "网站乙";
  b.unit = "乙局";
  in.sites = {a, b};
  model::MediaAccount acc;
  acc.name = "乙局发布";
  acc.unit = "乙局";
  acc.platform = model::Platform::kDouyin;
  in.accounts = {acc};
  return in;
}

model::Finding Veto(const std::string& object, const std::string& problem, model::ObjectKind kind) {
  model::Finding f;
  f.indicator = "W-V3";
  f.problem = problem;
  f.object = object;
  f.object_kind = kind;
  f.severity = model::Severity::kVeto;
  return f;
}

TEST(FollowUpTest, PreviousFailuresAreRectifiedUnlessTheSameProblemIsFoundAgain) {
  PeriodInput q4 = Input("2021Q4");
  q4.findings = {Veto("网站甲", "首页不更新", model::ObjectKind::kSite), Veto("网站乙", "严重表述错误", model::ObjectKind::kSite)};
  const PeriodResult previous = Judge(q4, check::Rules(), WorkingCalendar());
  PeriodInput q1 = Input("2022Q1");
  q1.findings = {Veto("网站乙", "严重表述错误", model::ObjectKind::kSite)};
  q1.previous = &previous;

  const PeriodResult r = Judge(q1, check::Rules(), WorkingCalendar());

  EXPECT_EQ(r.previous_period, "2021Q4");
  ASSERT_EQ(r.follow_up.size(), 2u);
  EXPECT_TRUE(r.follow_up[0].rectified);
  EXPECT_FALSE(r.follow_up[1].rectified);
  EXPECT_EQ(r.follow_up[1].remaining, (std::vector<std::string>{"严重表述错误"}));
}

TEST(FollowUpTest, AccountNamedByTheProvinceInTwoQuartersIsToBeShut) {
  PeriodInput q2 = Input("2022Q2");
  for (const char* day : {"2022-03-20", "2022-06-10"}) {
    store::ExternalFinding e;
    e.object = "乙局发布";
    e.object_kind = model::ObjectKind::kAccount;
    e.problem = "内容不更新";
    e.checker = "省";
    e.checked_at = ParseTime(day).value();
    q2.external_year.push_back(e);
  }

  const PeriodResult r = Judge(q2, check::Rules(), WorkingCalendar());

  ASSERT_EQ(r.shutdowns.size(), 1u);
  EXPECT_EQ(r.shutdowns[0].object, "乙局发布");
  q2.external_year.pop_back();
  EXPECT_TRUE(Judge(q2, check::Rules(), WorkingCalendar()).shutdowns.empty());
}

TEST(FollowUpTest, BoardsWithoutMessagesAreListedWithZero) {
  PeriodInput q1 = Input("2022Q1");
  model::CitizenMessage m;
  m.site_id = 1;
  m.received_at = ParseTime("2022-02-01").value();
  m.replied_at = m.received_at + 3600;
  q1.messages = {m};

  const PeriodResult r = Judge(q1, check::Rules(), WorkingCalendar());

  ASSERT_EQ(r.messages.by_unit.size(), 2u);
  EXPECT_EQ(r.messages.by_unit.at("乙局").received, 0);
  EXPECT_EQ(r.messages.by_unit.at("甲县人民政府").received, 1);
}

}  // namespace
}  // namespace govwatch::verdict
