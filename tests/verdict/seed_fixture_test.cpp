// The seed notice (spec/example-notice-2022Q1.txt) reproduced from import files: tests/data/seed/*.csv
// are imported into an in-memory repository, the period is built from the repository as the CLI's
// LoadPeriod does (no observations of govwatch's own: the figures come from the registry, the
// messages and the province's and city's checks), judged, and compared with expected.json. Any
// fixture directory with the same files and an expected.json of its own numbers can be swapped in.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "common/files.hpp"
#include "common/strings.hpp"
#include "registry/importer.hpp"
#include "report/docx_writer.hpp"
#include "report/docx_zip.hpp"
#include "report/notice.hpp"
#include "report/xlsx_writer.hpp"
#include "verdict/verdict.hpp"

namespace govwatch::verdict {
namespace {

namespace fs = std::filesystem;

const fs::path kSeedDir = fs::path(GOVWATCH_TEST_DATA_DIR) / "seed";
const fs::path kRulesDir = fs::path(GOVWATCH_SOURCE_DIR) / "rules";

class SeedFixtureTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto expected_text = ReadFile(kSeedDir / "expected.json");
    ASSERT_TRUE(expected_text) << expected_text.error().message;
    expected_ = new nlohmann::json(nlohmann::json::parse(*expected_text));

    auto repo = store::OpenSqlite(":memory:");
    ASSERT_TRUE(repo) << repo.error().message;
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(kSeedDir)) {
      if (entry.path().extension() == ".csv") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    ASSERT_EQ(files.size(), 6u);
    // Imported before the check instant, as an office would during the quarter.
    ManualClock clock(*ParseTime("2022-03-31T12:00"));
    const registry::ImportOutcome outcome = registry::ImportFiles(**repo, files, clock);
    ASSERT_TRUE(outcome.failed_file.empty()) << outcome.failed_file << ": "
                                             << (outcome.problems.empty() ? "" : outcome.problems[0]);

    check::Rules rules;
    auto thresholds = ReadFile(kRulesDir / "thresholds.tsv");
    ASSERT_TRUE(thresholds);
    ASSERT_TRUE(rules.Merge(*thresholds, "thresholds.tsv"));
    auto holidays = ReadFile(kRulesDir / "holidays.tsv");
    ASSERT_TRUE(holidays);
    auto calendar = WorkingCalendar::Parse(*holidays, "holidays.tsv");
    ASSERT_TRUE(calendar) << calendar.error().message;

    // As cli::LoadPeriod builds it.
    store::Repository& r = **repo;
    PeriodInput input;
    input.period = *ParsePeriod((*expected_)["period"].get<std::string>());
    input.judged_at = *ParseTime((*expected_)["at"].get<std::string>());
    input.units = *r.ListUnits();
    input.sites = *r.ListSites();
    input.columns = *r.ListColumns();
    input.accounts = *r.ListAccounts();
    auto messages = r.ListMessages();
    ASSERT_TRUE(messages);
    for (model::CitizenMessage& m : *messages) {
      if (m.seen_at <= input.judged_at) input.messages.push_back(std::move(m));
    }
    input.external = *r.ExternalFindingsBetween(input.period.from, input.period.to);
    result_ = new PeriodResult(Judge(input, rules, *calendar));
  }
  static void TearDownTestSuite() {
    delete result_;
    delete expected_;
    result_ = nullptr;
    expected_ = nullptr;
  }
  void SetUp() override { ASSERT_NE(result_, nullptr); }

  static void ExpectFigures(const char* kind, const RateFigures& got) {
    SCOPED_TRACE(kind);
    const nlohmann::json& want = (*expected_)[kind];
    EXPECT_EQ(got.total, want["total"].get<int>());
    EXPECT_EQ(got.failed, want["failed"].get<int>());
    EXPECT_EQ(got.pass_rate, want["pass_rate"].get<std::string>());
    ASSERT_EQ(got.failures.size(), want["failures"].size());
    for (std::size_t i = 0; i < got.failures.size(); ++i) {
      const nlohmann::json& w = want["failures"][i];
      EXPECT_EQ(got.failures[i].object, w["name"].get<std::string>()) << i;
      EXPECT_EQ(got.failures[i].group, w["group"].get<std::string>()) << got.failures[i].object;
      EXPECT_EQ(got.failures[i].problems, w["problems"].get<std::vector<std::string>>()) << got.failures[i].object;
      if (w.contains("platform")) {
        EXPECT_EQ(got.failures[i].category, w["platform"].get<std::string>()) << got.failures[i].object;
      }
    }
  }

  static nlohmann::json* expected_;
  static PeriodResult* result_;
};

nlohmann::json* SeedFixtureTest::expected_ = nullptr;
PeriodResult* SeedFixtureTest::result_ = nullptr;

TEST_F(SeedFixtureTest, WebsitesAndColumnsPassRatesAndAnnexRows) {
  ExpectFigures("sites", result_->sites);
  ExpectFigures("columns", result_->columns);
}

TEST_F(SeedFixtureTest, NewMediaPassRateOpenedClosedAndAnnexRows) {
  ExpectFigures("accounts", result_->accounts);
  EXPECT_EQ(result_->accounts_opened, (*expected_)["accounts"]["opened"].get<int>());
  EXPECT_EQ(result_->accounts_closed, (*expected_)["accounts"]["closed"].get<int>());
}

TEST_F(SeedFixtureTest, MessagesPerUnitAndResolutionRate) {
  const nlohmann::json& want = (*expected_)["messages"];
  EXPECT_EQ(result_->messages.received, want["received"].get<int>());
  EXPECT_EQ(result_->messages.overdue_unfinished, want["overdue_unfinished"].get<int>());
  EXPECT_EQ(result_->messages.resolution_rate, want["resolution_rate"].get<std::string>());
  ASSERT_EQ(result_->messages.by_unit.size(), want["by_unit"].size());
  for (const auto& [unit, counts] : want["by_unit"].items()) {
    auto it = result_->messages.by_unit.find(unit);
    ASSERT_NE(it, result_->messages.by_unit.end()) << unit;
    EXPECT_EQ(it->second.received, counts["received"].get<int>()) << unit;
    EXPECT_EQ(it->second.overdue_unfinished, counts["overdue_unfinished"].get<int>()) << unit;
  }
}

TEST_F(SeedFixtureTest, JsonReportCarriesTheFiguresUnderTheContractKeys) {
  const nlohmann::json j = report::RenderJson(*result_);
  for (const char* kind : {"sites", "columns", "accounts"}) {
    EXPECT_EQ(j[kind]["pass_rate"], (*expected_)[kind]["pass_rate"]) << kind;
    EXPECT_EQ(j[kind]["failures"].size(), (*expected_)[kind]["failures"].size()) << kind;
  }
  EXPECT_EQ(j["accounts"]["opened"], (*expected_)["accounts"]["opened"]);
  EXPECT_EQ(j["messages"]["resolution_rate"], (*expected_)["messages"]["resolution_rate"]);
}

TEST_F(SeedFixtureTest, DocxNoticeStatesTheFiguresAndListsEveryFailure) {
  auto notice_text = ReadFile(kRulesDir / "notice.tsv");
  ASSERT_TRUE(notice_text);
  auto settings = report::NoticeSettings::Parse(*notice_text, "notice.tsv");
  ASSERT_TRUE(settings);
  auto docx = report::RenderDocx(*result_, *settings);
  ASSERT_TRUE(docx) << docx.error().message;
  // Set GOVWATCH_KEEP_DOCX=path to convert and look at it (libreoffice --headless --convert-to pdf).
  if (const char* keep = std::getenv("GOVWATCH_KEEP_DOCX")) std::ofstream(keep, std::ios::binary) << *docx;
  auto parts = report::UnzipEntries(*docx);
  ASSERT_TRUE(parts);
  const std::string& xml = (*parts)["word/document.xml"];
  for (const char* kind : {"sites", "columns", "accounts"}) {
    EXPECT_TRUE(Contains(xml, (*expected_)[kind]["pass_rate"].get<std::string>() + "%")) << kind;
    for (const nlohmann::json& f : (*expected_)[kind]["failures"]) {
      EXPECT_TRUE(Contains(xml, ">" + f["name"].get<std::string>() + "</w:t>")) << f["name"];
    }
  }
  EXPECT_TRUE(Contains(xml, (*expected_)["messages"]["resolution_rate"].get<std::string>() + "%"));
}

TEST_F(SeedFixtureTest, XlsxAnnexesListEveryFailureAndEveryFinding) {
  auto notice_text = ReadFile(kRulesDir / "notice.tsv");
  ASSERT_TRUE(notice_text);
  auto settings = report::NoticeSettings::Parse(*notice_text, "notice.tsv");
  ASSERT_TRUE(settings);
  auto xlsx = report::RenderXlsx(*result_, *settings);
  ASSERT_TRUE(xlsx) << xlsx.error().message;
  if (const char* keep = std::getenv("GOVWATCH_KEEP_XLSX")) std::ofstream(keep, std::ios::binary) << *xlsx;
  auto parts = report::UnzipEntries(*xlsx);
  ASSERT_TRUE(parts);
  const std::string& strings = (*parts)["xl/sharedStrings.xml"];
  for (const char* kind : {"sites", "columns", "accounts"}) {
    for (const nlohmann::json& f : (*expected_)[kind]["failures"]) {
      EXPECT_TRUE(Contains(strings, "<t>" + f["name"].get<std::string>() + "</t>") ||
                  Contains(strings, "<t xml:space=\"preserve\">" + f["name"].get<std::string>() + "</t>"))
          << f["name"];
    }
  }
  // 问题明细: a header row and one row per finding.
  const std::string& details = (*parts)["xl/worksheets/sheet4.xml"];
  std::size_t rows = 0;
  for (std::size_t at = details.find("<row "); at != std::string::npos; at = details.find("<row ", at + 1)) ++rows;
  EXPECT_EQ(rows, result_->findings.size() + 1);
}

}  // namespace
}  // namespace govwatch::verdict
