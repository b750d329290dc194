// A Fetcher that answers from a map of canned responses (unknown URLs: HTTP 404), and counts
// what was asked. For connector tests that need no sockets.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "fetch/fetcher.hpp"

namespace govwatch::testing {

class CannedFetcher : public fetch::Fetcher {
 public:
  // Serves `body` with status 200 and `content_type` at `url`.
  void Serve(const std::string& url, std::string body, std::string content_type = "text/html") {
    fetch::Response r;
    r.http_status = 200;
    r.body = std::move(body);
    r.body_is_text = true;
    r.charset = "utf-8";
    r.content_type = std::move(content_type);
    responses_[url] = std::move(r);
  }
  // Answers `url` with an HTTP status and no body.
  void Status(const std::string& url, int status) {
    fetch::Response r;
    r.http_status = status;
    responses_[url] = std::move(r);
  }
  // Answers `url` with an HTTP status and a text body (a platform's error page).
  void StatusPage(const std::string& url, int status, std::string body) {
    fetch::Response r;
    r.http_status = status;
    r.body = std::move(body);
    r.body_is_text = true;
    r.content_type = "text/html";
    responses_[url] = std::move(r);
  }
  // Redirects `url` to `to`: the answer is `to`'s, with the redirect recorded.
  void Redirect(const std::string& url, const std::string& to) { redirects_[url] = to; }
  // Answers `url` with a transport error.
  void Fail(const std::string& url, fetch::FetchError error) {
    fetch::Response r;
    r.error = error;
    responses_[url] = std::move(r);
  }
  void FetchAll(std::span<const fetch::Request> requests,
                const std::function<void(std::size_t, fetch::Response&&)>& on_done) override {
    for (std::size_t i = 0; i < requests.size(); ++i) {
      requested.push_back(requests[i].url);
      std::string target = requests[i].url;
      std::vector<std::string> followed;
      for (auto hop = redirects_.find(target); hop != redirects_.end() && followed.size() < 10;
           hop = redirects_.find(target)) {
        target = hop->second;
        followed.push_back(target);
      }
      fetch::Response r;
      if (auto it = responses_.find(target); it != responses_.end()) {
        r = it->second;
      } else {
        r.http_status = 404;
      }
      r.url = requests[i].url;
      r.final_url = target;
      r.redirects = std::move(followed);
      on_done(i, std::move(r));
    }
  }

  std::vector<std::string> requested;

 private:
  std::map<std::string, fetch::Response> responses_;
  std::map<std::string, std::string> redirects_;
};

}  // namespace govwatch::testing
