// Per-site HTTPS and IPv6 facts (P-13, P-14, W-D4.5): whether the homepage answers over https with
// a certificate chain that verifies, the TLS version and certificate expiry (read even when the
// chain does not verify), whether the http homepage redirects to https, whether the host has an
// AAAA record, and whether the homepage really answers over IPv6.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "fetch/fetcher.hpp"
#include "model/model.hpp"
#include "store/repository.hpp"

namespace govwatch::crawl {

struct SiteFactsOptions {
  std::int64_t timeout_ms = 15000;
  // The https address of a site's homepage; null: the homepage with scheme https and the port
  // dropped (443).
  std::function<std::string(const model::Site&)> https_url_of;
  // The http address asked whether it redirects to https; null: the homepage with scheme http and
  // the port dropped (80) when the homepage is https, else the homepage itself.
  std::function<std::string(const model::Site&)> http_url_of;
};

// True when `host` (a name or an address literal, brackets allowed) has an IPv6 address.
bool HasAaaaRecord(const std::string& host);

// Checks every site (concurrently, through `fetcher`) and returns one SiteFacts per site, stamped
// with the clock's time.
std::vector<store::SiteFacts> CheckSiteFacts(fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                                             const Clock& clock, const SiteFactsOptions& options);

}  // namespace govwatch::crawl
