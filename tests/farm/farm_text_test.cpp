// Every page and post the farm serves is scanned with the real text engine and rule files: the
// only findings allowed are the planted ones (W-V1.1, C-V1, PI-2), and each of those is found.
#include <deque>
#include <filesystem>
#include <map>
#include <string>
#include <vector>
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
  std::string s;
  s.reserve(html.size());
  std::size_t i = 0;
  while (i < html.size()) {
    if (html[i] != '<') {
      s += html[i++];
      continue;
    }
    for (const char* skipped : {"<script", "<style"}) {
      if (html.compare(i, std::char_traits<char>::length(skipped), skipped) == 0) {
        const std::string close = std::string("</") + (skipped + 1);
        const std::size_t end = html.find(close, i);
        i = end == std::string::npos ? html.size() : end;
      }
    }
    const std::size_t end = html.find('>', i);
    i = end == std::string::npos ? html.size() : end + 1;
    s += '\n';
  }
  s = ReplaceAll(s, "&nbsp;", " ");
  s = ReplaceAll(s, "&gt;", ">");
  s = ReplaceAll(s, "&lt;", "<");
  s = ReplaceAll(s, "&quot;", "\"");
  return ReplaceAll(s, "&amp;", "&");
}

// The site-internal links of a page (href="/…"), without query or fragment.
std::vector<std::string> InternalLinks(const std::string& html) {
  std::vector<std::string> out;
  for (std::size_t at = html.find("href=\"/"); at != std::string::npos; at = html.find("href=\"/", at + 1)) {
    const std::size_t begin = at + 6;
    const std::size_t end = html.find_first_of("\"#?", begin);
    if (end == std::string::npos) break;
    out.push_back(html.substr(begin, end - begin));
  }
  return out;
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
      for (const std::string& link : InternalLinks(html)) {
        if (seen.insert(link).second) queue.push_back(link);
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
