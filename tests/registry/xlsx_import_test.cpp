// XLSX registry exports: a workbook written with libxlsxwriter (Chinese headers, shared strings,
// a date-formatted cell, two sheets) imports like the CSV.
#include <xlsxwriter.h>

#include <gtest/gtest.h>

#include <filesystem>

#include "common/time.hpp"
#include "registry/importer.hpp"
#include "registry/xlsx_reader.hpp"

namespace govwatch::registry {
namespace {

std::filesystem::path WriteWorkbook(const std::filesystem::path& path) {
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* units = workbook_add_worksheet(wb, "单位");
  worksheet_write_string(units, 0, 0, "单位名称", nullptr);
  worksheet_write_string(units, 0, 1, "单位类型", nullptr);
  worksheet_write_string(units, 1, 0, "云岭市人民政府", nullptr);
  worksheet_write_string(units, 1, 1, "其他", nullptr);
  worksheet_write_string(units, 2, 0, "云岭市财政局", nullptr);
  worksheet_write_string(units, 2, 1, "市直部门", nullptr);
  lxw_worksheet* accounts = workbook_add_worksheet(wb, "政务新媒体");
  lxw_format* date = workbook_add_format(wb);
  format_set_num_format(date, "yyyy-mm-dd");
  const char* headers[] = {"账号名称", "平台", "主办单位", "账号ID", "开通日期"};
  for (lxw_col_t c = 0; c < 5; ++c) worksheet_write_string(accounts, 0, c, headers[c], nullptr);
  worksheet_write_string(accounts, 1, 0, "云岭财政", nullptr);
  worksheet_write_string(accounts, 1, 1, "微信公众号", nullptr);
  worksheet_write_string(accounts, 1, 2, "云岭市财政局", nullptr);
  worksheet_write_number(accounts, 1, 3, 12345, nullptr);  // an ID typed as a number
  lxw_datetime opened = {2022, 2, 20, 0, 0, 0};
  worksheet_write_datetime(accounts, 1, 4, &opened, date);
  workbook_close(wb);
  return path;
}

TEST(XlsxImportTest, SheetsImportInDependencyOrderWithDatesAndNumbers) {
  const auto path = std::filesystem::temp_directory_path() / ("govwatch-registry-" + std::to_string(::getpid()) + ".xlsx");
  WriteWorkbook(path);
  auto repo = store::OpenSqlite(":memory:");
  ASSERT_TRUE(repo);
  ManualClock clock(0);

  const ImportOutcome out = ImportFiles(**repo, {path}, clock);
  std::filesystem::remove(path);

  ASSERT_TRUE(out.failed_file.empty()) << (out.problems.empty() ? "" : out.problems[0]);
  ASSERT_EQ(out.imported.size(), 2u);
  EXPECT_EQ(out.imported[0].kind, TableKind::kUnits);
  EXPECT_NE(out.imported[0].file.find("[单位]"), std::string::npos);
  auto accounts = (*repo)->ListAccounts();
  ASSERT_TRUE(accounts);
  ASSERT_EQ(accounts->size(), 1u);
  EXPECT_EQ(accounts->at(0).account_id, "12345");
  ASSERT_TRUE(accounts->at(0).opened_at);
  EXPECT_EQ(FormatDate(DateOf(*accounts->at(0).opened_at)), "2022-02-20");
}

TEST(XlsxImportTest, NotAWorkbookIsAClearError) {
  auto r = ParseXlsx("PK\x03\x04 broken", "registry.xlsx");

  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("registry.xlsx"), std::string::npos);
}

}  // namespace
}  // namespace govwatch::registry
