#include "extract/page_signals.hpp"

#include <gtest/gtest.h>

namespace govwatch::extract::detail {
namespace {

using model::ColumnType;

TEST(PageSignalsTest, ColumnTypeFromNamePrefersTheSpecificWord) {
  EXPECT_EQ(ColumnTypeFromName("政策解读"), ColumnType::kInterpretation);
  EXPECT_EQ(ColumnTypeFromName("政策文件"), ColumnType::kPolicy);
  EXPECT_EQ(ColumnTypeFromName("通知公告"), ColumnType::kNotice);
  EXPECT_EQ(ColumnTypeFromName("人事任免"), ColumnType::kPersonnel);
  EXPECT_EQ(ColumnTypeFromName("工作动态"), ColumnType::kNews);
  EXPECT_EQ(ColumnTypeFromName("机构职能"), std::nullopt);
}

TEST(PageSignalsTest, ColumnTypeFromMetaThenUrlFolders) {
  const std::map<std::string, std::string> meta = {{"ColumnName", "政策解读"}};
  const std::map<std::string, std::string> none;

  EXPECT_EQ(GuessColumnType(meta, "http://x.gov.cn/tzgg/index.html", ""), ColumnType::kInterpretation);
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/xxgk/TZGG/202203/t20220301_1.html", ""), ColumnType::kNotice);
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/zcjd/zcwj/index.html", ""), ColumnType::kPolicy);
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/col/col123/index.html", "人事信息"), ColumnType::kPersonnel);
  EXPECT_EQ(GuessColumnType(none, "http://x.gov.cn/tzgg.html", ""), std::nullopt);
}

TEST(PageSignalsTest, ValidityMarkNeedsItsLabel) {
  EXPECT_EQ(ValidityMark("文号 剑政发〔2021〕45号 有效性：有效 "), "有效");
  EXPECT_EQ(ValidityMark("效力状态: 已废止"), "已废止");
  EXPECT_EQ(ValidityMark("时效性 部分失效"), "部分失效");
  EXPECT_EQ(ValidityMark("本办法有效期5年，失效后另行通知"), "");
}

}  // namespace
}  // namespace govwatch::extract::detail
