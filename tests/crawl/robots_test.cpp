#include "crawl/robots.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

namespace govwatch::crawl {
namespace {

TEST(RobotsRulesTest, LongestMatchWinsAndAllowBreaksTies) {
  const RobotsRules r = RobotsRules::Parse(
      "User-agent: *\nDisallow: /admin/\nDisallow: /search\nAllow: /admin/public/\n# comment\nDisallow: /*.asp$\n");

  EXPECT_FALSE(r.Allows("/admin/login.html"));
  EXPECT_TRUE(r.Allows("/admin/public/a.html"));
  EXPECT_FALSE(r.Allows("/search?q=x"));
  EXPECT_FALSE(r.Allows("/x/list.asp"));
  EXPECT_TRUE(r.Allows("/x/list.aspx"));
  EXPECT_TRUE(r.Allows("/gzdt/index.html"));
}

TEST(RobotsRulesTest, OurOwnGroupBeatsTheWildcardGroup) {
  const RobotsRules r =
      RobotsRules::Parse("User-agent: *\nDisallow: /\n\nUser-agent: Baiduspider\nUser-agent: govwatch\nDisallow: /tmp/\n");

  EXPECT_TRUE(r.Allows("/gzdt/"));
  EXPECT_FALSE(r.Allows("/tmp/x"));
}

TEST(RobotsRulesTest, EmptyDisallowAllowsEverything) {
  EXPECT_TRUE(RobotsRules::Parse("User-agent: *\nDisallow:\n").Allows("/anything"));
  EXPECT_TRUE(RobotsRules::Parse("garbage\n\x01\x02").Allows("/"));
}

TEST(RobotsRulesTest, ReadsTheCrawlDelayOfTheGroupThatApplies) {
  const RobotsRules ours =
      RobotsRules::Parse("User-agent: *\nCrawl-delay: 30\n\nUser-agent: govwatch\nCrawl-delay: 2.5\nDisallow: /tmp/\n");
  const RobotsRules any = RobotsRules::Parse("User-agent: Baiduspider\nCrawl-delay: 9\n\nUser-agent: *\ncrawl-delay: 4\n");
  const RobotsRules none = RobotsRules::Parse("User-agent: *\nDisallow: /tmp/\n");
  const RobotsRules unreadable = RobotsRules::Parse("User-agent: *\nCrawl-delay: soon\nCrawl-delay: -3\n");

  EXPECT_EQ(ours.CrawlDelayMs(), 2500);
  EXPECT_EQ(ours.RuleCount(), 1u);
  EXPECT_EQ(any.CrawlDelayMs(), 4000);
  EXPECT_EQ(none.CrawlDelayMs(), -1);
  EXPECT_EQ(unreadable.CrawlDelayMs(), -1);
}

TEST(RobotsRulesTest, ReadsOnlyTheFirstHalfMegabyteOfAHugeFile) {
  std::string text = "User-agent: *\nDisallow: /admin/\n";
  while (text.size() < RobotsRules::kMaxBytes - 20) text += "Disallow: /x" + std::to_string(text.size()) + "/\n";
  text += "Disallow: /cut-in-half/\n";  // straddles the limit: dropped whole, not read as a shorter prefix
  for (int i = 0; i < 200000; ++i) text += "Disallow: /late" + std::to_string(i) + "/\n";

  const RobotsRules r = RobotsRules::Parse(text);

  EXPECT_FALSE(r.Allows("/admin/a.html"));
  EXPECT_TRUE(r.Allows("/late7/a.html")) << "beyond the limit";
  EXPECT_TRUE(r.Allows("/cut-in-half/x.html")) << "a line cut by the limit is not read as a shorter rule";
  EXPECT_LT(r.RuleCount(), 60000u);
}

TEST(RobotsRulesTest, TwentyFiveThousandRulesCostAUrlOnlyItsOwnFolder) {
  std::string text = "User-agent: *\nDisallow: /*.jsp$\nDisallow: /tmp\nAllow: /n7/open/\n";
  for (int i = 0; i < 25000; ++i) text += "Disallow: /n" + std::to_string(i) + "/\n";
  const RobotsRules r = RobotsRules::Parse(text);
  const auto started = std::chrono::steady_clock::now();

  int allowed = 0;
  for (int i = 0; i < 100000; ++i) allowed += r.Allows("/art/" + std::to_string(i) + ".html?x=" + std::to_string(i)) ? 1 : 0;

  EXPECT_EQ(allowed, 100000);
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5)) << "not 2.5e9 comparisons";
  EXPECT_FALSE(r.Allows("/n24999/a.html"));
  EXPECT_TRUE(r.Allows("/n7/open/a.html")) << "the longer Allow wins";
  EXPECT_FALSE(r.Allows("/n7/a.html"));
  EXPECT_FALSE(r.Allows("/tmpfile"));
  EXPECT_FALSE(r.Allows("/x/list.jsp"));
  EXPECT_TRUE(r.Allows("/x/list.jsp?id=1"));
  EXPECT_TRUE(r.Allows("/n7"));
}

}  // namespace
}  // namespace govwatch::crawl
