#include <gtest/gtest.h>

#include "extract/message_channel.hpp"

namespace govwatch::extract {
namespace {

TEST(MessageChannelTest, MessageFormsButNotSearchBoxes) {
  // A 领导信箱 form with a textarea.
  EXPECT_TRUE(ReadMessageChannel("<form action=/x method=post><input name=xm><textarea name=nr></textarea>"
                                 "<input type=submit value=提交></form>")
                  .has_form);
  // Fields only, one of which asks for the content (a rich-text editor fills it by script).
  EXPECT_TRUE(ReadMessageChannel("<form><input type=text name=xm><input type=text name=biaoti placeholder=请输入标题>"
                                 "<div id=editor></div><button>提交</button></form>")
                  .has_form);
  // A textarea outside any form, submitted by script.
  EXPECT_TRUE(ReadMessageChannel("<div class=xx><textarea id=content></textarea><a onclick=send()>提交</a></div>")
                  .has_form);
  // A platform in a frame, or the mailbox's index with the entry to its writing page.
  EXPECT_TRUE(ReadMessageChannel("<iframe src=\"http://12345.yn.gov.cn/web/letter\" width=100%></iframe>").has_form);
  EXPECT_TRUE(ReadMessageChannel("<div class=xx><a class=btn href=write.html>我要写信</a></div>").has_form);
  EXPECT_FALSE(ReadMessageChannel("<a href=a.html>关于市长信箱来信写信人信息保护的说明</a>").has_form);
  // A site search box is not a message form; neither is a hidden textarea or a bare login form.
  EXPECT_FALSE(ReadMessageChannel("<form action=/search><input name=q placeholder=搜索><button>搜索</button></form>")
                   .has_form);
  EXPECT_FALSE(ReadMessageChannel("<div style=\"display:none\"><textarea></textarea></div>").has_form);
  EXPECT_FALSE(ReadMessageChannel("<form><input type=text name=user><input type=password name=pwd></form>").has_form);
  EXPECT_FALSE(ReadMessageChannel("<p>系统维护中，暂停受理，敬请谅解。</p>").has_form);
  EXPECT_FALSE(ReadMessageChannel("").has_form);
  EXPECT_FALSE(ReadMessageChannel("<form><textarea").has_list);  // broken markup never fails
}

TEST(MessageChannelTest, MessageListsByTheirReplyStates) {
  const MessageChannelFacts board = ReadMessageChannel(
      "<table><tr><th>标题</th><th>留言时间</th><th>状态</th></tr>"
      "<tr><td><a href=1.html>咨询社保缴费</a></td><td>2022-03-01</td><td>已回复</td></tr>"
      "<tr><td><a href=2.html>道路维修建议</a></td><td>2022-03-02</td><td>办理中</td></tr></table>");
  EXPECT_TRUE(board.has_list);
  EXPECT_FALSE(board.has_form);
  EXPECT_FALSE(ReadMessageChannel("<ul><li><a href=a.html>县政府召开常务会议</a> 2022-03-01</li>"
                                  "<li><a href=b.html>春耕生产工作部署</a> 2022-03-02</li></ul>")
                   .has_list);
  // One mention of a state is no list.
  EXPECT_FALSE(ReadMessageChannel("<p>您的留言已回复，请查收。</p>").has_list);
}

}  // namespace
}  // namespace govwatch::extract
