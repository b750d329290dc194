// Attachments linked from stored pages are downloaded once, their text stored as a snapshot of
// their URL; scans go through the OCR queue within its budget.
#include "crawl/attachment_reader.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <map>
#include <sstream>

#include "common/clock.hpp"
#include "common/time.hpp"
#include "store/repository.hpp"
#include "support/deflate.hpp"
#include "support/test_data.hpp"

namespace govwatch::crawl {
namespace {

std::string Fixture(const std::string& name) { return testing::TestData("extract/attachments/" + name); }

// The crawl's check of a linked resource, as CrawlSites stores it (status only).
void StoreCheck(store::Repository& repo, std::int64_t site_id, const std::string& url, Timestamp at, int status) {
  store::PageRecord check;
  check.page.site_id = site_id;
  check.page.url = url;
  check.page.fetched_at = at;
  check.page.http_status = status;
  ASSERT_TRUE(repo.SavePage(check));
}

class FileFetcher : public fetch::Fetcher {
 public:
  std::map<std::string, std::string> files;
  std::map<std::string, int> fetched;
  std::map<std::string, fetch::FetchError> errors;  // url → transport error (its answer had status 200)
  void FetchAll(std::span<const fetch::Request> requests,
                const std::function<void(std::size_t, fetch::Response&&)>& on_done) override {
    for (std::size_t i = 0; i < requests.size(); ++i) {
      fetch::Response r;
      r.url = requests[i].url;
      r.final_url = r.url;
      ++fetched[r.url];
      auto it = files.find(r.url);
      r.http_status = it == files.end() ? 404 : 200;
      if (it != files.end()) r.body = it->second;
      if (auto e = errors.find(r.url); e != errors.end()) {
        r.error = e->second;
        r.body.clear();
      }
      on_done(i, std::move(r));
    }
  }
};

const std::string kOrigin = "http://127.0.0.1:18001";

// The test site, registered in `repo` (id 0 when the store refused it).
model::Site RegisterSite(store::Repository& repo) {
  model::Site site;
  site.name = "青川县人民政府门户网站";
  site.url = kOrigin + "/";
  if (auto id = repo.UpsertSite(site)) site.id = id->id;
  return site;
}

// The stored page `page_path` of `site`, seen at `t` - 2 h, linking each of `attachments` under
// `text`, and the crawl's check (200) of each.
void StorePageLinking(store::Repository& repo, const model::Site& site, const std::string& page_path,
                      const std::vector<std::string>& attachments, const std::string& text, Timestamp t) {
  store::PageRecord page;
  page.page.site_id = site.id;
  page.page.url = kOrigin + page_path;
  page.page.fetched_at = t - 7200;
  page.page.http_status = 200;
  for (const std::string& to : attachments) {
    model::Link l;
    l.from_url = page.page.url;
    l.to_url = kOrigin + to;
    l.text = text;
    page.links.push_back(std::move(l));
  }
  ASSERT_TRUE(repo.SavePage(page));
  for (const std::string& to : attachments) StoreCheck(repo, site.id, kOrigin + to, t - 7000, 200);
}

// A fresh store with the test site registered; the tests' instant is the end of 2022-03-31.
class AttachmentReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto opened = store::OpenSqlite(":memory:");
    ASSERT_TRUE(opened);
    repo_ = std::move(*opened);
    site_ = RegisterSite(*repo_);
    ASSERT_NE(site_.id, 0);
  }

  std::unique_ptr<store::Repository> repo_;
  model::Site site_;
  const Timestamp t_ = EndOfDay(Date{2022, 3, 31});
};

TEST_F(AttachmentReaderTest, StoresTextOfLinkedAttachmentsOnce) {
  store::Repository& repo = *repo_;
  store::PageRecord page;
  page.page.site_id = site_.id;
  page.page.url = kOrigin + "/zfxxgk/mzj/202203/t20220301_1.html";
  page.page.fetched_at = t_ - 7200;
  page.page.http_status = 200;
  const auto link = [&](std::string to, std::string text) {
    model::Link l;
    l.from_url = page.page.url;
    l.to_url = kOrigin + to;
    l.text = std::move(text);
    page.links.push_back(std::move(l));
  };
  link("/zfxxgk/mzj/202203/P020220301.pdf", "临时救助对象公示.pdf");
  link("/zfxxgk/mzj/202203/P020220302.doc", "公示名单");
  link("/zfxxgk/mzj/202203/P020220303.xls", "");
  link("/zfxxgk/mzj/202203/P020220304.pdf", "扫描件");
  link("/zfxxgk/mzj/202203/W020220305.tif", "公示名单扫描件");
  link("/images/logo.png", "");                  // an image that names nothing: not read
  link("/zfxxgk/mzj/202203/missing.docx", "附件");  // 404
  link("/zfxxgk/nbgl/disallowed.pdf", "内部公示");  // robots.txt kept the crawl from it: no check stored
  ASSERT_TRUE(repo.SavePage(page));
  for (const char* checked : {"/zfxxgk/mzj/202203/P020220301.pdf", "/zfxxgk/mzj/202203/P020220302.doc",
                              "/zfxxgk/mzj/202203/P020220303.xls", "/zfxxgk/mzj/202203/P020220304.pdf",
                              "/zfxxgk/mzj/202203/W020220305.tif", "/images/logo.png"}) {
    StoreCheck(repo, site_.id, kOrigin + checked, t_ - 7000, 200);
  }
  StoreCheck(repo, site_.id, kOrigin + "/zfxxgk/mzj/202203/missing.docx", t_ - 7000, 404);

  FileFetcher fetcher;
  fetcher.files[kOrigin + "/zfxxgk/mzj/202203/P020220301.pdf"] = Fixture("gongshi.pdf");
  fetcher.files[kOrigin + "/zfxxgk/mzj/202203/P020220302.doc"] = Fixture("gongshi.doc");
  fetcher.files[kOrigin + "/zfxxgk/mzj/202203/P020220303.xls"] = Fixture("subsidy.xls");
  fetcher.files[kOrigin + "/zfxxgk/mzj/202203/P020220304.pdf"] = Fixture("scanned.pdf");
  fetcher.files[kOrigin + "/zfxxgk/mzj/202203/W020220305.tif"] = Fixture("ocr.tif");
  fetcher.files[kOrigin + "/images/logo.png"] = "png";
  ManualClock clock(t_ - 3600);
  extract::OcrBudget budget;
  budget.max_jobs = 1;  // one scan per run: the other waits in the queue
  extract::OcrQueue ocr(budget);

  auto stats = ReadAttachments(repo, fetcher, {site_}, clock, ocr, {});
  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->fetched, 6);
  EXPECT_EQ(stats->failed, 1);
  EXPECT_EQ(stats->failures, std::vector<std::string>{kOrigin + "/zfxxgk/mzj/202203/missing.docx: HTTP 404"});
  EXPECT_EQ(stats->ocr_queued, 2);
  EXPECT_EQ(stats->ocr_pending, 1);
  EXPECT_EQ(stats->read, 4);
  EXPECT_EQ(fetcher.fetched.count(kOrigin + "/images/logo.png"), 0u);
  EXPECT_EQ(fetcher.fetched.count(kOrigin + "/zfxxgk/nbgl/disallowed.pdf"), 0u) << "not checked by the crawl";

  auto doc = repo.LatestPage(kOrigin + "/zfxxgk/mzj/202203/P020220302.doc", t_);
  ASSERT_TRUE(doc && *doc);
  EXPECT_EQ((*doc)->page.title, "公示名单");
  EXPECT_NE((*doc)->page.text.find("1\t张秀兰\t岚山镇岚山村\t1200"), std::string::npos) << (*doc)->page.text;
  auto xls = repo.LatestPage(kOrigin + "/zfxxgk/mzj/202203/P020220303.xls", t_);
  ASSERT_TRUE(xls && *xls);
  EXPECT_EQ((*xls)->page.title, "P020220303.xls");
  auto scan = repo.LatestPage(kOrigin + "/zfxxgk/mzj/202203/P020220304.pdf", t_);
  ASSERT_TRUE(scan && *scan);
  EXPECT_NE((*scan)->page.text.find("张秀兰"), std::string::npos) << (*scan)->page.text;

  // A second run fetches only what is still unread and drains the queue.
  clock.Set(t_ - 1800);
  auto again = ReadAttachments(repo, fetcher, {site_}, clock, ocr, {});
  ASSERT_TRUE(again) << again.error().message;
  EXPECT_EQ(fetcher.fetched[kOrigin + "/zfxxgk/mzj/202203/P020220302.doc"], 1);
  EXPECT_EQ(again->ocr_pending, 0);
  auto tif = repo.LatestPage(kOrigin + "/zfxxgk/mzj/202203/W020220305.tif", t_);
  ASSERT_TRUE(tif && *tif);
  EXPECT_NE((*tif)->page.text.find("张秀兰"), std::string::npos) << (*tif)->page.text;
}

TEST_F(AttachmentReaderTest, HostileAttachmentsFailWithTheirReasonAndStoreNothing) {
  // A zip bomb, a PDF that is not one, and one sent too slowly to finish: each is a failure whose
  // reason names its URL, and nothing is stored for it beyond the crawl's check.
  store::Repository& repo = *repo_;
  StorePageLinking(repo, site_, "/gsgg/t20220301_1.html", {"/gsgg/bomb.docx", "/gsgg/fake.pdf", "/gsgg/slow.xlsx"},
                   "公示名单", t_);
  FileFetcher fetcher;
  fetcher.files[kOrigin + "/gsgg/bomb.docx"] = Fixture("bomb.docx");
  fetcher.files[kOrigin + "/gsgg/fake.pdf"] = "%PDF-1.4\n<html><body>维护中</body></html>";
  fetcher.files[kOrigin + "/gsgg/slow.xlsx"] = "PK";
  fetcher.errors[kOrigin + "/gsgg/slow.xlsx"] = fetch::FetchError::kTimeout;
  ManualClock clock(t_ - 3600);
  extract::OcrQueue ocr(extract::OcrBudget{});

  auto stats = ReadAttachments(repo, fetcher, {site_}, clock, ocr, {});

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->fetched, 3);
  EXPECT_EQ(stats->read, 0);
  EXPECT_EQ(stats->failed, 3);
  ASSERT_EQ(stats->failures.size(), 3u);
  EXPECT_EQ(stats->failures[0], kOrigin + "/gsgg/bomb.docx: word/document.xml is too large");
  EXPECT_EQ(stats->failures[1], kOrigin + "/gsgg/fake.pdf: not a readable PDF");
  EXPECT_EQ(stats->failures[2], kOrigin + "/gsgg/slow.xlsx: timeout");
  for (const char* to : {"/gsgg/bomb.docx", "/gsgg/fake.pdf", "/gsgg/slow.xlsx"}) {
    auto check = repo.LatestPage(kOrigin + to, t_);
    ASSERT_TRUE(check && *check);
    EXPECT_TRUE((*check)->page.text.empty()) << to << ": only the crawl's check is stored";
  }
}

TEST_F(AttachmentReaderTest, WebPagesSavedUnderOfficeNamesAreReadAsPages) {
  // Issue 7, hostile servers: a CMS's 导出Excel and Word's 另存为网页 give HTML named .xls or
  // .doc. xls2csv wrote nothing for the .xls (exit 0), so the 公示 list it holds was neither read
  // nor counted as a failure; catdoc gave the .doc's markup with its Chinese garbled. Both are
  // read as the pages they are.
  store::Repository& repo = *repo_;
  StorePageLinking(repo, site_, "/gsgg/t20220304_1.html", {"/gsgg/list.xls", "/gsgg/notice.doc"}, "公示名单", t_);
  FileFetcher fetcher;
  fetcher.files[kOrigin + "/gsgg/list.xls"] =
      "\xEF\xBB\xBF <html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta charset=\"utf-8\">"
      "</head><body><table><tr><td>姓名</td><td>村组</td></tr>"
      "<tr><td>张秀兰</td><td>岚山镇岚山村</td></tr></table></body></html>";
  fetcher.files[kOrigin + "/gsgg/notice.doc"] =
      "<!DOCTYPE html><html><body><p>关于临时救助对象的公示</p>"
      "<p>王德明，松林乡松林村。</p></body></html>";
  ManualClock clock(t_ - 3600);
  extract::OcrQueue ocr(extract::OcrBudget{});

  auto stats = ReadAttachments(repo, fetcher, {site_}, clock, ocr, {});

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_EQ(stats->read, 2);
  EXPECT_EQ(stats->failed, 0);
  auto list = repo.LatestPage(kOrigin + "/gsgg/list.xls", t_);
  ASSERT_TRUE(list && *list);
  EXPECT_NE((*list)->page.text.find("张秀兰"), std::string::npos) << (*list)->page.text;
  EXPECT_EQ((*list)->page.text.find("<td>"), std::string::npos) << (*list)->page.text;
  auto notice = repo.LatestPage(kOrigin + "/gsgg/notice.doc", t_);
  ASSERT_TRUE(notice && *notice);
  EXPECT_NE((*notice)->page.text.find("王德明，松林乡松林村。"), std::string::npos) << (*notice)->page.text;
}

// Drawing operations of a PDF page: text, and a shape filling most of the page.
constexpr std::string_view kDrawText = "BT /F1 1 Tf 1 1 Td (ab) Tj ET\n";
constexpr std::string_view kFillShape = "0 0 m 500 700 l 10 600 l f\n";

// A one-page PDF whose content stream, deflated to a few kilobytes per million bytes, repeats
// `operation` `operations` times: poppler works through them for seconds to hours.
std::string PdfOfEndlessDrawing(int operations, std::string_view operation) {
  std::string op;
  for (int i = 0; i < 1000; ++i) op += operation;
  const std::string stream = testing::DeflateRepeated(op, static_cast<std::size_t>(operations / 1000),
                                                      testing::DeflateFormat::kZlib);
  const std::vector<std::string> objects = {
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
      "/Resources << /Font << /F1 5 0 R >> >> >>",
      "<< /Length " + std::to_string(stream.size()) + " /Filter /FlateDecode >>\nstream\n" + stream + "\nendstream",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
  std::string pdf = "%PDF-1.4\n";
  std::vector<std::size_t> offsets;
  for (std::size_t i = 0; i < objects.size(); ++i) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(objects.size() + 1) + "\n0000000000 65535 f \n";
  for (std::size_t offset : offsets) {
    const std::string digits = std::to_string(offset);
    pdf += std::string(10 - digits.size(), '0') + digits + " 00000 n \n";
  }
  pdf += "trailer\n<< /Size " + std::to_string(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

// A 24-bit BMP of `side` × `side` pixels, each black or white at random: Tesseract's layout
// analysis works on it for seconds to minutes.
std::string BmpOfNoise(int side) {
  const int row = (side * 3 + 3) / 4 * 4;
  const auto le32 = [](std::uint32_t v) {
    return std::string{static_cast<char>(v & 0xff), static_cast<char>((v >> 8) & 0xff),
                       static_cast<char>((v >> 16) & 0xff), static_cast<char>(v >> 24)};
  };
  const std::uint32_t pixels = static_cast<std::uint32_t>(row * side);
  std::string bmp = "BM" + le32(54 + pixels) + le32(0) + le32(54) + le32(40) + le32(static_cast<std::uint32_t>(side)) +
                    le32(static_cast<std::uint32_t>(side)) + std::string("\x01\x00\x18\x00", 4) + le32(0) +
                    le32(pixels) + le32(2835) + le32(2835) + le32(0) + le32(0);
  std::uint32_t state = 7;
  for (int y = 0; y < side; ++y) {
    for (int x = 0; x < side; ++x) {
      state = state * 1103515245u + 12345u;
      bmp.append(3, (state >> 16) & 1 ? '\xff' : '\0');
    }
    bmp.append(static_cast<std::size_t>(row - side * 3), '\0');
  }
  return bmp;
}

TEST_F(AttachmentReaderTest, AttachmentsThatKeepTheReadersBusyFailAtTheirTimeLimits) {
  // Issue 7, hostile servers. A 700 KB 公示.pdf of 10 million text-drawing operations held the
  // reader (poppler, in this process, with no time limit) for 8 s of CPU, a 20 MB one for minutes.
  // A 7 KB 扫描件.pdf whose page fills a shape 100,000 times has no text layer, so it goes to
  // OCR, whose renderer was still at it after ten minutes; a 6000 × 6000 image of noise (under the
  // 40 MP limit) keeps Tesseract busy for 78 s, the 2000 × 2000 one here for 4 s. The OCR budget
  // is looked at between jobs, so none of them was bounded, and a site_ has up to 200 attachments.
  // Each reading runs in a child process now, killed at its time limit; the attachment is a
  // failure naming the reason, and the ordinary PDF beside them is read.
  store::Repository& repo = *repo_;
  StorePageLinking(repo, site_, "/gsgg/t20220302_1.html",
                   {"/gsgg/busy.pdf", "/gsgg/gongshi.pdf", "/gsgg/scan.pdf", "/gsgg/scan.bmp"}, "公示名单扫描件",
                   t_);
  FileFetcher fetcher;
  fetcher.files[kOrigin + "/gsgg/busy.pdf"] = PdfOfEndlessDrawing(10'000'000, kDrawText);
  fetcher.files[kOrigin + "/gsgg/gongshi.pdf"] = Fixture("gongshi.pdf");
  fetcher.files[kOrigin + "/gsgg/scan.pdf"] = PdfOfEndlessDrawing(100'000, kFillShape);
  fetcher.files[kOrigin + "/gsgg/scan.bmp"] = BmpOfNoise(2000);
  ManualClock clock(t_ - 3600);
  extract::OcrBudget budget;
  budget.max_job_seconds = 0.5;
  extract::OcrQueue ocr(budget);
  AttachmentOptions options;
  // busy.pdf needs 8 s of CPU; scan.pdf's text layer (none) is read in well under a second, but
  // on a machine loaded by parallel builds it took over 500 ms and was killed before its OCR.
  options.read_limits.timeout_ms = 3000;
  const auto started = std::chrono::steady_clock::now();

  auto stats = ReadAttachments(repo, fetcher, {site_}, clock, ocr, options);

  ASSERT_TRUE(stats) << stats.error().message;
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(60));
  EXPECT_EQ(stats->fetched, 4);
  EXPECT_EQ(stats->ocr_queued, 2);
  EXPECT_EQ(stats->ocr_pending, 0);
  EXPECT_EQ(stats->read, 1);
  EXPECT_EQ(stats->failures,
            (std::vector<std::string>{kOrigin + "/gsgg/busy.pdf: PDF reading timed out",
                                      kOrigin + "/gsgg/scan.pdf: scan.pdf: OCR took longer than 500 ms",
                                      kOrigin + "/gsgg/scan.bmp: scan.bmp: OCR took longer than 500 ms"}));
  for (const char* busy : {"/gsgg/busy.pdf", "/gsgg/scan.pdf", "/gsgg/scan.bmp"}) {
    auto check = repo.LatestPage(kOrigin + busy, t_);
    ASSERT_TRUE(check && *check) << busy;
    EXPECT_TRUE((*check)->page.text.empty()) << busy << ": only the crawl's check is stored";
  }
  auto read = repo.LatestPage(kOrigin + "/gsgg/gongshi.pdf", t_);
  ASSERT_TRUE(read && *read);
  EXPECT_NE((*read)->page.text.find("1200"), std::string::npos) << (*read)->page.text;
}

TEST_F(AttachmentReaderTest, WhichLinksAreAttachments) {
  EXPECT_TRUE(IsReadableAttachment("http://x/P0202.PDF", ""));
  EXPECT_TRUE(IsReadableAttachment("http://x/a.xlsx?v=1", ""));
  EXPECT_TRUE(IsReadableAttachment("http://x/a.jpg", "低保对象公示名单"));
  EXPECT_FALSE(IsReadableAttachment("http://x/banner.jpg", "首页横幅"));
  EXPECT_FALSE(IsReadableAttachment("http://x/a.html", "公示"));
  EXPECT_FALSE(IsReadableAttachment("http://x/a.zip", "附件"));
}

}  // namespace
}  // namespace govwatch::crawl
