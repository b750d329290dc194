#include "common/strings.hpp"

#include <gtest/gtest.h>

namespace govwatch {
namespace {

TEST(StringsTest, TrimRemovesFullWidthSpaces) { EXPECT_EQ(Trim("\xE3\x80\x80 临沧 \t"), "临沧"); }

TEST(StringsTest, DecodeKeepsByteOffsets) {
  std::vector<std::size_t> offsets;
  const std::u32string cps = DecodeUtf8("a临b", &offsets);

  ASSERT_EQ(cps.size(), 3u);
  EXPECT_EQ(cps[1], U'临');
  EXPECT_EQ(offsets, (std::vector<std::size_t>{0, 1, 4, 5}));
}

TEST(StringsTest, InvalidUtf8IsReplacedNotFatal) {
  const std::string bad = "ok\xC3\x28";
  EXPECT_FALSE(IsValidUtf8(bad));
  EXPECT_TRUE(IsValidUtf8(SanitizeUtf8(bad)));
  EXPECT_EQ(CodePointCount(bad), 4u);
}

TEST(StringsTest, TruncateMarksTheCut) { EXPECT_EQ(TruncateUtf8("临沧市人民政府", 2), "临沧…"); }

}  // namespace
}  // namespace govwatch
