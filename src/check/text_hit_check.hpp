// W-V1.1 / C-V1 / N-V1 严重表述错误 and PI-2 个人隐私泄露 from the text engine's hits on an
// object's pages or posts. Severe wording is a veto only when the engine rated it severe (a data
// row, never a statistical score); PII fails the object when the rule file says so. Typos and
// sensitive terms below severe are reported as information.
#pragma once

#include <vector>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

// The findings for `hits` on one object.
std::vector<model::Finding> CheckTextHits(const std::vector<TextHit>& hits, model::ObjectKind kind,
                                          const std::string& object, const std::string& unit, Timestamp t,
                                          const Rules& rules);

}  // namespace govwatch::check
