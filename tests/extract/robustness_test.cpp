// Hostile input: ExtractPage must return, with what can be read, on anything.
#include <random>
#include <string>

#include <gtest/gtest.h>

#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace {

TEST(ExtractRobustnessTest, DeepNestingDoesNotOverflowTheStack) {
  std::string html = "<html><head><title>深层嵌套 - 测试站</title></head><body>";
  for (int i = 0; i < 5000; ++i) html += "<div class=\"d\"><span>";
  html += "<p>发布时间：2022-03-01</p><p>正文内容</p>";
  for (int i = 0; i < 5000; ++i) html += "</span></div>";
  html += "<ul>";
  for (int i = 0; i < 3000; ++i) html += "<li><ul>";
  html += "</body></html>";

  const PageFacts f = ExtractPage(html, "http://x.gov.cn/a/b.html");

  EXPECT_EQ(f.title, "深层嵌套");
}

TEST(ExtractRobustnessTest, TenMegabytePageIsRead) {
  std::string html = "<html><head><title>通知公告_测试站</title></head><body><ul class=\"list\">";
  int n = 0;
  while (html.size() < 10 * 1024 * 1024) {
    html += "<li><a href=\"./202201/t202201" + std::to_string(10 + n % 18) + "_" + std::to_string(n) +
            ".html\">关于第" + std::to_string(n) + "号文件的通知公告标题比较长一些</a><span>2022-01-" +
            std::to_string(10 + n % 18) + "</span></li>\n";
    ++n;
  }
  html += "</ul></body></html>";

  const PageFacts f = ExtractPage(html, "http://x.gov.cn/tzgg/index.html");

  EXPECT_TRUE(f.is_list_page);
  EXPECT_EQ(f.items.size(), static_cast<std::size_t>(n));
  ASSERT_FALSE(f.items.empty());
  EXPECT_EQ(FormatDate(*f.items.front().date), "2022-01-27");
}

TEST(ExtractRobustnessTest, GarbageBytesAndNulsDoNotCrash) {
  std::mt19937 rng(20220301);
  std::string garbage(1 << 20, '\0');
  for (char& c : garbage) c = static_cast<char>(rng() & 0xFF);
  garbage.insert(0, "<html><body><a href=\"/x\">链接</a>");

  const PageFacts f = ExtractPage(garbage, "http://x.gov.cn/");

  ASSERT_FALSE(f.links.empty());
  EXPECT_EQ(f.links.front().url, "http://x.gov.cn/x");
}

TEST(ExtractRobustnessTest, EmptyAndTextOnlyInputs) {
  const PageFacts empty = ExtractPage("", "http://x.gov.cn/a/202203/t20220305_1.html");
  const PageFacts text = ExtractPage("只有文字，没有标签。发布日期：2022-03-05", "");

  EXPECT_TRUE(empty.links.empty());
  EXPECT_FALSE(empty.is_list_page);
  EXPECT_EQ(text.main_text, "只有文字，没有标签。发布日期：2022-03-05");
  ASSERT_TRUE(text.publish_date.has_value());
  EXPECT_EQ(FormatDate(*text.publish_date), "2022-03-05");
}

TEST(ExtractRobustnessTest, UnclosedTagsAndStrayEndTags) {
  const std::string html =
      "<html><body></div></td><h1>标题一<p>第一段<p>第二段<table><tr><td>甲<td>乙</table></span></b><p>第三段";

  const PageFacts f = ExtractPage(html, "http://x.gov.cn/a.html");

  EXPECT_EQ(f.title, "标题一");
  EXPECT_NE(f.main_text.find("第一段\n第二段"), std::string::npos) << f.main_text;
  EXPECT_NE(f.main_text.find("第三段"), std::string::npos);
}

TEST(ExtractRobustnessTest, KeepsSpacesBetweenInlineElementsAndDecodesEntities) {
  const PageFacts f =
      ExtractPage("<p><span>Open</span> <span>Government</span>&nbsp;&amp;&#x20;<b>数据</b>&lt;开放&gt;</p>", "");

  EXPECT_EQ(f.main_text, "Open Government & 数据<开放>");
}

}  // namespace
}  // namespace govwatch::extract
