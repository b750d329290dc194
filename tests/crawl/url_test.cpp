#include "crawl/url.hpp"

#include <gtest/gtest.h>

namespace govwatch::crawl {
namespace {

TEST(UrlTest, NormalizesHostPortDotSegmentsAndFragments) {
  EXPECT_EQ(NormalizeUrl("HTTP://WWW.Example.GOV.cn:80/a/./b/../c.html#top"), "http://www.example.gov.cn/a/c.html");
  EXPECT_EQ(NormalizeUrl("https://x.gov.cn:443"), "https://x.gov.cn/");
  EXPECT_EQ(NormalizeUrl("http://127.0.0.1:18001/zfxxgk/?page=2#x"), "http://127.0.0.1:18001/zfxxgk/?page=2");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/../../a"), "http://x.gov.cn/a");
}

TEST(UrlTest, OriginAndFolder) {
  EXPECT_EQ(OriginOf("http://127.0.0.1:18001/a/b.html"), "http://127.0.0.1:18001");
  EXPECT_EQ(FolderOf("http://127.0.0.1:18001/zfxxgk/czj/index.html"), "http://127.0.0.1:18001/zfxxgk/czj/");
  EXPECT_EQ(FolderOf("http://127.0.0.1:18001/zfxxgk/czj/"), "http://127.0.0.1:18001/zfxxgk/czj/");
  EXPECT_EQ(FolderOf("http://127.0.0.1:18001"), "http://127.0.0.1:18001/");
}

TEST(UrlTest, TrapsAndResources) {
  EXPECT_TRUE(LooksLikeTrap("http://x/cal/2022/cal/2022/cal/2022/"));
  EXPECT_TRUE(LooksLikeTrap("http://x/s?a=1&b=2&c=3&d=4&e=5"));
  EXPECT_FALSE(LooksLikeTrap("http://x/gzdt/202203/t20220301_1.html"));
  EXPECT_TRUE(IsResourceUrl("http://x/files/公示名单.XLSX"));
  EXPECT_TRUE(IsResourceUrl("http://x/a.pdf?v=1"));
  EXPECT_FALSE(IsResourceUrl("http://x/a.shtml"));
}

}  // namespace
}  // namespace govwatch::crawl
