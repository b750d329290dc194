#include "extract/attachment_text.hpp"

#include <chrono>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "report/docx_zip.hpp"
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

// A DTD whose entities expand ten times per level: `&lol9;` is 10^9 copies of "lol", 3 GB.
std::string BillionLaughs(const std::string& root_open, const std::string& root_close) {
  std::string dtd = "<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">";
  for (int i = 1; i <= 9; ++i) {
    dtd += "<!ENTITY lol" + std::to_string(i) + " \"";
    for (int k = 0; k < 10; ++k) dtd += "&lol" + std::to_string(i - 1) + ";";
    dtd += "\">";
  }
  return "<?xml version=\"1.0\"?>\n<!-- 公示 -->\n" + dtd + "]>" + root_open + "&lol9;政务公开" + root_close;
}

std::string Zip(const std::vector<report::ZipEntry>& entries) {
  auto bytes = report::ZipEntries(entries);
  EXPECT_TRUE(bytes) << bytes.error().message;
  return bytes ? *bytes : std::string();
}

// A workbook of one sheet whose cells (given as the sheetData's XML) may use `shared`.
std::string Workbook(const std::string& shared, const std::string& sheet_data) {
  const std::string ns = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
  return Zip({{"xl/sharedStrings.xml", shared},
              {"xl/worksheets/sheet1.xml", "<worksheet " + ns + "><sheetData>" + sheet_data + "</sheetData></worksheet>"}});
}

std::string Utf16Le(const std::string& ascii) {
  std::string out = "\xFF\xFE";
  for (char c : ascii) {
    out.push_back(c);
    out.push_back('\0');
  }
  return out;
}

TEST(AttachmentTextTest, EntityExpansionInDocxOrXlsxIsRefusedNamingThePart) {
  const std::string w = "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>";
  const std::string w_end = "</w:t></w:r></w:p></w:body></w:document>";
  const std::string docx = Zip({{"word/document.xml", BillionLaughs(w, w_end)}});
  const std::string xlsx = Workbook(BillionLaughs("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>",
                                                  "</t></si></sst>"),
                                    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
  // The same in UTF-16, which a look at the bytes of the prolog does not see.
  std::string laughs = BillionLaughs(w, "</w:t></w:r></w:p></w:body></w:document>");
  laughs.replace(laughs.find("政务公开"), std::string("政务公开").size(), "");
  const std::string utf16 = Zip({{"word/document.xml", Utf16Le(laughs)}});
  const auto started = std::chrono::steady_clock::now();

  const auto a = ExtractAttachmentText(docx, "laughs.docx");
  const auto b = ExtractAttachmentText(xlsx, "/upload/laughs.xlsx");
  const auto c = ExtractAttachmentText(utf16, "utf16.docx");

  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(2));
  ASSERT_FALSE(a) << a->size();
  EXPECT_EQ(a.error().message, "laughs.docx: word/document.xml declares a DTD");
  ASSERT_FALSE(b) << b->size();
  EXPECT_EQ(b.error().message, "/upload/laughs.xlsx: xl/sharedStrings.xml declares a DTD");
  ASSERT_FALSE(c) << c->size();
  EXPECT_NE(c.error().message.find("utf16.docx"), std::string::npos);
}

TEST(AttachmentTextTest, WorkbookAskingForMoreCellsThanItsBudgetIsRefused) {
  // A 1 MB shared string used by 100 cells would be 100 MB of text, and a cell in column XFD
  // asks for 16,384 cells in its row: both past the 64 MB an attachment may hold.
  const std::string big = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>" +
                          std::string(1 << 20, 'x') + "</t></si></sst>";
  std::string cells;
  for (int i = 1; i <= 100; ++i) cells += "<c r=\"A" + std::to_string(i) + "\" t=\"s\"><v>0</v></c>";
  const std::string shared = Workbook(big, "<row r=\"1\">" + cells + "</row>");
  std::string wide_rows;
  for (int i = 1; i <= 200; ++i) {
    wide_rows += "<row r=\"" + std::to_string(i) + "\"><c r=\"XFD" + std::to_string(i) + "\" t=\"inlineStr\"><is><t>名单</t></is></c></row>";
  }
  const std::string wide = Workbook("<sst/>", wide_rows);
  const std::string fine = Workbook("<sst/>", "<row r=\"1\"><c r=\"C1\" t=\"inlineStr\"><is><t>名单</t></is></c></row>");

  const auto a = ExtractAttachmentText(shared, "shared.xlsx");
  const auto b = ExtractAttachmentText(wide, "wide.xlsx");
  const auto c = ExtractAttachmentText(fine, "fine.xlsx");

  ASSERT_FALSE(a) << a->size();
  EXPECT_EQ(a.error().message, "shared.xlsx: Sheet1: the workbook holds more than 67108864 bytes of cells");
  ASSERT_FALSE(b) << b->size();
  EXPECT_EQ(b.error().message, "wide.xlsx: Sheet1: the workbook holds more than 67108864 bytes of cells");
  ASSERT_TRUE(c) << c.error().message;
  EXPECT_EQ(*c, "\t\t名单\n");
}

}  // namespace
}  // namespace govwatch::extract
