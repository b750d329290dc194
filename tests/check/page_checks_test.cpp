#include <gtest/gtest.h>

#include "check/identity_check.hpp"
#include "check/policy_link_check.hpp"

namespace govwatch::check {
namespace {

const Timestamp kT = EndOfDay(Date{2022, 3, 31});

PageObservation Page(std::string url, PageRole role, std::map<std::string, std::string> meta = {}) {
  PageObservation p;
  p.page.url = std::move(url);
  p.page.http_status = 200;
  p.page.content_hash = "h";
  p.page.meta = std::move(meta);
  p.role = role;
  return p;
}

SiteObservations Site() {
  SiteObservations s;
  s.site.name = "青川县人民政府门户网站";
  s.site.site_code = "5399010001";
  s.site.kind = model::SiteKind::kPortal;
  PageObservation home = Page("http://127.0.0.1:1/", PageRole::kHomepage,
                              {{"SiteName", "青川县人民政府"}, {"SiteDomain", "127.0.0.1"}, {"SiteIDCode", "5399010001"}});
  home.page.site_code = "5399010001";
  home.page.icp = "滇ICP备05000001号";
  home.page.psb = "滇公网安备 53990202000012号";
  home.page.party_badge = true;
  home.page.error_entry = true;
  s.pages.push_back(home);
  return s;
}

TEST(IdentityCheckTest, ACompleteFooterPasses) { EXPECT_FALSE(CheckIdentity(Site(), kT, Rules::Defaults())); }

TEST(IdentityCheckTest, WrongCodeAndMissingItemsAreListedAndCapped) {
  SiteObservations s = Site();
  s.pages[0].page.site_code = "5399010002";
  s.pages[0].page.icp.clear();
  s.pages[0].page.psb.clear();
  s.pages[0].page.party_badge = false;
  s.pages[0].page.error_entry = false;

  auto f = CheckIdentity(s, kT, Rules::Defaults());

  ASSERT_TRUE(f);
  EXPECT_EQ(f->indicator, "W-D4.4");
  EXPECT_NE(f->excerpt.find("5399010002"), std::string::npos);
  EXPECT_NE(f->detail.find("扣4分"), std::string::npos) << f->detail;  // 5 items, capped at 4
  EXPECT_DOUBLE_EQ(f->points, 4);
}

TEST(IdentityCheckTest, AnEmptyAnswerIsNotAPageWithoutAFooter) {
  // A homepage answering 204 (or a 302 without Location): nothing was served, so no footer item
  // is missing from a page; availability is judged elsewhere.
  SiteObservations s = Site();
  model::Page& home = s.pages[0].page;
  home = model::Page{};
  home.url = "http://127.0.0.1:1/";
  home.http_status = 204;
  home.error = "empty_answer";

  EXPECT_FALSE(CheckIdentity(s, kT, Rules::Defaults()));
  EXPECT_FALSE(CheckMetaTags(s, kT, Rules::Defaults()));
}

TEST(MetaTagCheckTest, ReportsPageTypesMissingRequiredTags) {
  SiteObservations s = Site();
  for (int i = 0; i < 4; ++i) {
    s.pages.push_back(Page("http://127.0.0.1:1/a" + std::to_string(i) + ".html", PageRole::kArticle,
                           {{"SiteName", "x"}, {"SiteIDCode", "5399010001"}, {"ArticleTitle", "t"}, {"PubDate", "2022-03-01"},
                            {"ContentSource", "s"}}));
  }
  EXPECT_FALSE(CheckMetaTags(s, kT, Rules::Defaults()));

  s.pages.push_back(Page("http://127.0.0.1:1/b.html", PageRole::kArticle, {{"SiteName", "x"}}));
  auto f = CheckMetaTags(s, kT, Rules::Defaults());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->indicator, "W-D4.3");
  EXPECT_NE(f->excerpt.find("ArticleTitle"), std::string::npos) << f->excerpt;
}

TEST(PolicyLinkCheckTest, BothDirectionsAreRequired) {
  SiteObservations s = Site();
  PageObservation doc = Page("http://127.0.0.1:1/zcwj/1.html", PageRole::kArticle);
  doc.column_type = model::ColumnType::kPolicy;
  doc.page.title = "关于印发某办法的通知";
  PageObservation interp = Page("http://127.0.0.1:1/zcjd/1.html", PageRole::kArticle);
  interp.column_type = model::ColumnType::kInterpretation;
  interp.page.title = "一图读懂某办法";
  interp.links.push_back(model::Link{0, interp.page.url, doc.page.url, "原文", 0, "", false});
  s.pages.push_back(doc);
  s.pages.push_back(interp);

  auto one_way = CheckPolicyLinks(s, kT, Rules::Defaults());
  s.pages[1].links.push_back(model::Link{0, doc.page.url, interp.page.url, "解读", 0, "", false});
  auto two_way = CheckPolicyLinks(s, kT, Rules::Defaults());

  ASSERT_TRUE(one_way);
  EXPECT_EQ(one_way->problem, "政策解读未关联");
  EXPECT_NE(one_way->excerpt.find("未链接其解读"), std::string::npos);
  EXPECT_FALSE(two_way);
}

}  // namespace
}  // namespace govwatch::check
