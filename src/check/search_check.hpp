// P-11 / W-D4.1 站内搜索: the site offers a search form and a query for the title of a recent
// article finds it ("应提供准确的分类和搜索功能", 国办发〔2017〕47号 [V S7]; recall test of the
// 南都 / 北京 checks [V S11]). A deduction of search.points_missing when there is no form and of
// search.points_failed when the query fails or does not find the article [R].
#pragma once

#include <optional>

#include "check/integrity_observations.hpp"
#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

std::optional<model::Finding> CheckSearch(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                          Timestamp t, const Rules& rules);

}  // namespace govwatch::check
