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

#include "text/code_point_skip.hpp"

namespace govwatch::text {
namespace {

TEST(NormalizerTest, NormalizeUtf8IntoAgreesWithNormalizeUtf8AndEncodeReusingBuffers) {
  auto normalizer = Normalizer::Load("t2s_chars.tsv", "國\t国\n華\t华\n");
  ASSERT_TRUE(normalizer);
  const std::string ugly = std::string("中華民國ＡＢ\u200B1“引”") + "\xE4\xB8" + "\x80\x80\x80" + "\xC0\xAF" +
                           "\xED\xA0\x80" + "\xF0\x9F\x98\x80" + std::string(1, '\0') + "x\xE4";
  NormalizedText text;
  NormalizedBytes bytes;
  // A long first text leaves larger buffers behind: the second call must not see its tail.
  bool valid = false;
  EXPECT_EQ(normalizer->NormalizeUtf8Into(std::string(300, 'a') + "國", text, bytes, &valid), 301u);
  EXPECT_TRUE(valid);
  EXPECT_EQ(bytes.bytes, std::string(300, 'a') + "国");

  const std::size_t points = normalizer->NormalizeUtf8Into(ugly, text, bytes, &valid);

  EXPECT_FALSE(valid);
  EXPECT_EQ(points, DecodeUtf8(ugly).size());
  NormalizedText reference = normalizer->NormalizeUtf8(ugly);
  EXPECT_EQ(text.text, reference.text);
  EXPECT_EQ(text.origin, reference.origin);
  NormalizedBytes encoded = Normalizer::Encode(reference);
  EXPECT_EQ(bytes.bytes, encoded.bytes);
  EXPECT_EQ(bytes.index, encoded.index);
  EXPECT_TRUE(bytes.origin.empty());
}

TEST(NormalizerTest, NormalizeUtf8IntoLengtheningFoldsGrowTheBuffers) {
  // Stray continuation bytes become U+FFFD (three bytes each): the encoding is three times the input.
  Normalizer normalizer;
  const std::string stray(100, '\x80');
  NormalizedText text;
  NormalizedBytes bytes;

  EXPECT_EQ(normalizer.NormalizeUtf8Into(stray, text, bytes), 100u);

  EXPECT_EQ(text.text, std::u32string(100, U'\uFFFD'));
  EXPECT_EQ(bytes.bytes.size(), 300u);
  EXPECT_EQ(bytes.index.size(), 301u);
  EXPECT_EQ(bytes.index[299], 99u);
  EXPECT_EQ(bytes.index[300], 100u);
}

TEST(CodePointSkipTest, FindsTheNextAsciiOrListedCodePoint) {
  const std::u32string text = U"中文中文中文中文中文a中文《中文中文中文中文";
  EXPECT_EQ(SkipToAsciiOr(text, 0), 10u);
  EXPECT_EQ(SkipToAsciiOr(text, 10), 10u);
  EXPECT_EQ(SkipToAsciiOr(text, 11), text.size());
  EXPECT_EQ((SkipToAsciiOr<U'《'>(text, 11)), 13u);
  EXPECT_EQ((SkipToAsciiOr<U'《', U'文'>(text, 0)), 1u);
  EXPECT_EQ(SkipToAsciiOr(std::u32string_view(U"中文"), 0), 2u);
  EXPECT_EQ(SkipToAsciiOr(std::u32string_view(), 0), 0u);
  // Every start position agrees with a plain search.
  for (std::size_t from = 0; from <= text.size(); ++from) {
    std::size_t expected = from;
    while (expected < text.size() && text[expected] >= 0x80 && text[expected] != U'《') ++expected;
    EXPECT_EQ(SkipToAsciiOr<U'《'>(text, from), expected) << from;
  }
}

TEST(CodePointSkipTest, AsciiPositionsListsEveryAsciiCodePointInOrder) {
  const std::u32string text = U"a中文中文中文中文\n中文1:2中";
  std::vector<std::uint32_t> positions{99};  // replaced, not appended to

  AsciiPositions(text, positions);

  EXPECT_EQ(positions, (std::vector<std::uint32_t>{0, 9, 12, 13, 14}));
  AsciiPositions(std::u32string_view(U"中"), positions);
  EXPECT_TRUE(positions.empty());
}

TEST(CodePointSkipTest, CountUtf8LeadBytesCountsCodePointsOfValidUtf8) {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "中a\u00e9\U0001F600";  // 3-, 1-, 2- and 4-byte characters

  EXPECT_EQ(CountUtf8LeadBytes(text.data(), text.size()), 80u);
  EXPECT_EQ(CountUtf8LeadBytes(text.data(), text.size()), CodePointCount(text));
  // Every prefix (whole 16-byte blocks and the rest) agrees with counting byte by byte.
  for (std::size_t size = 0; size <= text.size(); ++size) {
    std::size_t expected = 0;
    for (std::size_t k = 0; k < size; ++k) expected += (static_cast<unsigned char>(text[k]) & 0xC0) != 0x80;
    EXPECT_EQ(CountUtf8LeadBytes(text.data(), size), expected) << size;
  }
  EXPECT_EQ(CountUtf8LeadBytes("\x80\x80\xbf", 3), 0u);
}

}  // namespace
}  // namespace govwatch::text
