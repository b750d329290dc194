#include "farm/farm_plan.hpp"

#include <algorithm>
#include <set>

#include <gtest/gtest.h>

#include "farm/registry_writer.hpp"
#include "farm/site_renderer.hpp"

namespace govwatch::farm {
namespace {

FarmOptions PlanOptions(std::uint64_t seed, int sites, int pages) {
  FarmOptions o;
  o.seed = seed;
  o.sites = sites;
  o.pages = pages;
  o.anchor = Date{2022, 3, 31};
  return o;
}

TEST(FarmPlanTest, IdCheckCharacterFollowsMod112) {
  // The example of GB 11643: 11010519491231002X.
  EXPECT_EQ(IdCheckCharacter("11010519491231002"), 'X');
  EXPECT_EQ(IdCheckCharacter("44052418800101001"), '4');
}

TEST(FarmPlanTest, CsvFieldQuotesOnlyWhenNeeded) {
  EXPECT_EQ(CsvField("工作动态"), "工作动态");
  EXPECT_EQ(CsvField("a,b"), "\"a,b\"");
  EXPECT_EQ(CsvField("说\"明\""), "\"说\"\"明\"\"\"");
  EXPECT_EQ(CsvField("两\n行"), "\"两\n行\"");
}

TEST(FarmPlanTest, Rfc822TimeIsInChinaStandardTime) {
  const Timestamp t = ToTimestamp(CivilTime{Date{2022, 3, 31}, 10, 5, 0});
  EXPECT_EQ(Rfc822Time(t), "Thu, 31 Mar 2022 10:05:00 +0800");
}

TEST(FarmPlanTest, EveryPlantSitsOnItsOwnObjectForAllSiteCounts) {
  for (int sites : {8, 10, 20, 50}) {
    for (std::uint64_t seed : {1ULL, 2ULL, 99ULL}) {
      const FarmPlan plan = BuildPlan(PlanOptions(seed, sites, 600));
      // One object per plant, except the W-V5.1 plant (no consultation channel), which shares the
      // W-D4.2 dead-link site; no (indicator, object) twice.
      std::set<std::string> objects;
      std::set<std::string> keys;
      std::string channel_site;
      std::string dead_link_site;
      std::string tamper_site;
      std::string mismatch_site;
      for (const PlanPlant& p : plan.plants) {
        keys.insert(p.indicator + "|" + p.object_kind + "/" + p.object);
        if (p.indicator == "W-V5.1") {
          channel_site = p.object;
          continue;
        }
        if (p.indicator == "W-V1.4") {
          tamper_site = p.object;
          continue;
        }
        if (p.indicator == "W-D4.2" && p.problem == "文不对题") mismatch_site = p.object;
        if (p.indicator == "W-D4.2" && p.problem == "链接不可用") dead_link_site = p.object;
        objects.insert(p.object_kind + "/" + p.object);
      }
      // ... and the W-V1.4 plant (a tampered homepage), which shares the 文不对题 site when there is one.
      EXPECT_EQ(objects.size() + 1 + (tamper_site.empty() ? 0 : 1), plan.plants.size()) << sites << " " << seed;
      EXPECT_EQ(keys.size(), plan.plants.size()) << sites << " " << seed;
      EXPECT_EQ(channel_site, dead_link_site) << sites << " " << seed;
      EXPECT_EQ(tamper_site, mismatch_site) << sites << " " << seed;
      int without_channel = 0;
      for (const PlanSite& s : plan.sites) without_channel += s.no_channel ? 1 : 0;
      EXPECT_EQ(without_channel, 1) << sites << " " << seed;
      EXPECT_EQ(static_cast<int>(plan.sites.size()), sites);
      int counties = 0;
      int departments = 0;
      int disclosure = 0;
      std::set<std::string> names;
      for (const PlanSite& s : plan.sites) {
        counties += s.kind == SiteKind::kCounty ? 1 : 0;
        departments += s.kind == SiteKind::kDepartment ? 1 : 0;
        names.insert(s.name);
        EXPECT_TRUE(s.columns.size() >= 3) << s.name;
        int ordinary = 0;
        for (const PlanColumn& c : s.columns) {
          disclosure += c.disclosure ? 1 : 0;
          ordinary += c.disclosure ? 0 : 1;
        }
        EXPECT_LE(ordinary, 9) << s.name;
      }
      EXPECT_GE(counties, 2);
      EXPECT_GE(departments, 2);
      // 13 plants, the 错别字 plants of the corpus contrast and of the language model, the two account plants (N-V3, N-M8), the W-V5.1
      // channel plant, plus the integrity plants (暗链, 文不对题 with 篡改 on the same site, 站内搜索) on the sites left free.
      const int free_sites = counties - 2 + departments - 1 - 4;
      EXPECT_EQ(plan.plants.size(), 18u + static_cast<std::size_t>(std::clamp(free_sites, 0, 3)) +
                                        (free_sites >= 2 ? 1u : 0u))
          << sites;
      EXPECT_GE(disclosure, 8);
      EXPECT_EQ(names.size(), plan.sites.size());
      EXPECT_GE(plan.accounts.size(), 8u);
    }
  }
}

TEST(FarmPlanTest, PagesOptionSetsTheArticleCount) {
  for (int pages : {600, 5000, 20000}) {
    const FarmPlan plan = BuildPlan(PlanOptions(3, 20, pages));
    std::size_t items = 0;
    for (const PlanSite& s : plan.sites) items += s.items.size();
    EXPECT_GT(items, static_cast<std::size_t>(pages) * 7 / 10) << pages;
    EXPECT_LT(items, static_cast<std::size_t>(pages) * 14 / 10) << pages;
  }
}

TEST(FarmPlanTest, NonEmptyColumnsHoldAtLeastTwoItemsNewestFirst) {
  const FarmPlan plan = BuildPlan(PlanOptions(5, 12, 200));
  for (const PlanSite& s : plan.sites) {
    for (const PlanColumn& c : s.columns) {
      if (c.items.empty()) continue;
      EXPECT_GE(c.items.size(), 2u) << s.name << c.name;
      for (std::size_t k = 1; k < c.items.size(); ++k) {
        EXPECT_GE(s.items[static_cast<std::size_t>(c.items[k - 1])].date,
                  s.items[static_cast<std::size_t>(c.items[k])].date);
      }
    }
  }
}

TEST(FarmPlanTest, DownSlotsStayInsideTheLastWeekBefore22) {
  const FarmPlan plan = BuildPlan(PlanOptions(8, 10, 100));
  const Date anchor = plan.options.anchor;
  int down = 0;
  for (Timestamp t = StartOfDay(AddDays(anchor, -9)); t < EndOfDay(AddDays(anchor, 2)); t += 900) {
    if (!IsDownSlot(plan, t * 1000 + 500)) continue;
    ++down;
    EXPECT_GE(t, StartOfDay(AddDays(anchor, -6))) << FormatTime(t);
    EXPECT_LT(t, StartOfDay(anchor) + 22 * 3600) << FormatTime(t);
  }
  EXPECT_GE(down, 7 * 96 / 10);
}

}  // namespace
}  // namespace govwatch::farm
