// HtmlTree on broken and hostile markup: the tree libxml2's HTML parser makes of it (implied
// elements, auto-closing, misnesting), attributes and text as its DOM gave them, and the limits
// (nesting, control bytes, invalid UTF-8). The tree is built from SAX events; these are the facts
// the DOM-built tree had.
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "extract/html_tree.hpp"

namespace govwatch::extract::detail {
namespace {

// The tree in a compact notation: tag[name=value ...](children), text in quotes.
std::string Shape(const HtmlTree& tree) {
  std::string out;
  std::vector<std::size_t> open;
  auto close_until = [&](std::size_t i) {
    while (!open.empty() && !tree.Contains(open.back(), i)) {
      out += ")";
      open.pop_back();
    }
  };
  for (std::size_t i = 0; i < tree.size(); ++i) {
    close_until(i);
    if (!out.empty() && out.back() != '(') out += " ";
    if (!tree.IsElement(i)) {
      out += "'" + std::string(tree.RawText(i)) + "'";
      continue;
    }
    out += tree.Tag(i);
    const auto attrs = tree.Attributes(i);
    if (!attrs.empty()) {
      out += "[";
      for (std::size_t k = 0; k < attrs.size(); ++k) {
        out += (k == 0 ? "" : " ") + std::string(attrs[k].first) + "=" + std::string(attrs[k].second);
      }
      out += "]";
    }
    out += "(";
    open.push_back(i);
  }
  close_until(tree.size());
  return out;
}

std::string Shape(std::string_view html) { return Shape(HtmlTree(html)); }

TEST(HtmlTreeTest, ImpliesHtmlBodyAndClosesParagraphsAndItems) {
  EXPECT_EQ(Shape("<div><p>one<p>two<ul><li>a<li>b</ul><div>x"),
            "html(body(div(p('one') p('two') ul(li('a') li('b')) div('x'))))");
  EXPECT_EQ(Shape("<dl><dt>t<dd>d<dt>t2</dl>"), "html(body(dl(dt('t') dd('d') dt('t2'))))");
  EXPECT_EQ(Shape("just text & more"), "html(body(p('just text & more')))");
}

TEST(HtmlTreeTest, MisnestedAndStrayTagsAsLibxml2RepairsThem) {
  EXPECT_EQ(Shape("<p><b><i>bold italic</b> italic?</i> after</p>"),
            "html(body(p(b(i('bold italic')) ' italic? after')))");
  EXPECT_EQ(Shape("<body></p>text</p><div></span>x</div></body>"), "html(body('text' div('x')))");
  EXPECT_EQ(Shape("<p>para<table><tr><td>cell</td></tr></table>after</p>"),
            "html(body(p('para') table(tr(td('cell'))) 'after'))");
  EXPECT_EQ(Shape("<font color=red><font size=2>a</font>b<font>c"),
            "html(body(font[color=red](font[size=2]('a') 'b' font('c'))))");
}

TEST(HtmlTreeTest, HeadElementsMoveToTheHeadAndLateOnesStayInTheBody) {
  EXPECT_EQ(Shape("<title>T</title><meta charset=utf-8>text<meta name=x content=y>"),
            "html(head(title('T') meta[charset=utf-8]()) body(p('text' meta[name=x content=y]())))");
}

TEST(HtmlTreeTest, ContentAfterTheEndOfHtmlGoesUnderASecondHtml) {
  // The DOM put the implied second <html> under the first (the document's first node) …
  EXPECT_EQ(Shape("<html><body>x</body></html><p>after</p>text<!--c--><div>d</div>"),
            "html(body('x') html(p('after') p('text') div('d')))");
  // … or beside it when a DOCTYPE or comment is the document's first node.
  EXPECT_EQ(Shape("<!DOCTYPE html><html><body>x</body></html><div>after</div>"),
            "html(body('x')) html(div('after'))");
  EXPECT_EQ(Shape("<!-- c --><html><body>x</body></html><div>after</div>"), "html(body('x')) html(div('after'))");
}

TEST(HtmlTreeTest, AttributesAreDecodedInOrderAndTheFirstOfADuplicateWins) {
  const HtmlTree tree(
      "<div id=a class='b c' data-x=\"&amp;&nbsp;&#x4e2d;&#20013;&lt;&bogus;\" ID=dup id=second "
      "title=\"a&quot;b\">x</div><a href=/x?a=1&b=2 HREF=\"y\">l</a>");
  const int div = tree.FindFirst("div");
  ASSERT_GE(div, 0);
  using Pairs = std::vector<std::pair<std::string_view, std::string_view>>;
  EXPECT_EQ(tree.Attributes(static_cast<std::size_t>(div)),
            (Pairs{{"id", "a"}, {"class", "b c"}, {"data-x", "&\u00a0中中<&bogus;"}, {"title", "a\"b"}}));
  EXPECT_EQ(tree.AttrView(static_cast<std::size_t>(div), "ID"), "a");
  EXPECT_EQ(tree.Attr(static_cast<std::size_t>(tree.FindFirst("a")), "href"), "/x?a=1&b=2");
  EXPECT_EQ(tree.AttrView(static_cast<std::size_t>(div), "missing"), "");
  EXPECT_FALSE(tree.HasAttr(static_cast<std::size_t>(div), "missing"));
}

TEST(HtmlTreeTest, ValuelessAttributes) {
  // A boolean attribute reads as its name (as libxml2's DOM had it), any other as "".
  EXPECT_EQ(Shape("<input disabled checked><img src=a.png alt><option selected value>x"),
            "html(body(input[disabled=disabled checked=checked]() img[src=a.png alt=]() "
            "option[selected=selected value=]('x')))");
  const HtmlTree tree("<img alt>");
  const auto img = static_cast<std::size_t>(tree.FindFirst("img"));
  EXPECT_TRUE(tree.HasAttr(img, "alt"));
  EXPECT_EQ(tree.AttrView(img, "alt"), "");
}

TEST(HtmlTreeTest, TextAcrossReferencesIsOneNodeAndCommentsSplitIt) {
  EXPECT_EQ(Shape("<p>abc&amp;def&#x4e2d;ghi&nbsp;jkl&unknown;</p>"), "html(body(p('abc&def中ghi\u00a0jkl&unknown;')))");
  // Comments and processing instructions are not nodes, but the text around them is two.
  EXPECT_EQ(Shape("<p>before<!-- a comment -->after <?php echo 1 ?> pi text</p>"),
            "html(body(p('before' 'after ' ' pi text')))");
  // The HTML parser knows no CDATA sections: their markers are text.
  EXPECT_EQ(Shape("<div><![CDATA[ raw <b>text</b> ]]>after</div>"),
            "html(body(div('<![CDATA[ raw ' b('text') ' ]]>after')))");
}

TEST(HtmlTreeTest, ScriptAndStyleAreOneRawTextNode) {
  std::string script;
  for (int i = 0; i < 500; ++i) script += "var x = \"</div><b>\";\n";  // several parser chunks
  const HtmlTree tree("<div><script>" + script + "</script>after</div><style>.h{display:none}</style>");
  const auto s = static_cast<std::size_t>(tree.FindFirst("script"));
  ASSERT_EQ(tree.Info(s).end, s + 2);
  EXPECT_EQ(tree.RawText(s + 1), script);
  EXPECT_NE(tree.Info(s + 1).flags & kSkipped, 0U);
  EXPECT_EQ(tree.FindFirst("b"), -1);
  EXPECT_EQ(VisibleText(tree), "after");
}

TEST(HtmlTreeTest, WhiteSpaceTextIsKeptInsideElementsOnly) {
  EXPECT_EQ(Shape("  \n<html>\n<head>\n<title> t </title>\n</head>\n<body>\n<p> a </p>\n</body>\n</html>\n"),
            "html('\n' head('\n' title(' t ') '\n') '\n' body('\n' p(' a ') '\n') '\n')");
  EXPECT_EQ(HtmlTree("   \n\t ").size(), 0U);
  EXPECT_EQ(HtmlTree("").size(), 0U);
}

TEST(HtmlTreeTest, NamespacePrefixesAreCutFromElementNamesOnly) {
  EXPECT_EQ(Shape("<DIV CLASS=X><My-Tag Foo=Bar>t</My-Tag><o:p>office</o:p><x:y a:b=c>z</x:y></DIV>"),
            "html(body(div[class=X](my-tag[foo=Bar]('t') p('office') y[a:b=c]('z'))))");
}

TEST(HtmlTreeTest, ControlBytesBecomeSpacesAndInvalidUtf8IsReplaced) {
  EXPECT_EQ(Shape(std::string("<p>a\0b\x01" "c</p>", 12)), "html(body(p('a b c')))");
  EXPECT_EQ(Shape("<p>\xff ok \xe4\xb8\xad</p>"), "html(body(p('\ufffd ok 中')))");
}

TEST(HtmlTreeTest, NestingDeeperThanTheLimitIsCut) {
  std::string html = "<body>";
  for (int i = 0; i < 5000; ++i) html += "<div>";
  html += "deep";
  const HtmlTree tree(html);
  int deepest = 0;
  for (std::size_t i = 0; i < tree.size(); ++i) deepest = std::max(deepest, tree.Info(i).depth);
  // html, then body and the divs up to 4,096 open elements; the text one level deeper.
  EXPECT_EQ(deepest, 4097);
  EXPECT_EQ(tree.RawText(tree.size() - 1), "deep");
}

TEST(HtmlTreeTest, ThreadsAndReusedParsersGiveTheSameTree) {
  // Each thread reuses its parser and replaces it every 500 pages.
  const std::string html = "<html><head><title>标题</title></head><body><div class=nav><a href=/a>首页</a></div>"
                           "<p style=\"display:none\">隐藏</p><p>正文 &amp; 内容</p></body></html>";
  const std::string expected = Shape(html);
  std::vector<std::string> seen(2);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < seen.size(); ++t) {
    threads.emplace_back([&, t] {
      for (int k = 0; k < 1200; ++k) {
        const std::string shape = Shape(html);
        if (shape != expected) {
          seen[t] = shape;
          return;
        }
      }
    });
  }
  for (auto& th : threads) th.join();
  EXPECT_EQ(seen[0], "");
  EXPECT_EQ(seen[1], "");
  const HtmlTree tree(html);
  EXPECT_EQ(VisibleText(tree), "标题 首页 正文 & 内容");
  EXPECT_NE(tree.Info(static_cast<std::size_t>(tree.FindFirst("div"))).flags & kBoilerplate, 0U);
}

}  // namespace
}  // namespace govwatch::extract::detail
