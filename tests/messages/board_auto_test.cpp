// Message boards read without configuration: rows and fields found by their labels. Each page
// here is written for its test (the held-out pages of tests/data/messages/blind are scored by
// bench/govwatch_board_accuracy, never asserted on).
#include "messages/board_auto.hpp"

#include <gtest/gtest.h>

#include <string>

#include "common/time.hpp"
#include "messages/board_page.hpp"
#include "support/test_data.hpp"

namespace govwatch::messages {
namespace {

std::string Data(const std::string& name) { return testing::TestData("messages/" + name); }

TEST(BoardAutoTest, HeaderNamesTheFieldOfEachColumn) {
  EXPECT_EQ(HeaderField("留言时间"), BoardField::kReceived);
  EXPECT_EQ(HeaderField("来信日期"), BoardField::kReceived);
  EXPECT_EQ(HeaderField("受理时间"), BoardField::kReceived);
  EXPECT_EQ(HeaderField("答复时间"), BoardField::kReplied);
  EXPECT_EQ(HeaderField("办结日期"), BoardField::kReplied);
  EXPECT_EQ(HeaderField("答复单位"), BoardField::kUnit);  // a unit, though it names 答复
  EXPECT_EQ(HeaderField("回复状态"), BoardField::kStatus);
  EXPECT_EQ(HeaderField("信件编号"), BoardField::kId);
  EXPECT_EQ(HeaderField("主 题"), BoardField::kTitle);
  EXPECT_EQ(HeaderField("办理情况"), BoardField::kStatus);  // over a column: 已办结 / 办理中
  EXPECT_EQ(HeaderField("序号"), BoardField::kNone);
  EXPECT_EQ(HeaderField("留言人"), BoardField::kNone);
  EXPECT_EQ(HeaderField("已回复"), BoardField::kNone);  // a status, not a header
  EXPECT_EQ(HeaderField("关于延长公交末班车时间的建议"), BoardField::kNone);
}

TEST(BoardAutoTest, LabelledValuesRunToTheNextLabelAndLabelsMayBeSpacedOut) {
  const auto values = FindLabelledValues("留 言 人：陈** 留言时间：2024年03月05日 16:32 回复单位： 回复时间： 状态：未回复");
  ASSERT_EQ(values.size(), 4u);  // 留言人 names no field of a message
  EXPECT_EQ(values[0].field, BoardField::kReceived);
  EXPECT_EQ(values[0].value, "2024年03月05日 16:32");
  EXPECT_EQ(values[1].field, BoardField::kUnit);
  EXPECT_EQ(values[1].value, "");
  EXPECT_EQ(values[2].field, BoardField::kReplied);
  EXPECT_EQ(values[2].value, "");
  EXPECT_EQ(values[3].value, "未回复");

  // Table cells: a label alone between spaces; a label word inside running text is no label.
  const auto cells = FindLabelledValues("信件编号 A-17 来信时间 2024-3-5 9:12:40 来信内容 请问办结时间多久");
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_EQ(cells[0].value, "A-17");
  EXPECT_EQ(cells[1].value, "2024-3-5 9:12:40");
}

TEST(BoardAutoTest, ReadsATableUnderItsHeaderRowWithoutConfiguration) {
  const std::string html = R"(<html><body>
<div class="side"><ul><li><a href="/n/1.html">县政府召开常务会议</a><span>2024-03-06</span></li>
<li><a href="/n/2.html">春季森林防火检查</a><span>2024-03-05</span></li></ul></div>
<table><thead><tr><th>序号</th><th>标题</th><th>受理单位</th><th>留言时间</th><th>回复时间</th><th>办理状态</th></tr></thead>
<tbody>
<tr><td>1</td><td><a href="view?id=31" title="关于小区门口道路长期积水无人处理的问题">关于小区门口道路长期积水...</a></td><td>区住建局</td><td>2024/3/5 10:21</td><td>2024/3/6</td><td>已办结</td></tr>
<tr><td>2</td><td><a href="view?id=30">公积金提取咨询</a></td><td>公积金中心</td><td>24-03-04</td><td></td><td>正在办理</td></tr>
<tr><td colspan="6">共2条 <a href="list?page=2">下一页</a></td></tr>
</tbody></table></body></html>)";
  const BoardListPage page = FindBoardRows(html, "http://x.gov.cn/hd/list");

  ASSERT_EQ(page.rows.size(), 2u);  // not the sidebar's news, not the pager row
  EXPECT_EQ(page.next_url, "http://x.gov.cn/hd/list?page=2");
  EXPECT_EQ(page.rows[0].title, "关于小区门口道路长期积水无人处理的问题");  // the title attribute of a cut title
  EXPECT_EQ(page.rows[0].link, "http://x.gov.cn/hd/view?id=31");
  EXPECT_EQ(page.rows[0].unit_text, "区住建局");
  auto m0 = ToMessage(page.rows[0], 1, 0);
  ASSERT_TRUE(m0) << m0.error().message;
  EXPECT_EQ(FormatTime(m0->received_at), "2024-03-05 10:21:00");
  ASSERT_TRUE(m0->replied_at);
  EXPECT_EQ(FormatDate(DateOf(*m0->replied_at)), "2024-03-06");
  EXPECT_EQ(m0->message_id, "31");
  auto m1 = ToMessage(page.rows[1], 1, 0);
  ASSERT_TRUE(m1) << m1.error().message;
  EXPECT_EQ(FormatDate(DateOf(m1->received_at)), "2024-03-04");  // a two-digit year
  EXPECT_EQ(model::ParseMessageStatus(page.rows[1].status_text), model::MessageStatus::kInProgress);
}

TEST(BoardAutoTest, AHeaderWithoutRowsIsAnEmptyBoardNotTheSidebar) {
  const std::string html = R"(<html><body><table><tr><th>标题</th><th>来信时间</th><th>状态</th></tr>
<tr><td colspan="3">暂无信件</td></tr></table>
<ul class="news"><li><a href="/a/1.html">关于清明节放假的通知</a> 2024-03-01</li><li><a href="/a/2.html">招聘公告</a> 2024-02-01</li></ul>
</body></html>)";
  const BoardListPage page = FindBoardRows(html, "http://x.gov.cn/xx/");
  EXPECT_TRUE(page.rows.empty());
  EXPECT_EQ(page.next_url, "");
}

TEST(BoardAutoTest, ReadsAHeadLineOfSpansOverAList) {
  const std::string html = R"(<html><body><div class="box">
<div class="hd"><span>信件主题</span><span>处理部门</span><span>来信时间</span><span>状态</span></div>
<ul><li><a href="l?id=7">供暖收费标准的疑问</a><span>县发改局</span><span>2024/03/05 10:21:33</span><span>已回复</span></li>
<li><a href="l?id=6">村道养护经费</a><span>县交通局</span><span>2024/03/04 17:30:10</span><span>办理中</span></li></ul>
<div class="pg"><a href="p1">首页</a><a href="p0">上一页</a><a href="p2">下一页</a><a href="p9">尾页</a></div>
</div></body></html>)";
  const BoardListPage page = FindBoardRows(html, "http://x.gov.cn/sj/p1");
  ASSERT_EQ(page.rows.size(), 2u);  // the pager, four links under four headers, has no time
  EXPECT_EQ(page.rows[1].title, "村道养护经费");
  EXPECT_EQ(page.rows[1].unit_text, "县交通局");
  EXPECT_EQ(page.rows[1].received_text, "2024/03/04 17:30:10");
  EXPECT_EQ(page.next_url, "http://x.gov.cn/sj/p2");
}

TEST(BoardAutoTest, ReadsCardsWithLabelledFieldsAndAStatusBadge) {
  const std::string html = R"(<html><body>
<div class="item"><h3><a href="/w/1.html">信号灯配时不合理</a></h3>
 <p><span>留言人：张**</span><span>留言时间：2024-03-05 10:21</span></p>
 <p><span>回复单位：区交通运输局</span><span>回复时间：2024-03-07 09:30</span></p><i>已回复</i></div>
<div class="item"><h3><a href="/w/2.html">餐饮油烟扰民</a></h3>
 <p><span>留言人：王**</span><span>留言时间：2024-03-03 14:12</span></p>
 <p><span>回复单位：</span><span>回复时间：</span></p><i>正在办理</i></div>
</body></html>)";
  const BoardListPage page = FindBoardRows(html, "http://x.gov.cn/w/");
  ASSERT_EQ(page.rows.size(), 2u);  // "回复单位： 回复时间：" is a card's empty fields, not a header row
  EXPECT_EQ(page.rows[0].title, "信号灯配时不合理");
  EXPECT_EQ(page.rows[0].unit_text, "区交通运输局");
  EXPECT_EQ(page.rows[0].replied_text, "2024-03-07 09:30");
  EXPECT_EQ(page.rows[0].status_text, "已回复");
  EXPECT_EQ(page.rows[1].unit_text, "");
  EXPECT_EQ(page.rows[1].replied_text, "");
  EXPECT_EQ(model::ParseMessageStatus(page.rows[1].status_text), model::MessageStatus::kInProgress);
}

TEST(BoardAutoTest, ReadsADetailPageOfLabelledCellsAndKeepsWhatTheListGave) {
  const std::string html = R"(<html><head><title>信件详情_市长信箱</title></head><body>
<table><tr><td>信件编号</td><td>SZ-0012</td></tr>
<tr><td>写 信 人</td><td>刘**</td><td>来信时间</td><td>2024-03-05 10:21:08</td></tr>
<tr><td>信件标题</td><td>滨江路夜间施工噪音扰民</td></tr>
<tr><td>回复单位</td><td>市住建局</td><td>回复时间</td><td>2024-03-08 15:40:22</td></tr>
<tr><td>回复内容</td><td>经核查已责令停止夜间施工，现场状态良好。</td></tr></table></body></html>)";
  BoardRow row;
  row.title = "滨江路夜间施工噪音扰民（列表）";
  row.received_text = "2024-03-05";
  row.unit_text = "青川市住建局";
  FindBoardDetail(html, "http://x.gov.cn/d?id=12", row);
  EXPECT_EQ(row.id, "SZ-0012");
  EXPECT_EQ(row.title, "滨江路夜间施工噪音扰民（列表）");  // the list's fields stay
  EXPECT_EQ(row.unit_text, "青川市住建局");
  EXPECT_EQ(row.received_text, "2024-03-05 10:21:08");  // but a bare date gains its time of day
  EXPECT_EQ(row.replied_text, "2024-03-08 15:40:22");
  EXPECT_EQ(row.status_text, "");  // a label word inside the reply's text is no label

  BoardRow empty;
  FindBoardDetail("", "http://x.gov.cn/d/0.html", empty);  // an empty body parses to no tree at all
  EXPECT_EQ(empty.title, "");
  EXPECT_TRUE(FindBoardRows("", "http://x.gov.cn/l/").rows.empty());

  BoardRow bare;
  FindBoardDetail("<html><head><title>停车难问题何时解决_留言板_海川市</title></head><body><p>留言时间：2024-02-26</p></body></html>",
                  "http://x.gov.cn/d/1.html", bare);
  EXPECT_EQ(bare.title, "停车难问题何时解决");  // no heading: the first part of <title>
}

TEST(BoardAutoTest, UnconfiguredAndPartlyConfiguredBoards) {
  // No item XPath: the board is read by its labels.
  BoardConfig none;
  auto page = ReadBoardList(Data("table_board.html"), "http://127.0.0.1:18000/hdjl/list.html", none);
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->rows.size(), 3u);
  EXPECT_EQ(page->rows[0].id, "YL20220301001");
  EXPECT_EQ(page->rows[0].unit_text, "云岭市住房和城乡建设局");
  EXPECT_EQ(page->next_url, "http://127.0.0.1:18000/hdjl/list_2.html");

  // Item, title and 留言时间 configured: the rest comes from the header, the configured title wins.
  BoardConfig partial;
  partial.item_xpath = "//table[@class='liuyan_list']//tr[td and not(td[@colspan])]";
  partial.link_xpath = "td[2]/a/@href";
  partial.list.title = "concat('#', td[2]/a)";
  partial.list.received_at = "td[3]";
  page = ReadBoardList(Data("table_board.html"), "http://127.0.0.1:18000/hdjl/list.html", partial);
  ASSERT_TRUE(page) << page.error().message;
  ASSERT_EQ(page->rows.size(), 3u);
  EXPECT_EQ(page->rows[0].title, "#关于城南小区供暖不热的问题");
  EXPECT_EQ(page->rows[0].status_text, "已办结");
  EXPECT_EQ(page->rows[0].replied_text, "2022-03-02 16:45:12");
  EXPECT_EQ(page->next_url, "http://127.0.0.1:18000/hdjl/list_2.html");
}

TEST(BoardAutoTest, AStatusInBracketsBeforeTheTitleIsTheStatus) {
  const std::string html = R"(<html><body><ul class="ly">
<li><span>2024-03-05</span><a href="/ly/41.html">【已回复】门前减速带损坏</a></li>
<li><span>2024-03-02</span><a href="/ly/39.html">[办理中] 医保缴费截止时间</a></li>
<li><span>2024-02-27</span><a href="/ly/36.html">【热点】河道采砂噪音扰民</a></li></ul>
<p><a href="index_1.html">[下一页]</a></p></body></html>)";
  const BoardListPage page = FindBoardRows(html, "http://x.gov.cn/ly/index.html");
  ASSERT_EQ(page.rows.size(), 3u);
  EXPECT_EQ(page.rows[0].title, "门前减速带损坏");
  EXPECT_EQ(page.rows[0].status_text, "已回复");
  EXPECT_EQ(page.rows[1].title, "医保缴费截止时间");
  EXPECT_EQ(model::ParseMessageStatus(page.rows[1].status_text), model::MessageStatus::kInProgress);
  EXPECT_EQ(page.rows[2].title, "【热点】河道采砂噪音扰民");  // not a status: the title keeps it
  EXPECT_EQ(page.rows[2].status_text, "");
  EXPECT_EQ(page.next_url, "http://x.gov.cn/ly/index_1.html");  // a bracketed [下一页]
}

TEST(BoardAutoTest, StatusWordsOfRealBoards) {
  EXPECT_EQ(model::ParseMessageStatus("正在办理"), model::MessageStatus::kInProgress);
  EXPECT_EQ(model::ParseMessageStatus("已受理"), model::MessageStatus::kInProgress);
  EXPECT_EQ(model::ParseMessageStatus("已转办"), model::MessageStatus::kInProgress);
  EXPECT_EQ(model::ParseMessageStatus("办理状态：已办理"), model::MessageStatus::kFinished);
  EXPECT_EQ(model::ParseMessageStatus("已解决"), model::MessageStatus::kFinished);
  EXPECT_EQ(model::ParseMessageStatus("满意"), model::MessageStatus::kUnknown);
}

TEST(BoardAutoTest, TwoDigitYearsOnlyWhereTheFieldIsADate) {
  auto t = FindBoardTime("24-03-05");
  ASSERT_TRUE(t);
  EXPECT_EQ(FormatDate(DateOf(t->at)), "2024-03-05");
  t = FindBoardTime("24/3/5 9:05");
  ASSERT_TRUE(t);
  EXPECT_EQ(FormatTime(t->at), "2024-03-05 09:05:00");
  EXPECT_FALSE(FindBoardTime("共24-03条"));
  EXPECT_FALSE(FindBoardTime("第12-3页"));
  EXPECT_FALSE(FindBoardTime("12-3"));
  t = FindBoardTime("2024年3月5日");
  ASSERT_TRUE(t);
  EXPECT_FALSE(t->has_time);
}

}  // namespace
}  // namespace govwatch::messages
