// M-7 办结率 through verdict::Judge on real-looking boards: the seed's (114 − 5) / 114, per unit
// and overall, with limits that run across the Spring Festival, Qingming and National Day.
#include <gtest/gtest.h>

#include <string>
#include <tuple>

#include <fmt/core.h>

#include "common/files.hpp"
#include "common/time.hpp"
#include "verdict/verdict.hpp"

namespace govwatch::verdict {
namespace {

Timestamp T(std::string_view s) { return *ParseTime(s); }

const WorkingCalendar& Official() {
  static const WorkingCalendar cal =
      *WorkingCalendar::Parse(*ReadFile(std::string(GOVWATCH_SOURCE_DIR) + "/rules/holidays.tsv"), "holidays.tsv");
  return cal;
}

model::CitizenMessage Msg(int n, std::int64_t site, std::string unit, std::string_view received,
                          std::optional<std::string_view> replied) {
  model::CitizenMessage m;
  m.message_id = "M" + std::to_string(n);
  m.site_id = site;
  m.unit = std::move(unit);
  m.received_at = T(received);
  if (replied) m.replied_at = T(*replied);
  m.seen_at = m.received_at;
  m.kind = model::MessageKind::kConsultation;
  return m;
}

PeriodInput Input(std::string_view period, std::string_view at) {
  PeriodInput in;
  in.period = *ParsePeriod(period);
  in.judged_at = T(at);
  for (auto [id, name, unit] : {std::tuple{1, "云岭市人民政府", "云岭市人民政府"},
                                std::tuple{2, "临翔区人民政府", "临翔区人民政府"}}) {
    model::Site s;
    s.id = id;
    s.name = name;
    s.unit = unit;
    s.url = fmt::format("http://127.0.0.1:{}/", 18000 + id);
    s.has_message_board = true;
    in.sites.push_back(s);
  }
  return in;
}

TEST(ResolutionRateTest, SeedFigureWithSpringFestivalAndQingmingBoundaries) {
  PeriodInput in = Input("2022Q1", "2022-03-31");  // T = 2022-03-31 23:59:59
  int n = 0;
  // 106 answered messages across the quarter (the reply, whenever it came, finishes them).
  for (int i = 0; i < 106; ++i) {
    const std::string day = fmt::format("2022-{:02}-{:02} 09:30", 1 + i % 3, 1 + i % 28);
    in.messages.push_back(Msg(++n, 1 + i % 2, i % 4 == 0 ? "云岭市教育体育局" : "", day, day));
  }
  // Friday before the 2022 Spring Festival, answered on the 5th working day (2/9): finished.
  in.messages.push_back(Msg(++n, 1, "", "2022-01-28 23:59", "2022-02-09 22:00"));
  // Answered after T: unfinished at T, and overdue (received 1/4).
  in.messages.push_back(Msg(++n, 2, "", "2022-01-04 10:00", "2022-04-02 10:00"));
  // Unanswered, overdue: three on the county's board, one sent to the education bureau.
  in.messages.push_back(Msg(++n, 2, "", "2022-01-10 08:00", std::nullopt));
  in.messages.push_back(Msg(++n, 2, "", "2022-02-15 08:00", std::nullopt));
  in.messages.push_back(Msg(++n, 1, "云岭市教育体育局", "2022-03-01 08:00", std::nullopt));
  // Wednesday 3/23: 5 working days end 3/30 → overdue at T.
  in.messages.push_back(Msg(++n, 1, "", "2022-03-23 18:00", std::nullopt));
  // Thursday 3/24: the 5th working day is 3/31 itself → not yet overdue at 3/31 23:59:59.
  in.messages.push_back(Msg(++n, 1, "", "2022-03-24 09:00", std::nullopt));
  // Tuesday 3/29: across Qingming (4/2 Sat on, 4/3–4/5 off) the limit is 4/6.
  in.messages.push_back(Msg(++n, 2, "", "2022-03-29 09:00", std::nullopt));
  // Received in the previous quarter: not counted.
  in.messages.push_back(Msg(++n, 2, "", "2021-12-30 09:00", std::nullopt));
  ASSERT_EQ(n, 115);

  const PeriodResult r = Judge(in, check::Rules::Defaults(), Official());

  EXPECT_EQ(r.messages.received, 114);
  EXPECT_EQ(r.messages.overdue_unfinished, 5);
  EXPECT_EQ(r.messages.resolution_rate, "95.61");
  ASSERT_EQ(r.messages.by_unit.count("临翔区人民政府"), 1u);
  ASSERT_EQ(r.messages.by_unit.count("云岭市教育体育局"), 1u);
  ASSERT_EQ(r.messages.by_unit.count("云岭市人民政府"), 1u);
  EXPECT_EQ(r.messages.by_unit.at("临翔区人民政府").overdue_unfinished, 3);
  EXPECT_EQ(r.messages.by_unit.at("云岭市教育体育局").overdue_unfinished, 1);
  EXPECT_EQ(r.messages.by_unit.at("云岭市人民政府").overdue_unfinished, 1);
  int sum = 0;
  for (const auto& [unit, c] : r.messages.by_unit) sum += c.received;
  EXPECT_EQ(sum, 114);
  EXPECT_EQ(r.messages.by_unit.at("云岭市教育体育局").received, 28);  // 27 answered + 1 overdue
}

TEST(ResolutionRateTest, NationalDay2022MakeUpSaturdayBoundary) {
  // Received on the make-up Saturday 10/8: working days 10/9 (Sun, on), 10/10, 10/11, 10/12, 10/13.
  const auto message = Msg(1, 2, "", "2022-10-08 11:00", std::nullopt);
  PeriodInput in = Input("2022Q4", "2022-10-13 23:59:59");
  in.messages = {message};
  EXPECT_EQ(Judge(in, check::Rules::Defaults(), Official()).messages.overdue_unfinished, 0);
  in.judged_at = T("2022-10-14 00:00:00");
  const PeriodResult late = Judge(in, check::Rules::Defaults(), Official());
  EXPECT_EQ(late.messages.overdue_unfinished, 1);
  EXPECT_EQ(late.messages.resolution_rate, "0.00");
  // Without the official calendar (weekends only) the limit would end on 10/14: the calendar matters.
  EXPECT_EQ(Judge(in, check::Rules::Defaults(), WorkingCalendar()).messages.overdue_unfinished, 0);
}

}  // namespace
}  // namespace govwatch::verdict
