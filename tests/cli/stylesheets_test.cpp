// FetchStylesheets against a fetcher that answers every sheet: same-origin sheets once per URL,
// and no more than kMaxStylesheetsPerSite of a site however many its pages link.
#include "cli/stylesheets.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

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

}  // namespace
}  // namespace govwatch::cli
