// Every page and post the farm serves is scanned with the real text engine and rule files: the
// only findings allowed are the planted ones (W-V1.1, C-V1, PI-2), and each of those is found.
#include <deque>
#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include <gtest/gtest.h>

#include "common/charset.hpp"
#include "common/files.hpp"
#include "common/strings.hpp"
#include "farm_test_support.hpp"
#include "text/text_engine.hpp"

namespace govwatch::farm {
namespace {

using testing::Fetch;
using testing::kAnchor;
using testing::Options;
using testing::PortAndPath;
using testing::RunningFarm;

text::RuleFiles LoadRules() {
  text::RuleFiles files;
  const std::filesystem::path dir = RulesDir() / "text";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    files[std::filesystem::relative(entry.path(), dir).generic_string()] = ReadFile(entry.path()).value();
  }
  return files;
}

// Visible text of a page: script and style dropped, tags become line breaks, a few entities.
std::string VisibleText(const std::string& html) {
  std::string s = std::regex_replace(html, std::regex(R"re(<(script|style)[^>]*>[\s\S]*?</\1>)re"), "\n");
  s = std::regex_replace(s, std::regex("<[^>]*>"), "\n");
  s = ReplaceAll(s, "&nbsp;", " ");
  s = ReplaceAll(s, "&gt;", ">");
  s = ReplaceAll(s, "&lt;", "<");
  s = ReplaceAll(s, "&quot;", "\"");
  return ReplaceAll(s, "&amp;", "&");
}

TEST(FarmTextTest, OnlyPlantedPagesHaveTextFindings) {
  auto engine = text::TextEngine::Load(LoadRules());
  ASSERT_TRUE(engine.has_value()) << engine.error().message;
  RunningFarm f(Options(3, 10, 300));
  const nlohmann::json manifest = f.farm.Manifest();
  std::map<std::string, std::string> planted;  // url → indicator
  for (const nlohmann::json& p : manifest["plants"]) {
    const std::string indicator = p["indicator"];
    if (indicator == "W-V1.1" || indicator == "C-V1" || indicator == "PI-2") planted[p["url"]] = indicator;
  }
  ASSERT_EQ(planted.size(), 3u);
  text::ScanOptions scan;
  scan.at = kAnchor;

  std::map<std::string, std::set<std::string>> found;  // url → checks
  int pages = 0;
  static const std::regex kHref("href=\"(/[^\"#?]*)\"");
  for (const FarmSite& site : f.farm.Sites()) {
    std::deque<std::string> queue = {"/"};
    std::set<std::string> seen = {"/"};
    while (!queue.empty()) {
      const std::string path = queue.front();
      queue.pop_front();
      const auto page = Fetch(site.port, path);
      if (page.status != 200) continue;
      ++pages;
      const std::string html =
          ToUtf8(page.body, Contains(page.content_type, "gbk") ? "gbk" : "utf-8").text;
      for (const text::TextFinding& t : engine->Scan(VisibleText(html), scan)) {
        found[site.url + path.substr(1)].insert(std::string(text::CheckName(t.check)) + ":" + t.text);
      }
      for (auto it = std::sregex_iterator(html.begin(), html.end(), kHref); it != std::sregex_iterator(); ++it) {
        if (seen.insert((*it)[1].str()).second) queue.push_back((*it)[1].str());
      }
    }
  }
  for (const nlohmann::json& p : manifest["plants"]) {
    if (p["object_kind"] != "account") continue;
    const auto feed = Fetch(PortAndPath(p["url"]).first, "/feeds/ylfb_wx.xml");
    ASSERT_EQ(feed.status, 200);
    for (const text::TextFinding& t : engine->Scan(VisibleText(feed.body), scan)) {
      found["feed"].insert(std::string(text::CheckName(t.check)) + ":" + t.text);
    }
  }

  EXPECT_GT(pages, 300);
  for (const auto& [url, checks] : found) {
    EXPECT_EQ(planted.count(url), 1u) << "unplanted finding on " << url << ": " << *checks.begin();
  }
  for (const auto& [url, indicator] : planted) {
    ASSERT_EQ(found.count(url), 1u) << indicator << " not found on " << url;
    const std::string expected = indicator == "PI-2" ? "pii:" : "severe:";
    EXPECT_TRUE(StartsWith(*found[url].begin(), expected)) << indicator << " " << *found[url].begin();
  }
}

}  // namespace
}  // namespace govwatch::farm
