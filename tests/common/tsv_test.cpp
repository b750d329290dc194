#include "common/tsv.hpp"

#include <gtest/gtest.h>

namespace govwatch {
namespace {

TEST(TsvTest, SkipsBomCommentsBlanksAndCarriageReturns) {
  const std::string content = "\xEF\xBB\xBF# header\r\n\r\nhomepage.stale_days\t14\t国办秘函〔2019〕19号\r\n  # indented comment\n"
                              "probe.per_day \t 96 \n";
  auto rows = ParseTsv("rules/thresholds.tsv", content, 2);
  ASSERT_TRUE(rows) << rows.error().message;
  ASSERT_EQ(rows->size(), 2U);
  EXPECT_EQ((*rows)[0].line, 3U);
  EXPECT_EQ((*rows)[0].fields[0], "homepage.stale_days");
  EXPECT_EQ((*rows)[0].fields[2], "国办秘函〔2019〕19号");
  EXPECT_EQ((*rows)[0].rest, "14\t国办秘函〔2019〕19号");
  EXPECT_EQ((*rows)[1].line, 5U);
  EXPECT_EQ((*rows)[1].fields[0], "probe.per_day");
  EXPECT_EQ((*rows)[1].fields[1], "96");
}

TEST(TsvTest, ShortRowNamesFileLineAndExpectedShape) {
  auto rows = ParseTsv("rules/notice.tsv", "region\t临沧市\noffice 临沧市人民政府办公室\n", 2, "key<TAB>value");
  ASSERT_FALSE(rows);
  EXPECT_EQ(rows.error().message,
            "rules/notice.tsv line 2: expected at least 2 TAB-separated fields, found 1 (key<TAB>value)");
}

TEST(TsvTest, InvalidUtf8IsRejectedWithItsLine) {
  auto rows = ParseTsv("rules/x.tsv", "a\tb\n\xD5\xFE\xB8\xAE\tgbk\n", 2);
  ASSERT_FALSE(rows);
  EXPECT_EQ(rows.error().message, "rules/x.tsv line 2: invalid UTF-8");
}

TEST(TsvTest, LineListKeepsOneTrimmedEntryPerLine) {
  auto rows = ParseLineList("words.txt", "# list\n  赌博 \n\n博彩\n");
  ASSERT_TRUE(rows);
  ASSERT_EQ(rows->size(), 2U);
  EXPECT_EQ((*rows)[0].fields.at(0), "赌博");
  EXPECT_EQ((*rows)[1].line, 4U);
}

TEST(TsvTest, ErrorFormat) { EXPECT_EQ(TsvError("f.tsv", 7, "bad").message, "f.tsv line 7: bad"); }

}  // namespace
}  // namespace govwatch
