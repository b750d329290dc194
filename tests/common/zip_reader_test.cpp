#include "common/zip_reader.hpp"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "support/test_data.hpp"

namespace govwatch {
namespace {

std::string Fixture(const std::string& name) { return testing::TestData("extract/attachments/" + name); }

TEST(ZipReaderTest, ListsAndReadsEntriesWithinLimits) {
  const std::string bytes = Fixture("subsidy.xlsx");
  auto zip = ZipReader::Open(bytes, "补助名单.xlsx");
  ASSERT_TRUE(zip) << zip.error().message;
  const auto names = zip->Names();
  EXPECT_NE(std::find(names.begin(), names.end(), "xl/sharedStrings.xml"), names.end());
  EXPECT_TRUE(zip->Has("xl/sharedStrings.xml"));
  EXPECT_FALSE(zip->Has("word/document.xml"));
  auto workbook = zip->Read("xl/sharedStrings.xml", 1 << 20);
  ASSERT_TRUE(workbook) << workbook.error().message;
  EXPECT_NE(workbook->find("<si>"), std::string::npos) << *workbook;
  auto missing = zip->Read("word/document.xml", 1 << 20);
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::kNotFound);
  EXPECT_NE(missing.error().message.find("补助名单.xlsx"), std::string::npos);
  auto limited = zip->Read("xl/sharedStrings.xml", 10);
  ASSERT_FALSE(limited);
  EXPECT_NE(limited.error().message.find("too large"), std::string::npos);
}

TEST(ZipReaderTest, BombsAndGarbageFailNamingTheFile) {
  const std::string bomb = Fixture("bomb.docx");
  auto zip = ZipReader::Open(bomb, "bomb.docx");
  ASSERT_TRUE(zip);
  auto part = zip->Read("word/document.xml", 1 << 20);
  ASSERT_FALSE(part);
  EXPECT_NE(part.error().message.find("bomb.docx"), std::string::npos);
  auto garbage = ZipReader::Open("PK\x03\x04 not a zip", "x.xlsx");
  ASSERT_FALSE(garbage);
  EXPECT_NE(garbage.error().message.find("x.xlsx"), std::string::npos);
  ZipReader moved = std::move(*zip);
  EXPECT_TRUE(moved.Has("word/document.xml"));
}

}  // namespace
}  // namespace govwatch
