#include "extract/page_signals.hpp"

#include <gtest/gtest.h>

#include "extract/page_extractor.hpp"

namespace govwatch::extract::detail {
namespace {

using model::ColumnType;

TEST(PageSignalsTest, ColumnTypeFromNamePrefersTheSpecificWord) {
  EXPECT_EQ(ColumnTypeFromName("政策解读"), ColumnType::kInterpretation);
  EXPECT_EQ(ColumnTypeFromName("政策文件"), ColumnType::kPolicy);
  EXPECT_EQ(ColumnTypeFromName("通知公告"), ColumnType::kNotice);
  EXPECT_EQ(ColumnTypeFromName("人事任免"), ColumnType::kPersonnel);
  EXPECT_EQ(ColumnTypeFromName("工作动态"), ColumnType::kNews);
  EXPECT_EQ(ColumnTypeFromName("机构职能"), std::nullopt);
}

TEST(PageSignalsTest, ColumnTypeFromMetaThenUrlFolders) {
  const std::map<std::string, std::string> meta = {{"ColumnName", "政策解读"}};
  const std::map<std::string, std::string> none;

  EXPECT_EQ(GuessColumnType(meta, "http://x.gov.cn/tzgg/index.html", ""), ColumnType::kInterpretation);
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/xxgk/TZGG/202203/t20220301_1.html", ""), ColumnType::kNotice);
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/zcjd/zcwj/index.html", ""), ColumnType::kPolicy);
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/col/col123/index.html", "人事信息"), ColumnType::kPersonnel);
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/tzgg.html", ""), std::nullopt);
}

TEST(PageSignalsTest, ColumnTypeFromAFolderWithTheUnitsInitialsFirst) {
  const std::map<std::string, std::string> none;

  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/xzfgzdt/202404/t20240403_1.html", ""), ColumnType::kNews);
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/xxgk/qzfgzdt/content/post_1.html", ""), ColumnType::kNews);
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/bmtzgg/index.html", ""), ColumnType::kNotice);
  // An exact folder anywhere in the path wins over a longer one ending in a name.
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/zcjd/xzfgzdt/index.html", ""), ColumnType::kInterpretation);
  // Digits or short names are no initials: a3tzgg, content.
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/a3tzgg/index.html", ""), std::nullopt);
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/content/index.html", ""), std::nullopt);
}

TEST(PageSignalsTest, ColumnTypeFromTitleSkipsTheSiteName) {
  EXPECT_EQ(ColumnTypeFromTitle("洱源县人民政府--县政府文件"), ColumnType::kPolicy);
  EXPECT_EQ(ColumnTypeFromTitle("通知公告_鹤庆县人民政府"), ColumnType::kNotice);
  EXPECT_EQ(ColumnTypeFromTitle("宾川县农业农村局--工作动态"), ColumnType::kNews);
  // A site whose name holds a type word (政务服务网) does not type every column.
  EXPECT_EQ(ColumnTypeFromTitle("机构概况 | 云南政务服务网"), std::nullopt);
  EXPECT_EQ(ColumnTypeFromTitle(""), std::nullopt);
}

TEST(PageSignalsTest, ColumnTypeFromTheBreadcrumbsLastPart) {
  auto crumb = [](const char* html) { return ColumnTypeFromBreadcrumb(HtmlTree(html)); };
  // A TRS article: no meta, no known folder; the breadcrumb names the column.
  EXPECT_EQ(crumb("<div class=\"position\">您当前的位置：<a href=\"../../../\">首页</a>&gt;<a href=\"../../\">新闻中心</a>"
                  "&gt;<a href=\"../\">部门动态</a></div><h1>市经信局召开工业经济运行调度会</h1>"),
            ColumnType::kNews);
  // An old table layout, double separators, uppercase tags.
  EXPECT_EQ(crumb("<TABLE><TR><TD class=dh>&nbsp;当前位置：<A href=/>首页</A> &gt;&gt; "
                  "<A href=/news/>工作动态</A></TD></TR></TABLE>"),
            ColumnType::kNews);
  // A class-only breadcrumb ending in 正文, and one ending in the article's own title.
  EXPECT_EQ(crumb("<div class=\"crumbs\"><a href=\"/\">首页</a> / <a href=\"/col/1505/\">通知公告</a> / 正文</div>"),
            ColumnType::kNotice);
  EXPECT_EQ(crumb("<p>当前位置：<a href=\"/\">首页</a> » <a href=\"/zwgk/\">政府文件</a> » "
                  "关于印发《某某市2024年城市更新行动方案》的通知</p>"),
            ColumnType::kPolicy);
  // The column decides: an unknown column name does not fall back to its parent (新闻中心).
  EXPECT_EQ(crumb("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/xwzx/\">新闻中心</a> &gt; "
                  "<a href=\"/ldxx/\">领导信息</a></div>"),
            std::nullopt);
  // A menu is no breadcrumb.
  EXPECT_EQ(crumb("<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/tzgg/\">通知公告</a></div>"), std::nullopt);
}

TEST(PageSignalsTest, AnArticleTakesItsColumnTypeFromTheBreadcrumb) {
  const PageFacts f = ExtractPage(
      "<html><head><title>关于城区部分路段临时交通管制的通告</title></head><body>"
      "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/art/\">通知公告</a></div>"
      "<h1>关于城区部分路段临时交通管制的通告</h1><p>发布时间：2024-03-12</p>"
      "<p>因举办春季马拉松比赛，2024年3月20日至22日对城区部分路段实施临时交通管制。</p></body></html>",
      "http://www.dl.gov.cn/art/2024/3/12/art_8032_2098123.html");
  EXPECT_FALSE(f.is_list_page);
  EXPECT_EQ(f.column_type, ColumnType::kNotice);
}

TEST(PageSignalsTest, CompleteIdentityReadsVariantsTheFirstReadingMisses) {
  const HtmlTree tree(
      "<html><body><div class=\"footer\">网站识别码：5307000001 滇ICP备05001357号 "
      "<img src=\"ga.png\">滇公网安备 53070202000057 号</div></body></html>");
  Identity id;
  CompleteIdentity(tree, id);
  EXPECT_EQ(id.site_code, "5307000001");
  EXPECT_EQ(id.psb, "滇公网安备53070202000057号");

  Identity known;
  known.site_code = "bm01000001";
  known.psb = "京公网安备11010502030143号";
  CompleteIdentity(tree, known);
  EXPECT_EQ(known.site_code, "bm01000001");
  EXPECT_EQ(known.psb, "京公网安备11010502030143号");

  const HtmlTree hidden("<div style=\"display:none\">网站识别码：5307000001</div><p>公网安备 53070202000057 号</p>");
  Identity none;
  CompleteIdentity(hidden, none);
  EXPECT_EQ(none.site_code, "");
  EXPECT_EQ(none.psb, "");
}

TEST(PageSignalsTest, CompleteIdentityReadsFullWidthFilingNumbers) {
  Identity id;
  CompleteIdentity("ＩＣＰ备案：赣ＩＣＰ备05004406号－1　赣公网安备　36010202000103号", id);
  EXPECT_EQ(id.icp, "赣ICP备05004406号-1");
  Identity digits;
  CompleteIdentity("网站标识码：４３０１０００００１ 湘ICP备０５００３１６６号", digits);
  EXPECT_EQ(digits.icp, "湘ICP备05003166号");
  EXPECT_EQ(digits.site_code, "4301000001");
  // A filing already read is kept.
  Identity known;
  known.icp = "京ICP备05000001号";
  CompleteIdentity("赣ＩＣＰ备05004406号", known);
  EXPECT_EQ(known.icp, "京ICP备05000001号");
}

TEST(PageSignalsTest, CompleteIdentityFromMarkupReadsAltTextAndScripts) {
  // 网站标识码 drawn as an image.
  Identity alt;
  CompleteIdentityFromMarkup(HtmlTree("<div class=\"foot\"><img src=\"/images/bsm.png\" alt=\"网站标识码：3206000014\">"
                                      "<a href=\"https://beian.miit.gov.cn\">苏ICP备05009622号-1</a></div>"),
                             alt);
  EXPECT_EQ(alt.site_code, "3206000014");
  EXPECT_FALSE(alt.has_error_report_entry);

  // 南威 templates: the code in a variable, the 找错 script written by document.write.
  Identity var;
  CompleteIdentityFromMarkup(
      HtmlTree("<html><head><script type=\"text/javascript\">var siteCode = \"3502000009\"; var siteName = \"厦门市人民政府\";"
               "</script></head><body><div class=\"footer\">"
               "<p><a href=\"https://beian.miit.gov.cn\">闽ICP备05004162号</a></p>"
               "<script type=\"text/javascript\">document.write('<script id=\"_jiucuo_\" sitecode=\"' + siteCode + "
               "'\" src=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.js\"><\\/script>');</script></div></body></html>"),
      var);
  EXPECT_EQ(var.site_code, "3502000009");
  EXPECT_TRUE(var.has_error_report_entry);

  // The 找错 script's own attribute.
  Identity attr;
  CompleteIdentityFromMarkup(
      HtmlTree("<script id=\"_jiucuo_\" sitecode='5201000018' "
               "src='https://zfwzgl.www.gov.cn/exposure/jiucuo.js'></script>"),
      attr);
  EXPECT_EQ(attr.site_code, "5201000018");

  // Other ids and short numbers are no site code; a script that never names the 找错 service
  // writes no entry.
  Identity none;
  CompleteIdentityFromMarkup(HtmlTree("<script>var siteId = '1234567890'; var siteCode = '1234';"
                                      "document.write('<script src=\"/js/count.js\"><\\/script>');</script>"
                                      "<img src=\"logo.png\" alt=\"厦门市人民政府 3502000009\">"),
                             none);
  EXPECT_EQ(none.site_code, "");
  EXPECT_FALSE(none.has_error_report_entry);
}

TEST(PageSignalsTest, ExtractPageReadsASiteCodeOnlyAScriptGives) {
  const PageFacts f = ExtractPage(
      "<html><head><title>通知公告</title><script>var siteCode = \"3502000009\";</script></head><body>"
      "<h1>关于2024年度城乡居民基本医疗保险集中参保缴费的公告</h1><p>发布日期：2023-10-09</p>"
      "<div class=\"footer\"><a href=\"https://beian.miit.gov.cn\">闽ICP备05004162号</a>"
      "<script>document.write('<script id=\"_jiucuo_\" sitecode=\"' + siteCode + "
      "'\" src=\"https://zfwzgl.www.gov.cn/exposure/jiucuo.js\"><\\/script>');</script></div></body></html>",
      "http://www.xm.gov.cn/xmszf/zwgk/tzgg/202310/t20231009_2788431.htm");
  EXPECT_EQ(f.identity.site_code, "3502000009");
  EXPECT_TRUE(f.identity.has_error_report_entry);
  EXPECT_EQ(f.identity.icp, "闽ICP备05004162号");
}

TEST(PageSignalsTest, ValidityMarkNeedsItsLabel) {
  EXPECT_EQ(ValidityMark("文号 剑政发〔2021〕45号 有效性：有效 "), "有效");
  EXPECT_EQ(ValidityMark("效力状态: 已废止"), "已废止");
  EXPECT_EQ(ValidityMark("时效性 部分失效"), "部分失效");
  EXPECT_EQ(ValidityMark("本办法有效期5年，失效后另行通知"), "");
}

}  // namespace
}  // namespace govwatch::extract::detail
