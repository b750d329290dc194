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

}  // namespace
}  // namespace govwatch
