// P-14 HTTPS and P-13 / W-D4.5 IPv6, from the facts the crawl measured (crawl/site_facts): no
// HTTPS, an invalid, expired or soon expiring certificate, an outdated TLS version; no IPv6
// address or no answer over IPv6. Neither is a national veto item: the requirements are
// recalled or inferred ([R]/[I] in spec/indicators.md §8, 昆明's IPv6 target [V S10]), so each is
// information unless its rule (https.missing_points, https.cert_points, https.old_tls_points,
// ipv6.points) gives it deduction points. A site whose facts were never measured gets nothing.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "check/integrity_observations.hpp"
#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

// "TLSv1.2" → 1.2, "TLSv1" → 1.0, "SSLv3" → 0.3; nullopt when unreadable.
std::optional<double> TlsVersionNumber(std::string_view name);

// The P-14 finding (HTTPS) and the W-D4.5 finding (IPv6) of a site, when their facts show a problem.
std::vector<model::Finding> CheckSiteFacts(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                           Timestamp t, const Rules& rules);

}  // namespace govwatch::check
