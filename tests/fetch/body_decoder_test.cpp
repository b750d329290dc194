#include "fetch/body_decoder.hpp"

#include <gtest/gtest.h>

namespace govwatch::fetch {
namespace {

// "政府信息公开" in GBK.
constexpr std::string_view kGbkWords = "\xd5\xfe\xb8\xae\xd0\xc5\xcf\xa2\xb9\xab\xbf\xaa";

TEST(BodyDecoderTest, HeaderCharsetWins) {
  const std::string body = "<html><head><meta charset=\"utf-8\"></head><body>" + std::string(kGbkWords) + "</body></html>";

  const DecodedBody d = DecodeBody(body, "text/html; Charset=\"GB2312\"");

  EXPECT_TRUE(d.is_text);
  EXPECT_EQ(d.media_type, "text/html");
  EXPECT_EQ(d.charset, "GB18030");
  EXPECT_NE(d.body.find("政府信息公开"), std::string::npos);
}

TEST(BodyDecoderTest, MetaHttpEquivCharsetIsRead) {
  const std::string body =
      "<HTML><HEAD><META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=gbk'></HEAD><BODY>" +
      std::string(kGbkWords) + "</BODY></HTML>";

  const DecodedBody d = DecodeBody(body, "text/html");

  EXPECT_EQ(d.charset, "GB18030");
  EXPECT_NE(d.body.find("政府信息公开"), std::string::npos);
  EXPECT_EQ(d.invalid_bytes, 0u);
}

TEST(BodyDecoderTest, SniffsXmlDeclarationAndMetaCharset) {
  EXPECT_EQ(SniffDeclaredCharset("<?xml version=\"1.0\" encoding=\"GB2312\"?><rss/>"), "gb2312");
  EXPECT_EQ(SniffDeclaredCharset("<html><meta charset=UTF-8>"), "utf-8");
  EXPECT_EQ(SniffDeclaredCharset("<html><body>no charset</body></html>"), "");
}

TEST(BodyDecoderTest, Utf8BodyLabelledGbkIsReadAsUtf8) {
  const std::string body = "<html><body>政府信息公开专栏</body></html>";

  const DecodedBody d = DecodeBody(body, "text/html; charset=gbk");

  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_NE(d.body.find("政府信息公开专栏"), std::string::npos);
}

TEST(BodyDecoderTest, BinaryBodiesStayRaw) {
  const std::string pdf = std::string("%PDF-1.4\n\xff\xfe\x00\x01", 14);

  const DecodedBody d = DecodeBody(pdf, "application/pdf");

  EXPECT_FALSE(d.is_text);
  EXPECT_EQ(d.body, pdf);
  EXPECT_EQ(d.charset, "");
}

TEST(BodyDecoderTest, BomDecidesWithoutLabels) {
  const std::string body = "\xEF\xBB\xBF<p>通知公告</p>";

  const DecodedBody d = DecodeBody(body, "");

  EXPECT_TRUE(d.is_text);
  EXPECT_EQ(d.body, "<p>通知公告</p>");
}

TEST(BodyDecoderTest, BomOutranksTheHeaderLabel) {
  // A UTF-8 page with its BOM, served by a server configured for GBK.
  const std::string body = "\xEF\xBB\xBF<html><body>政务公开</body></html>";

  const DecodedBody d = DecodeBody(body, "text/html; charset=GBK");

  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.body, "<html><body>政务公开</body></html>");
}

TEST(BodyDecoderTest, UnknownHeaderLabelGivesWayToMetaThenDetection) {
  const std::string with_meta = "<html><head><meta charset=gb2312></head><body>" + std::string(kGbkWords) + "</body></html>";
  const std::string without_meta = "<html><body><p>" + std::string(kGbkWords) + "</p></body></html>";

  const DecodedBody a = DecodeBody(with_meta, "text/html; charset=x-unknown-42");
  const DecodedBody b = DecodeBody(without_meta, "text/html; charset=utf8mb4");

  EXPECT_EQ(a.charset, "GB18030");
  EXPECT_NE(a.body.find("政府信息公开"), std::string::npos);
  EXPECT_EQ(b.charset, "GB18030") << "seven GBK characters: uchardet alone answers UTF-8";
  EXPECT_NE(b.body.find("政府信息公开"), std::string::npos);
  EXPECT_EQ(b.invalid_bytes, 0u);
}

TEST(BodyDecoderTest, Utf16LabelOnBytesWithoutZeroBytesIsIgnored) {
  const std::string body = "<html><body><p>" + std::string(kGbkWords) + "，内容是" + "</p></body></html>";
  const std::string gbk_body = "<html><body><p>" + std::string(kGbkWords) + "</p></body></html>";

  const DecodedBody d = DecodeBody(gbk_body, "text/html; charset=utf-16");
  const DecodedBody u = DecodeBody(body, "text/html; charset=UTF-16LE");

  EXPECT_EQ(d.charset, "GB18030");
  EXPECT_NE(d.body.find("政府信息公开"), std::string::npos);
  EXPECT_EQ(u.charset, "GB18030") << "mixed bytes are not valid UTF-8 either";
}

TEST(BodyDecoderTest, RealUtf16WithoutBomFollowsItsLabel) {
  const std::u16string text = u"<html><body>政务公开</body></html>";
  std::string body;
  for (char16_t c : text) {
    body.push_back(static_cast<char>(c & 0xFF));
    body.push_back(static_cast<char>(c >> 8));
  }

  const DecodedBody d = DecodeBody(body, "text/html; charset=utf-16le");

  EXPECT_EQ(d.body, "<html><body>政务公开</body></html>");
}

TEST(BodyDecoderTest, AttachmentsServedAsHtmlAreRecognisedByTheirFirstBytes) {
  // Word 97 files and PDFs sent with the server's default text/html are common on CMS sites.
  const std::string doc = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0", 12) + std::string(500, '\0');
  const std::string pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj";

  const DecodedBody d = DecodeBody(doc, "text/html; charset=utf-8");
  const DecodedBody p = DecodeBody(pdf, "text/html");

  EXPECT_FALSE(d.is_text);
  EXPECT_EQ(d.media_type, "application/x-ole-storage");
  EXPECT_EQ(d.body, doc) << "the bytes are kept as they came";
  EXPECT_FALSE(p.is_text);
  EXPECT_EQ(p.media_type, "application/pdf");
}

TEST(BodyDecoderTest, RandomBytesLabelledHtmlAreNotText) {
  std::string noise;
  std::uint32_t x = 2463534242u;
  for (int i = 0; i < 20000; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    noise.push_back(static_cast<char>(x & 0xFF));
  }

  const DecodedBody d = DecodeBody(noise, "text/html");

  EXPECT_FALSE(d.is_text) << "decoding noise as GBK gives text findings on nonsense";
}

TEST(BodyDecoderTest, AFewStrayControlBytesKeepAPageText) {
  std::string body = "<html><head><meta charset=gbk></head><body>";
  for (int i = 0; i < 40; ++i) body += "<p>" + std::string(kGbkWords) + "</p>";
  body += std::string("\0\x01\0", 3) + "</body></html>";

  const DecodedBody d = DecodeBody(body, "text/html");

  EXPECT_TRUE(d.is_text);
  EXPECT_NE(d.body.find("政府信息公开"), std::string::npos);
}

TEST(BodyDecoderTest, Utf7LabelsAreIgnoredLikeUnknownOnes) {
  // "+ADw-script+AD4-" is "<script>" in UTF-7: a filter reading the bytes sees no markup.
  const std::string hidden = "<html><body><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4-</p></body></html>";
  for (std::string_view header : {"text/html; charset=utf-7", "text/html; charset=UTF-7-IMAP",
                                  "text/html; charset=\"unicode-1-1-utf-7\"", "text/html; charset=x-unicode20utf7"}) {
    const DecodedBody d = DecodeBody(hidden, header);
    EXPECT_TRUE(d.is_text) << header;
    EXPECT_EQ(d.body.find("<script>"), std::string::npos) << header;
    EXPECT_NE(d.body.find("+ADw-script+AD4-"), std::string::npos) << header;
    EXPECT_EQ(d.charset.find('7'), std::string::npos) << header << " decoded as " << d.charset;
  }
  // Labelled only in <meta>, and over GBK text: detected like an unlabelled page.
  const std::string gbk = "<html><head><meta charset=utf-7></head><body><p>" + std::string(kGbkWords) +
                          "</p><p>+ADw-script+AD4-</p></body></html>";
  const DecodedBody d = DecodeBody(gbk, "text/html");
  EXPECT_EQ(d.charset, "GB18030");
  EXPECT_NE(d.body.find("政府信息公开"), std::string::npos);
  EXPECT_EQ(d.body.find("<script>"), std::string::npos);

  EXPECT_TRUE(IsUtf7Label("UTF-7"));
  EXPECT_TRUE(IsUtf7Label("csUnicode11UTF7"));
  EXPECT_FALSE(IsUtf7Label("utf-8"));
  EXPECT_FALSE(IsUtf7Label("gb18030"));
}

}  // namespace
}  // namespace govwatch::fetch
