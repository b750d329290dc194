#include "common/charset.hpp"

#include <gtest/gtest.h>

namespace govwatch {
namespace {

// "临沧市人民政府办公室" in GBK.
const std::string kGbk =
    "\xC1\xD9\xB2\xD7\xCA\xD0\xC8\xCB\xC3\xF1\xD5\xFE\xB8\xAE\xB0\xEC\xB9\xAB\xCA\xD2";

TEST(CharsetTest, ConvertsLabelledGbk) {
  const Utf8Text t = ToUtf8(kGbk, "gb2312");

  EXPECT_EQ(t.text, "临沧市人民政府办公室");
  EXPECT_EQ(t.charset, "GB18030");
  EXPECT_EQ(t.invalid_bytes, 0u);
}

TEST(CharsetTest, MislabelledUtf8FallsBackToDetection) {
  const Utf8Text t = ToUtf8(kGbk + kGbk, "utf-8");

  EXPECT_EQ(t.text, "临沧市人民政府办公室临沧市人民政府办公室");
}

TEST(CharsetTest, StripsUtf8Bom) { EXPECT_EQ(AnyToUtf8("\xEF\xBB\xBF单位名称").text, "单位名称"); }

TEST(CharsetTest, CountsUndecodableBytes) {
  const Utf8Text t = ToUtf8(std::string("\xC1\xD9\xFF"), "gbk");

  EXPECT_EQ(t.text.substr(0, 3), "临");
  EXPECT_GE(t.invalid_bytes, 1u);
}

// A Taiwan-style disclosure notice in Big5 (traditional characters).
const std::string kBig5 = "\xAC\x46\xA9\xB2\xB8\xEA\xB0\x54\xA4\xBD\xB6\x7D\xA1\x41\xA8\xCC\xAA\x6B\xA4\xBD\xB6\x7D\xAC\x46\xA9\xB2\xB8\xEA\xB0\x54\xAC\x4F\xAC\x46\xA9\xB2\xBE\xF7\xC3\xF6\xAA\xBA\xAA\x6B\xA9\x77\xB8\x71\xB0\xC8\xA1\x43\xA5\xBB\xBA\xF4\xAF\xB8\xB4\xA3\xA8\xD1\xA4\xBD\xB6\x7D\xA5\xD8\xBF\xFD\xA1\x42\xA4\xBD\xB6\x7D\xAB\xFC\xAB\x6E\xBB\x50\xA5\xD3\xBD\xD0\xAA\xED\xA1\x43";

TEST(CharsetTest, ConvertsLabelledBig5) {
  const Utf8Text t = ToUtf8(kBig5, "big5");

  EXPECT_EQ(t.text, "政府資訊公開，依法公開政府資訊是政府機關的法定義務。本網站提供公開目錄、公開指南與申請表。");
  EXPECT_EQ(t.invalid_bytes, 0u);
}

TEST(CharsetTest, DetectsUnlabelledBig5) {
  const Utf8Text t = ToUtf8(kBig5 + kBig5, "");

  EXPECT_EQ(t.text, "政府資訊公開，依法公開政府資訊是政府機關的法定義務。本網站提供公開目錄、公開指南與申請表。政府資訊公開，依法公開政府資訊是政府機關的法定義務。本網站提供公開目錄、公開指南與申請表。");
  EXPECT_EQ(t.charset, "BIG5-HKSCS");
}

TEST(CharsetTest, DecodesGb18030FourByteSequences) {
  // U+3400, U+20000 and U+1F600: outside GBK, four bytes each in GB18030.
  const Utf8Text t = ToUtf8("\x81\x39\xEE\x39\x95\x32\x82\x36\x94\x39\xFC\x36", "gb18030");

  EXPECT_EQ(t.text, "㐀𠀀😀");
  EXPECT_EQ(t.invalid_bytes, 0u);
}

TEST(CharsetTest, Utf16PageWithByteOrderMarkIsRead) {
  const std::string bytes("\xFF\xFE\x3C\x00\x68\x00\x74\x00\x6D\x00\x6C\x00\x3E\x00\x3F\x65\xA1\x52\x6C\x51\x00\x5F\x3C\x00\x2F\x00\x68\x00\x74\x00\x6D\x00\x6C\x00\x3E\x00", 36);
  const Utf8Text t = ToUtf8(bytes, "");

  EXPECT_NE(t.text.find("<html>政务公开</html>"), std::string::npos);
  EXPECT_EQ(t.invalid_bytes, 0u);
}

}  // namespace
}  // namespace govwatch
