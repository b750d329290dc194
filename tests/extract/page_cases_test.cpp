// One case per saved page under tests/data/extract/pages/: NAME.html and its expected facts in
// NAME.expected.json. Adding a page means adding two files.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "common/time.hpp"
#include "extract/page_extractor.hpp"
#include "fetch/body_decoder.hpp"

namespace govwatch::extract {
namespace {

namespace fs = std::filesystem;

const fs::path kPagesDir = fs::path(GOVWATCH_TEST_DATA_DIR) / "extract" / "pages";

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::vector<std::string> CaseNames() {
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(kPagesDir)) {
    if (entry.path().extension() == ".html") names.push_back(entry.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::string DateText(const std::optional<Date>& d) { return d ? FormatDate(*d) : "null"; }

std::string ExpectedDate(const nlohmann::json& j) { return j.is_null() ? "null" : j.get<std::string>(); }

bool HasLink(const PageFacts& f, const std::string& url) {
  return std::any_of(f.links.begin(), f.links.end(), [&](const ExtractedLink& l) { return l.url == url; });
}

class PageCaseTest : public ::testing::TestWithParam<std::string> {};

TEST_P(PageCaseTest, MatchesExpectedFacts) {
  const std::string name = GetParam();
  const std::string bytes = Slurp(kPagesDir / (name + ".html"));
  const nlohmann::json want = nlohmann::json::parse(Slurp(kPagesDir / (name + ".expected.json")));
  const fetch::DecodedBody decoded = fetch::DecodeBody(bytes, "text/html");
  ASSERT_TRUE(decoded.is_text);

  const PageFacts f = ExtractPage(decoded.body, want.at("url").get<std::string>());

  if (want.contains("charset")) {
    EXPECT_EQ(decoded.charset, want["charset"].get<std::string>());
  }
  EXPECT_EQ(f.title, want.at("title").get<std::string>());
  EXPECT_EQ(DateText(f.publish_date), ExpectedDate(want.at("publish_date")));
  EXPECT_EQ(f.is_list_page, want.at("is_list_page").get<bool>());
  if (want.contains("empty_list")) {
    EXPECT_EQ(f.empty_list, want["empty_list"].get<bool>());
  }
  if (want.contains("item_count")) {
    EXPECT_EQ(f.items.size(), want["item_count"].get<std::size_t>());
  }
  if (want.contains("items_prefix")) {
    const auto& items = want["items_prefix"];
    ASSERT_GE(f.items.size(), items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
      EXPECT_EQ(f.items[i].title, items[i]["title"].get<std::string>()) << "item " << i;
      EXPECT_EQ(f.items[i].url, items[i]["url"].get<std::string>()) << "item " << i;
      EXPECT_EQ(DateText(f.items[i].date), ExpectedDate(items[i]["date"])) << "item " << i;
    }
  }
  if (want.contains("pagination")) {
    std::vector<std::string> got = f.pagination;
    std::vector<std::string> expected = want["pagination"].get<std::vector<std::string>>();
    std::sort(got.begin(), got.end());
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(got, expected);
  }
  if (want.contains("identity")) {
    const auto& id = want["identity"];
    if (id.contains("site_code")) {
      EXPECT_EQ(f.identity.site_code, id["site_code"].get<std::string>());
    }
    if (id.contains("icp")) {
      EXPECT_EQ(f.identity.icp, id["icp"].get<std::string>());
    }
    if (id.contains("psb")) {
      EXPECT_EQ(f.identity.psb, id["psb"].get<std::string>());
    }
    if (id.contains("party_badge")) {
      EXPECT_EQ(f.identity.has_party_badge, id["party_badge"].get<bool>());
    }
    if (id.contains("error_report_entry")) {
      EXPECT_EQ(f.identity.has_error_report_entry, id["error_report_entry"].get<bool>());
    }
  }
  if (want.contains("meta")) {
    for (const auto& [key, value] : want["meta"].items()) {
      auto it = f.meta.find(key);
      ASSERT_NE(it, f.meta.end()) << key;
      EXPECT_EQ(it->second, value.get<std::string>()) << key;
    }
  }
  for (const auto& url : want.value("links_include", nlohmann::json::array())) {
    EXPECT_TRUE(HasLink(f, url.get<std::string>())) << url;
  }
  for (const auto& url : want.value("links_exclude", nlohmann::json::array())) {
    EXPECT_FALSE(HasLink(f, url.get<std::string>())) << url;
  }
  if (want.contains("hidden_links")) {
    std::vector<std::string> hidden;
    for (const auto& l : f.links) {
      if (l.hidden) hidden.push_back(l.url);
    }
    EXPECT_EQ(hidden, want["hidden_links"].get<std::vector<std::string>>());
  }
  for (const auto& t : want.value("text_includes", nlohmann::json::array())) {
    EXPECT_NE(f.main_text.find(t.get<std::string>()), std::string::npos) << t << "\n" << f.main_text;
  }
  for (const auto& t : want.value("text_excludes", nlohmann::json::array())) {
    EXPECT_EQ(f.main_text.find(t.get<std::string>()), std::string::npos) << t << "\n" << f.main_text;
  }
  if (want.contains("column_type")) {
    const std::string got = f.column_type ? std::string(model::ToChinese(*f.column_type)) : "null";
    EXPECT_EQ(got, want["column_type"].is_null() ? "null" : want["column_type"].get<std::string>());
  }
  if (want.contains("has_search")) {
    EXPECT_EQ(f.has_search, want["has_search"].get<bool>());
  }
  if (want.contains("validity")) {
    EXPECT_EQ(f.validity, want["validity"].get<std::string>());
  }
  if (want.contains("interpretation_urls")) {
    EXPECT_EQ(f.interpretation_urls, want["interpretation_urls"].get<std::vector<std::string>>());
  }
  if (want.contains("policy_urls")) {
    EXPECT_EQ(f.policy_urls, want["policy_urls"].get<std::vector<std::string>>());
  }
  for (const auto& cell : want.value("table_cells", nlohmann::json::array())) {
    const auto found = std::find_if(f.blocks.begin(), f.blocks.end(), [&](const TextBlock& b) {
      return b.kind == BlockKind::kTableCell && b.text == cell["text"].get<std::string>();
    });
    ASSERT_NE(found, f.blocks.end()) << cell;
    EXPECT_EQ(found->header, cell["header"].get<std::string>()) << cell;
  }
}

INSTANTIATE_TEST_SUITE_P(SavedPages, PageCaseTest, ::testing::ValuesIn(CaseNames()),
                         [](const ::testing::TestParamInfo<std::string>& param_info) { return param_info.param; });

TEST(PageCaseTest, FolderHasCases) { EXPECT_GE(CaseNames().size(), 11u); }

}  // namespace
}  // namespace govwatch::extract
