// PDF (poppler), legacy .doc/.xls (catdoc/xls2csv subprocesses) and OCR (Tesseract chi_sim) on
// small fixtures made with LibreOffice and Tesseract's text2image.
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "common/subprocess.hpp"
#include "extract/attachment_text.hpp"
#include "extract/ocr.hpp"
#include "support/test_data.hpp"

namespace govwatch::extract {
namespace {

std::string Fixture(const std::string& name) { return testing::TestData("extract/attachments/" + name); }

std::string Squeeze(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

TEST(AttachmentFormatsTest, KindsByExtension) {
  EXPECT_EQ(AttachmentKindOf("/upload/P0202203.PDF?x=1"), AttachmentKind::kPdf);
  EXPECT_EQ(AttachmentKindOf("a.doc"), AttachmentKind::kDoc);
  EXPECT_EQ(AttachmentKindOf("a.wps"), AttachmentKind::kDoc);
  EXPECT_EQ(AttachmentKindOf("a.xls#s"), AttachmentKind::kXls);
  EXPECT_EQ(AttachmentKindOf("扫描件.JPG"), AttachmentKind::kImage);
  EXPECT_EQ(AttachmentKindOf("a.docx"), AttachmentKind::kDocx);
  EXPECT_EQ(AttachmentKindOf("a.zip"), AttachmentKind::kUnknown);
}

TEST(AttachmentFormatsTest, PdfTableRowsStayUnderTheirHeader) {
  const auto pdf = ReadPdfText(Fixture("gongshi.pdf"), "gongshi.pdf");
  ASSERT_TRUE(pdf) << pdf.error().message;
  // The fixture's first page holds only the heading, in a font without a text mapping: that
  // page has no usable text layer and is listed for OCR.
  EXPECT_EQ(pdf->pages, 2);
  EXPECT_EQ(pdf->pages_without_text, std::vector<int>{0});
  const std::string text = Squeeze(pdf->text);
  const auto header = text.find("序号姓名村组救助金额\n");
  const auto row = text.find("1张秀兰岚山镇岚山村1200\n");
  ASSERT_NE(header, std::string::npos) << pdf->text;
  ASSERT_NE(row, std::string::npos) << pdf->text;
  EXPECT_LT(header, row);
  EXPECT_NE(text.find("2王德明松林乡松林村800"), std::string::npos);
}

TEST(AttachmentFormatsTest, ScannedPdfHasNoTextLayerAndIsListedForOcr) {
  const auto pdf = ReadPdfText(Fixture("scanned.pdf"), "scanned.pdf");
  ASSERT_TRUE(pdf) << pdf.error().message;
  EXPECT_EQ(pdf->text, "");
  EXPECT_EQ(pdf->pages_without_text, std::vector<int>{0});
  const auto broken = ReadPdfText(Fixture("scanned.pdf").substr(0, 300), "broken.pdf");
  if (!broken) {
    EXPECT_NE(broken.error().message.find("broken.pdf"), std::string::npos);
  }
}

TEST(AttachmentFormatsTest, LegacyWordAndExcelThroughTheConverters) {
  const auto doc = ExtractAttachmentText(Fixture("gongshi.doc"), "/uploadfile/公示.doc");
  ASSERT_TRUE(doc) << doc.error().message;
  EXPECT_NE(doc->find("关于2022年第一批临时救助对象的公示"), std::string::npos) << *doc;
  EXPECT_NE(doc->find("序号\t姓名\t村组\t救助金额\n1\t张秀兰\t岚山镇岚山村\t1200\n"), std::string::npos) << *doc;

  const auto xls = ExtractAttachmentText(Fixture("subsidy.xls"), "补助.xls");
  ASSERT_TRUE(xls) << xls.error().message;
  EXPECT_EQ(*xls, "序号\t姓名\t补助金额\n1\t李四\t1200\n2\t王五\t800\n");

  const auto garbage = ExtractAttachmentText(std::string(4096, '\x7f'), "bad.xls");
  if (!garbage) {
    EXPECT_NE(garbage.error().message.find("bad.xls"), std::string::npos);
  }
  const auto huge = LegacyOfficeText(std::string(kMaxLegacyInputBytes + 1, 'x'), "huge.doc");
  ASSERT_FALSE(huge);
  EXPECT_NE(huge.error().message.find("huge.doc"), std::string::npos);
}

TEST(AttachmentFormatsTest, SubprocessLimitsKillRunawayConverters) {
  SubprocessLimits quick;
  quick.timeout_ms = 200;
  auto slow = RunSubprocess({"sleep", "5"}, quick);
  ASSERT_TRUE(slow);
  EXPECT_TRUE(slow->timed_out);
  SubprocessLimits small;
  small.max_output_bytes = 1000;
  auto chatty = RunSubprocess({"yes"}, small);
  ASSERT_TRUE(chatty);
  EXPECT_TRUE(chatty->truncated);
  EXPECT_EQ(chatty->out.size(), 1000u);
  auto fine = RunSubprocess({"printf", "a\\tb"}, {});
  ASSERT_TRUE(fine);
  EXPECT_EQ(fine->exit_code, 0);
  EXPECT_EQ(fine->out, "a\tb");
  EXPECT_FALSE(RunSubprocess({"govwatch-no-such-converter"}, {}));
}

TEST(OcrQueueTest, ReadsImagesAndScannedPdfsWithinTheBudget) {
  OcrBudget budget;
  budget.max_jobs = 2;
  OcrQueue queue(budget);
  queue.Push({"img", "公示.tif", Fixture("ocr.tif")});
  queue.Push({"pdf", "scanned.pdf", Fixture("scanned.pdf")});
  queue.Push({"bad", "x.png", "not an image"});
  auto first = queue.Run();
  ASSERT_EQ(first.size(), 2u);  // the budget allows two jobs per run
  EXPECT_EQ(queue.Pending(), 1u);
  ASSERT_TRUE(first[0].text) << first[0].text.error().message;
  EXPECT_NE(Squeeze(*first[0].text).find("临时救助对象公示"), std::string::npos) << *first[0].text;
  EXPECT_NE(Squeeze(*first[0].text).find("张秀兰"), std::string::npos) << *first[0].text;
  ASSERT_TRUE(first[1].text) << first[1].text.error().message;
  EXPECT_NE(Squeeze(*first[1].text).find("姓名张秀兰金额1200"), std::string::npos) << *first[1].text;
  auto second = queue.Run();
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].key, "bad");
  ASSERT_FALSE(second[0].text);
  EXPECT_NE(second[0].text.error().message.find("x.png"), std::string::npos);
  EXPECT_EQ(queue.Pending(), 0u);
}

}  // namespace
}  // namespace govwatch::extract
