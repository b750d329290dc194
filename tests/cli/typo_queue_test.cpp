// The statistical typo tier's queue behind the crawl (cli/inspection: StatisticalTypoFindings):
// what it reads within the budget, what it keeps for the next run, and what it reports.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/inspection.hpp"
#include "common/time.hpp"
#include "store/repository.hpp"
#include "text/language_model.hpp"

namespace govwatch::cli {
namespace {

namespace fs = std::filesystem;

constexpr Timestamp kFetched = 1648000000;  // 2022-03-23
constexpr Timestamp kJudged = 1648742399;   // 2022-03-31 23:59:59

// A sentence the word trigram model reads as a slip (领道 for 领导), and one it misreads in
// every text where it stands (下半旗志哀, the State Council's wording for a day of mourning, read as
// 致哀).
constexpr const char* kSlip = "会议强调，各部门要切实加强组织领道，确保各项任务落到实处。";
constexpr const char* kMisread = "全国和驻外使领馆下半旗志哀，全国停止公共娱乐活动。";

class TypoQueueTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!fs::is_regular_file(text::WordLanguageModel::kDefaultPath)) GTEST_SKIP() << "no libime model installed";
    ::setenv("GOVWATCH_RULES_DIR", (fs::path(GOVWATCH_SOURCE_DIR) / "rules").c_str(), 1);
    dir_ = fs::temp_directory_path() / ("govwatch-typo-queue-" + std::to_string(::getpid()) + "-" +
                                        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
    auto ctx = OpenContext((dir_ / "g.db").string());
    ASSERT_TRUE(ctx) << ctx.error().message;
    ctx_ = std::make_unique<Context>(std::move(*ctx));
    ctx_->collect_site_facts = false;
  }
  void TearDown() override {
    ctx_.reset();
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  // A running site on 127.0.0.1:port with one article per text.
  void AddSite(int port, const std::vector<std::string>& texts) {
    model::Site site;
    site.name = "测试网站" + std::to_string(port);
    site.unit = "测试单位" + std::to_string(port);
    site.url = "http://127.0.0.1:" + std::to_string(port) + "/";
    auto up = ctx_->repo->UpsertSite(site);
    ASSERT_TRUE(up) << up.error().message;
    for (std::size_t i = 0; i < texts.size(); ++i) {
      store::PageRecord r;
      r.page.site_id = up->id;
      r.page.url = site.url + "art/" + std::to_string(i) + ".html";
      r.page.fetched_at = kFetched;
      r.page.http_status = 200;
      r.page.content_hash = "h" + std::to_string(port) + "-" + std::to_string(i);
      r.page.title = "工作动态";
      r.page.publish_date = "2022-03-2" + std::to_string(i % 10);
      r.page.text = texts[i];
      r.page.body = "<html><body><p>" + texts[i] + "</p></body></html>";
      ASSERT_TRUE(ctx_->repo->SavePage(r));
    }
  }

  // The 错别字 findings of the statistical tier in the judgement.
  std::vector<model::Finding> StatisticalFindings() {
    auto result = JudgePeriod(*ctx_, PeriodContaining(kJudged), kJudged);
    EXPECT_TRUE(result) << result.error().message;
    std::vector<model::Finding> out;
    if (!result) return out;
    for (const model::Finding& f : result->findings) {
      if (f.detail.find("typo.statistical") != std::string::npos) out.push_back(f);
    }
    return out;
  }

  fs::path dir_;
  std::unique_ptr<Context> ctx_;
};

TEST_F(TypoQueueTest, ReadsWithinTheBudgetKeepsWhatItReadAndReportsItAgain) {
  AddSite(18081, {std::string("各单位要认真贯彻落实会议精神。") + kSlip, "今年以来，我县扎实推进乡村振兴各项工作。"});

  auto first = StatisticalFindings();
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].indicator, "TEXT-TYPO");
  EXPECT_EQ(first[0].problem, "疑似错别字");
  EXPECT_EQ(first[0].severity, model::Severity::kInfo);
  EXPECT_EQ(first[0].suggestion, "导");
  EXPECT_NE(first[0].excerpt.find("领【道】"), std::string::npos) << first[0].excerpt;
  EXPECT_EQ(first[0].url, "http://127.0.0.1:18081/art/0.html");
  EXPECT_EQ(ctx_->typo_queue.read, 2);
  EXPECT_EQ(ctx_->typo_queue.pending, 0);

  // The next run reads nothing again and still reports the slip, even with no budget.
  ctx_->typo_budget_seconds = 0;
  auto second = StatisticalFindings();
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].excerpt, first[0].excerpt);
  EXPECT_EQ(ctx_->typo_queue.read, 0);

  // A run without budget need not open the model to report it (inspect --typo-budget 0).
  ctx_.reset();
  auto reopened = OpenContext((dir_ / "g.db").string(), /*language_model=*/false);
  ASSERT_TRUE(reopened) << reopened.error().message;
  ctx_ = std::make_unique<Context>(std::move(*reopened));
  ctx_->typo_budget_seconds = 0;
  EXPECT_FALSE(ctx_->text->HasLanguageModel());
  auto third = StatisticalFindings();
  ASSERT_EQ(third.size(), 1u);
  EXPECT_EQ(third[0].excerpt, first[0].excerpt);
}

TEST_F(TypoQueueTest, WithoutBudgetTheTextsWaitForTheNextRun) {
  AddSite(18082, {kSlip, "今年以来，我县扎实推进乡村振兴各项工作。", "全县上下要统一思想。"});
  ctx_->typo_budget_seconds = 0;

  EXPECT_TRUE(StatisticalFindings().empty());
  EXPECT_EQ(ctx_->typo_queue.read, 0);

  ctx_->typo_budget_seconds = 60;
  EXPECT_EQ(StatisticalFindings().size(), 1u);
  EXPECT_EQ(ctx_->typo_queue.read, 3);
  EXPECT_EQ(ctx_->typo_queue.pending, 0);

  // A new text waits for a run with budget; the texts already read are not read again, and
  // their slip is still reported.
  AddSite(18088, {"今年以来，我市扎实推进乡村振兴各项工作。"});
  ctx_->typo_budget_seconds = 0;
  EXPECT_EQ(StatisticalFindings().size(), 1u);
  EXPECT_EQ(ctx_->typo_queue.read, 0);
  EXPECT_EQ(ctx_->typo_queue.pending, 1);
}

TEST_F(TypoQueueTest, WordsManySitesWriteAreUsageButOneSitesRepeatedSlipIsReported) {
  // 志哀 on four pages of each of three sites: established usage, left out.
  for (int port : {18083, 18084, 18085}) {
    AddSite(port, {kMisread, kMisread + std::string("会议强调，要提高认识。"), std::string("会后，") + kMisread,
                   std::string("培训结束后，") + kMisread});
  }
  EXPECT_TRUE(StatisticalFindings().empty());
  EXPECT_GT(ctx_->typo_queue.established, 0);
}

TEST_F(TypoQueueTest, OneSitesTemplateSlipIsStillReported) {
  // The same misread string twelve times, all on one site: not usage across the sites.
  std::vector<std::string> texts;
  for (int i = 0; i < 12; ++i) texts.push_back(std::string("第") + std::to_string(i) + "期培训班开班。" + kMisread);
  AddSite(18086, texts);
  AddSite(18087, {"今年以来，我县扎实推进乡村振兴各项工作。"});
  EXPECT_FALSE(StatisticalFindings().empty());
  EXPECT_EQ(ctx_->typo_queue.established, 0);
}

}  // namespace
}  // namespace govwatch::cli
