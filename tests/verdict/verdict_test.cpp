#include "verdict/verdict.hpp"

#include <gtest/gtest.h>

#include "common/files.hpp"

namespace govwatch::verdict {
namespace {

// Rate figures published in real notices (spec/indicators.md §12.2), recomputed from N and F.
struct RateCase {
  const char* name;
  int total;
  int failed;
  const char* expected;
};

TEST(FormatRateTest, ReproducesThePublishedRatesOfTheSpecTable) {
  const RateCase kCases[] = {
      {"seed websites", 9, 1, "88.89"},        {"seed columns", 38, 12, "68.42"},
      {"seed new media", 230, 5, "97.83"},     {"seed 办结率", 114, 5, "95.61"},
      {"芒市 columns", 44, 3, "93.18"},        {"芒市 new media", 35, 2, "94.29"},
      {"隆阳 new media", 51, 3, "94.12"},      {"昭通 new media", 150, 33, "78.00"},
      {"昭通 WeChat", 130, 33, "74.62"},       {"云南 websites", 286, 5, "98.25"},
      {"云南 new media", 4219, 6, "99.86"},    {"云南 WeChat", 2944, 1, "99.97"},
  };
  for (const RateCase& c : kCases) EXPECT_EQ(FormatRate(c.total, c.failed), c.expected) << c.name;
}

TEST(FormatRateTest, NeverShowsAHundredWhileAnythingFailed) {
  EXPECT_EQ(FormatRate(40000, 1), "99.99");    // 99.9975 would round up to 100.00
  EXPECT_EQ(FormatRate(200000, 3), "99.99");   // 99.9985
  EXPECT_EQ(FormatRate(1000000, 1), "99.99");  // 99.9999
  EXPECT_EQ(FormatRate(20000, 1), "99.99");    // 99.995 exactly: half-up gives 100.00, capped
  EXPECT_EQ(FormatRate(230, 0), "100.00");
  EXPECT_EQ(FormatRate(0, 0), "100.00");       // nothing registered: nothing failed
}

TEST(FormatRateTest, RoundsHalfUpInExactArithmetic) {
  EXPECT_EQ(FormatRate(20000, 19999), "0.01");  // 0.005
  EXPECT_EQ(FormatRate(20000, 19997), "0.02");  // 0.015 (binary floating point gives 0.01)
  EXPECT_EQ(FormatRate(20000, 19799), "1.01");  // 1.005 (binary floating point gives 1.00)
  EXPECT_EQ(FormatRate(8000, 1), "99.99");      // 99.9875
  EXPECT_EQ(FormatRate(3, 1), "66.67");         // 66.666…
  EXPECT_EQ(FormatRate(3, 2), "33.33");         // 33.333…
  EXPECT_EQ(FormatRate(7, 7), "0.00");
  EXPECT_EQ(FormatRate(5, 9), "0.00");          // more failures than objects never goes negative
}

std::vector<model::Unit> Units() {
  const auto unit = [](std::string name, model::UnitKind kind, std::string parent) {
    model::Unit u;
    u.name = std::move(name);
    u.kind = kind;
    u.parent = std::move(parent);
    return u;
  };
  return {
      unit("临沧市人民政府", model::UnitKind::kOther, ""),
      unit("临翔区人民政府", model::UnitKind::kCounty, "临沧市人民政府"),
      unit("临翔区博尚镇人民政府", model::UnitKind::kTownship, "临翔区人民政府"),
      unit("博尚镇文化站", model::UnitKind::kOther, "临翔区博尚镇人民政府"),
      unit("临沧市财政局", model::UnitKind::kDepartment, "临沧市人民政府"),
      unit("临沧市财政局国库科", model::UnitKind::kOther, "临沧市财政局"),
      unit("甲单位", model::UnitKind::kOther, "乙单位"),
      unit("乙单位", model::UnitKind::kOther, "甲单位"),
  };
}

TEST(GroupOfTest, IsTheNearestCountyOrDepartmentAbove) {
  const auto units = Units();
  EXPECT_EQ(GroupOf("临翔区博尚镇人民政府", units), "临翔区人民政府");
  EXPECT_EQ(GroupOf("博尚镇文化站", units), "临翔区人民政府");  // two levels up
  EXPECT_EQ(GroupOf("临沧市财政局国库科", units), "临沧市财政局");
  EXPECT_EQ(GroupOf("临翔区人民政府", units), "临翔区人民政府");  // a county is its own group
  EXPECT_EQ(GroupOf("临沧市财政局", units), "临沧市财政局");
}

TEST(GroupOfTest, FallsBackToTheUnitItself) {
  const auto units = Units();
  EXPECT_EQ(GroupOf("临沧市人民政府", units), "临沧市人民政府");  // the city itself: no group above
  EXPECT_EQ(GroupOf("未登记的单位", units), "未登记的单位");
  EXPECT_EQ(GroupOf("甲单位", units), "甲单位");  // a parent cycle ends
  EXPECT_EQ(GroupOf("", units), "");
}

class ScoringTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto text = ReadFile(std::string(GOVWATCH_SOURCE_DIR) + "/rules/thresholds.tsv");
    ASSERT_TRUE(text) << text.error().message;
    ASSERT_TRUE(rules_.Merge(*text, "thresholds.tsv"));
    input_.period = *ParsePeriod("2022Q1");
    input_.judged_at = input_.period.to;
    for (int i = 1; i <= 4; ++i) {
      model::Site s;
      s.id = i;
      s.name = "网站" + std::to_string(i);
      s.unit = "临沧市人民政府";
      s.status = model::ObjectStatus::kRunning;
      input_.sites.push_back(s);
    }
  }
  model::Finding Deduction(const std::string& site, int points) {
    model::Finding f;
    f.indicator = "W-D4.2";
    f.problem = "链接不可用";
    f.object_kind = model::ObjectKind::kSite;
    f.object = site;
    f.severity = model::Severity::kDeduction;
    f.detail = "不可用链接 扣" + std::to_string(points) + "分";
    f.points = points;
    return f;
  }
  check::Rules rules_;
  WorkingCalendar calendar_;
  PeriodInput input_;
};

TEST_F(ScoringTest, AVetoFailsWhateverTheScore) {
  model::Finding veto;
  veto.indicator = "W-V1.3";
  veto.problem = "严重表述错误";
  veto.object = "网站1";
  input_.findings.push_back(veto);
  const PeriodResult r = Judge(input_, rules_, calendar_);
  ASSERT_EQ(r.sites.failed, 1);
  EXPECT_EQ(r.sites.failures[0].object, "网站1");
  EXPECT_EQ(r.sites.failures[0].problems, std::vector<std::string>{"严重表述错误"});
  EXPECT_EQ(r.sites.pass_rate, "75.00");
}

TEST_F(ScoringTest, DeductionsFailOnlyBelowSixty) {
  input_.findings = {Deduction("网站2", 25), Deduction("网站2", 15),   // 60 left: passes (不低于60)
                     Deduction("网站3", 30), Deduction("网站3", 11),   // 59 left: fails
                     Deduction("网站4", 10)};
  const PeriodResult r = Judge(input_, rules_, calendar_);
  ASSERT_EQ(r.sites.failed, 1) << r.sites.pass_rate;
  EXPECT_EQ(r.sites.failures[0].object, "网站3");
  for (const model::Verdict& v : r.verdicts) {
    if (v.object == "网站2") {
      EXPECT_TRUE(v.passed);
      EXPECT_DOUBLE_EQ(v.score, 60);
      EXPECT_EQ(v.problems, std::vector<std::string>{"链接不可用"});  // kept for the record
    }
    if (v.object == "网站3") {
      EXPECT_DOUBLE_EQ(v.score, 59);
    }
  }
}

TEST_F(ScoringTest, AnObjectFailedByProvinceAndCityCountsOnce) {
  store::ExternalFinding province{"网站1", model::ObjectKind::kSite, "严重表述错误", "省", input_.period.from + 86400, ""};
  store::ExternalFinding city{"网站1", model::ObjectKind::kSite, "严重表述错误", "市", input_.period.from + 2 * 86400, ""};
  store::ExternalFinding unknown{"未登记网站", model::ObjectKind::kSite, "站点无法访问", "省", input_.period.from, ""};
  input_.external = {province, city, unknown};
  const PeriodResult r = Judge(input_, rules_, calendar_);
  EXPECT_EQ(r.sites.total, 4);
  EXPECT_EQ(r.sites.failed, 1);
  EXPECT_EQ(r.sites.pass_rate, "75.00");
  EXPECT_EQ(r.findings.size(), 3u);  // every external finding is kept as evidence
}

}  // namespace
}  // namespace govwatch::verdict
