// W-V1.3 暗链: a page links, invisibly, to gambling, pornographic or other unrelated sites
// ("发布或链接反动、暴力、色情等内容", 国办秘函〔2019〕19号 单项否决; 暗链 detection [I]). The links
// come from extract::FindHiddenLinks over stored pages; this file judges their targets by keyword
// and domain heuristics. A hidden link to a gambling or porn target is a veto (hidden_link.veto);
// a hidden external link to a non-government site by a spam technique (off-screen, zero size,
// background-coloured, script-written) is reported for review (hidden_link.report_unrelated).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "check/integrity_observations.hpp"
#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

enum class LinkTargetKind { kNone, kGambling, kPorn, kSpam };

struct LinkTargetVerdict {
  LinkTargetKind kind = LinkTargetKind::kNone;
  std::string why;  // the matched word or domain part, in Chinese: 含“百家乐” / 域名含“baijiale”
};

// Judges a link target by its anchor text and URL (host and path, percent-decoded), with the word
// lists of rules/hidden_links.tsv.
LinkTargetVerdict ClassifyLinkTarget(std::string_view url, std::string_view text, const Rules& rules);
// True when `url` (http/https) points outside the site at `site_url`: a different registrable
// domain (the last three labels under .gov.cn/.com.cn/.org.cn/.edu.cn/.net.cn, else two).
bool IsOutsideSite(std::string_view url, std::string_view site_url);
// True for government hosts (.gov.cn, .gov, .政务, gov.cn itself, and conac.cn, where the
// 党政机关网站开办者标识 every government site must carry links to).
bool IsGovernmentHost(std::string_view url);
// False only when the raw `html` of a page of the site at `site_url` cannot hold a hidden link
// CheckHiddenLinks would report: no absolute URL in it (anywhere: attributes, scripts, style
// sheets, text) names a non-government host outside the site, no script writes HTML, no <base>
// re-roots relative links and no entity-encoded slash hides a URL. Lets the judge skip parsing
// such pages; it reads bytes only, so it is far cheaper than extract::FindHiddenLinks.
bool MayHoldReportableHiddenLink(std::string_view html, std::string_view site_url);

std::vector<model::Finding> CheckHiddenLinks(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                             Timestamp t, const Rules& rules);

}  // namespace govwatch::check
