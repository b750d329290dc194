// FetchStylesheets against a fetcher that answers every sheet: same-origin sheets once per URL,
// and no more than kMaxStylesheetsPerSite of a site however many its pages link.
#include "cli/stylesheets.hpp"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "common/clock.hpp"
#include "store/repository.hpp"

namespace govwatch::cli {
namespace {

class SheetFetcher : public fetch::Fetcher {
 public:
  std::map<std::string, int> fetched;
  void FetchAll(std::span<const fetch::Request> requests,
                const std::function<void(std::size_t, fetch::Response&&)>& on_done) override {
    for (std::size_t i = 0; i < requests.size(); ++i) {
      ++fetched[requests[i].url];
      fetch::Response r;
      r.url = requests[i].url;
      r.final_url = r.url;
      r.http_status = 200;
      r.body = ".hide{display:none}";
      r.body_is_text = true;
      r.content_type = "text/css";
      on_done(i, std::move(r));
    }
  }
};

TEST(StylesheetsTest, APageLinkingTenThousandSheetsCostsAtMostTheSiteLimit) {
  auto opened = store::OpenSqlite(":memory:");
  ASSERT_TRUE(opened);
  store::Repository& repo = **opened;
  const std::string origin = "http://127.0.0.1:18001";
  model::Site site;
  site.name = "测试网站";
  site.unit = "测试单位";
  site.url = origin + "/";
  auto up = repo.UpsertSite(site);
  ASSERT_TRUE(up);
  site.id = up->id;
  store::PageRecord page;
  page.page.site_id = site.id;
  page.page.url = origin + "/";
  page.page.fetched_at = 1648742000;
  page.page.http_status = 200;
  page.page.body = "<html></html>";
  page.page.content_hash = "h";
  for (int i = 0; i < 10000; ++i) {
    model::Link l;
    l.from_url = page.page.url;
    l.to_url = origin + "/css/s" + std::to_string(i) + ".css";
    page.links.push_back(std::move(l));
  }
  model::Link other;
  other.from_url = page.page.url;
  other.to_url = "http://127.0.0.2:18002/outside.css";
  page.links.insert(page.links.begin(), other);
  ASSERT_TRUE(repo.SavePage(page));
  SheetFetcher fetcher;
  ManualClock clock(1648742399);

  auto stored = FetchStylesheets(repo, fetcher, {site}, clock, 1000);

  ASSERT_TRUE(stored) << stored.error().message;
  EXPECT_EQ(*stored, kMaxStylesheetsPerSite);
  EXPECT_EQ(fetcher.fetched.size(), static_cast<std::size_t>(kMaxStylesheetsPerSite));
  EXPECT_EQ(fetcher.fetched.count(origin + "/css/s0.css"), 1u);
  EXPECT_EQ(fetcher.fetched.count("http://127.0.0.2:18002/outside.css"), 0u) << "another origin's sheet";
}

// Inspect collects the sheet links while the attachment pass reads each site's links, and passes
// over the pages that pass replaced since: the same sheets as reading the links afresh.
TEST(StylesheetsTest, CollectedLinksChooseAsAFreshReadOfTheStoreDoes) {
  const std::string origin = "http://127.0.0.1:18001";
  // Two repositories with the same crawl: one keeps it, one gets the attachment pass's snapshot.
  struct Stored {
    std::unique_ptr<store::Repository> repo;
    model::Site site;
  };
  const auto crawl = [&]() {
    Stored st;
    auto opened = store::OpenSqlite(":memory:");
    EXPECT_TRUE(opened);
    st.repo = std::move(*opened);
    st.site.name = "测试网站";
    st.site.unit = "测试单位";
    st.site.url = origin + "/";
    st.site.id = st.repo->UpsertSite(st.site)->id;
    // A page served at an image's address (a scan's "page"), then an ordinary one; both link sheets.
    for (const auto& [path, sheets] : std::vector<std::pair<std::string, std::vector<std::string>>>{
             {"/gs/scan.tiff", {"/css/scan.css", "/css/b.css"}}, {"/", {"/css/b.css", "/css/c.css"}}}) {
      store::PageRecord page;
      page.page.site_id = st.site.id;
      page.page.url = origin + path;
      page.page.fetched_at = 1648742000;
      page.page.http_status = 200;
      page.page.body = "<html>" + path + "</html>";
      page.page.content_hash = "h" + path;
      for (const std::string& sheet : sheets) {
        model::Link l;
        l.from_url = page.page.url;
        l.to_url = origin + sheet;
        page.links.push_back(std::move(l));
      }
      EXPECT_TRUE(st.repo->SavePage(page));
    }
    return st;
  };
  const auto replace = [&](Stored& st) {
    store::PageRecord text;
    text.page.site_id = st.site.id;
    text.page.url = origin + "/gs/scan.tiff";
    text.page.fetched_at = 1648742100;
    text.page.http_status = 200;
    text.page.text = "公示名单";
    EXPECT_TRUE(st.repo->SavePage(text));
  };
  ManualClock clock(1648742399);
  for (const bool replaced : {false, true}) {
    Stored fresh = crawl();
    Stored collected = crawl();
    auto pages = collected.repo->LatestLinksOfSite(collected.site.id, clock.Now());
    ASSERT_TRUE(pages);
    const std::vector<SiteStylesheetLinks> links = {CollectStylesheetLinks(collected.site, *pages)};
    std::set<std::string> urls;
    if (replaced) {
      replace(fresh);
      replace(collected);
      urls.insert(origin + "/gs/scan.tiff");
    }
    SheetFetcher by_store;
    SheetFetcher by_links;
    auto a = FetchStylesheets(*fresh.repo, by_store, {fresh.site}, clock, 1000);
    auto b = FetchStylesheets(*collected.repo, by_links, links, urls, clock, 1000);
    ASSERT_TRUE(a && b);
    EXPECT_EQ(*a, *b) << replaced;
    EXPECT_EQ(by_store.fetched, by_links.fetched) << replaced;
    // The scan's page, once replaced, links nothing: its own sheet is no longer asked for.
    EXPECT_EQ(by_links.fetched.size(), replaced ? 2u : 3u);
    EXPECT_EQ(by_links.fetched.count(origin + "/css/scan.css"), replaced ? 0u : 1u);
    for (const char* sheet : {"/css/scan.css", "/css/b.css", "/css/c.css"}) {
      auto x = fresh.repo->LatestPage(origin + sheet, clock.Now());
      auto y = collected.repo->LatestPage(origin + sheet, clock.Now());
      ASSERT_TRUE(x && y) << sheet;
      ASSERT_EQ(x->has_value(), y->has_value()) << sheet;
      if (*x) {
        EXPECT_EQ((*x)->page.content_hash, (*y)->page.content_hash) << sheet;
      }
    }
  }
}

}  // namespace
}  // namespace govwatch::cli
