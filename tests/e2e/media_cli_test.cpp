// New-media accounts end to end through the binary: a registry with 互动功能, a posts export whose
// text carries a severe wording error and an ID number, judged by inspect and read back from the
// JSON report (N-V1 and PI-2 through the text engine on posts, N-V3 from the registry).
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

namespace govwatch {
namespace {

namespace fs = std::filesystem;

// Today's civil date in China Standard Time: the import stamps posts as seen now (real clock), and a
// period is judged only on what was seen by its instant, so the test judges the current quarter.
struct Today {
  int year;
  unsigned month;
  unsigned day;
};
Today TodayInChina() {
  using namespace std::chrono;
  const auto now = floor<days>(system_clock::now() + hours(8));
  const year_month_day ymd{now};
  return {static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day())};
}

class MediaCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("govwatch-media-cli-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return (dir_ / name).string();
  }
  testing::CommandResult Run(const std::string& args) {
    return testing::RunCommand(std::string(GOVWATCH_BINARY) + " " + args);
  }
  fs::path dir_;
};

TEST_F(MediaCliTest, PostsTextAndRegistryInteractionBecomeAccountFindings) {
  const Today today = TodayInChina();
  const int quarter = static_cast<int>((today.month - 1) / 3 + 1);
  const std::string period = fmt::format("{}Q{}", today.year, quarter);
  const std::string day = fmt::format("{:04d}-{:02d}-{:02d}", today.year, today.month, today.day);
  const unsigned last_month = static_cast<unsigned>(quarter * 3);
  const std::string quarter_end =
      fmt::format("{:04d}-{:02d}-{:02d}", today.year, last_month, last_month == 3 || last_month == 12 ? 31 : 30);
  const std::string db = (dir_ / "g.db").string();

  const auto imported = Run(
      "import " + Write("units.csv", "单位名称,单位类型\n云岭市人民政府,其他\n云岭市教育局,市直部门\n") + " " +
      Write("accounts.csv",
            "账号名称,平台,主办单位,账号ID,运行状态,开通日期,互动功能\n"
            "云岭发布,微信公众号,云岭市人民政府,ylfb_wx,运行,2020-01-01,是\n"
            "云岭教育,抖音,云岭市教育局,yljy_dy,运行,2020-01-01,否\n") +
      " --db " + db);
  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  const auto posts = Run(
      "import " +
      Write("posts.csv",
            "账号ID,平台,发布时间,标题,链接,正文\n"
            "ylfb_wx,微信公众号," + day + " 00:01,学习贯彻习近乎新时代中国特色社会主义思想,http://127.0.0.1:9/p/1,"
            "全市干部认真学习。\n"
            "yljy_dy,抖音," + day + " 00:02,招生公示,http://127.0.0.1:9/p/2,"
            "拟录取学生张三，身份证号530102200801011235，联系电话详询学校。\n") +
      " --db " + db);
  ASSERT_EQ(posts.exit_code, 0) << posts.output;

  const auto judged = Run("inspect --db " + db + " --period " + period + " --at " + quarter_end + " --judge-only");
  ASSERT_EQ(judged.exit_code, 0) << judged.output;
  const std::string out = (dir_ / "r.json").string();
  const auto report = Run("report --db " + db + " --period " + period + " --format json --out " + out);
  ASSERT_EQ(report.exit_code, 0) << report.output;
  std::ifstream in(out);
  const auto j = nlohmann::json::parse(in);

  bool severe = false, pii = false, interaction = false;
  for (const auto& f : j.at("findings")) {
    const std::string indicator = f.at("indicator");
    const std::string object = f.at("object");
    if (indicator == "N-V1" && object == "云岭发布") {
      severe = true;
      EXPECT_NE(f.at("evidence").at("excerpt").get<std::string>().find("习近乎"), std::string::npos) << f.dump();
      EXPECT_EQ(f.at("url"), "http://127.0.0.1:9/p/1");
    }
    if (indicator == "PI-2" && object == "云岭教育") {
      pii = true;
      EXPECT_EQ(f.at("evidence").at("excerpt").get<std::string>().find("530102200801011235"), std::string::npos)
          << "the published evidence masks the ID number: " << f.dump();
    }
    if (indicator == "N-V3") {
      interaction = true;
      EXPECT_EQ(object, "云岭教育") << "云岭发布 registers 互动功能 是";
    }
    EXPECT_FALSE(indicator == "N-V1" && object == "云岭教育") << f.dump();
  }
  EXPECT_TRUE(severe) << j.at("findings").dump(1);
  EXPECT_TRUE(pii) << j.at("findings").dump(1);
  EXPECT_TRUE(interaction) << j.at("findings").dump(1);
  bool listed = false;
  for (const auto& failure : j.at("accounts").at("failures")) {
    if (failure.at("name") == "云岭教育") {
      listed = true;
      const auto& problems = failure.at("problems");
      EXPECT_NE(std::find(problems.begin(), problems.end(), "互动回应差"), problems.end()) << failure.dump();
    }
  }
  EXPECT_TRUE(listed) << j.at("accounts").dump(1);
}

}  // namespace
}  // namespace govwatch
