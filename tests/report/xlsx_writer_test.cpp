#include "report/xlsx_writer.hpp"

#include <gtest/gtest.h>

#include "common/strings.hpp"
#include "report/docx_zip.hpp"
#include "report/render.hpp"
#include "sample_result.hpp"

namespace govwatch::report {
namespace {

using testing::ProjectNoticeSettings;
using testing::SampleResult;

TEST(XlsxWriterTest, WorkbookHasTheFourSheetsWithTheAnnexRowsFiguresAndEvidence) {
  auto bytes = RenderXlsx(SampleResult(), ProjectNoticeSettings());
  ASSERT_TRUE(bytes) << bytes.error().message;
  auto parts = UnzipEntries(*bytes);
  ASSERT_TRUE(parts) << parts.error().message;
  const std::string& workbook = (*parts)["xl/workbook.xml"];
  std::size_t last = 0;
  for (const char* name : kXlsxSheetNames) {
    const std::size_t at = workbook.find(std::string("name=\"") + name + "\"");
    ASSERT_NE(at, std::string::npos) << name << "\n" << workbook;
    EXPECT_GE(at, last);  // in order
    last = at;
  }
  const std::string& strings = (*parts)["xl/sharedStrings.xml"];
  for (const char* s : {"耿马县人民政府门户网站", "临沧市生态环境局信息公开专栏", "严重表述错误、个人隐私泄露", "微信公众号",
                        "“抖”南美", "临沧工业园区  临沧高新区", "临沧广电&lt;R&amp;D&gt;", "序号", "县（区）",
                        "受理单位", "镇康县人民政府", "530902********1234", "PI-2", "证据摘录"}) {
    EXPECT_TRUE(Contains(strings, s)) << s;
  }
  // Rates are numbers with two decimals, not text.
  const std::string& figures = (*parts)["xl/worksheets/sheet3.xml"];
  EXPECT_TRUE(Contains(figures, "<v>88.89</v>")) << figures.substr(0, 2000);
  EXPECT_TRUE(Contains(figures, "<v>95.61</v>"));
  EXPECT_TRUE(Contains(figures, "<v>230</v>"));
  // Group rows (a platform) are merged across the table in 附件2.
  EXPECT_TRUE(Contains((*parts)["xl/worksheets/sheet2.xml"], "<mergeCell ref=\"A3:D3\"/>"));
}

TEST(RenderFormatTest, DispatchesEveryFormatAndRejectsOthers) {
  const auto result = SampleResult();
  const auto settings = ProjectNoticeSettings();
  auto docx = RenderFormat(result, settings, "docx");
  ASSERT_TRUE(docx);
  EXPECT_EQ(docx->substr(0, 2), "PK");
  auto xlsx = RenderFormat(result, settings, "xlsx");
  ASSERT_TRUE(xlsx);
  EXPECT_EQ(xlsx->substr(0, 2), "PK");
  auto json = RenderFormat(result, settings, "json");
  ASSERT_TRUE(json);
  EXPECT_TRUE(Contains(*json, "\"pass_rate\": \"88.89\""));
  auto md = RenderFormat(result, settings, "md");
  ASSERT_TRUE(md);
  EXPECT_TRUE(Contains(*md, "# 云岭市人民政府办公室关于"));
  auto html = RenderFormat(result, settings, "html");
  ASSERT_TRUE(html);
  EXPECT_TRUE(StartsWith(*html, "<!DOCTYPE html>"));
  auto pdf = RenderFormat(result, settings, "pdf");
  ASSERT_FALSE(pdf);
  EXPECT_EQ(pdf.error().code, ErrorCode::kInvalidArgument);
  EXPECT_TRUE(Contains(pdf.error().message, "'pdf'"));
}

}  // namespace
}  // namespace govwatch::report
