// End-to-end tests of `govwatch scan-text` through the built binary.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

namespace {

struct CommandResult {
  int exit_code = -1;
  std::string out;
};

// Runs a shell command line, capturing stdout (stderr merged when `merge_stderr`).
CommandResult RunCommand(const std::string& command, bool merge_stderr) {
  CommandResult run;
  std::string full = command + (merge_stderr ? " 2>&1" : " 2>/dev/null");
  FILE* pipe = popen(full.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  std::size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) run.out.append(buffer, n);
  int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

// One JSON object per line of `out`.
std::vector<nlohmann::json> ParseLines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::size_t start = 0;
  while (start < out.size()) {
    std::size_t end = out.find('\n', start);
    if (end == std::string::npos) end = out.size();
    if (end > start) lines.push_back(nlohmann::json::parse(out.substr(start, end - start)));
    start = end + 1;
  }
  return lines;
}

class ScanTextCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(GOVWATCH_BINARY)) GTEST_SKIP() << "govwatch binary not built";
    dir_ = std::filesystem::temp_directory_path() / ("govwatch_scan_text_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::string Write(const std::string& name, const std::string& content) {
    std::filesystem::path path = dir_ / name;
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << content;
    return path.string();
  }
  std::string Binary() const {
    return std::string("GOVWATCH_RULES_DIR='") + GOVWATCH_SOURCE_DIR + "/rules' '" + GOVWATCH_BINARY + "'";
  }
  std::filesystem::path dir_;
};

TEST_F(ScanTextCommandTest, PrintsOneJsonObjectPerFindingWithLineNumbers) {
  std::string file = Write("in.txt", "第一行正常。\n扫黑险恶专项斗争。\n身份证号530902199003071231\n");

  CommandResult run = RunCommand(Binary() + " scan-text '" + file + "' --lines --at 2022-04-11", false);

  ASSERT_EQ(run.exit_code, 0) << run.out;
  std::vector<nlohmann::json> findings;
  std::size_t start = 0;
  while (start < run.out.size()) {
    std::size_t end = run.out.find('\n', start);
    findings.push_back(nlohmann::json::parse(run.out.substr(start, end - start)));
    start = end + 1;
  }
  ASSERT_EQ(findings.size(), 2u) << run.out;
  EXPECT_EQ(findings[0]["line"], 2);
  EXPECT_EQ(findings[0]["check"], "severe");
  EXPECT_EQ(findings[0]["begin"], 0);
  EXPECT_EQ(findings[0]["end"], 4);
  EXPECT_EQ(findings[0]["byte_end"], 12);
  EXPECT_EQ(findings[0]["suggestion"], "扫黑除恶");
  EXPECT_EQ(findings[1]["line"], 3);
  EXPECT_EQ(findings[1]["check"], "pii");
  EXPECT_EQ(findings[1]["suggestion"], "530***********1231");
  EXPECT_TRUE(findings[1]["evidence"].contains("technique"));
}

TEST_F(ScanTextCommandTest, FailOnFindingsExitsOne) {
  std::string file = Write("in.txt", "习近乎");

  CommandResult run = RunCommand(Binary() + " scan-text '" + file + "' --fail-on-findings", false);

  EXPECT_EQ(run.exit_code, 1);
}

TEST_F(ScanTextCommandTest, MissingFileExitsTwoNamingIt) {
  CommandResult run = RunCommand(Binary() + " scan-text '" + (dir_ / "nope.txt").string() + "'", true);

  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("nope.txt"), std::string::npos) << run.out;
}

TEST_F(ScanTextCommandTest, MalformedRuleFileExitsTwoNamingFileAndLine) {
  Write("rules/text/severe_exact.tsv", "习近乎\t习近平\tx\n坏行没有制表符\n");
  std::string file = Write("in.txt", "文本");

  CommandResult run = RunCommand(std::string("GOVWATCH_RULES_DIR='") + (dir_ / "rules").string() + "' '" + GOVWATCH_BINARY +
                           "' scan-text '" + file + "'",
                       true);

  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.out.find("severe_exact.tsv line 2"), std::string::npos) << run.out;
}

TEST_F(ScanTextCommandTest, Gb18030InputIsConverted) {
  // "扫黑险恶，中华人民共合国" in GB18030.
  std::string gb = "\xc9\xa8\xba\xda\xcf\xd5\xb6\xf1\xa3\xac\xd6\xd0\xbb\xaa\xc8\xcb\xc3\xf1\xb9\xb2\xba\xcf\xb9\xfa";
  std::string file = Write("gb.txt", gb);

  CommandResult run = RunCommand(Binary() + " scan-text '" + file + "'", false);

  ASSERT_EQ(run.exit_code, 0);
  EXPECT_NE(run.out.find("扫黑除恶"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("中华人民共和国"), std::string::npos) << run.out;
}

TEST_F(ScanTextCommandTest, HtmlInputIsReducedToText) {
  std::string file = Write("page.html",
                           "<html><head><style>p{color:red}</style><script>var s='习近乎';</script></head>"
                           "<body><p>深入推进扫黑<b>险恶</b>工作</p></body></html>");

  CommandResult run = RunCommand(Binary() + " scan-text '" + file + "' --html", false);

  ASSERT_EQ(run.exit_code, 0);
  EXPECT_NE(run.out.find("扫黑除恶"), std::string::npos) << run.out;
  EXPECT_EQ(run.out.find("习近平"), std::string::npos) << run.out;
}

TEST_F(ScanTextCommandTest, HtmlPublicityTableFindsNamesAndAddressesByColumnHeader) {
  // A 公示 table in HTML: names and house-level addresses carry no label of their own, only the
  // column header; attributes, entities and a header cell in <td> are the ugly parts.
  std::string file = Write("table.html",
                           "<html><head><title>低保对象公示</title></head><body><h1>2022年城乡低保对象公示</h1>"
                           "<p>现将审核结果公示如下：</p><table border=\"1\"><tr><td><b>序号</b></td><td>姓&nbsp;名</td>"
                           "<td>家庭住址</td><td>保障人数</td></tr>"
                           "<tr><td>1</td><td>张三丰</td><td>临翔区凤翔街道南屏社区3组12号</td><td>3</td></tr>"
                           "<tr><td>2</td><td>李秀英</td><td>博尚镇碗窑村委会下村45号</td><td>2</td></tr>"
                           "</table><p>公示期7天。</p></body></html>");

  CommandResult run = RunCommand(Binary() + " scan-text '" + file + "' --html", false);

  ASSERT_EQ(run.exit_code, 0) << run.out;
  std::vector<std::string> names;
  std::vector<std::string> addresses;
  for (const nlohmann::json& f : ParseLines(run.out)) {
    if (f["rule"] == "pii.name") names.push_back(f["text"].get<std::string>() + ">" + f["suggestion"].get<std::string>());
    if (f["rule"] == "pii.address") addresses.push_back(f["suggestion"]);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"张三丰>张**", "李秀英>李**"})) << run.out;
  EXPECT_EQ(addresses, (std::vector<std::string>{"临翔区凤翔街道南屏社区", "博尚镇碗窑村委会下村"})) << run.out;
}

TEST_F(ScanTextCommandTest, NulBytesAndInvalidUtf8DoNotCrash) {
  std::string content("abc\0\xff\xfe\x80\xc3习近乎\n\0\0", 18);
  std::string file = Write("bad.bin", content);

  CommandResult run = RunCommand(Binary() + " scan-text '" + file + "' --lines", false);

  EXPECT_EQ(run.exit_code, 0);
}

}  // namespace
