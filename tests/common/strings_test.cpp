#include "common/strings.hpp"

#include <gtest/gtest.h>

namespace govwatch {
namespace {

TEST(StringsTest, TrimRemovesFullWidthSpaces) { EXPECT_EQ(Trim("\xE3\x80\x80 临沧 \t"), "临沧"); }

TEST(StringsTest, FindBytesAgreesWithStringViewFind) {
  const std::string_view text = "版权所有：临沧市人民政府 ICP备05000001号 主办单位：临沧市人民政府办公室";
  for (std::string_view needle : {"版权所有", "主办单位", "临沧市人民政府", "ICP备", "网站标识码", "号", "", "x",
                                  "办公室", "办公室。"}) {
    for (std::size_t from : {std::size_t{0}, std::size_t{3}, std::size_t{40}, text.size(), text.size() + 1}) {
      EXPECT_EQ(FindBytes(text, needle, from), text.find(needle, from)) << needle << " from " << from;
    }
    EXPECT_EQ(Contains(text, needle), text.find(needle) != std::string_view::npos) << needle;
  }
  EXPECT_TRUE(Contains("", ""));
  EXPECT_FALSE(Contains("", "a"));
  EXPECT_TRUE(StartsWith("临沧", "临") && !StartsWith("临", "临沧") && StartsWith("a", ""));
  EXPECT_TRUE(EndsWith("临沧", "沧") && !EndsWith("沧", "临沧") && EndsWith("a", ""));
}

TEST(StringsTest, EndsWithIgnoringAsciiCaseLowersOnlyTheText) {
  struct Case {
    std::string_view text;
    std::string_view suffix;
    bool ends;
  };
  for (const Case& c : {Case{"/files/附件.PDF", ".pdf", true}, Case{"/css/Main.Css", ".css", true}, Case{"x", "", true},
                        Case{"/a.pdfx", ".pdf", false}, Case{"df", ".pdf", false},
                        Case{"/a.PDF", ".PDF", false}}) {  // the suffix is given in lower case
    EXPECT_EQ(EndsWithIgnoringAsciiCase(c.text, c.suffix), c.ends) << c.text << " " << c.suffix;
  }
}

TEST(StringsTest, ToLowerAsciiLowersOnlyAsciiCapitalsAtEveryOffset) {
  // Eight bytes are lowered at a time: every byte value, at every position of a word and in the tail.
  for (int c = 0; c < 256; ++c) {
    const std::string bytes(19, static_cast<char>(c));
    const char lowered = c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : static_cast<char>(c);
    EXPECT_EQ(ToLowerAscii(bytes), std::string(19, lowered)) << c;
  }
  EXPECT_EQ(ToLowerAscii("HTTP://WWW.QC.GOV.CN/临沧@[`Z{"), "http://www.qc.gov.cn/临沧@[`z{");
}

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

TEST(StringsTest, Utf8ValidityAtEveryPositionOfLongAsciiRuns) {
  // The ASCII fast path reads eight bytes at a time: a bad byte is caught at any offset.
  const std::string ascii(37, 'a');
  for (std::size_t at = 0; at <= ascii.size(); ++at) {
    const std::string head = ascii.substr(0, at);
    const std::string tail = ascii.substr(at);
    EXPECT_TRUE(IsValidUtf8(head + "临沧" + tail)) << at;
    EXPECT_FALSE(IsValidUtf8(head + "\xFF" + tail)) << at;                // never in UTF-8
    EXPECT_FALSE(IsValidUtf8(head + "\xC0\xAF" + tail)) << at;            // overlong "/"
    EXPECT_FALSE(IsValidUtf8(head + "\xE4\xB8" + tail)) << at;            // cut sequence
    EXPECT_FALSE(IsValidUtf8(head + "\xED\xA0\x80" + tail)) << at;        // surrogate
    EXPECT_FALSE(IsValidUtf8(head + "\xD5\xFE\xB8\xAE" + tail)) << at;    // GBK 政府
  }
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_FALSE(IsValidUtf8(ascii + "\xE4"));
}

TEST(StringsTest, TruncateMarksTheCut) { EXPECT_EQ(TruncateUtf8("临沧市人民政府", 2), "临沧…"); }

}  // namespace
}  // namespace govwatch
