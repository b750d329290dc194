// The one XLSX reader behind the registry import and the attachment text: a workbook written by
// libxlsxwriter (as Excel and WPS would: workbook part, shared strings, styles) with a 公示 list,
// a date column, a gap row and a second sheet.
#include "common/xlsx_reader.hpp"

#include <xlsxwriter.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/test_data.hpp"

namespace govwatch {
namespace {

std::string WriteWorkbook() {
  const auto path = std::filesystem::temp_directory_path() / ("govwatch-xlsx-" + std::to_string(::getpid()) + ".xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* list = workbook_add_worksheet(wb, "公示名单");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "yyyy\"年\"m\"月\"d\"日\"");
  const char* headers[] = {"姓名", "身份证号", "补助金额", "发放日期"};
  for (lxw_col_t c = 0; c < 4; ++c) worksheet_write_string(list, 0, c, headers[c], nullptr);
  worksheet_write_string(list, 1, 0, "李四", nullptr);
  worksheet_write_string(list, 1, 1, "530102199001011234", nullptr);
  worksheet_write_number(list, 1, 2, 1200, nullptr);
  lxw_datetime paid = {2022, 3, 1, 0, 0, 0};
  worksheet_write_datetime(list, 1, 3, &paid, date);
  // Row 3 left empty; row 4 has only its last cell.
  worksheet_write_string(list, 3, 3, "待发放", nullptr);
  lxw_worksheet* notes = workbook_add_worksheet(wb, "说明");
  worksheet_write_string(notes, 0, 0, "第二页", nullptr);
  workbook_close(wb);
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  std::filesystem::remove(path);
  return s.str();
}

TEST(XlsxReaderTest, ReadsSheetsInWorkbookOrderWithDatesNumbersAndRowNumbers) {
  auto book = ReadXlsx(WriteWorkbook(), "公示.xlsx");
  ASSERT_TRUE(book) << book.error().message;
  ASSERT_EQ(book->size(), 2u);
  const XlsxSheet& list = (*book)[0];
  EXPECT_EQ(list.name, "公示名单");
  ASSERT_EQ(list.rows.size(), 3u);
  EXPECT_EQ(list.rows[1].cells, (std::vector<std::string>{"李四", "530102199001011234", "1200", "2022-03-01"}));
  EXPECT_EQ(list.rows[2].line, 4);
  EXPECT_EQ(list.rows[2].cells, (std::vector<std::string>{"", "", "", "待发放"}));
  EXPECT_EQ((*book)[1].name, "说明");
  EXPECT_EQ((*book)[1].rows[0].cells.at(0), "第二页");
}

TEST(XlsxReaderTest, WithoutWorkbookPartTakesWorksheetsByNumber) {
  auto book = ReadXlsx(testing::TestData("extract/attachments/subsidy.xlsx"), "subsidy.xlsx");
  ASSERT_TRUE(book) << book.error().message;
  ASSERT_EQ(book->size(), 2u);
  EXPECT_EQ((*book)[0].rows.at(0).cells.at(0), "姓名");
  EXPECT_EQ((*book)[1].rows.at(0).cells.at(0), "第二页");
}

TEST(XlsxReaderTest, NotAZipOrNoWorksheetNamesTheFile) {
  auto garbage = ReadXlsx("PK\x03\x04 broken", "名单.xlsx");
  ASSERT_FALSE(garbage);
  EXPECT_NE(garbage.error().message.find("名单.xlsx"), std::string::npos);
}

}  // namespace
}  // namespace govwatch
