// The checks that read page bodies and snapshot histories: 暗链 (W-V1.3), 篡改 (W-V1.4), 伪造发稿
// 日期 (W-V1.5), 站内搜索 (W-D4.1 / P-11), 文不对题 (W-D4.2) from the site's pages, the 咨询建言
// channel (W-V5 ①), and the HTTPS / IPv6 facts (P-14, W-D4.5 / P-13).
#pragma once

#include <vector>

#include "check/integrity_observations.hpp"
#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

std::vector<model::Finding> CheckSiteIntegrity(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                               Timestamp t, const Rules& rules);

}  // namespace govwatch::check
