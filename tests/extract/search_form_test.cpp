#include "extract/search_form.hpp"

#include <gtest/gtest.h>

namespace govwatch::extract {
namespace {

constexpr std::string_view kPage = "http://www.lc.gov.cn/index.html";

TEST(SearchFormTest, FindsTrsStyleFormWithHiddenFieldsAndScope) {
  // A TRS WCM / jsearch style box: hidden site id, a scope select, a keyword field, an image button;
  // a login form before it must not win.
  const std::string html = R"html(<body>
    <form action="/login.do" method="post"><input name="username"><input type="password" name="pwd"></form>
    <div class="top-search"><form name="searchform" action="http://www.lc.gov.cn/jsearch/search.do" method="get" target="_blank">
      <input type="hidden" name="appid" value="1"><input type="hidden" name="webid" value="23">
      <select name="pos"><option value="title">标题</option><option value="content" selected>全文</option></select>
      <input type="text" name="q" id="q" placeholder="请输入关键字" class="search-input">
      <input type="image" src="/images/ss.png" alt="搜索"></form></div></body>)html";
  const auto form = FindSearchForm(html, kPage);
  ASSERT_TRUE(form);
  EXPECT_EQ(form->action, "http://www.lc.gov.cn/jsearch/search.do");
  EXPECT_EQ(form->method, "get");
  EXPECT_EQ(form->field, "q");
  EXPECT_EQ(SearchUrl(*form, "县政府 会议"),
            "http://www.lc.gov.cn/jsearch/search.do?appid=1&webid=23&pos=content&q=%E5%8E%BF%E6%94%BF%E5%BA%9C+%E4%BC%9A%E8%AE%AE");
}

TEST(SearchFormTest, RelativeActionExistingQueryAndGbkBytes) {
  const std::string html = R"html(<form id="ssform" action="../was5/web/search?channelid=200"><input name="searchword"
      value="请输入搜索内容"><button>搜 索</button></form>)html";
  const auto form = FindSearchForm(html, "http://www.lc.gov.cn/zwgk/index.html");
  ASSERT_TRUE(form);
  EXPECT_EQ(form->action, "http://www.lc.gov.cn/was5/web/search?channelid=200");
  EXPECT_EQ(SearchUrl(*form, "\xCF\xD8"), "http://www.lc.gov.cn/was5/web/search?channelid=200&searchword=%CF%D8");
}

TEST(SearchFormTest, ScriptBoxesAndPagesWithoutSearch) {
  // A box a script submits: found, but it cannot be probed (no action).
  const auto box = FindSearchForm(R"html(<div class="search"><input id="kw" name="kw" placeholder="搜索">
      <a href="javascript:doSearch()">搜索</a></div>)html",
                                  kPage);
  ASSERT_TRUE(box);
  EXPECT_TRUE(box->action.empty());
  EXPECT_EQ(SearchUrl(*box, "x"), "");
  // A message form (name, phone, content) is not a search form; no form at all is none.
  EXPECT_FALSE(FindSearchForm(R"html(<form action="/liuyan/save.do"><input name="xm"><input name="dh">
      <textarea name="nr"></textarea><input type="submit" value="提交"></form>)html",
                              kPage));
  EXPECT_FALSE(FindSearchForm("<p>没有搜索</p>", kPage));
  EXPECT_FALSE(FindSearchForm("", kPage));
}

TEST(SearchFormTest, ResultFindsTheArticleByLinkOrHighlightedTitle) {
  const std::string title = "临沧市召开2022年安全生产工作会议";
  const std::string by_link = R"html(<ul><li><a href="/gzdt/202203/t20220301_1.html">临沧市召开...</a></li></ul>)html";
  EXPECT_TRUE(ResultFinds(by_link, "http://www.lc.gov.cn/search?q=x", title,
                          "http://www.lc.gov.cn/gzdt/202203/t20220301_1.html"));
  const std::string highlighted =
      R"html(<div class="result"><a href="http://www.lc.gov.cn/r?id=9"><font color="red">临沧市</font>召开2022年<em>安全生产</em>工作
      会议</a></div>)html";
  EXPECT_TRUE(ResultFinds(highlighted, "http://www.lc.gov.cn/search?q=x", title, "http://www.lc.gov.cn/gzdt/1.html"));
  const std::string empty = R"html(<p>共找到0条结果。</p><input name="q" value="临沧市召开2022年安全生产工作会议">)html";
  EXPECT_FALSE(ResultFinds(empty, "http://www.lc.gov.cn/search?q=x", title, "http://www.lc.gov.cn/gzdt/1.html"));
}

}  // namespace
}  // namespace govwatch::extract
