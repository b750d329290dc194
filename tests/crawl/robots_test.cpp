#include "crawl/robots.hpp"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace govwatch::crawl
