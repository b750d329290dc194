#include "text/literal_matcher.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "text/text_engine.hpp"
#include "test_rules.hpp"

namespace govwatch::text {
namespace {

// A BlobCache in memory whose entries a test can damage.
class MemoryCache : public BlobCache {
 public:
  std::optional<std::string> Get(std::string_view key) const override {
    auto it = entries.find(std::string(key));
    if (it == entries.end()) return std::nullopt;
    return it->second;
  }
  void Put(std::string_view key, std::string_view bytes) const override { entries[std::string(key)] = bytes; }
  mutable std::map<std::string, std::string> entries;
};

using Occurrence = std::tuple<std::uint32_t, std::size_t, std::size_t>;

std::vector<Occurrence> ScanAll(const LiteralMatcher& matcher, std::string_view text) {
  std::vector<Occurrence> found;
  matcher.Scan(text, [&](std::uint32_t id, std::size_t from, std::size_t to) { found.emplace_back(id, from, to); });
  return found;
}

const std::vector<std::string> kTerms = {"习近乎", "扫黑险恶", "按装", "既使"};
constexpr std::string_view kText = "要按装设备，既使下雨也要开展扫黑险恶专项斗争。";

TEST(LiteralMatcherTest, SecondBuildReadsTheCachedDatabase) {
  MemoryCache blobs;
  MatcherCache first{&blobs};
  auto compiled = LiteralMatcher::Build(kTerms, &first);
  ASSERT_TRUE(compiled.has_value());
  EXPECT_EQ(first.compiled.load(), 1u);
  EXPECT_EQ(first.loaded.load(), 0u);
  ASSERT_EQ(blobs.entries.size(), 1u);

  MatcherCache second{&blobs};
  auto cached = LiteralMatcher::Build(kTerms, &second);

  ASSERT_TRUE(cached.has_value());
  EXPECT_EQ(second.loaded.load(), 1u);
  EXPECT_EQ(second.compiled.load(), 0u);
  std::vector<Occurrence> found = ScanAll(*cached, kText);
  EXPECT_EQ(found, ScanAll(*compiled, kText));
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(std::get<0>(found[0]), 2u);  // 按装 at bytes 3..9
  EXPECT_EQ(std::get<1>(found[0]), 3u);
  EXPECT_EQ(std::get<2>(found[0]), 9u);
}

TEST(LiteralMatcherTest, OtherLiteralsDoNotShareACacheEntry) {
  MemoryCache blobs;
  MatcherCache cache{&blobs};
  ASSERT_TRUE(LiteralMatcher::Build(kTerms, &cache).has_value());
  std::vector<std::string> more = kTerms;
  more.push_back("专项斗争");

  MatcherCache second{&blobs};
  auto matcher = LiteralMatcher::Build(more, &second);

  ASSERT_TRUE(matcher.has_value());
  EXPECT_EQ(second.compiled.load(), 1u);
  EXPECT_EQ(blobs.entries.size(), 2u);
  EXPECT_EQ(ScanAll(*matcher, kText).size(), 4u);
}

// Damaged entries: a flipped byte in the database, a truncated file, garbage, an empty file.
TEST(LiteralMatcherTest, DamagedCacheEntryIsCompiledAgain) {
  for (int damage = 0; damage < 4; ++damage) {
    MemoryCache blobs;
    MatcherCache first{&blobs};
    ASSERT_TRUE(LiteralMatcher::Build(kTerms, &first).has_value());
    std::string& entry = blobs.entries.begin()->second;
    switch (damage) {
      case 0: entry[entry.size() / 2] = static_cast<char>(entry[entry.size() / 2] ^ 0x5A); break;
      case 1: entry.resize(entry.size() / 3); break;
      case 2: entry = "not a database"; break;
      case 3: entry.clear(); break;
    }

    MatcherCache second{&blobs};
    auto matcher = LiteralMatcher::Build(kTerms, &second);

    ASSERT_TRUE(matcher.has_value()) << "damage " << damage;
    EXPECT_EQ(second.loaded.load(), 0u) << "damage " << damage;
    EXPECT_EQ(second.compiled.load(), 1u) << "damage " << damage;
    EXPECT_EQ(ScanAll(*matcher, kText).size(), 3u) << "damage " << damage;
    // The rebuilt entry is usable again.
    MatcherCache third{&blobs};
    ASSERT_TRUE(LiteralMatcher::Build(kTerms, &third).has_value());
    EXPECT_EQ(third.loaded.load(), 1u) << "damage " << damage;
  }
}

TEST(LiteralMatcherTest, EngineLoadsAllDatabasesFromTheCacheTheSecondTime) {
  MemoryCache blobs;
  EngineResources resources;
  resources.cache = &blobs;
  auto first = TextEngine::Load(testing::RepositoryRuleFiles(), resources);
  ASSERT_TRUE(first.has_value());
  EXPECT_EQ(first->Loading().databases_loaded, 0u);
  EXPECT_GE(first->Loading().databases_compiled, 4u);  // phrases, sensitive terms, knowledge, usage

  auto second = TextEngine::Load(testing::RepositoryRuleFiles(), resources);

  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->Loading().databases_compiled, 0u);
  EXPECT_EQ(second->Loading().databases_loaded, first->Loading().databases_compiled);
  const std::string text =
      "我们要认真学习贯彻习近乎新时代中国特色社会主义思想，按装好设备。联系电话13812345678，"
      "西藏独特的风光，法轮功是邪教组织。";
  ScanOptions options;
  options.at = Date{2022, 4, 11};
  std::vector<TextFinding> expected = first->Scan(text, options);
  std::vector<TextFinding> got = second->Scan(text, options);
  ASSERT_GE(expected.size(), 3u);
  ASSERT_EQ(got.size(), expected.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].rule, expected[i].rule);
    EXPECT_EQ(got[i].begin, expected[i].begin);
    EXPECT_EQ(got[i].end, expected[i].end);
  }
}

}  // namespace
}  // namespace govwatch::text
