// The crawler with the real curl fetchers against two loopback servers: the site on 127.0.0.1 and
// an "external" host on 127.0.0.2, to check external links end to end (HEAD, GET fallback,
// classification) and conditional re-crawls against a server that honours validators.
#include <gtest/gtest.h>
#include <httplib.h>

#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <thread>

#include "crawl/crawler.hpp"
#include "store/repository.hpp"

namespace govwatch::crawl {
namespace {

class Server {
 public:
  explicit Server(const std::string& host) : host_(host) {}
  ~Server() { Stop(); }
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  httplib::Server& http() { return server_; }
  bool Start() {
    port_ = server_.bind_to_any_port(host_);
    if (port_ <= 0) return false;
    thread_ = std::thread([this] { server_.listen_after_bind(); });
    while (!server_.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return true;
  }
  void Stop() {
    if (thread_.joinable()) {
      server_.stop();
      thread_.join();
    }
  }
  std::string Url(const std::string& path) const { return "http://" + host_ + ":" + std::to_string(port_) + path; }

 private:
  std::string host_;
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

TEST(CrawlLoopbackTest, ChecksExternalHostAndRecrawlsConditionally) {
  Server site("127.0.0.1");
  Server ext("127.0.0.2");
  std::mutex mutex;
  std::map<std::string, std::vector<std::string>> ext_requests;  // path → methods
  std::atomic<int> not_modified{0};
  const auto log = [&](const httplib::Request& req) {
    std::lock_guard<std::mutex> lock(mutex);
    ext_requests[req.path].push_back(req.method);
  };
  ext.http().Get("/ok", [&](const httplib::Request& req, httplib::Response& res) {
    log(req);
    res.set_content("ok", "text/plain");
  });
  ext.http().Get("/nohead", [&](const httplib::Request& req, httplib::Response& res) {
    log(req);
    if (req.method == "HEAD") {
      res.status = 405;
      return;
    }
    res.set_content("GET only", "text/plain");
  });
  ext.http().Get("/gone", [&](const httplib::Request& req, httplib::Response& res) {
    log(req);
    res.status = 404;
  });
  ext.http().Get("/loop", [&](const httplib::Request& req, httplib::Response& res) {
    log(req);
    res.set_redirect("/loop", 302);
  });
  ASSERT_TRUE(ext.Start()) << "127.0.0.2 must be bindable (loopback /8)";
  const std::string refused = "http://127.0.0.2:1/";
  const std::string home = "<html><body><a href='" + ext.Url("/ok") + "'>ok</a><a href='" + ext.Url("/nohead") +
                           "'>nohead</a><a href='" + ext.Url("/gone") + "'>gone</a><img src='" + ext.Url("/gone") +
                           "'><a href='" + ext.Url("/loop") + "'>loop</a><a href='" + refused +
                           "'>refused</a><a href='/news.html'>news</a></body></html>";
  const auto conditional = [&](const httplib::Request& req, httplib::Response& res, const std::string& body,
                               const std::string& etag) {
    if (req.get_header_value("If-None-Match") == etag) {
      ++not_modified;
      res.status = 304;
      return;
    }
    res.set_header("ETag", etag);
    res.set_header("Last-Modified", "Tue, 01 Mar 2022 02:00:00 GMT");
    res.set_content(body, "text/html; charset=utf-8");
  };
  site.http().Get("/", [&](const httplib::Request& req, httplib::Response& res) { conditional(req, res, home, "\"h1\""); });
  site.http().Get("/news.html", [&](const httplib::Request& req, httplib::Response& res) {
    conditional(req, res, "<html><body><p>新闻</p></body></html>", "\"n1\"");
  });
  ASSERT_TRUE(site.Start());

  auto repo = store::OpenSqlite(":memory:");
  ASSERT_TRUE(repo);
  model::Site s;
  s.name = "测试网站";
  s.unit = "测试单位";
  s.url = site.Url("/");
  auto up = (*repo)->UpsertSite(s);
  ASSERT_TRUE(up);
  s.id = up->id;
  auto fetcher = fetch::MakeCurlFetcher(fetch::FetchOptions{});
  CrawlOptions options;
  options.external_fetch.per_host_delay_ms = 100;
  options.external_fetch.retries = 0;
  ManualClock clock(1648742399);

  auto first = CrawlSites(**repo, *fetcher, {s}, {}, clock, options, nullptr);

  ASSERT_TRUE(first) << first.error().message;
  EXPECT_EQ(first->pages, 2);
  EXPECT_EQ(first->external_checked, 5);
  EXPECT_EQ(first->external_broken, 3);
  auto checks = (*repo)->LatestLinkChecks(clock.Now());
  ASSERT_TRUE(checks);
  std::map<std::string, store::LinkCheck> by_url;
  for (const auto& c : *checks) by_url[c.url] = c;
  EXPECT_FALSE(by_url[ext.Url("/ok")].broken);
  EXPECT_EQ(by_url[ext.Url("/ok")].method, "HEAD");
  EXPECT_FALSE(by_url[ext.Url("/nohead")].broken);
  EXPECT_EQ(by_url[ext.Url("/nohead")].method, "GET");
  EXPECT_EQ(by_url[ext.Url("/gone")].error, "404");
  EXPECT_EQ(by_url[ext.Url("/loop")].error, "redirect_loop");
  EXPECT_EQ(by_url[refused].error, "connect");
  {
    std::lock_guard<std::mutex> lock(mutex);
    EXPECT_EQ(ext_requests["/ok"], std::vector<std::string>{"HEAD"});
    EXPECT_EQ(ext_requests["/gone"], (std::vector<std::string>{"HEAD", "GET"})) << "linked twice, checked once";
  }

  clock.Advance(86400);
  auto second = CrawlSites(**repo, *fetcher, {s}, {}, clock, options, nullptr);

  ASSERT_TRUE(second) << second.error().message;
  EXPECT_EQ(second->unchanged, 2);
  EXPECT_EQ(not_modified.load(), 2);
  auto page = (*repo)->LatestPage(site.Url("/news.html"), clock.Now());
  ASSERT_TRUE(page && *page);
  EXPECT_EQ((*page)->page.fetched_at, clock.Now());
  EXPECT_NE((*page)->page.text.find("新闻"), std::string::npos) << "the unchanged snapshot keeps its extraction";
}

}  // namespace
}  // namespace govwatch::crawl
