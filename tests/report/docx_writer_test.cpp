#include "report/docx_writer.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <regex>

#include "common/strings.hpp"
#include "report/docx_zip.hpp"
#include "sample_result.hpp"

namespace govwatch::report {
namespace {

using testing::ProjectNoticeSettings;
using testing::SampleResult;

std::map<std::string, std::string> Unzip(const std::string& bytes) {
  auto entries = UnzipEntries(bytes);
  EXPECT_TRUE(entries) << (entries ? "" : entries.error().message);
  return entries ? *entries : std::map<std::string, std::string>{};
}

// The visible text of a WordprocessingML part: the contents of its <w:t> elements, unescaped.
std::string VisibleText(const std::string& xml) {
  std::string out;
  static const std::regex kText(R"(<w:t(?: [^>]*)?>([^<]*)</w:t>)");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), kText); it != std::sregex_iterator(); ++it) {
    out += (*it)[1].str();
  }
  out = ReplaceAll(out, "&lt;", "<");
  out = ReplaceAll(out, "&gt;", ">");
  out = ReplaceAll(out, "&quot;", "\"");
  out = ReplaceAll(out, "&apos;", "'");
  return ReplaceAll(out, "&amp;", "&");
}

class DocxWriterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto bytes = RenderDocx(SampleResult(), ProjectNoticeSettings());
    ASSERT_TRUE(bytes) << bytes.error().message;
    bytes_ = *bytes;
    // Set GOVWATCH_KEEP_DOCX=path to look at the rendering (libreoffice --headless --convert-to pdf).
    if (const char* keep = std::getenv("GOVWATCH_KEEP_DOCX")) std::ofstream(keep, std::ios::binary) << bytes_;
    parts_ = Unzip(bytes_);
    document_ = parts_["word/document.xml"];
  }
  std::string bytes_;
  std::map<std::string, std::string> parts_;
  std::string document_;
};

TEST_F(DocxWriterTest, PackageHasEveryPartWordNeeds) {
  for (const char* part : {"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml",
                           "word/settings.xml", "word/fontTable.xml", "word/footer1.xml", "word/footer2.xml",
                           "word/_rels/document.xml.rels", "docProps/core.xml", "docProps/app.xml"}) {
    EXPECT_EQ(parts_.count(part), 1u) << part;
  }
  // Every part the relationships point at exists and has a content type.
  const std::string& rels = parts_["word/_rels/document.xml.rels"];
  static const std::regex kTarget(R"rx(Target="([^"]+)")rx");
  int targets = 0;
  for (auto it = std::sregex_iterator(rels.begin(), rels.end(), kTarget); it != std::sregex_iterator(); ++it) {
    const std::string path = "word/" + (*it)[1].str();
    EXPECT_EQ(parts_.count(path), 1u) << path;
    EXPECT_TRUE(Contains(parts_["[Content_Types].xml"], "/" + path)) << path;
    ++targets;
  }
  EXPECT_EQ(targets, 5);
}

TEST_F(DocxWriterTest, PageIsA4WithGbMarginsAndA22By28Grid) {
  EXPECT_TRUE(Contains(document_, R"(<w:pgSz w:w="11906" w:h="16838"/>)"));
  // 37 mm, 26 mm, 35 mm, 28 mm in twips.
  EXPECT_TRUE(Contains(document_, R"(w:top="2098" w:right="1474" w:bottom="1984" w:left="1587")")) << document_;
  // 28.95 pt per line: 22 lines in 225 mm; 28 characters of 16 pt in 156 mm.
  EXPECT_TRUE(Contains(document_, R"(<w:docGrid w:type="linesAndChars" w:linePitch="579" w:charSpace="-842"/>)"));
  EXPECT_TRUE(Contains(parts_["word/styles.xml"], R"(w:line="579" w:lineRule="exact")"));
  EXPECT_TRUE(Contains(parts_["word/styles.xml"], R"(w:eastAsia="仿宋_GB2312")"));
  EXPECT_TRUE(Contains(parts_["word/styles.xml"], R"(<w:sz w:val="32"/>)"));
}

TEST_F(DocxWriterTest, DocumentSaysTheTitleTheFiguresAndTheAnnexRows) {
  const std::string text = VisibleText(document_);
  EXPECT_TRUE(Contains(text, "云岭市人民政府办公室关于2022年一季度")) << text;
  EXPECT_TRUE(Contains(text, "全市政府网站和政府系统政务新媒体"));
  EXPECT_TRUE(Contains(text, "合格率88.89%"));
  EXPECT_TRUE(Contains(text, "合格率68.42%"));
  EXPECT_TRUE(Contains(text, "合格率：98.70%"));
  EXPECT_TRUE(Contains(text, "办结率为95.61%"));
  EXPECT_TRUE(Contains(text, "耿马县人民政府门户网站"));
  EXPECT_TRUE(Contains(text, "临沧市生态环境局信息公开专栏"));
  EXPECT_TRUE(Contains(text, "严重表述错误、个人隐私泄露"));
  EXPECT_TRUE(Contains(text, "临沧工业园区  临沧高新区"));  // spaces preserved
  EXPECT_TRUE(Contains(text, "临沧广电<R&D>"));
  EXPECT_TRUE(Contains(text, "“抖”南美"));
  EXPECT_TRUE(Contains(text, "抄送："));
  EXPECT_TRUE(Contains(text, "印发"));
  // Raw markup never leaks: the ampersand and brackets are escaped in the XML.
  EXPECT_FALSE(Contains(document_, "<R&D>"));
  EXPECT_TRUE(Contains(document_, "临沧广电&lt;R&amp;D&gt;"));
}

TEST_F(DocxWriterTest, RedHeaderAndSeparatorAboveTheTitle) {
  const std::size_t header = document_.find("云岭市人民政府办公室</w:t>");
  const std::size_t red_rule = document_.find(R"(<w:bottom w:val="single" w:sz="8" w:space="11" w:color="FF0000"/>)");
  const std::size_t number = document_.find("云政办字〔2022〕号");
  const std::size_t title = document_.find("云岭市人民政府办公室关于");
  ASSERT_NE(header, std::string::npos);
  ASSERT_NE(red_rule, std::string::npos);
  ASSERT_NE(number, std::string::npos);
  ASSERT_NE(title, std::string::npos);
  EXPECT_LT(header, red_rule);
  EXPECT_LT(red_rule, number);  // the rule belongs to the 发文字号 paragraph
  EXPECT_LT(number, title);
  // The header run is red 方正小标宋简体.
  const std::string before_header = document_.substr(0, header);
  const std::size_t run = before_header.rfind("<w:r>");
  const std::string header_run = document_.substr(run, header - run);
  EXPECT_TRUE(Contains(header_run, R"(w:eastAsia="方正小标宋简体")")) << header_run;
  EXPECT_TRUE(Contains(header_run, R"(<w:color w:val="FF0000"/>)"));
}

TEST_F(DocxWriterTest, AnnexesStartOnANewPageWithHeiTiHeadersAndSpanningGroupRows) {
  const std::size_t annex1 = document_.find(">附件1</w:t>");
  ASSERT_NE(annex1, std::string::npos);
  const std::string before = document_.substr(0, annex1);
  EXPECT_GT(before.rfind("<w:pageBreakBefore/>"), before.rfind("<w:p>"));
  // 附件2 groups accounts by platform in a row spanning the four columns.
  EXPECT_TRUE(Contains(document_, R"(<w:gridSpan w:val="4"/>)"));
  const std::size_t wechat = document_.find(">微信公众号</w:t>");
  ASSERT_NE(wechat, std::string::npos);
  EXPECT_LT(document_.rfind("<w:gridSpan w:val=\"4\"/>", wechat), wechat);
  // Header cells in 黑体, repeated on every page.
  const std::size_t header_cell = document_.find(">序号</w:t>");
  ASSERT_NE(header_cell, std::string::npos);
  const std::string cell_run = document_.substr(document_.rfind("<w:r>", header_cell), 200);
  EXPECT_TRUE(Contains(cell_run, R"(w:eastAsia="黑体")"));
  EXPECT_TRUE(Contains(document_, "<w:tblHeader/>"));
}

TEST_F(DocxWriterTest, FootersNumberPagesWithDashesOddRightEvenLeft) {
  const std::string& odd = parts_["word/footer1.xml"];
  const std::string& even = parts_["word/footer2.xml"];
  EXPECT_TRUE(Contains(odd, " PAGE "));
  EXPECT_TRUE(Contains(odd, "— "));
  EXPECT_TRUE(Contains(odd, R"(<w:jc w:val="right"/>)"));
  EXPECT_TRUE(Contains(even, R"(<w:jc w:val="left"/>)"));
  EXPECT_TRUE(Contains(parts_["word/settings.xml"], "<w:evenAndOddHeaders/>"));
}

TEST_F(DocxWriterTest, SameInputGivesTheSameBytes) {
  auto again = RenderDocx(SampleResult(), ProjectNoticeSettings());
  ASSERT_TRUE(again);
  EXPECT_EQ(*again, bytes_);
  EXPECT_TRUE(Contains(parts_["docProps/core.xml"], "2022-04-11T00:00:00Z"));
}

TEST(DocxDocumentTest, BrokenTextNeverBreaksTheXml) {
  NoticeDocument doc;
  doc.title = "标题";
  Block b;
  b.kind = BlockKind::kParagraph;
  b.text = std::string("（一）坏字节\xff\xfe与控制符\x01\x1b之后。<script>&amp;");
  doc.blocks.push_back(b);
  auto bytes = RenderDocxDocument(doc, DocxOptions{});
  ASSERT_TRUE(bytes);
  auto parts = UnzipEntries(*bytes);
  ASSERT_TRUE(parts);
  const std::string& xml = (*parts)["word/document.xml"];
  EXPECT_TRUE(IsValidUtf8(xml));
  EXPECT_FALSE(Contains(xml, "\x01"));
  EXPECT_FALSE(Contains(xml, "\x1b"));
  EXPECT_TRUE(Contains(xml, "&lt;script&gt;&amp;amp;"));
  // The leading level-2 heading is set in 楷体, the rest of the paragraph in 仿宋.
  const std::size_t heading = xml.find("（一）坏字节");
  ASSERT_NE(heading, std::string::npos);
  EXPECT_TRUE(Contains(xml.substr(xml.rfind("<w:r>", heading), heading - xml.rfind("<w:r>", heading)), "楷体_GB2312"));
}

TEST(DocxZipTest, RoundTripsEntriesAndRejectsGarbage) {
  auto zip = ZipEntries({{"a.xml", "<a/>"}, {"dir/b.txt", std::string(100000, 'x')}});
  ASSERT_TRUE(zip);
  EXPECT_LT(zip->size(), 5000u);  // deflated
  auto back = UnzipEntries(*zip);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->at("a.xml"), "<a/>");
  EXPECT_EQ(back->at("dir/b.txt").size(), 100000u);
  EXPECT_FALSE(UnzipEntries("PK\x03\x04 not really a zip"));
  EXPECT_FALSE(UnzipEntries(zip->substr(0, zip->size() / 2)));
}

TEST(DocxLayoutTest, TitleBreaksLikeTheSeedNotice) {
  const auto lines = BreakTitle("临沧市人民政府办公室关于2022年一季度全市政府网站和政府系统政务新媒体检查情况的通报", 19);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0], "临沧市人民政府办公室关于2022年一季度");
  EXPECT_EQ(lines[1], "全市政府网站和政府系统政务新媒体");
  EXPECT_EQ(lines[2], "检查情况的通报");
  // A title without break words is cut at the width, and nothing is lost.
  const auto hard = BreakTitle("一二三四五六七八九十一二三四五六七八九十一二三", 19);
  ASSERT_EQ(hard.size(), 2u);
  EXPECT_EQ(hard[1], "十一二三");
  // An annex title breaks after the period rather than inside 新媒体.
  const auto annex = BreakTitle("2022年一季度全市抽查不合格政府系统政务新媒体名单", 19);
  ASSERT_EQ(annex.size(), 2u);
  EXPECT_EQ(annex[0], "2022年一季度");
  EXPECT_DOUBLE_EQ(TextWidthInChars("2022年4月11日"), 6.5);
}

}  // namespace
}  // namespace govwatch::report
