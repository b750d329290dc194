#include "extract/link_extractor.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace {

const ExtractedLink* Find(const PageFacts& f, const std::string& url) {
  const auto it = std::find_if(f.links.begin(), f.links.end(), [&](const ExtractedLink& l) { return l.url == url; });
  return it == f.links.end() ? nullptr : &*it;
}

TEST(LinkExtractorTest, ReadsEveryLinkKindAgainstBaseHref) {
  const std::string html = R"(<html><head><base href="http://cdn.x.gov.cn/site/">
    <meta http-equiv="refresh" content="5; URL='/new/index.html'">
    <link rel="stylesheet" href="css/a.css"><link rel="alternate" href="rss.xml"></head>
    <body><a href="a.html">文章<b>甲</b></a><img src="p.png" alt="图片"><iframe src="//video.x.gov.cn/v"></iframe>
    <map><area href="m.html" alt="地图区域"></map><form action="/search.do"></form><script src="j.js"></script>
    <a href="javascript:;">空</a><a href="#top">顶部</a></body></html>)";

  const PageFacts f = ExtractPage(html, "http://www.x.gov.cn/a/b.html");

  ASSERT_NE(Find(f, "http://cdn.x.gov.cn/site/a.html"), nullptr);
  EXPECT_EQ(Find(f, "http://cdn.x.gov.cn/site/a.html")->text, "文章甲");
  EXPECT_EQ(Find(f, "http://cdn.x.gov.cn/site/p.png")->text, "图片");
  EXPECT_EQ(Find(f, "http://cdn.x.gov.cn/site/css/a.css")->tag, "link");
  EXPECT_EQ(Find(f, "http://video.x.gov.cn/v")->tag, "iframe");
  EXPECT_EQ(Find(f, "http://cdn.x.gov.cn/site/m.html")->tag, "area");
  EXPECT_EQ(Find(f, "http://cdn.x.gov.cn/search.do")->tag, "form");
  EXPECT_EQ(Find(f, "http://cdn.x.gov.cn/new/index.html")->tag, "meta");
  EXPECT_EQ(Find(f, "http://cdn.x.gov.cn/site/j.js")->tag, "script");
  EXPECT_EQ(Find(f, "http://cdn.x.gov.cn/site/rss.xml"), nullptr);
  EXPECT_EQ(f.links.size(), 8u);
}

TEST(LinkExtractorTest, ScriptRedirectsAreLinksLikeAMetaRefresh) {
  // Many county homepages are a script to the real front page.
  const std::string html = R"(<html><head><script type="text/javascript">
    window.location.href = "/col/col1/index.html";</script>
    <script>if (isMobile) { top.location.replace('http://m.x.gov.cn/'); }</script>
    <script>var id = 5; location.href = "/art/" + id + ".html"; if (location.href == "/x") {}</script>
    <script>document.write('<a href="w.html">');</script></head><body></body></html>)";

  const PageFacts f = ExtractPage(html, "http://www.x.gov.cn/");

  ASSERT_NE(Find(f, "http://www.x.gov.cn/col/col1/index.html"), nullptr);
  EXPECT_EQ(Find(f, "http://www.x.gov.cn/col/col1/index.html")->tag, "meta");
  ASSERT_NE(Find(f, "http://m.x.gov.cn/"), nullptr);
  EXPECT_EQ(Find(f, "http://www.x.gov.cn/art/"), nullptr) << "a concatenated target is no address";
  EXPECT_EQ(Find(f, "http://www.x.gov.cn/x"), nullptr) << "a comparison is no redirect";
  EXPECT_EQ(f.links.size(), 2u);
}

TEST(LinkExtractorTest, FlagsLinksHiddenByInlineStyle) {
  const std::string html = R"(<body>
    <div style="display: none"><p><a href="/h1">隐藏一</a></p></div>
    <a href="/h2" style="visibility:hidden">隐藏二</a>
    <div style="position:absolute;left:-9999px;top:0"><a href="/h3">隐藏三</a></div>
    <div style="height:0;overflow:hidden"><a href="/h4">隐藏四</a></div>
    <span style="font-size:0px"><a href="/h5">隐藏五</a></span>
    <div hidden><a href="/h6">隐藏六</a></div>
    <div style="width:0;height:0"><a href="/h7">隐藏七</a></div>
    <a href="/v1" style="display:block;left:-5px">可见一</a>
    <div style="height:0"><a href="/v2">可见二</a></div>
    <div style="margin-left:-20px;width:100px"><a href="/v3">可见三</a></div></body>)";

  const PageFacts f = ExtractPage(html, "http://x.gov.cn/");

  for (int i = 1; i <= 7; ++i) {
    const auto* l = Find(f, "http://x.gov.cn/h" + std::to_string(i));
    ASSERT_NE(l, nullptr) << i;
    EXPECT_TRUE(l->hidden) << i;
  }
  for (int i = 1; i <= 3; ++i) {
    const auto* l = Find(f, "http://x.gov.cn/v" + std::to_string(i));
    ASSERT_NE(l, nullptr) << i;
    EXPECT_FALSE(l->hidden) << i;
  }
}

TEST(LinkExtractorTest, IdentityFromText) {
  const Identity id = detail::IdentityFromText(
      "网站标识码: bm17000001 京ICP备12345678号 京公网安备 11010202000001号 我为政府网站找错 ICP备999号");

  EXPECT_EQ(id.site_code, "bm17000001");
  EXPECT_EQ(id.icp, "京ICP备12345678号");
  EXPECT_EQ(id.psb, "京公网安备 11010202000001号");
  EXPECT_TRUE(id.has_error_report_entry);
}

TEST(LinkExtractorTest, IdentityRejectsMalformedNumbers) {
  const Identity id = detail::IdentityFromText("网站标识码：53290000 ICP备12345678号 公网安备 123号 网站标识码：53290000012");

  EXPECT_EQ(id.site_code, "");
  EXPECT_EQ(id.icp, "");
  EXPECT_EQ(id.psb, "");
}

TEST(LinkExtractorTest, PartyBadgeWrittenByTheIssuedScriptCounts) {
  // The badge code conac.cn issues: a script that writes the badge's span and script.
  const std::string footer =
      R"(<div class="footer"><div class="fl"><script type="text/javascript">document.write(unescape("%3Cspan )"
      R"(id='_ideConac' %3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/25/000/0000/60429971/)"
      R"(CA250000000604299710004.js' type='text/javascript'%3E%3C/script%3E"));</script></div>)"
      R"(<p>网站标识码：5301000001　滇ICP备05001234号-1</p></div>)";
  const std::string hidden =
      R"(<div style="display:none"><script>document.write(unescape("%3Cspan id='_ideConac'%3E%3C/span%3E"));</script></div>)";

  const PageFacts shown = ExtractPage("<html><body>" + footer + "</body></html>", "http://www.km.gov.cn/");
  const PageFacts none = ExtractPage(
      R"(<html><body><script>var conac = 0; document.write("<p>网站标识码：5301000001</p>");</script></body></html>)",
      "http://www.km.gov.cn/");
  const PageFacts hidden_only = ExtractPage("<html><body>" + hidden + "</body></html>", "http://www.km.gov.cn/");

  EXPECT_TRUE(shown.identity.has_party_badge);
  EXPECT_EQ(shown.identity.site_code, "5301000001");
  EXPECT_FALSE(none.identity.has_party_badge);
  EXPECT_FALSE(hidden_only.identity.has_party_badge);
}

TEST(LinkExtractorTest, MetaKeepsNamesAsWritten) {
  const PageFacts f = ExtractPage(
      R"(<head><meta name="SiteIDCode" content=" 5301000001 "><meta property="og:title" content="标题"><meta name="empty"></head>)",
      "http://x.gov.cn/");

  EXPECT_EQ(f.meta.at("SiteIDCode"), "5301000001");
  EXPECT_EQ(f.meta.at("og:title"), "标题");
  EXPECT_EQ(f.meta.count("empty"), 0u);
}

}  // namespace
}  // namespace govwatch::extract
