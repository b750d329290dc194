#include "crawl/site_facts.hpp"

#include <netdb.h>
#include <sys/socket.h>

#include "common/strings.hpp"
#include "crawl/url.hpp"

namespace govwatch::crawl {

namespace {

// "scheme://host[:port]/rest" split; host keeps IPv6 brackets.
struct UrlParts {
  std::string scheme;
  std::string host;
  std::string rest = "/";
};

UrlParts Parse(const std::string& url) {
  UrlParts p;
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string::npos) return p;
  p.scheme = ToLowerAscii(url.substr(0, scheme_end));
  const std::string after = url.substr(scheme_end + 3);
  const auto slash = after.find_first_of("/?#");
  std::string authority = after.substr(0, slash);
  if (slash != std::string::npos) p.rest = after.substr(slash);
  if (auto at = authority.rfind('@'); at != std::string::npos) authority = authority.substr(at + 1);
  if (!authority.empty() && authority.front() == '[') {
    p.host = authority.substr(0, authority.find(']') + 1);
  } else {
    p.host = authority.substr(0, authority.find(':'));
  }
  return p;
}

std::string WithScheme(const std::string& url, const std::string& scheme) {
  const UrlParts p = Parse(url);
  if (p.host.empty()) return {};
  return scheme + "://" + p.host + p.rest;
}

}  // namespace

bool HasAaaaRecord(const std::string& host_in) {
  std::string host = host_in;
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  if (host.empty()) return false;
  addrinfo hints{};
  hints.ai_family = AF_INET6;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* result = nullptr;
  const int rc = getaddrinfo(host.c_str(), nullptr, &hints, &result);
  if (result != nullptr) freeaddrinfo(result);
  return rc == 0;
}

std::vector<store::SiteFacts> CheckSiteFacts(fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                                             const Clock& clock, const SiteFactsOptions& options) {
  std::vector<store::SiteFacts> facts(sites.size());
  const Timestamp now = clock.Now();
  // One request list for every site: https (verified), http (to see a redirect to https), and
  // the homepage over IPv6 when the host has an AAAA record.
  enum class Kind { kHttps, kHttp, kIpv6, kHttpsUnverified };
  struct Asked {
    std::size_t site;
    Kind kind;
  };
  std::vector<fetch::Request> requests;
  std::vector<Asked> asked;
  const auto ask = [&](std::size_t site, Kind kind, const std::string& url, bool verify, int ip) {
    if (url.empty()) return;
    fetch::Request r;
    r.url = url;
    r.timeout_ms = options.timeout_ms;
    r.verify_tls = verify;
    r.ip_version = ip;
    requests.push_back(std::move(r));
    asked.push_back({site, kind});
  };
  for (std::size_t i = 0; i < sites.size(); ++i) {
    const model::Site& s = sites[i];
    store::SiteFacts& f = facts[i];
    f.site_id = s.id;
    f.checked_at = now;
    const bool homepage_https = StartsWith(ToLowerAscii(s.url), "https://");
    ask(i, Kind::kHttps, options.https_url_of ? options.https_url_of(s) : (homepage_https ? s.url : WithScheme(s.url, "https")),
        true, 0);
    ask(i, Kind::kHttp, options.http_url_of ? options.http_url_of(s) : (homepage_https ? WithScheme(s.url, "http") : s.url),
        true, 0);
    f.aaaa = HasAaaaRecord(Parse(s.url).host);
    if (f.aaaa) {
      ask(i, Kind::kIpv6, s.url, true, 6);
    } else {
      f.ipv6_error = "no_aaaa";
    }
  }
  std::vector<std::size_t> unverified;  // sites whose https failed on the certificate
  const auto record = [&](const Asked& a, const fetch::Response& r) {
    store::SiteFacts& f = facts[a.site];
    const bool answered = r.error == fetch::FetchError::kNone && r.http_status > 0;
    switch (a.kind) {
      case Kind::kHttps:
        f.https_ok = answered && r.http_status < 400;
        f.cert_chain_valid = answered;
        f.tls_version = r.tls_version;
        if (r.cert_not_after > 0) f.cert_not_after = r.cert_not_after;
        if (!f.https_ok) f.https_error = answered ? std::to_string(r.http_status) : std::string(fetch::ErrorName(r.error));
        if (r.error == fetch::FetchError::kTls) unverified.push_back(a.site);
        break;
      case Kind::kHttpsUnverified:
        // The chain did not verify; what the server presents is still worth reporting.
        if (f.tls_version.empty()) f.tls_version = r.tls_version;
        if (r.cert_not_after > 0) f.cert_not_after = r.cert_not_after;
        break;
      case Kind::kHttp: {
        bool to_https = StartsWith(ToLowerAscii(r.final_url), "https://");
        for (const std::string& hop : r.redirects) to_https = to_https || StartsWith(ToLowerAscii(hop), "https://");
        f.http_redirects_to_https = to_https;
        break;
      }
      case Kind::kIpv6:
        f.ipv6_ok = r.Ok();
        if (!f.ipv6_ok) f.ipv6_error = answered ? std::to_string(r.http_status) : std::string(fetch::ErrorName(r.error));
        break;
    }
  };
  fetcher.FetchAll(requests, [&](std::size_t i, fetch::Response&& r) { record(asked[i], r); });
  if (!unverified.empty()) {
    requests.clear();
    asked.clear();
    for (std::size_t site : unverified) {
      const model::Site& s = sites[site];
      const bool homepage_https = StartsWith(ToLowerAscii(s.url), "https://");
      ask(site, Kind::kHttpsUnverified,
          options.https_url_of ? options.https_url_of(s) : (homepage_https ? s.url : WithScheme(s.url, "https")), false, 0);
    }
    fetcher.FetchAll(requests, [&](std::size_t i, fetch::Response&& r) { record(asked[i], r); });
  }
  return facts;
}

}  // namespace govwatch::crawl
