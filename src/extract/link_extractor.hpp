// Links, meta tags and footer identity of a page.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_tree.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::extract::detail {

// The URL links resolve against: the page URL, or <base href> resolved against it.
std::string BaseUrlOf(const HtmlTree& tree, std::string_view page_url);
// Every a/area[href], img/script/iframe[src], link[href] (stylesheet, icon), form[action] and
// meta refresh target, resolved against `base`, in document order; javascript:/mailto:/… and
// fragment-only references are dropped. Anchor text (or alt/title) and the hidden flag are kept.
std::vector<ExtractedLink> ExtractLinks(const HtmlTree& tree, std::string_view base);
// All <meta name|property=… content=…>, names as written (the last one wins).
std::map<std::string, std::string> ExtractMeta(const HtmlTree& tree);
// 网站标识码, ICP备案号, 公安机关备案号, party badge and 我为政府网站找错 entry, from the page's
// visible text (VisibleText: a hidden copy does not count) and its links.
Identity ExtractIdentity(std::string_view visible_text, const std::vector<ExtractedLink>& links);
// True when an inline script writes the 党政机关网站标识 (the conac.cn badge script or its
// _ideConac placeholder), as the badge code issued to sites does with
// document.write(unescape("%3Cspan id='_ideConac'…")). Hidden scripts do not count.
bool ScriptWritesPartyBadge(const HtmlTree& tree);
// Reads the identity numbers from plain text (exposed for tests).
Identity IdentityFromText(std::string_view text);

}  // namespace govwatch::extract::detail
