#include "crawl/url.hpp"

#include <gtest/gtest.h>

namespace govwatch::crawl {
namespace {

TEST(UrlTest, NormalizesHostPortDotSegmentsAndFragments) {
  EXPECT_EQ(NormalizeUrl("HTTP://WWW.Example.GOV.cn:80/a/./b/../c.html#top"), "http://www.example.gov.cn/a/c.html");
  EXPECT_EQ(NormalizeUrl("https://x.gov.cn:443"), "https://x.gov.cn/");
  EXPECT_EQ(NormalizeUrl("http://127.0.0.1:18001/zfxxgk/?page=2#x"), "http://127.0.0.1:18001/zfxxgk/?page=2");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/../../a"), "http://x.gov.cn/a");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/a/.."), "http://x.gov.cn/");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/a/b/."), "http://x.gov.cn/a/b/");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn?q=1"), "http://x.gov.cn/?q=1");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/a//b/"), "http://x.gov.cn/a//b/");
  EXPECT_EQ(NormalizeUrl("HTTPS://X.gov.cn:80/A"), "https://x.gov.cn:80/A");  // 80 is not https's port
}

TEST(UrlTest, DropsSessionIdentifiersSoOnePageHasOneUrl) {
  // Java CMSes append the session to every link of a cookie-less visitor: a new URL per visit.
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/col/col123/index.html;jsessionid=8F2A41C0DE9B"),
            "http://x.gov.cn/col/col123/index.html");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/module/list.jsp;JSESSIONID=ab12?columnid=5&page=2"),
            "http://x.gov.cn/module/list.jsp?columnid=5&page=2");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/news.php?id=7&PHPSESSID=q1w2e3"), "http://x.gov.cn/news.php?id=7");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/a.asp?ASPSESSIONIDQSDTRACB=KJH&x=1"), "http://x.gov.cn/a.asp?x=1");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/a.jsp?jsessionid=1"), "http://x.gov.cn/a.jsp");
  // Other parameters and path parameters stay: they may select the content.
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/a.jsp?session=2022&sessiontype=rd"),
            "http://x.gov.cn/a.jsp?session=2022&sessiontype=rd");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/doc;v=2/a.html"), "http://x.gov.cn/doc;v=2/a.html");
}

TEST(UrlTest, DropsAspNetCookielessSessionFolders) {
  // Issue 7, hostile servers: an ASP.NET site in cookie-less session mode puts a new
  // "(S(…))" folder in front of every path for a visitor that keeps no cookie, so each page had
  // endless addresses (the trap guard saw no repeated segment, the query-shape guard no query).
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/(S(lit3py55t21z5v55vlm25s55))/xxgk/list.aspx?id=3"),
            "http://x.gov.cn/xxgk/list.aspx?id=3");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/web/(A(Vk1aZ3RK)S(k3dq2f55)F(9DB2))/default.aspx"),
            "http://x.gov.cn/web/default.aspx");
  EXPECT_EQ(NormalizeUrl("http://x.gov.cn/(X(1)S(abc))/"), "http://x.gov.cn/");
  // Parentheses that are no session ticket stay.
  for (const char* kept : {"http://x.gov.cn/(2022)/a.html", "http://x.gov.cn/a(S(b))/c.html",
                           "http://x.gov.cn/(s(abc))/c.html", "http://x.gov.cn/(S(a)b)/c.html",
                           "http://x.gov.cn/(S(a(b)))/c.html", "http://x.gov.cn/list/(S(abc))"}) {
    EXPECT_EQ(NormalizeUrl(kept), kept);
  }
}

TEST(UrlTest, OriginAndFolder) {
  EXPECT_EQ(OriginOf("http://127.0.0.1:18001/a/b.html"), "http://127.0.0.1:18001");
  EXPECT_EQ(FolderOf("http://127.0.0.1:18001/zfxxgk/czj/index.html"), "http://127.0.0.1:18001/zfxxgk/czj/");
  EXPECT_EQ(FolderOf("http://127.0.0.1:18001/zfxxgk/czj/"), "http://127.0.0.1:18001/zfxxgk/czj/");
  EXPECT_EQ(FolderOf("http://127.0.0.1:18001"), "http://127.0.0.1:18001/");
}

TEST(UrlTest, SiteHostKeyIgnoresSchemeWwwAndDefaultPorts) {
  EXPECT_EQ(SiteHostKey("http://www.qc.gov.cn/a/b.html"), "qc.gov.cn");
  EXPECT_EQ(SiteHostKey("https://QC.gov.cn:443/"), "qc.gov.cn");
  EXPECT_EQ(SiteHostKey("http://qc.gov.cn:8080/"), "qc.gov.cn:8080");
  EXPECT_EQ(SiteHostKey("http://127.0.0.1:18001/x"), "127.0.0.1:18001");
  EXPECT_EQ(SiteHostKey("https://wwwqc.gov.cn/"), "wwwqc.gov.cn");
  EXPECT_EQ(SiteHostKey("mailto:a@b.cn"), "");
  EXPECT_EQ(SiteHostKey("HTTP://user@WWW.QC.gov.cn:80?x"), "qc.gov.cn");
  EXPECT_EQ(PathOf("http://x.gov.cn/a/b.html?c=1#d"), "/a/b.html");
  EXPECT_EQ(PathOf("http://x.gov.cn"), "/");
}

TEST(UrlTest, TrapsAndResources) {
  EXPECT_TRUE(LooksLikeTrap("http://x/cal/2022/cal/2022/cal/2022/"));
  EXPECT_FALSE(LooksLikeTrap("http://x/module/web/jpage/dataproxy.jsp?startrecord=46&endrecord=90&perpage=15&"
                            "unitid=123&webid=1&path=/&columnid=4567&sourceContentType=1&permissiontype=0"))
      << "a 大汉 CMS list page has nine parameters";
  EXPECT_TRUE(LooksLikeTrap("http://x/s?a=1&b=2&c=3&d=4&e=5&f=6&g=7&h=8&i=9&j=10&k=11&l=12&m=13&n=14&o=15&p=16&q=17"));
  EXPECT_TRUE(LooksLikeTrap("http://x/list.jsp?page=2&sort=1&sort=1&sort=1")) << "a key appended to itself";
  EXPECT_FALSE(LooksLikeTrap("http://x/gzdt/202203/t20220301_1.html"));
  EXPECT_TRUE(IsResourceUrl("http://x/files/公示名单.XLSX"));
  EXPECT_TRUE(IsResourceUrl("http://x/a.pdf?v=1"));
  EXPECT_FALSE(IsResourceUrl("http://x/a.shtml"));
}

TEST(UrlTest, CalendarYearsQueryShapesAndLoopback) {
  EXPECT_TRUE(HasImplausibleYear("http://x/cal?year=2099&month=1", 2026));
  EXPECT_TRUE(HasImplausibleYear("http://x/rl/1985-03/", 2026));
  EXPECT_TRUE(HasImplausibleYear("http://x/day?date=2031-01-01", 2026));
  EXPECT_FALSE(HasImplausibleYear("http://x/cal?year=2026&month=12", 2026));
  EXPECT_FALSE(HasImplausibleYear("http://x/article?id=2100", 2026)) << "an id is not a year";
  EXPECT_FALSE(HasImplausibleYear("http://x/gzdt/202203/t20220301_3000.html", 2026));
  EXPECT_EQ(QueryShapeOf("http://x/cal?y=2022&m=3#top"), "http://x/cal?m&y");
  EXPECT_EQ(QueryShapeOf("http://x/cal?m=4&y=2021"), "http://x/cal?m&y");
  EXPECT_EQ(QueryShapeOf("http://x/a.html"), "");
  EXPECT_TRUE(IsLoopbackUrl("http://127.0.0.2:8080/x"));
  EXPECT_TRUE(IsLoopbackUrl("https://[::1]:8443/"));
  EXPECT_TRUE(IsLoopbackUrl("http://localhost/"));
  EXPECT_FALSE(IsLoopbackUrl("https://beian.miit.gov.cn/"));
  EXPECT_FALSE(IsLoopbackUrl("http://127.0.0.1.example.com/"));
  EXPECT_FALSE(IsLoopbackUrl("mailto:a@127.0.0.1"));
}

}  // namespace
}  // namespace govwatch::crawl
