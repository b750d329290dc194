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

// Imports the workbook at `path` into `repo` (opened here, in memory) and deletes the file.
ImportOutcome ImportWorkbook(const std::filesystem::path& path, std::unique_ptr<store::Repository>& repo) {
  auto opened = store::OpenSqlite(":memory:");
  EXPECT_TRUE(opened);
  repo = std::move(*opened);
  ManualClock clock(0);
  ImportOutcome out = ImportFiles(*repo, {path}, clock);
  std::filesystem::remove(path);
  return out;
}

TEST(XlsxImportTest, SheetsImportInDependencyOrderWithDatesAndNumbers) {
  const auto path = std::filesystem::temp_directory_path() / ("govwatch-registry-" + std::to_string(::getpid()) + ".xlsx");
  WriteWorkbook(path);
  std::unique_ptr<store::Repository> repo;

  const ImportOutcome out = ImportWorkbook(path, repo);

  ASSERT_TRUE(out.failed_file.empty()) << (out.problems.empty() ? "" : out.problems[0]);
  ASSERT_EQ(out.imported.size(), 2u);
  EXPECT_EQ(out.imported[0].kind, TableKind::kUnits);
  EXPECT_NE(out.imported[0].file.find("[单位]"), std::string::npos);
  auto accounts = repo->ListAccounts();
  ASSERT_TRUE(accounts);
  ASSERT_EQ(accounts->size(), 1u);
  EXPECT_EQ(accounts->at(0).account_id, "12345");
  ASSERT_TRUE(accounts->at(0).opened_at);
  EXPECT_EQ(FormatDate(DateOf(*accounts->at(0).opened_at)), "2022-02-20");
}

TEST(XlsxImportTest, TitleRowsAndAnInstructionsSheetOfARealExportAreSkipped) {
  // A message-board system's export: a 填表说明 sheet first, then the records under two title rows,
  // with a merged-looking title and the export time above the header, and date-formatted cells.
  const auto path = std::filesystem::temp_directory_path() / ("govwatch-board-" + std::to_string(::getpid()) + ".xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  lxw_worksheet* notes = workbook_add_worksheet(wb, "填表说明");
  worksheet_write_string(notes, 0, 0, "1. 留言时间按“年-月-日 时:分”填写。", nullptr);
  worksheet_write_string(notes, 1, 0, "2. 未答复的留言答复时间留空。", nullptr);
  lxw_worksheet* units = workbook_add_worksheet(wb, "单位");
  worksheet_write_string(units, 0, 0, "单位名称", nullptr);
  worksheet_write_string(units, 1, 0, "云岭市人民政府", nullptr);
  lxw_worksheet* sites = workbook_add_worksheet(wb, "网站");
  const char* site_headers[] = {"网站名称", "网站标识码", "首页网址", "主办单位"};
  const char* site_row[] = {"云岭市人民政府门户网站", "5399000001", "http://127.0.0.1:1/", "云岭市人民政府"};
  for (lxw_col_t c = 0; c < 4; ++c) {
    worksheet_write_string(sites, 0, c, site_headers[c], nullptr);
    worksheet_write_string(sites, 1, c, site_row[c], nullptr);
  }
  lxw_worksheet* board = workbook_add_worksheet(wb, "留言");
  worksheet_write_string(board, 0, 0, "2022年第一季度网民留言办理情况", nullptr);
  worksheet_write_string(board, 1, 0, "导出时间：2022-04-01", nullptr);
  const char* headers[] = {"序号", "信件编号", "网站名称", "来信时间", "回复时间", "信件标题"};
  for (lxw_col_t c = 0; c < 6; ++c) worksheet_write_string(board, 2, c, headers[c], nullptr);
  lxw_format* when = workbook_add_format(wb);
  format_set_num_format(when, "yyyy/m/d h:mm");
  worksheet_write_number(board, 3, 0, 1, nullptr);
  worksheet_write_string(board, 3, 1, "XJ-0001", nullptr);
  worksheet_write_string(board, 3, 2, "云岭市人民政府门户网站", nullptr);
  lxw_datetime received = {2022, 3, 1, 10, 20, 0};
  lxw_datetime replied = {2022, 3, 2, 9, 5, 0};
  worksheet_write_datetime(board, 3, 3, &received, when);
  worksheet_write_datetime(board, 3, 4, &replied, when);
  worksheet_write_string(board, 3, 5, "问社保", nullptr);
  workbook_close(wb);
  std::unique_ptr<store::Repository> repo;

  const ImportOutcome out = ImportWorkbook(path, repo);

  ASSERT_TRUE(out.failed_file.empty()) << (out.problems.empty() ? "" : out.problems[0]);
  ASSERT_EQ(out.imported.size(), 3u);
  ASSERT_EQ(out.warnings.size(), 1u);
  EXPECT_NE(out.warnings[0].find("[填表说明]"), std::string::npos) << out.warnings[0];
  auto messages = repo->ListMessages();
  ASSERT_TRUE(messages);
  ASSERT_EQ(messages->size(), 1u);
  EXPECT_EQ(messages->at(0).message_id, "XJ-0001");
  EXPECT_EQ(FormatTime(messages->at(0).received_at), "2022-03-01 10:20:00");
  ASSERT_TRUE(messages->at(0).replied_at);
  EXPECT_EQ(FormatTime(*messages->at(0).replied_at), "2022-03-02 09:05:00");
}

TEST(XlsxImportTest, WorkbookWithNoTableOfOursNamesTheFile) {
  const auto path = std::filesystem::temp_directory_path() / ("govwatch-notes-" + std::to_string(::getpid()) + ".xlsx");
  lxw_workbook* wb = workbook_new(path.c_str());
  worksheet_write_string(workbook_add_worksheet(wb, "说明"), 0, 0, "说明", nullptr);
  worksheet_write_string(workbook_add_worksheet(wb, "统计"), 0, 0, "合计", nullptr);
  workbook_close(wb);
  std::unique_ptr<store::Repository> repo;

  const ImportOutcome out = ImportWorkbook(path, repo);

  EXPECT_EQ(out.failed_file, path.string());
  ASSERT_FALSE(out.problems.empty());
  EXPECT_NE(out.problems[0].find("no sheet of the workbook"), std::string::npos) << out.problems[0];
}

TEST(XlsxImportTest, NotAWorkbookIsAClearError) {
  auto r = ParseXlsx("PK\x03\x04 broken", "registry.xlsx");

  ASSERT_FALSE(r);
  EXPECT_NE(r.error().message.find("registry.xlsx"), std::string::npos);
}

}  // namespace
}  // namespace govwatch::registry
