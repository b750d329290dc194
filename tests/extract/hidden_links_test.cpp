#include "extract/hidden_links.hpp"

#include <algorithm>

#include <gtest/gtest.h>

namespace govwatch::extract {
namespace {

const HiddenLink* Find(const std::vector<HiddenLink>& links, const std::string& url) {
  const auto it = std::find_if(links.begin(), links.end(), [&](const HiddenLink& l) { return l.url == url; });
  return it == links.end() ? nullptr : &*it;
}

constexpr std::string_view kPage = "http://www.lc.gov.cn/index.html";

TEST(HiddenLinksTest, ClassAndIdRulesOfTheStyleSheetHideLinks) {
  // Typical injected block of a hacked TRS template: a style rule in the head, a div in the footer.
  const std::string html = R"html(<html><head><title>临沧市人民政府</title>
    <style type="text/css">/* injected */ .f3x_k{ DISPLAY : none !important }
      #yq   { position:absolute; left:-9999px; top:-9999px }
      div.box span.tiny a { font-size: 0px }
    </style></head><body>
    <div class="wrap"><a href="/xxgk/">信息公开</a></div>
    <div class="f3x_k footer-links"><a href="http://www.amjs-8888.com/">澳门金沙娱乐城</a></div>
    <div id="yq"><a href="https://bet365.vip/">百家乐</a></div>
    <div class="box"><span class="tiny"><a href="http://ylc.example.com">威尼斯人</a></span></div>
    <div class="box"><a href="/zwgk/">政务公开</a></div>
    </body></html>)html";
  const auto links = FindHiddenLinks(html, kPage);
  ASSERT_EQ(links.size(), 3u);
  ASSERT_NE(Find(links, "http://www.amjs-8888.com/"), nullptr);
  EXPECT_EQ(Find(links, "http://www.amjs-8888.com/")->text, "澳门金沙娱乐城");
  EXPECT_EQ(Find(links, "http://www.amjs-8888.com/")->how, "display:none（.f3x_k）");
  EXPECT_EQ(Find(links, "https://bet365.vip/")->how, "left:-9999px（#yq）");
  EXPECT_EQ(Find(links, "http://ylc.example.com/")->how, "font-size:0px（div.box span.tiny a）");
}

TEST(HiddenLinksTest, InlineStylesZeroBoxesMarqueeAndColours) {
  const std::string html = R"html(<body bgcolor="#FFFFFF">
    <div style="height:1px;width:1px;overflow:hidden"><a href="http://a.example/">彩票</a></div>
    <p style="TEXT-INDENT:-5000em"><a href="http://b.example/">葡京</a></p>
    <marquee width=0 height=0 scrollamount=9999><a href="http://c.example/">六合彩</a></marquee>
    <a href="http://d.example/" style="color:#fff">白字链接</a>
    <div style="background:#003366 url(bg.png) no-repeat"><a href="http://e.example/" style="color:rgb(0,51,102)">同色</a>
       <a href="http://f.example/" style="color:#fff">白字蓝底可见</a></div>
    <span hidden><a href="http://g.example/">隐藏属性</a></span>
    <a href="http://h.example/"><font color="white">字体白色</font></a>
    </body>)html";
  const auto links = FindHiddenLinks(html, kPage);
  ASSERT_NE(Find(links, "http://a.example/"), nullptr);
  EXPECT_EQ(Find(links, "http://a.example/")->how, "width:1px;height:1px;overflow:hidden（<div>）");
  EXPECT_EQ(Find(links, "http://b.example/")->how, "text-indent:-5000em（<p>）");
  ASSERT_NE(Find(links, "http://c.example/"), nullptr);
  EXPECT_EQ(Find(links, "http://d.example/")->how, "文字颜色与背景色相同（#ffffff）");
  EXPECT_EQ(Find(links, "http://e.example/")->how, "文字颜色与背景色相同（#003366）");
  EXPECT_EQ(Find(links, "http://f.example/"), nullptr);
  ASSERT_NE(Find(links, "http://g.example/"), nullptr);
  ASSERT_NE(Find(links, "http://h.example/"), nullptr);
  EXPECT_EQ(links.size(), 7u);
}

TEST(HiddenLinksTest, VisibleMenusAndOverriddenRulesAreNotHidden) {
  // ul{font-size:0} is the inline-block gap trick; the items set a readable size again. A later
  // display:block and an inline style win over the sheet; :hover rules do not apply at rest.
  const std::string html = R"html(<head><style>
      .nav ul { font-size:0 } .nav li { font-size:14px }
      .drop { display:none } .drop.open { display:block }
      .sub:hover { display:none } .inv{visibility:hidden} .inv .vis{visibility:visible}
    </style></head><body>
    <div class="nav"><ul><li><a href="http://www.gov.cn/">中国政府网</a></li></ul></div>
    <div class="drop open"><a href="http://www.yn.gov.cn/">云南省人民政府</a></div>
    <div class="drop" style="display:block"><a href="http://www.km.gov.cn/">昆明市人民政府</a></div>
    <div class="sub"><a href="http://www.people.com.cn/">人民网</a></div>
    <div class="inv"><span class="vis"><a href="http://www.xinhuanet.com/">新华网</a></span></div>
    <a href="/logo" style="color:#1a5fb4">首页</a>
    </body>)html";
  EXPECT_TRUE(FindHiddenLinks(html, kPage).empty());
}

TEST(HiddenLinksTest, LinksWrittenByInlineScripts) {
  // Escaped and split document.write payloads, as injected into old ASP/JSP templates.
  const std::string html = R"html(<body><script type="text/javascript">
    var a = '<div style="position:absolute;top:-999px">';
    document.write(a + '<a href=\"http://www.pj\x2dbet.com/\">新葡京<\/a>' + "</div>");
    // a comment with a 'quote
    document.writeln(unescape('%3Ca%20href%3D%22http%3A//xyz.example/%22%3E%u5F69%u7968%3C/a%3E'));
    </script>
    <script>var x = "<a href='http://not.written.example/'>x</a>";</script>
    <script src="/js/jquery.js"></script></body>)html";
  const auto links = FindHiddenLinks(html, kPage);
  ASSERT_NE(Find(links, "http://www.pj-bet.com/"), nullptr);
  EXPECT_EQ(Find(links, "http://www.pj-bet.com/")->text, "新葡京");
  EXPECT_EQ(Find(links, "http://www.pj-bet.com/")->how, "脚本写入，top:-999px（<div>）");
  ASSERT_NE(Find(links, "http://xyz.example/"), nullptr);
  EXPECT_EQ(Find(links, "http://xyz.example/")->text, "彩票");
  EXPECT_EQ(Find(links, "http://xyz.example/")->how, "脚本写入，（document.write）");
  EXPECT_EQ(Find(links, "http://not.written.example/"), nullptr);
}

TEST(HiddenLinksTest, ScriptWrittenHtmlDecodesEscapes) {
  EXPECT_EQ(ScriptWrittenHtml(R"(document.write("\u003ca href='x'\u003e\u5f69\x3c/a>");)"), "<a href='x'>彩</a>");
  EXPECT_EQ(ScriptWrittenHtml("var s = '<a href=x>';"), "");  // never written
  EXPECT_EQ(ScriptWrittenHtml("el.innerHTML = '<b>' + \"unterminated\n"), "<b>unterminated");
}

TEST(HiddenLinksTest, HostileInputStaysBounded) {
  std::string html = "<style>";
  for (int i = 0; i < 5000; ++i) html += ".c" + std::to_string(i) + " a{display:none}";
  html += "}}}{{{ @media screen{ .q{display:none}</style>";
  for (int i = 0; i < 200; ++i) html += "<div class='c" + std::to_string(i % 50) + " q'>";
  html += "<a href='http://deep.example/'>深</a>";
  html += "<script>document.write('" + std::string(200000, '\'') + "');</script>";
  const auto links = FindHiddenLinks(html, kPage);
  ASSERT_EQ(links.size(), 1u);
  EXPECT_EQ(links[0].url, "http://deep.example/");
  EXPECT_TRUE(FindHiddenLinks("", kPage).empty());
  EXPECT_TRUE(FindHiddenLinks(std::string("\0\xff\xfe<a href", 8), kPage).empty());
}

TEST(HiddenLinksTest, LinkedStyleSheetsJoinTheCascadeInDocumentOrder) {
  // The injection hides its block through a rule in the site's own style sheet.
  const std::string html = R"html(<html><head><title>临沧市人民政府</title>
    <link rel="stylesheet" type="text/css" href="/css/main.css?v=3">
    <link rel="stylesheet" href="https://cdn.example.com/lib.css">
    <link rel="stylesheet" media="print" href="/css/print.css">
    <style>.show-me { display:block }</style>
    <link rel="STYLESHEET" href="../css/late.css">
    </head><body>
    <div class="yqlj"><a href="http://www.amjs-8888.com/">澳门金沙娱乐城</a></div>
    <div class="show-me"><a href="http://bet.example.com/">体育</a></div>
    <div class="printonly"><a href="/zwgk/">政务公开</a></div>
    <p class="gone"><a href="http://www.baijiale.example/">百家乐</a></p>
    </body></html>)html";
  // Same origin and screen media only: not the CDN sheet, not the print sheet.
  EXPECT_EQ(LinkedStylesheets(html, kPage),
            (std::vector<std::string>{"http://www.lc.gov.cn/css/main.css?v=3", "http://www.lc.gov.cn/css/late.css"}));
  // Without the sheets nothing is hidden.
  EXPECT_TRUE(FindHiddenLinks(html, kPage).empty());
  std::vector<std::string> asked;
  const StylesheetSource sheets = [&](const std::string& url) -> std::optional<std::string> {
    asked.push_back(url);
    if (url == "http://www.lc.gov.cn/css/main.css?v=3") {
      return std::string(".nav{float:left}\n.yqlj{position:absolute;left:-9999px}\n.show-me{display:none}");
    }
    if (url == "http://www.lc.gov.cn/css/print.css") return std::string(".printonly{display:none}");
    if (url == "http://www.lc.gov.cn/css/late.css") return std::string("p.gone a{font-size:0}");
    return std::nullopt;
  };
  const auto links = FindHiddenLinks(html, kPage, sheets);
  ASSERT_NE(Find(links, "http://www.amjs-8888.com/"), nullptr);
  EXPECT_NE(Find(links, "http://www.amjs-8888.com/")->how.find("-9999px"), std::string::npos);
  // The later <style> block shows .show-me again; the print sheet is not read.
  EXPECT_EQ(Find(links, "http://bet.example.com/"), nullptr);
  EXPECT_EQ(Find(links, "http://www.lc.gov.cn/zwgk/"), nullptr);
  ASSERT_NE(Find(links, "http://www.baijiale.example/"), nullptr);
  EXPECT_EQ(std::count(asked.begin(), asked.end(), "http://www.lc.gov.cn/css/print.css"), 0);
  EXPECT_EQ(links.size(), 2u);
}

}  // namespace
}  // namespace govwatch::extract
