#include "store/body_codec.hpp"

#include <gtest/gtest.h>
#include <zstd.h>

#include <string>
#include <thread>
#include <vector>
#include "zlib_stream.hpp"

namespace govwatch::store {
namespace {

// A government list page of realistic size: repeated markup with Chinese titles and dates.
std::string ListPage() {
  std::string html =
      "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>通知公告_云岭市人民政府</title></head><body>"
      "<div class=\"nav\"><a href=\"/\">首页</a><a href=\"/zwgk/\">政务公开</a></div><ul class=\"list\">";
  for (int i = 0; i < 400; ++i) {
    html += "<li><a href=\"/zwgk/tzgg/202203/t20220315_" + std::to_string(i) + ".html\">关于做好2022年第" +
            std::to_string(i) + "批森林防火工作的通知</a><span>2022-03-" + std::to_string(10 + i % 20) + "</span></li>";
  }
  return html + "</ul><div class=\"footer\">网站标识码：5308000001 滇ICP备05000001号</div></body></html>";
}

using testing::ZlibStream;

TEST(BodyCodecTest, RoundTripsAndShrinksAPage) {
  const std::string page = ListPage();
  const std::string packed = CompressBody(page);
  EXPECT_LT(packed.size(), page.size() / 4) << "list markup is repetitive";
  auto back = DecompressBody(packed, page.size());
  ASSERT_TRUE(back) << back.error().message;
  EXPECT_EQ(*back, page);
  // The output is a standard zstd frame: zstd itself reads it.
  std::string via_zstd(page.size(), '\0');
  const std::size_t n = ZSTD_decompress(via_zstd.data(), via_zstd.size(), packed.data(), packed.size());
  ASSERT_FALSE(ZSTD_isError(n)) << ZSTD_getErrorName(n);
  EXPECT_EQ(n, page.size());
  EXPECT_EQ(via_zstd, page);
}

TEST(BodyCodecTest, ReadsZlibBodiesOfEarlierVersionsBesideZstdOnes) {
  const std::string page = ListPage();
  const std::string zlib = ZlibStream(page);
  auto old = DecompressBody(zlib, page.size());
  ASSERT_TRUE(old) << old.error().message;
  EXPECT_EQ(*old, page);
  for (int level : {-1, 1, 3}) {
    std::string zstd;
    detail::AppendZstd(zstd, page, level);
    std::string back;
    EXPECT_TRUE(detail::UnpackExact(zstd, back, page.size())) << level;
    EXPECT_EQ(back, page) << level;
    EXPECT_FALSE(detail::InflateExact(zstd, back, page.size())) << "a zstd frame is no zlib stream";
    EXPECT_FALSE(detail::UnzstdExact(zlib, back, page.size())) << "a zlib stream is no zstd frame";
  }
}

TEST(BodyCodecTest, ReadsBodiesStoredByZlibAtAnyLevel) {
  const std::string page = ListPage();
  for (int level : {1, 6, 9}) {
    auto back = DecompressBody(ZlibStream(page, level), page.size());
    ASSERT_TRUE(back) << "level " << level << ": " << back.error().message;
    EXPECT_EQ(*back, page) << level;
  }
}

TEST(BodyCodecTest, EmptyAndBinaryBodies) {
  EXPECT_EQ(*DecompressBody(CompressBody(""), 0), "");
  std::string binary;
  for (int i = 0; i < 70000; ++i) binary.push_back(static_cast<char>((i * 7919) % 251));
  binary[100] = '\0';
  EXPECT_EQ(*DecompressBody(CompressBody(binary), binary.size()), binary);
}

TEST(BodyCodecTest, CorruptDataOrAWrongSizeIsAnErrorNotACrash) {
  const std::string page = ListPage();
  const std::string packed = CompressBody(page);
  auto shorter = DecompressBody(packed, page.size() - 1);
  ASSERT_FALSE(shorter);
  EXPECT_NE(shorter.error().message.find("corrupt compressed body"), std::string::npos);
  EXPECT_FALSE(DecompressBody(packed, page.size() + 1));
  std::string flipped = packed;
  flipped[flipped.size() / 2] = static_cast<char>(flipped[flipped.size() / 2] ^ 0x5A);
  auto bad = DecompressBody(flipped, page.size());
  EXPECT_TRUE(!bad || *bad != page);
  EXPECT_FALSE(DecompressBody(packed.substr(0, packed.size() / 2), page.size()));
  EXPECT_FALSE(DecompressBody(packed + "trailing", page.size())) << "bytes after the stream";
  EXPECT_FALSE(DecompressBody("not zlib at all", 100));
  EXPECT_FALSE(DecompressBody(packed + packed, page.size())) << "a second frame";
  const std::string zlib = ZlibStream(page);
  EXPECT_FALSE(DecompressBody(zlib, page.size() - 1));
  EXPECT_FALSE(DecompressBody(zlib + "x", page.size()));
}

TEST(BodyCodecTest, ThreadsCompressIndependently) {
  const std::string page = ListPage();
  const std::string want = CompressBody(page);
  std::vector<std::thread> threads;
  std::vector<int> ok(4, 0);
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        const std::string mine = page.substr(0, page.size() - static_cast<std::size_t>(t * 13 + i));
        auto back = DecompressBody(CompressBody(mine), mine.size());
        if (back && *back == mine) ++ok[t];
      }
    });
  }
  for (std::thread& th : threads) th.join();
  for (int t = 0; t < 4; ++t) EXPECT_EQ(ok[t], 50) << t;
  EXPECT_EQ(CompressBody(page), want) << "deterministic";
}

}  // namespace
}  // namespace govwatch::store
