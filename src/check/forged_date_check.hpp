// W-V1.5 伪造发稿日期 ("存在弄虚作假行为(如伪造发稿日期等)", 国办秘函〔2019〕19号 单项否决 [V S3]):
// an item appears in a column list claiming a publish date far earlier than the crawler first saw
// it, although the column was crawled continuously and the earlier list already showed items
// older than the claimed date, so the item would have been listed had it existed (spec §3 W-V1
// method 5 [I]). Only news and notice columns: policy columns list documents by their 成文日期.
// Thresholds: forged_date.min_days_earlier, forged_date.max_crawl_gap_days, forged_date.veto.
#pragma once

#include <vector>

#include "check/integrity_observations.hpp"
#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

std::vector<model::Finding> CheckForgedDates(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                             Timestamp t, const Rules& rules);

}  // namespace govwatch::check
