// `govwatch extract FILE|URL`: JSON on stdout, exit 2 naming the input when it cannot be read.
#include <chrono>
#include <string>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>
#include <nlohmann/json.hpp>

#include "support/run_command.hpp"

namespace govwatch {
namespace {

using testing::RunCommand;

const std::string kBinary = GOVWATCH_BINARY;
const std::string kPages = std::string(GOVWATCH_TEST_DATA_DIR) + "/extract/pages/";

TEST(ExtractCommandTest, PrintsFactsOfAGbkFile) {
  const auto r = RunCommand(kBinary + " extract " + kPages +
                            "trs_list_gbk.html --url http://www.eryuan.gov.cn/eyxrmzf/c102/index.html");

  ASSERT_EQ(r.exit_code, 0) << r.output;
  const auto j = nlohmann::json::parse(r.output);
  EXPECT_EQ(j["url"], "http://www.eryuan.gov.cn/eyxrmzf/c102/index.html");
  EXPECT_EQ(j["title"], "政策文件");
  EXPECT_TRUE(j["publish_date"].is_null());
  EXPECT_EQ(j["is_list_page"], true);
  ASSERT_EQ(j["items"].size(), 5u);
  EXPECT_EQ(j["items"][0]["date"], "2022-03-04");
  EXPECT_EQ(j["identity"]["site_code"], "5329300001");
  EXPECT_EQ(j["identity"]["icp"], "滇ICP备05006789号");
  EXPECT_EQ(j["charset"], "GB18030");
  EXPECT_EQ(j["meta"]["ColumnName"], "政策文件");
}

TEST(ExtractCommandTest, MissingFileExitsTwoNamingIt) {
  const auto r = RunCommand(kBinary + " extract /nonexistent/页面.html");

  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.output.find("/nonexistent/页面.html"), std::string::npos) << r.output;
}

TEST(ExtractCommandTest, BadAtExitsTwo) {
  const auto r = RunCommand(kBinary + " extract " + kPages + "homepage.html --at 2022-13-45");

  EXPECT_EQ(r.exit_code, 2) << r.output;
}

TEST(ExtractCommandTest, FetchesAUrlAndNamesItWhenUnreachable) {
  httplib::Server server;
  server.Get("/zwgk/202203/t20220305_1.html", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("<html><head><title>关于开展春季植树活动的通知_通知公告</title></head><body>"
                    "<h1>关于开展春季植树活动的通知</h1><p>各单位：现将有关事项通知如下。</p></body></html>",
                    "text/html; charset=utf-8");
  });
  server.Get("/gone", [](const httplib::Request&, httplib::Response& res) { res.status = 404; });
  const int port = server.bind_to_any_port("127.0.0.1");
  std::thread thread([&] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const std::string origin = "http://127.0.0.1:" + std::to_string(port);

  const auto ok = RunCommand(kBinary + " extract " + origin + "/zwgk/202203/t20220305_1.html");
  const auto gone = RunCommand(kBinary + " extract " + origin + "/gone");
  server.stop();
  thread.join();

  ASSERT_EQ(ok.exit_code, 0) << ok.output;
  const auto j = nlohmann::json::parse(ok.output);
  EXPECT_EQ(j["title"], "关于开展春季植树活动的通知");
  EXPECT_EQ(j["publish_date"], "2022-03-05");
  EXPECT_EQ(gone.exit_code, 2);
  EXPECT_NE(gone.output.find(origin + "/gone"), std::string::npos) << gone.output;
  EXPECT_NE(gone.output.find("404"), std::string::npos) << gone.output;
}

}  // namespace
}  // namespace govwatch
