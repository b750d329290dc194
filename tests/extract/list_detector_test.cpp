#include "extract/list_detector.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace {

std::string Show(const std::optional<Date>& d) { return d ? FormatDate(*d) : "none"; }

TEST(ListDetectorTest, StripedRowsAreOneList) {
  // odd/even classes on alternate rows: one list of four, not two of two.
  const PageFacts f = ExtractPage(
      "<html><body><div class=nav><a href=/>首页</a></div><table class=lb>"
      "<tr class=odd><td><a href=/a/1.html>县政府召开第五次常务会议</a></td><td>2022-03-22</td></tr>"
      "<tr class=even><td><a href=/a/2.html>全县春耕备耕工作现场推进会召开</a></td><td>2022-03-18</td></tr>"
      "<tr class=odd><td><a href=/a/3.html>县人大常委会开展专题调研</a></td><td>2022-03-15</td></tr>"
      "<tr class=even><td><a href=/a/4.html>县妇联开展三八妇女节系列活动</a></td><td>2022-03-07</td></tr>"
      "</table></body></html>",
      "http://www.example.gov.cn/a/index.html");
  EXPECT_TRUE(f.is_list_page);
  EXPECT_EQ(f.items.size(), 4u);
}

TEST(ListDetectorTest, MonthDayDatesNeedAYear) {
  // The year from each item's URL…
  const PageFacts dated = ExtractPage(
      "<html><body><ul class=list>"
      "<li><span>03-31</span><a href=./202203/t20220331_1.html>县委常委会召开会议传达学习全国两会精神</a></li>"
      "<li><span>12-30</span><a href=./202112/t20211230_2.html>县政府召开第五次常务会议专题研究年度工作</a></li>"
      "</ul></body></html>",
      "http://www.example.gov.cn/zwdt/index.html");
  ASSERT_EQ(dated.items.size(), 2u);
  EXPECT_EQ(Show(dated.items[0].date), "2022-03-31");
  EXPECT_EQ(Show(dated.items[1].date), "2021-12-30");
  // …and with no year anywhere the items stay undated (no list is made up).
  const PageFacts undated = ExtractPage(
      "<html><body><ul class=list>"
      "<li><span>03-31</span><a href=./show.asp?id=1>县委常委会召开会议传达学习全国两会精神</a></li>"
      "<li><span>03-28</span><a href=./show.asp?id=2>县政府召开第五次常务会议专题研究年度工作</a></li>"
      "</ul></body></html>",
      "http://www.example.gov.cn/zwdt/index.html");
  EXPECT_TRUE(undated.items.empty());
}

TEST(ListDetectorTest, AColumnOfUndatedEntriesInItsOwnFolderIsAList) {
  // 办事指南: no dates, each row links to a page of the column's folder (and to an outside
  // service hall, which is no entry).
  const PageFacts guide = ExtractPage(
      "<html><head><title>办事指南</title></head><body>"
      "<div class=\"nav\"><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>"
      "<li><a href=\"/zwfw/\">政务服务</a></li><li><a href=\"/hdjl/\">互动交流</a></li></ul></div>"
      "<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwfw/\">政务服务</a> &gt; 办事指南</div>"
      "<div class=\"bs-list\"><ul>"
      "<li><a href=\"/zwfw/bszn/content_5501.html\">居民身份证申领</a><a href=\"https://zwfw.example.gov.cn/\">在线办理</a></li>"
      "<li><a href=\"/zwfw/bszn/content_5502.html\">户口迁移登记</a><a href=\"https://zwfw.example.gov.cn/\">在线办理</a></li>"
      "<li><a href=\"/zwfw/bszn/content_5503.html\">机动车驾驶证换证</a><a href=\"https://zwfw.example.gov.cn/\">在线办理</a></li>"
      "<li><a href=\"/zwfw/bszn/content_5504.html\">社会保障卡补换</a><a href=\"https://zwfw.example.gov.cn/\">在线办理</a></li>"
      "<li><a href=\"/zwfw/bszn/content_5505.html\">不动产权证书补发</a><a href=\"https://zwfw.example.gov.cn/\">在线办理</a></li>"
      "</ul></div></body></html>",
      "http://www.wuhu.gov.cn/zwfw/bszn/index.html");
  EXPECT_TRUE(guide.is_list_page);
  EXPECT_FALSE(guide.empty_list);
  ASSERT_EQ(guide.items.size(), 5u);
  EXPECT_EQ(guide.items[0].url, "http://www.wuhu.gov.cn/zwfw/bszn/content_5501.html");
  EXPECT_EQ(guide.items[0].title, "居民身份证申领");
  EXPECT_FALSE(guide.items[0].date.has_value());

  // A short notice whose related links point into the same folder stays an article.
  const PageFacts notice = ExtractPage(
      "<html><head><title>关于城区停水的通知</title></head><body><h1>关于城区停水的通知</h1>"
      "<p>发布时间：2024-03-14</p><p>因管网改造，3月15日城区部分区域停水，请居民提前储水。</p>"
      "<div class=\"xg\"><p>相关链接</p><ul>"
      "<li><a href=\"./content_9901.html\">关于2024年清明节期间森林防火的通告</a></li>"
      "<li><a href=\"./content_9902.html\">关于公开招聘社区专职工作者的公告</a></li>"
      "<li><a href=\"./content_9903.html\">关于开展2024年度住房公积金缴存基数调整工作的通知</a></li>"
      "<li><a href=\"./content_9904.html\">关于征集2024年民生实事项目建议的公告</a></li>"
      "</ul></div></body></html>",
      "http://www.example.gov.cn/zwgk/tzgg/content_9900.html");
  EXPECT_FALSE(notice.is_list_page);
  EXPECT_TRUE(notice.items.empty());

  // Links to other columns' folders are a menu, not a list.
  const PageFacts menu = ExtractPage(
      "<html><body><ul><li><a href=\"/zwgk/tzgg/\">通知公告</a></li><li><a href=\"/zwgk/zcwj/\">政策文件</a></li>"
      "<li><a href=\"/zwgk/zcjd/\">政策解读</a></li><li><a href=\"/zwgk/rsxx/\">人事信息</a></li></ul></body></html>",
      "http://www.example.gov.cn/zwgk/index.html");
  EXPECT_FALSE(menu.is_list_page);
}

TEST(ListDetectorTest, SummaryNumbersAreNotDates) {
  // A card with a split date; its summary's "3.5" and "10-20" are not read as the date.
  const PageFacts f = ExtractPage(
      "<html><body><ul class=cards>"
      "<li><div class=t><b>09</b><i>2022-03</i></div><a href=/c/post_11.html>一季度全县经济运行情况分析</a>"
      "<p>同比增长3.5%，完成年度目标的10-20%。</p></li>"
      "<li><div class=t><b>02</b><i>2022-03</i></div><a href=/c/post_10.html>县领导督导检查安全生产工作</a>"
      "<p>检查了12家企业。</p></li></ul></body></html>",
      "http://www.example.gov.cn/c/index.html");
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(Show(f.items[0].date), "2022-03-09");
  EXPECT_EQ(Show(f.items[1].date), "2022-03-02");
  EXPECT_TRUE(f.pagination.empty());  // post_11.html is an entry, not page 11
}

TEST(ListDetectorTest, RowNumberIsNotTheDayOfAMonthOnlyDate) {
  // Monthly reports dated by month only: the 序号 cell is no day.
  const PageFacts f = ExtractPage(
      "<html><body><table><tr><th>序号</th><th>标题</th><th>月份</th></tr>"
      "<tr><td>12</td><td><a href=/t/12.html>2022年2月全县主要经济指标</a></td><td>2022-02</td></tr>"
      "<tr><td>11</td><td><a href=/t/11.html>2022年1月全县主要经济指标</a></td><td>2022-01</td></tr>"
      "</table></body></html>",
      "http://www.example.gov.cn/t/index.html");
  for (const ListItem& it : f.items) EXPECT_FALSE(it.date.has_value()) << it.url;
}

TEST(ListDetectorTest, TrsPagerFromVariablesAfterTheFunctionDefinition) {
  const detail::HtmlTree tree(
      "<html><body><script>function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){}</script>"
      "<div class=page><script>var currentPage = 1;\nvar countPage = 3//共多少页\n"
      "createPageHTML(countPage, currentPage, 'index', 'htm', 'black2', 45);</script></div></body></html>");
  const std::vector<std::string> pages =
      detail::FindPagination(tree, "http://www.example.gov.cn/gzdt/index_1.htm", "http://www.example.gov.cn/gzdt/index_1.htm");
  EXPECT_EQ(pages, (std::vector<std::string>{"http://www.example.gov.cn/gzdt/index.htm",
                                             "http://www.example.gov.cn/gzdt/index_2.htm"}));
  // An expression is not a page count.
  const detail::HtmlTree expr("<script>var n = total/20;\ncreatePageHTML(n, 0, 'index', 'html');</script>");
  EXPECT_TRUE(detail::FindPagination(expr, "http://x.gov.cn/a/index.html", "http://x.gov.cn/a/index.html").empty());
}

TEST(ListDetectorTest, HaiyunPagerNamesItsDivAndCountsPagesFromOne) {
  // TRS 海云 templates: createPageHTML('page_div', count, current, prefix, ext, records), the
  // current page 1-based: page 1 is index.shtml, page 2 index_1.shtml … page 5 index_4.shtml.
  const detail::HtmlTree first(
      "<html><body><div id=page_div></div><script>createPageHTML('page_div',5, 1,'index','shtml',48);</script>"
      "</body></html>");
  const detail::HtmlTree third(
      "<html><body><div id=page_div></div><script>createPageHTML('page_div',5, 3,'index','shtml',48);</script>"
      "</body></html>");

  const std::vector<std::string> from_first =
      detail::FindPagination(first, "http://www.qj.gov.cn/zwgk/szfwj/index.shtml", "http://www.qj.gov.cn/zwgk/szfwj/index.shtml");
  const std::vector<std::string> from_third = detail::FindPagination(
      third, "http://www.qj.gov.cn/zwgk/szfwj/index_2.shtml", "http://www.qj.gov.cn/zwgk/szfwj/index_2.shtml");

  EXPECT_EQ(from_first, (std::vector<std::string>{
                            "http://www.qj.gov.cn/zwgk/szfwj/index_1.shtml", "http://www.qj.gov.cn/zwgk/szfwj/index_2.shtml",
                            "http://www.qj.gov.cn/zwgk/szfwj/index_3.shtml", "http://www.qj.gov.cn/zwgk/szfwj/index_4.shtml"}));
  EXPECT_EQ(from_third, (std::vector<std::string>{
                            "http://www.qj.gov.cn/zwgk/szfwj/index.shtml", "http://www.qj.gov.cn/zwgk/szfwj/index_1.shtml",
                            "http://www.qj.gov.cn/zwgk/szfwj/index_3.shtml", "http://www.qj.gov.cn/zwgk/szfwj/index_4.shtml"}));
}

TEST(ListDetectorTest, EmptyColumnWordings) {
  const std::string before =
      "<html><head><title>政策解读_某县人民政府</title></head><body><div class=nav><a href=/>首页</a> "
      "<a href=/zwgk/>政务公开</a></div><div class=main><div class=lm>政策解读</div><div class=con>";
  const std::string after = "</div></div><div class=footer>版权所有：某县人民政府</div></body></html>";

  for (const char* wording : {"暂无相关内容", "抱歉，暂无相关数据！", "该栏目正在建设中，敬请期待！", "本栏目建设中",
                              "暂无信息", "本栏目正在更新中"}) {
    const PageFacts f = ExtractPage(before + "<p>" + wording + "</p>" + after, "http://www.x.gov.cn/zwgk/zcjd/index.html");
    EXPECT_TRUE(f.is_list_page) << wording;
    EXPECT_TRUE(f.empty_list) << wording;
  }
  // A short article about a project under construction is no empty column.
  const PageFacts article = ExtractPage(
      before + "<h1>县城污水处理厂二期项目进展顺利</h1><p>发布时间：2024-03-05</p><p>目前，项目正在建设中，预计年底完工。</p>" + after,
      "http://www.x.gov.cn/zwgk/gzdt/202403/t20240305_1.html");
  EXPECT_FALSE(article.is_list_page);
}

TEST(ListDetectorTest, TableWithDocumentAndPublishDateColumns) {
  const PageFacts f = ExtractPage(
      "<html><body><table><tr><th>标题</th><th>发布日期</th><th>成文日期</th></tr>"
      "<tr><td><a href=/w/1.html>关于印发2022年政务公开工作要点的通知</a></td><td>2022-03-11</td><td>2022-03-07</td></tr>"
      "<tr><td><a href=/w/2.html>关于调整县城区机动车限行措施的通告</a></td><td>2022-02-22</td><td>2022-02-16</td></tr>"
      "</table></body></html>",
      "http://www.example.gov.cn/w/index.html");
  ASSERT_EQ(f.items.size(), 2u);
  EXPECT_EQ(Show(f.items[0].date), "2022-03-11");
  EXPECT_EQ(Show(f.items[1].date), "2022-02-22");
}

TEST(ListDetectorTest, ListWithoutDateTextIsDatedByItsUrls) {
  // A TRS column that prints no dates: each entry's URL names its publish day.
  const std::string page =
      "<html><head><title>宾川要闻 宾川县人民政府</title></head><body><div class=nav><a href=/>首页</a></div>"
      "<div class=content><h2>宾川要闻</h2><ul class=newslist>"
      "<li><i class=dot></i><a href=./202403/t20240326_88102.html>县委理论学习中心组2024年第三次集体学习</a></li>"
      "<li><i class=dot></i><a href=./202403/t20240319_88065.html>县长接待日活动解决群众诉求12件</a></li>"
      "<li><i class=dot></i><a href=./202403/t20240305_88011.html>全县乡村振兴重点工作推进会召开</a></li>"
      "</ul></div></body></html>";
  // The same rows with month folders only: no day, so no dates and no list.
  std::string month_only = page;
  for (const char* day : {"t20240326_", "t20240319_", "t20240305_"}) {
    month_only.replace(month_only.find(day), 10, "content_");
  }

  const PageFacts f = ExtractPage(page, "http://www.binchuan.gov.cn/bcxrmzf/bcyw/index.html");
  const PageFacts g = ExtractPage(month_only, "http://www.binchuan.gov.cn/bcxrmzf/bcyw/index.html");

  EXPECT_TRUE(f.is_list_page);
  ASSERT_EQ(f.items.size(), 3u);
  EXPECT_EQ(Show(f.items[0].date), "2024-03-26");
  EXPECT_EQ(f.items[0].url, "http://www.binchuan.gov.cn/bcxrmzf/bcyw/202403/t20240326_88102.html");
  EXPECT_EQ(Show(f.items[2].date), "2024-03-05");
  EXPECT_TRUE(g.items.empty());
  EXPECT_FALSE(g.is_list_page);
}

TEST(ListDetectorTest, AColumnOfDatedBoxesIsNotAList) {
  // A short article after a left column of two boxes, each a dated list of its own; the date
  // line follows the body.
  const std::string box =
      "<div class=hot><h3>%s</h3><ul>"
      "<li><a href=/xwzx/jryw/202403/t20240318_1.html>县委常委会召开会议传达学习全国两会精神</a><span>2024-03-18</span></li>"
      "<li><a href=/xwzx/jryw/202403/t20240317_2.html>我县召开春季森林草原防灭火工作会议</a><span>2024-03-17</span></li>"
      "</ul></div>";
  auto named = [&](const std::string& heading) { return std::string(box).replace(box.find("%s"), 2, heading); };
  const std::string html =
      "<html><head><title>临沧市召开2024年优化营商环境工作推进会</title></head><body><div class=box><div class=left>" +
      named("热点新闻") + named("推荐阅读") +
      "</div><div class=right><h2 class=title>临沧市召开2024年优化营商环境工作推进会</h2>"
      "<div class=detail><p>会议要求，各级各部门要进一步压实责任，层层抓好落实。</p></div>"
      "<div class=info>发布时间：2024-03-08 17:05 来源：市营商办</div></div></div></body></html>";

  const PageFacts f = ExtractPage(html, "http://www.lincang.gov.cn/lcszf/xwzx/lcyw/content_76321.html");

  EXPECT_FALSE(f.is_list_page);
  EXPECT_EQ(Show(f.publish_date), "2024-03-08");
}

TEST(ListDetectorTest, PreviousAndNextArticlesAreNotAList) {
  // A short article whose 上一篇/下一篇 links carry their dates.
  const PageFacts f = ExtractPage(
      "<html><head><title>南山区召开2024年安全生产工作会议</title></head><body>"
      "<div class=detail><h1>南山区召开2024年安全生产工作会议</h1>"
      "<div class=msg><span>发布时间：</span><span>2024-03-23</span><span>信息来源：</span><span>区应急管理局</span></div>"
      "<div class=con><p>会议强调，要压实安全生产责任，扎实做好各项工作。</p></div>"
      "<ul class=updown><li>上一篇：<a href=./post_11200210.html>南山区开展三月学雷锋活动</a> 2024-03-22</li>"
      "<li>下一篇：<a href=./post_11200300.html>南山区召开春季防火会议</a> 2024-03-26</li></ul></div></body></html>",
      "http://www.szns.gov.cn/xxgk/qzfgzdt/content/post_11200251.html");

  EXPECT_FALSE(f.is_list_page);
  EXPECT_TRUE(f.items.empty());
  EXPECT_EQ(Show(f.publish_date), "2024-03-23");
}

}  // namespace
}  // namespace govwatch::extract
