#include "registry/csv_reader.hpp"

#include <gtest/gtest.h>

namespace govwatch::registry {
namespace {

TEST(CsvReaderTest, ReadsQuotedFieldsWithCommasQuotesAndNewlines) {
  auto t = ParseCsv("\xEF\xBB\xBF单位名称,备注\r\n\"云岭市\"\"财政\"\"局\",\"a,b\nc\"\r\n\r\n青川县人民政府,\n", "u.csv");

  ASSERT_TRUE(t) << t.error().message;
  EXPECT_EQ(t->header, (std::vector<std::string>{"单位名称", "备注"}));
  ASSERT_EQ(t->rows.size(), 2u);
  EXPECT_EQ(t->rows[0][0], "云岭市\"财政\"局");
  EXPECT_EQ(t->rows[0][1], "a,b\nc");
  EXPECT_EQ(t->lines, (std::vector<int>{2, 5}));
}

TEST(CsvReaderTest, ReadsGb18030) {
  // "单位名称\n财政局\n" in GB18030.
  auto t = ParseCsv("\xB5\xA5\xCE\xBB\xC3\xFB\xB3\xC6\n\xB2\xC6\xD5\xFE\xBE\xD6\n", "u.csv");

  ASSERT_TRUE(t);
  EXPECT_EQ(t->header.at(0), "单位名称");
  EXPECT_EQ(t->rows.at(0).at(0), "财政局");
}

TEST(CsvReaderTest, UnterminatedQuoteNamesTheLine) {
  auto t = ParseCsv("a,b\n1,2\n3,\"oops\n", "x.csv");

  ASSERT_FALSE(t);
  EXPECT_EQ(t.error().message, "x.csv:3: unterminated quoted field");
}

}  // namespace
}  // namespace govwatch::registry
