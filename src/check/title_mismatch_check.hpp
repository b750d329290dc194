// 文不对题 (错链, part of W-D4.2 链接可用性): a link whose text does not name the page it leads to.
// The anchor text is compared with the target article's title after normalisation (white space
// and punctuation dropped); a truncated text ("关于开展…") matches the title's beginning, and
// navigation words (更多, 详情, >>, more …) and short texts are not compared. Reported for review
// when the similarity is below title_mismatch.min_similarity [I].
#pragma once

#include <optional>
#include <string_view>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

// True when a link text names a page with `title` well enough (or is not a title at all).
bool LinkTextMatchesTitle(std::string_view text, std::string_view title, double min_similarity);

std::optional<model::Finding> CheckTitleMismatch(const SiteObservations& site, Timestamp t, const Rules& rules);

}  // namespace govwatch::check
