#include "store/link_codec.hpp"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>
#include <zstd.h>

#include <filesystem>

#include "store/body_codec.hpp"
#include "store/repository.hpp"
#include "zlib_stream.hpp"

namespace govwatch::store {
namespace {

model::Link MakeLink(std::string from, std::string to, std::string text, int status = 0, std::string error = {},
                     bool broken = false) {
  model::Link l;
  l.from_url = std::move(from);
  l.to_url = std::move(to);
  l.text = std::move(text);
  l.http_status = status;
  l.error = std::move(error);
  l.broken = broken;
  return l;
}

const char* const kPage = "http://127.0.0.1:18001/zwgk/index.html";

std::vector<model::Link> HomepageLinks() {
  std::vector<model::Link> links;
  links.push_back(MakeLink(kPage, "http://127.0.0.1:18001/zwgk/tzgg/202203/t20220315_1.html", "关于做好2022年春季森林防火工作的通知"));
  links.push_back(MakeLink(kPage, "http://127.0.0.1:18001/images/logo.png", ""));
  links.push_back(MakeLink(kPage, "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51082202000001",
                           "川公网安备 51082202000001号", 404, "404", true));
  // A link stored with a from_url other than the page's (a redirect target's page) keeps it.
  links.push_back(MakeLink("http://127.0.0.1:18001/", "http://127.0.0.1:18001/hdjl/", "互动交流\t留言", -1, "timeout"));
  for (int i = 0; i < 500; ++i) {
    links.push_back(MakeLink(kPage, "http://127.0.0.1:18001/zwgk/list_" + std::to_string(i) + ".html", "第" + std::to_string(i) + "页"));
  }
  return links;
}

void ExpectSameLinks(const std::vector<model::Link>& got, const std::vector<model::Link>& want, std::int64_t page_id) {
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < got.size(); ++i) {
    EXPECT_EQ(got[i].page_id, page_id) << i;
    EXPECT_EQ(got[i].from_url, want[i].from_url) << i;
    EXPECT_EQ(got[i].to_url, want[i].to_url) << i;
    EXPECT_EQ(got[i].text, want[i].text) << i;
    EXPECT_EQ(got[i].http_status, want[i].http_status) << i;
    EXPECT_EQ(got[i].error, want[i].error) << i;
    EXPECT_EQ(got[i].broken, want[i].broken) << i;
  }
}

TEST(LinkCodecTest, RoundTripsEveryFieldInOrder) {
  const std::vector<model::Link> links = HomepageLinks();
  const std::string data = EncodeLinks(links, kPage);
  // The 500 similar URLs share prefixes: the record is far smaller than the URLs themselves.
  std::size_t raw = 0;
  for (const model::Link& l : links) raw += l.to_url.size() + l.text.size();
  EXPECT_LT(data.size() * 4, raw);
  auto decoded = DecodeLinks(data, 42, kPage);
  ASSERT_TRUE(decoded) << decoded.error().message;
  ExpectSameLinks(*decoded, links, 42);
}

TEST(LinkCodecTest, NoLinksIsAnEmptyList) {
  auto decoded = DecodeLinks(EncodeLinks({}, kPage), 7, kPage);
  ASSERT_TRUE(decoded) << decoded.error().message;
  EXPECT_TRUE(decoded->empty());
}

TEST(LinkCodecTest, CorruptRecordsFailNamingThePage) {
  const std::string data = EncodeLinks(HomepageLinks(), kPage);
  for (const std::string& bad : {std::string(), std::string("\x03") + data.substr(1),
                                 std::string("\x01") + data.substr(1),  // zstd data under the zlib format data.substr(0, data.size() / 2),
                                 data + "x", std::string(data.substr(0, 2)) + std::string(data.size() - 2, '\x55')}) {
    auto decoded = DecodeLinks(bad, 1234, kPage);
    ASSERT_FALSE(decoded);
    EXPECT_NE(decoded.error().message.find("page_links of page 1234"), std::string::npos) << decoded.error().message;
  }
}

// Records written by earlier versions: format 1, the same encoding compressed with zlib.
TEST(LinkCodecTest, ReadsZlibRecordsOfEarlierVersions) {
  const std::vector<model::Link> links = HomepageLinks();
  const std::string data = EncodeLinks(links, kPage);
  ASSERT_EQ(data[0], '\x02');
  // The raw size varint, then the zstd frame of the raw encoding.
  std::size_t at = 1;
  while ((static_cast<unsigned char>(data[at]) & 0x80) != 0) ++at;
  ++at;
  const std::string_view frame = std::string_view(data).substr(at);
  std::string raw(ZSTD_getFrameContentSize(frame.data(), frame.size()), '\0');
  ASSERT_EQ(ZSTD_decompress(raw.data(), raw.size(), frame.data(), frame.size()), raw.size());
  std::string old = "\x01" + data.substr(1, at - 1);
  old += testing::ZlibStream(raw);
  auto decoded = DecodeLinks(old, 9, kPage);
  ASSERT_TRUE(decoded) << decoded.error().message;
  ExpectSameLinks(*decoded, links, 9);
  std::string zstd_under_old = old.substr(0, at);
  zstd_under_old.append(frame);
  EXPECT_FALSE(DecodeLinks(zstd_under_old, 9, kPage));
}

TEST(LinkCodecTest, RepositoryStoresAndReadsLinksOfAPage) {
  auto repo = OpenSqlite(":memory:");
  ASSERT_TRUE(repo) << repo.error().message;
  PageRecord rec;
  rec.page.url = kPage;
  rec.page.fetched_at = 1000;
  rec.page.http_status = 200;
  rec.links = HomepageLinks();
  auto id = (*repo)->SavePage(rec);
  ASSERT_TRUE(id) << id.error().message;
  // A crawl hands the store a ready encoding; both paths read back the same.
  PageRecord ready = rec;
  ready.page.fetched_at = 2000;
  ready.compressed_links = EncodeLinks(ready.links, kPage);
  auto id2 = (*repo)->SavePage(ready);
  ASSERT_TRUE(id2) << id2.error().message;
  auto first = (*repo)->LatestPage(kPage, 1500);
  auto second = (*repo)->LatestPage(kPage, 2500);
  ASSERT_TRUE(first && *first && second && *second);
  ExpectSameLinks((**first).links, rec.links, *id);
  ExpectSameLinks((**second).links, rec.links, *id2);
}

// Pages stored before migration 0011 have their links as rows of the links table.
TEST(LinkCodecTest, RepositoryStillReadsLinkRowsOfOlderPages) {
  const std::filesystem::path db =
      std::filesystem::temp_directory_path() / ("govwatch-links-" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(db);
  {
    auto repo = OpenSqlite(db.string());
    ASSERT_TRUE(repo) << repo.error().message;
    PageRecord rec;
    rec.page.url = kPage;
    rec.page.fetched_at = 1000;
    rec.page.http_status = 200;
    ASSERT_TRUE((*repo)->SavePage(rec));
  }
  sqlite3* raw = nullptr;
  ASSERT_EQ(sqlite3_open(db.string().c_str(), &raw), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(raw,
                         "INSERT INTO links(page_id, from_url, to_url, text, http_status, error, broken) VALUES "
                         "(1, 'http://127.0.0.1:18001/zwgk/index.html', 'http://127.0.0.1:18001/a.html', '通知', 0, '', 0),"
                         "(1, 'http://127.0.0.1:18001/zwgk/index.html', 'http://127.0.0.1:18001/b.pdf', '附件', 404, '404', 1)",
                         nullptr, nullptr, nullptr),
            SQLITE_OK)
      << sqlite3_errmsg(raw);
  sqlite3_close(raw);
  auto repo = OpenSqlite(db.string());
  ASSERT_TRUE(repo) << repo.error().message;
  auto page = (*repo)->LatestPage(kPage, 1000);
  ASSERT_TRUE(page && *page);
  ASSERT_EQ((**page).links.size(), 2u);
  EXPECT_EQ((**page).links[1].to_url, "http://127.0.0.1:18001/b.pdf");
  EXPECT_TRUE((**page).links[1].broken);
  repo->reset();
  std::filesystem::remove(db);
  std::filesystem::remove(db.string() + "-wal");
  std::filesystem::remove(db.string() + "-shm");
}

}  // namespace
}  // namespace govwatch::store
