// The command-line contract: exit codes and messages that name the place.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

namespace govwatch {
namespace {

namespace fs = std::filesystem;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("govwatch-cli-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return dir_ / name;
  }
  testing::CommandResult Run(const std::string& args) {
    return testing::RunCommand(std::string(GOVWATCH_BINARY) + " " + args);
  }
  fs::path dir_;
};

TEST_F(CliTest, UnknownCommandAndMissingOptionsAreUsageErrors) {
  EXPECT_EQ(Run("frobnicate").exit_code, 2);
  EXPECT_EQ(Run("import").exit_code, 2);
  EXPECT_EQ(Run("report --db x.db").exit_code, 2);
  const auto bad_period = Run("inspect --db " + (dir_ / "a.db").string() + " --period 2022Q7 --judge-only");
  EXPECT_EQ(bad_period.exit_code, 2);
  EXPECT_NE(bad_period.output.find("2022Q7"), std::string::npos);
}

TEST_F(CliTest, ImportRejectsABadFileNamingLinesAndSaysWhatWasImported) {
  const auto units = Write("units.csv", "单位名称,单位类型\n云岭市人民政府,其他\n");
  const auto sites = Write("sites.csv",
                           "网站名称,网站标识码,首页网址,主办单位\n"
                           "云岭市人民政府门户网站,5399000001,http://127.0.0.1:1/,云岭市人民政府\n"
                           "坏,5399000002,ftp://nowhere,云岭市人民政府\n");
  const std::string db = (dir_ / "g.db").string();

  const auto r = Run("import " + units.string() + " " + sites.string() + " --db " + db);

  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find(sites.string() + ":3: 首页网址:"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("已导入 imported: " + units.string()), std::string::npos) << r.output;
}

TEST_F(CliTest, ImportInspectReportRoundTripOnImportedData) {
  const std::string db = (dir_ / "g.db").string();
  ASSERT_EQ(Run("import " + Write("units.csv", "单位名称,单位类型\n云岭市人民政府,其他\n").string() + " --db " + db).exit_code,
            0);
  ASSERT_EQ(Run("import " +
                Write("sites.csv", "网站名称,网站标识码,首页网址,主办单位,留言平台\n"
                                   "云岭市人民政府门户网站,5399000001,http://127.0.0.1:9/,云岭市人民政府,是\n")
                    .string() +
                " --db " + db)
                .exit_code,
            0);
  ASSERT_EQ(Run("import " +
                Write("messages.csv", "留言编号,所属网站,留言时间,答复时间,留言类型,标题\n"
                                      "A1,5399000001,2021-11-20 09:00,,咨询,问路\n"
                                      "A2,5399000001,2022-03-01 09:00,2022-03-02 09:00,简单咨询,问时间\n")
                    .string() +
                " --db " + db)
                .exit_code,
            0);

  const auto judged = Run("inspect --db " + db + " --period 2022Q1 --at 2022-03-31 --judge-only --fail-on-findings");
  const auto report = Run("report --db " + db + " --period 2022Q1 --format json --out " + (dir_ / "n.json").string());

  EXPECT_EQ(judged.exit_code, 1) << judged.output;
  ASSERT_EQ(report.exit_code, 0) << report.output;
  std::ifstream in(dir_ / "n.json");
  const auto j = nlohmann::json::parse(in);
  EXPECT_EQ(j.at("sites").at("total"), 1);
  EXPECT_EQ(j.at("sites").at("failed"), 1);
  EXPECT_EQ(j.at("sites").at("pass_rate"), "0.00");
  EXPECT_EQ(j.at("sites").at("failures").at(0).at("problems").at(0), "互动回应差");
  EXPECT_EQ(j.at("messages").at("received"), 1);
  EXPECT_EQ(j.at("messages").at("resolution_rate"), "100.00");
}

TEST_F(CliTest, AMonitoringWindowNarrowsThePeriodAndIsPrintedInTheNotice) {
  const std::string db = (dir_ / "w.db").string();
  ASSERT_EQ(Run("import " + Write("units.csv", "单位名称,单位类型\n云岭市人民政府,其他\n").string() + " --db " + db).exit_code,
            0);
  const auto outside = Run("inspect --db " + db + " --period 2022Q1 --window 2021-12-28..2022-03-31 --judge-only");
  const auto malformed = Run("inspect --db " + db + " --period 2022Q1 --window 2022-01-28 --judge-only");
  const auto judged = Run("inspect --db " + db + " --period 2022Q1 --window 2022-01-28.. --at 2022-03-31 --judge-only");
  const auto rejudged = Run("inspect --db " + db + " --period 2022Q1 --at 2022-03-31 --judge-only");
  const auto json = Run("report --db " + db + " --period 2022Q1 --format json --out " + (dir_ / "w.json").string());
  const auto md = Run("report --db " + db + " --period 2022Q1 --format md --out " + (dir_ / "w.md").string());

  EXPECT_EQ(outside.exit_code, 2) << outside.output;
  EXPECT_NE(outside.output.find("--window"), std::string::npos) << outside.output;
  EXPECT_EQ(malformed.exit_code, 2) << malformed.output;
  ASSERT_EQ(judged.exit_code, 0) << judged.output;
  ASSERT_EQ(rejudged.exit_code, 0) << rejudged.output;
  ASSERT_EQ(json.exit_code, 0) << json.output;
  ASSERT_EQ(md.exit_code, 0) << md.output;
  std::ifstream in(dir_ / "w.json");
  const auto j = nlohmann::json::parse(in);
  EXPECT_EQ(j.at("period"), "2022Q1");
  EXPECT_EQ(j.at("window").at("from"), "2022-01-28") << "a re-judgement keeps the stored window";
  EXPECT_EQ(j.at("window").at("to"), "2022-03-31");
  std::ifstream md_in(dir_ / "w.md");
  const std::string notice((std::istreambuf_iterator<char>(md_in)), std::istreambuf_iterator<char>());
  EXPECT_NE(notice.find("监测数据采集时间：1月28日—3月31日"), std::string::npos) << notice;
}

// Regression: without --at, T was taken before fetching, so nothing just observed was judged.
TEST_F(CliTest, InspectWithoutAnInstantJudgesWhatItJustFetched) {
  const std::string db = (dir_ / "g.db").string();
  const std::string farm_dir = (dir_ / "farm").string();
  const std::string pid_file = (dir_ / "farm.pid").string();
  ASSERT_EQ(testing::RunCommand("sh -c '" + std::string(GOVWATCH_BINARY) + " farm --port 0 --dir " + farm_dir +
                                " > " + farm_dir + ".log 2>&1 & echo $! > " + pid_file + "'")
                .exit_code,
            0);
  for (int i = 0; i < 100 && !fs::exists(fs::path(farm_dir) / "manifest.json"); ++i) {
    testing::RunCommand("sleep 0.1");
  }
  testing::RunCommand("sleep 0.3");
  const auto imported = Run("import " + farm_dir + "/units.csv " + farm_dir + "/sites.csv " + farm_dir +
                            "/columns.csv --db " + db);
  const auto inspected = Run("inspect --db " + db + " --only sites --quiet");
  testing::RunCommand("kill $(cat " + pid_file + ")");

  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  ASSERT_EQ(inspected.exit_code, 0) << inspected.output;
  EXPECT_EQ(inspected.output.find("问题 findings 0"), std::string::npos) << inspected.output;
  EXPECT_NE(inspected.output.find("不合格 failed"), std::string::npos) << inspected.output;
}

TEST_F(CliTest, RobotsOverrideForAnUnregisteredSiteIsABadInputNamingTheConfigLine) {
  const std::string db = (dir_ / "g.db").string();
  const fs::path config = Write("offices.toml", "# 监管单位的抓取设置\n\n[[site]]\nsite = \"不存在的网站\"\nignore_robots = true\n");

  const auto inspected = Run("inspect --db " + db + " --only sites --quiet --config " + config.string());

  EXPECT_EQ(inspected.exit_code, 2) << inspected.output;
  EXPECT_NE(inspected.output.find(config.string() + ":3: site: '不存在的网站' is no registered site"), std::string::npos)
      << inspected.output;
}

// The word lists of rules/ are read at run time: a malformed row stops the command naming file:line,
// and a local file can remove a word.
TEST_F(CliTest, AMalformedWordListRowNamesItsFileAndLine) {
  const fs::path rules = dir_ / "rules";
  fs::copy(fs::path(GOVWATCH_SOURCE_DIR) / "rules", rules, fs::copy_options::recursive);
  {
    std::ofstream out(rules / "channels.tsv", std::ios::app);
    out << "channel_words\n";
  }
  std::size_t lines = 0;
  {
    std::ifstream in(rules / "channels.tsv");
    for (std::string line; std::getline(in, line);) ++lines;
  }
  const std::string db = (dir_ / "w.db").string();
  const auto r = testing::RunCommand("GOVWATCH_RULES_DIR='" + rules.string() + "' '" + GOVWATCH_BINARY +
                                     "' inspect --db " + db + " --period 2022Q1 --at 2022-03-31 --judge-only");
  EXPECT_NE(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("channels.tsv line " + std::to_string(lines) + ": expected at least 2 TAB-separated fields, found 1 (list<TAB>word<TAB>source)"),
            std::string::npos)
      << r.output;

  fs::copy_file(fs::path(GOVWATCH_SOURCE_DIR) / "rules" / "channels.tsv", rules / "channels.tsv",
                fs::copy_options::overwrite_existing);
  fs::create_directories(rules / "local");
  std::ofstream(rules / "local" / "words.tsv") << "# local\nchanel_words\t市长信箱\n";
  const auto local = testing::RunCommand("GOVWATCH_RULES_DIR='" + rules.string() + "' '" + GOVWATCH_BINARY +
                                         "' inspect --db " + db + " --period 2022Q1 --at 2022-03-31 --judge-only");
  EXPECT_NE(local.exit_code, 0) << local.output;
  EXPECT_NE(local.output.find("words.tsv line 2: unknown word list 'chanel_words'"), std::string::npos) << local.output;
}

TEST_F(CliTest, ReportOfAnUnjudgedPeriodIsABadInput) {
  const auto r = Run("report --db " + (dir_ / "empty.db").string() + " --period 2022Q1 --format md --out " +
                     (dir_ / "x.md").string());

  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("has not been judged"), std::string::npos);
  EXPECT_FALSE(fs::exists(dir_ / "x.md"));
}

}  // namespace
}  // namespace govwatch
