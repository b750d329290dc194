// W-V1.4 页面篡改: an unexpected change of a page that should be stable (homepage, 领导信息 pages):
// a new external script or iframe, a replaced <title>, or most of the text replaced on a page
// whose earlier versions agreed with each other ("页面被挂马、内容被篡改", 国办秘函〔2019〕19号;
// page-hash and DOM baseline [I]). The baseline is the page's earlier stored versions. Severity
// from tamper.veto (default: reported for review, since the veto needs "没有及时有效处置").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "check/integrity_observations.hpp"
#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

// Similarity of two texts in [0, 1]: the Dice coefficient of their character bigrams, after
// dropping white space and punctuation. Two empty texts are identical (1).
double TextSimilarity(std::string_view a, std::string_view b);

std::vector<model::Finding> CheckTampering(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                           Timestamp t, const Rules& rules);

}  // namespace govwatch::check
