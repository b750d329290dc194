#include "text/normalizer.hpp"

#include <gtest/gtest.h>

#include "common/strings.hpp"

namespace govwatch::text {
namespace {

TEST(NormalizerTest, FoldsWidthAndDropsZeroWidthKeepingOrigins) {
  Normalizer normalizer;
  std::u32string original = DecodeUtf8("Ａ\u200B１２\uFEFF中");

  NormalizedText normalized = normalizer.Normalize(original);

  EXPECT_EQ(EncodeUtf8(normalized.text), "A12中");
  ASSERT_EQ(normalized.origin.size(), 4u);
  EXPECT_EQ(normalized.origin[0], 0u);
  EXPECT_EQ(normalized.origin[1], 2u);
  EXPECT_EQ(normalized.origin[2], 3u);
  EXPECT_EQ(normalized.origin[3], 5u);
}

TEST(NormalizerTest, MapsTraditionalToSimplifiedFromTheTable) {
  auto normalizer = Normalizer::Load("t2s_chars.tsv", "# comment\n國\t国\n華\t华\n");
  ASSERT_TRUE(normalizer.has_value());

  NormalizedText normalized = normalizer->Normalize(DecodeUtf8("中華人民共和國"));

  EXPECT_EQ(EncodeUtf8(normalized.text), "中华人民共和国");
}

TEST(NormalizerTest, RejectsMultiCharacterRowNamingTheLine) {
  auto normalizer = Normalizer::Load("t2s_chars.tsv", "國\t国\n中華\t中华\n");

  ASSERT_FALSE(normalizer.has_value());
  EXPECT_NE(normalizer.error().message.find("t2s_chars.tsv line 2"), std::string::npos) << normalizer.error().message;
}

TEST(NormalizerTest, SkeletonKeepsOnlyHanLettersAndDigits) {
  Normalizer normalizer;
  NormalizedText normalized = normalizer.Normalize(DecodeUtf8("法 * 轮-功ＡB"));

  NormalizedText skeleton = Normalizer::Skeleton(normalized);

  EXPECT_EQ(EncodeUtf8(skeleton.text), "法轮功ab");
  ASSERT_EQ(skeleton.origin.size(), 5u);
  EXPECT_EQ(skeleton.origin[1], 4u);
  EXPECT_EQ(skeleton.origin[2], 6u);
}

TEST(NormalizerTest, EncodeMapsEveryByteToItsOriginalCodePoint) {
  Normalizer normalizer;
  NormalizedText normalized = normalizer.Normalize(DecodeUtf8("a\u200B中"));

  NormalizedBytes bytes = Normalizer::Encode(normalized);

  EXPECT_EQ(bytes.bytes, "a中");
  EXPECT_EQ(bytes.origin, (std::vector<std::uint32_t>{0, 2, 2, 2}));
}

}  // namespace
}  // namespace govwatch::text

namespace govwatch::text {
namespace {

TEST(NormalizerTest, NormalizeUtf8AgreesWithDecodeThenNormalizeOnUglyInput) {
  auto normalizer = Normalizer::Load("t2s_chars.tsv", "國\t国\n華\t华\n");
  ASSERT_TRUE(normalizer);
  // Valid CJK, full width, zero width, a truncated sequence, stray continuation bytes, an overlong
  // encoding, a surrogate, a four-byte character, NUL and a lone lead byte at the end.
  const std::string ugly = std::string("中華民國ＡＢ\u200B1") + "\xE4\xB8" + "\x80\x80\x80" + "\xC0\xAF" +
                           "\xED\xA0\x80" + "\xF0\x9F\x98\x80" + std::string(1, '\0') + "x\xE4";
  NormalizedText fused = normalizer->NormalizeUtf8(ugly);
  NormalizedText reference = normalizer->Normalize(DecodeUtf8(ugly));
  EXPECT_EQ(fused.text, reference.text);
  EXPECT_EQ(fused.origin, reference.origin);
  EXPECT_EQ(fused.text.substr(0, 4), U"中华民国");
}

}  // namespace
}  // namespace govwatch::text
