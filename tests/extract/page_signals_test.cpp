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
  EXPECT_EQ(crumb("<TABLE><TR><TD class=dh>&nbsp;当前位置：<A href=/>首页</A> &gt;&gt; <A href=/news/>工作动态</A></TD></TR></TABLE>"),
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

TEST(PageSignalsTest, ValidityMarkNeedsItsLabel) {
  EXPECT_EQ(ValidityMark("文号 剑政发〔2021〕45号 有效性：有效 "), "有效");
  EXPECT_EQ(ValidityMark("效力状态: 已废止"), "已废止");
  EXPECT_EQ(ValidityMark("时效性 部分失效"), "部分失效");
  EXPECT_EQ(ValidityMark("本办法有效期5年，失效后另行通知"), "");
}

}  // namespace
}  // namespace govwatch::extract::detail
