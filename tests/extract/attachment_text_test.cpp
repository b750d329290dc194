#include "extract/attachment_text.hpp"

#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "support/test_data.hpp"

namespace govwatch::extract {
namespace {

std::string Fixture(const std::string& name) { return testing::TestData("extract/attachments/" + name); }

TEST(AttachmentTextTest, ReadsDocxParagraphsAndTableCells) {
  const auto text = ExtractAttachmentText(Fixture("checklist.docx"), "P020220118564123456789.docx");

  ASSERT_TRUE(text) << text.error().message;
  EXPECT_EQ(*text,
            "春节期间安全生产检查表\n检查单位：州应急管理局\n联系人\n张三\t13800138000\n身份证号：530102199001011234\n");
}

TEST(AttachmentTextTest, ReadsXlsxSheetsInOrderWithSharedStrings) {
  const auto text = ExtractAttachmentText(Fixture("subsidy.xlsx"), "/uploadfile/补助名单.XLSX?v=2");

  ASSERT_TRUE(text) << text.error().message;
  EXPECT_EQ(*text, "姓名\t补助金额\n李四\t1200\n王五\t\t备注：已发放\n第二页\n");
}

TEST(AttachmentTextTest, RejectsOversizedPartNamingTheFile) {
  const auto text = ExtractAttachmentText(Fixture("bomb.docx"), "bomb.docx");

  ASSERT_FALSE(text);
  EXPECT_NE(text.error().message.find("bomb.docx"), std::string::npos);
  EXPECT_NE(text.error().message.find("too large"), std::string::npos);
}

TEST(AttachmentTextTest, RejectsGarbageAndUnknownKinds) {
  const auto garbage = ExtractAttachmentText("PK\x03\x04 not really a zip", "a.docx");
  const auto pdf = ExtractAttachmentText("%PDF-1.4\n1 0 obj <<", "a.pdf");
  const auto rar = ExtractAttachmentText("Rar!", "a.rar");

  ASSERT_FALSE(garbage);
  EXPECT_NE(garbage.error().message.find("a.docx"), std::string::npos);
  ASSERT_FALSE(pdf);
  EXPECT_NE(pdf.error().message.find("a.pdf"), std::string::npos);
  ASSERT_FALSE(rar);
  EXPECT_EQ(rar.error().code, ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace govwatch::extract
