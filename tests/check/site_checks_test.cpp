#include <gtest/gtest.h>

#include "check/checker.hpp"
#include "check/dead_link_check.hpp"
#include "check/stale_column_check.hpp"
#include "check/stale_homepage_check.hpp"
#include "check/unreachable_check.hpp"

namespace govwatch::check {
namespace {

const Timestamp kT = EndOfDay(Date{2022, 3, 31});

SiteObservations Site() {
  SiteObservations s;
  s.site.id = 1;
  s.site.name = "青川县人民政府门户网站";
  s.site.unit = "青川县人民政府";
  s.site.url = "http://127.0.0.1:18001/";
  return s;
}

// `per_day` probes a day over the 7 days before T, the first `failures` of them failing.
void AddProbes(SiteObservations& s, int per_day, int failures) {
  const Timestamp step = kSecondsPerDay / per_day;
  int n = 0;
  for (Timestamp at = kT - 7 * kSecondsPerDay + step; at <= kT; at += step) {
    model::Probe p;
    p.site_id = 1;
    p.at = at;
    p.ok = n >= failures;
    p.http_status = p.ok ? 200 : 503;
    p.elapsed_ms = 40;
    s.probes.push_back(p);
    ++n;
  }
}

ListSnapshot List(std::vector<std::string> dates, bool empty = false) {
  ListSnapshot l;
  l.url = "http://127.0.0.1:18001/";
  l.http_status = 200;
  l.is_list = true;
  l.empty_list = empty;
  for (const std::string& d : dates) l.items.push_back(model::Item{0, "工作动态", "http://127.0.0.1:18001/a.html", d});
  return l;
}

TEST(UnreachableCheckTest, ExactlyFivePercentFailsAndJustBelowPasses) {
  SiteObservations at_limit = Site();
  AddProbes(at_limit, 96, 672 * 5 / 100 + 1);  // 34 of 672 = 5.06 %
  SiteObservations below = Site();
  AddProbes(below, 96, 33);  // 4.91 %
  SiteObservations exact = Site();
  AddProbes(exact, 20, 7);  // 7 of 140 = exactly 5 %

  EXPECT_TRUE(CheckUnreachable(at_limit, kT, Rules::Defaults()));
  EXPECT_FALSE(CheckUnreachable(below, kT, Rules::Defaults()));
  auto f = CheckUnreachable(exact, kT, Rules::Defaults());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->indicator, "W-V2");
  EXPECT_NE(f->detail.find("5.00%"), std::string::npos) << f->detail;
}

TEST(UnreachableCheckTest, ThinWindowIsNotJudged) {
  SiteObservations s = Site();
  AddProbes(s, 19, 19 * 7);  // every probe failed, but fewer than 20 a day

  const AvailabilityStats stats = MeasureAvailability(s, kT, Rules::Defaults());

  EXPECT_FALSE(stats.judged);
  EXPECT_EQ(stats.thin_days, 7);
  EXPECT_FALSE(CheckUnreachable(s, kT, Rules::Defaults()));
}

TEST(UnreachableCheckTest, SlowAnswersCountAsFailures) {
  SiteObservations s = Site();
  AddProbes(s, 96, 0);
  for (int i = 0; i < 40; ++i) s.probes[static_cast<std::size_t>(i)].elapsed_ms = 15000;

  EXPECT_TRUE(CheckUnreachable(s, kT, Rules::Defaults()));
}

TEST(StaleHomepageCheckTest, FourteenDaysIsFreshFifteenIsStale) {
  SiteObservations fresh = Site();
  fresh.homepage = List({"2022-03-17", "2022-03-01"});
  SiteObservations stale = Site();
  stale.homepage = List({"2022-03-16", "2022-03-01"});

  EXPECT_FALSE(CheckStaleHomepage(fresh, kT, Rules::Defaults()));
  auto f = CheckStaleHomepage(stale, kT, Rules::Defaults());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->problem, "首页不更新");
  EXPECT_NE(f->detail.find("2022-03-16"), std::string::npos);
}

TEST(StaleHomepageCheckTest, AnEmptyAnswerIsNotJudgedStale) {
  SiteObservations s = Site();
  s.homepage = List({"2022-03-16", "2022-03-01"});
  s.homepage->http_status = 204;
  s.homepage->error = "empty_answer";

  EXPECT_FALSE(CheckStaleHomepage(s, kT, Rules::Defaults()));
}

TEST(StaleHomepageCheckTest, FutureDatedItemsDoNotMakeAHomepageFresh) {
  SiteObservations s = Site();
  s.homepage = List({"2022-04-30", "2022-02-01"});

  EXPECT_TRUE(CheckStaleHomepage(s, kT, Rules::Defaults()));
}

TEST(StaleHomepageCheckTest, NavigationOnlyHomepageIsJudgedBySecondLevelPages) {
  SiteObservations s = Site();
  s.homepage = List({});
  s.homepage->is_list = false;
  ColumnObservation c;
  c.column.name = "工作动态";
  c.type = model::ColumnType::kNews;
  c.list = List({"2022-03-30"});
  s.columns.push_back(c);

  EXPECT_FALSE(CheckStaleHomepage(s, kT, Rules::Defaults()));
  s.columns[0].list = List({"2022-02-01"});
  EXPECT_TRUE(CheckStaleHomepage(s, kT, Rules::Defaults()));
}

ColumnObservation Column(model::ColumnType type, std::vector<std::string> dates, bool empty = false) {
  ColumnObservation c;
  c.column.name = "栏目";
  c.column.url = "http://127.0.0.1:18001/c/";
  c.type = type;
  c.list = List(std::move(dates), empty);
  return c;
}

TEST(StaleColumnCheckTest, FiveStaleColumnsFailFourPass) {
  SiteObservations s = Site();
  for (int i = 0; i < 4; ++i) s.columns.push_back(Column(model::ColumnType::kNews, {"2022-03-01"}));
  s.columns.push_back(Column(model::ColumnType::kNews, {"2022-03-30"}));
  EXPECT_TRUE(CheckStaleColumns(s, kT, Rules::Defaults()).empty());

  // A notice column counts after 6 calendar months: 2021-09-30 is exactly 6 months before 03-31.
  s.columns.push_back(Column(model::ColumnType::kNotice, {"2021-09-30"}));
  EXPECT_TRUE(CheckStaleColumns(s, kT, Rules::Defaults()).empty());
  s.columns.back() = Column(model::ColumnType::kNotice, {"2021-09-29"});
  auto findings = CheckStaleColumns(s, kT, Rules::Defaults());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].indicator, "W-V4.1");
}

TEST(StaleColumnCheckTest, EmptyColumnsAreCountedApartFromStaleOnes) {
  SiteObservations s = Site();
  for (int i = 0; i < 5; ++i) s.columns.push_back(Column(model::ColumnType::kNews, {}, true));

  auto findings = CheckStaleColumns(s, kT, Rules::Defaults());

  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].indicator, "W-V4.3");
  EXPECT_EQ(findings[0].problem, "空白栏目");
}

TEST(StaleColumnCheckTest, ColumnsWithoutASuccessfulSnapshotAreNotJudged) {
  ColumnObservation c = Column(model::ColumnType::kNews, {"2021-01-01"});
  c.list->http_status = 404;

  EXPECT_EQ(JudgeColumn(c, kT, Rules::Defaults()).state, ColumnState::kUnknown);
}

TEST(DeadLinkCheckTest, HomepageLinksCostAPointEachOthersAPointPerFive) {
  SiteObservations s = Site();
  for (int i = 0; i < 2; ++i) s.broken_links.push_back({"h", "http://x/" + std::to_string(i), "404", true, 1, kT});
  for (int i = 0; i < 11; ++i) s.broken_links.push_back({"p", "http://y/" + std::to_string(i), "404", false, 2, kT});

  EXPECT_DOUBLE_EQ(DeadLinkPoints(s, Rules::Defaults()), 4.0);
  auto f = CheckDeadLinks(s, kT, Rules::Defaults());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->severity, model::Severity::kDeduction);
}

TEST(TextHitCheckTest, CorpusContrastTypoStatesBothCounts) {
  SiteObservations s = Site();
  s.text_hits.push_back({"typo", "typo.contrast:进一布", "warn", "进一布", "进一步", "要【进一布】加强", 0.8, "u", 1, kT,
                         "全部监测页面中“进一布”仅出现1次，一字之差的“进一步”出现558次"});

  std::vector<model::Finding> out = CheckSite(s, kT, Rules::Defaults());

  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].indicator, "TEXT-TYPO");
  EXPECT_EQ(out[0].severity, model::Severity::kInfo);
  EXPECT_NE(out[0].detail.find("仅出现1次"), std::string::npos) << out[0].detail;
  EXPECT_NE(out[0].detail.find("“进一步”出现558次"), std::string::npos) << out[0].detail;
}

TEST(TextHitCheckTest, SevereOnlyFromSevereRowsAndPiiCarriesTheMask) {
  SiteObservations s = Site();
  s.text_hits.push_back({"severe", "severe.exact", "severe", "习近乎", "习近平", "学习【习近乎】", 1.0, "u", 1, kT, ""});
  s.text_hits.push_back({"severe", "severe.fuzzy", "warn", "习近干", "习近平", "", 0.5, "u", 1, kT, ""});
  s.text_hits.push_back({"pii", "pii.id_card", "severe", "530902199001011234", "530902********1234", "", 0.95, "u",
                         1, kT, ""});

  auto findings = CheckSite(s, kT, Rules::Defaults());

  int vetoes = 0;
  for (const auto& f : findings) {
    if (f.severity == model::Severity::kVeto) ++vetoes;
  }
  EXPECT_EQ(vetoes, 2);
  ASSERT_GE(findings.size(), 2u);
  EXPECT_EQ(findings[0].indicator, "W-V1.1");
  EXPECT_EQ(findings[0].excerpt, "学习【习近乎】");
  EXPECT_EQ(findings[2].indicator, "PI-2");
  EXPECT_EQ(findings[2].suggestion, "530902********1234");
}

}  // namespace
}  // namespace govwatch::check
