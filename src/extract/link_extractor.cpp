#include "extract/link_extractor.hpp"

#include <array>

#include "common/strings.hpp"

namespace govwatch::extract::detail {
namespace {

// One-character abbreviations of the provinces used in filing numbers (UTF-8, 3 bytes each).
constexpr std::string_view kProvinces =
    "京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼港澳台";

bool IsProvinceAt(std::string_view text, std::size_t end) {
  if (end < 3) return false;
  const std::string_view ch = text.substr(end - 3, 3);
  for (std::size_t i = 0; i + 3 <= kProvinces.size(); i += 3) {
    if (kProvinces.substr(i, 3) == ch) return true;
  }
  return false;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

std::size_t SkipSpaces(std::string_view s, std::size_t p) {
  for (;;) {
    if (p < s.size() && (s[p] == ' ' || s[p] == ':')) {
      ++p;
    } else if (s.substr(p, 3) == "：" || s.substr(p, 3) == "\u3000") {
      p += 3;
    } else {
      return p;
    }
  }
}

std::size_t CountDigits(std::string_view s, std::size_t p) {
  std::size_t n = 0;
  while (p + n < s.size() && IsDigit(s[p + n])) ++n;
  return n;
}

// "<province>ICP备12345678号-1" starting at the "ICP备" found at `at`.
std::string IcpAt(std::string_view text, std::size_t at) {
  if (!IsProvinceAt(text, at)) return "";
  std::size_t p = SkipSpaces(text, at + std::string_view("ICP备").size());
  const std::size_t digits = CountDigits(text, p);
  if (digits == 0) return "";
  p += digits;
  if (text.substr(p, 3) != "号") return "";
  p += 3;
  if (p + 1 < text.size() && text[p] == '-' && IsDigit(text[p + 1])) p += 1 + CountDigits(text, p + 1);
  return std::string(text.substr(at - 3, p - (at - 3)));
}

std::string PsbAt(std::string_view text, std::size_t at) {
  if (!IsProvinceAt(text, at)) return "";
  std::size_t p = SkipSpaces(text, at + std::string_view("公网安备").size());
  const std::size_t digits = CountDigits(text, p);
  if (digits == 0) return "";
  p += digits;
  if (text.substr(p, 3) != "号") return "";
  p += 3;
  return std::string(text.substr(at - 3, p - (at - 3)));
}

std::string SiteCodeAt(std::string_view text, std::size_t at) {
  std::size_t p = SkipSpaces(text, at + std::string_view("网站标识码").size());
  if (p + 10 > text.size()) return "";
  const std::string candidate = ToLowerAscii(text.substr(p, 10));
  const bool after_ok = p + 10 == text.size() || !IsDigit(text[p + 10]);
  if (!after_ok) return "";
  if (CountDigits(candidate, 0) == 10) return candidate;
  if (StartsWith(candidate, "bm") && CountDigits(candidate, 2) == 8) return candidate;
  return "";
}

// The literal targets a script sends the browser to: location = "…", location.href = '…',
// location.replace("…") and location.assign("…"), on window, top, self, parent or document.
// A target built by concatenation ("/a/" + id) is no address and is left out. Many government
// homepages are nothing but such a script to the real front page.
std::vector<std::string> ScriptRedirects(std::string_view script) {
  std::vector<std::string> out;
  for (std::size_t at = script.find("location"); at != std::string_view::npos && out.size() < 8;
       at = script.find("location", at + 1)) {
    if (at > 0) {
      const char before = script[at - 1];
      if (before != '.' && before != ' ' && before != '\t' && before != '\n' && before != ';' && before != '{' &&
          before != '(' && before != '\r') {
        continue;
      }
    }
    std::size_t p = at + std::string_view("location").size();
    const auto skip_spaces = [&] {
      while (p < script.size() && (script[p] == ' ' || script[p] == '\t')) ++p;
    };
    skip_spaces();
    if (script.substr(p, 5) == ".href") {
      p += 5;
      skip_spaces();
    }
    if (p < script.size() && script[p] == '=' && script.substr(p, 2) != "==") {
      ++p;
    } else if (script.substr(p, 9) == ".replace(" || script.substr(p, 8) == ".assign(") {
      p += script[p + 1] == 'r' ? 9 : 8;
    } else {
      continue;
    }
    skip_spaces();
    if (p >= script.size() || (script[p] != '"' && script[p] != '\'')) continue;
    const char quote = script[p];
    const std::size_t end = script.find(quote, p + 1);
    if (end == std::string_view::npos || end - p - 1 > 2048) continue;
    std::size_t after = end + 1;
    while (after < script.size() && (script[after] == ' ' || script[after] == '\t')) ++after;
    if (after < script.size() && script[after] == '+') continue;
    const std::string_view target = script.substr(p + 1, end - p - 1);
    if (Trim(target).empty() || target.find('\\') != std::string_view::npos) continue;
    out.emplace_back(target);
  }
  return out;
}

}  // namespace

std::string BaseUrlOf(const HtmlTree& tree, std::string_view page_url) {
  const int base = tree.FindFirst("base");
  if (base < 0) return std::string(page_url);
  const std::string href = tree.Attr(static_cast<std::size_t>(base), "href");
  if (href.empty()) return std::string(page_url);
  const std::string resolved = ResolveUrl(page_url, href);
  return resolved.empty() ? std::string(page_url) : resolved;
}

std::vector<ExtractedLink> ExtractLinks(const HtmlTree& tree, std::string_view base) {
  std::vector<ExtractedLink> links;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!tree.IsElement(i)) continue;
    const std::string_view tag = tree.Tag(i);
    std::string_view target;  // a view of the attribute (valid as long as the tree), or of `refresh`
    std::string refresh;
    std::string text;
    if (tag == "a" || tag == "area") {
      target = tree.AttrView(i, "href");
      text = tag == "a" ? tree.Text(i, 1024) : tree.Attr(i, "alt");
      if (text.empty()) text = CollapseSpace(tree.Attr(i, "title"));
      if (text.empty()) {
        const int img = tree.FindFirst("img", static_cast<int>(i));
        if (img >= 0) text = CollapseSpace(tree.Attr(static_cast<std::size_t>(img), "alt"));
      }
    } else if (tag == "script" && !tree.HasAttr(i, "src")) {
      // An inline script: its redirects are links like a meta refresh.
      for (std::size_t c = i + 1; c < tree.Info(i).end; ++c) {
        if (tree.IsElement(c)) continue;
        for (const std::string& redirect : ScriptRedirects(tree.RawText(c))) {
          std::string url = ResolveUrl(base, redirect);
          if (url.empty()) continue;
          ExtractedLink link;
          link.url = std::move(url);
          link.tag = "meta";
          link.hidden = (tree.Info(i).flags & kHidden) != 0;
          links.push_back(std::move(link));
        }
      }
      continue;
    } else if (tag == "img" || tag == "script" || tag == "iframe" || tag == "frame" || tag == "embed") {
      target = tree.AttrView(i, "src");
      if (tag == "img") text = CollapseSpace(tree.Attr(i, "alt"));
    } else if (tag == "link") {
      const std::string rel = ToLowerAscii(tree.Attr(i, "rel"));
      if (!Contains(rel, "stylesheet") && !Contains(rel, "icon")) continue;
      target = tree.AttrView(i, "href");
    } else if (tag == "form") {
      target = tree.AttrView(i, "action");
    } else if (tag == "meta") {
      if (ToLowerAscii(tree.Attr(i, "http-equiv")) != "refresh") continue;
      const std::string content = tree.Attr(i, "content");
      const std::size_t at = ToLowerAscii(content).find("url=");
      if (at == std::string::npos) continue;
      refresh = content.substr(at + 4);
      if (!refresh.empty() && (refresh.front() == '\'' || refresh.front() == '"')) refresh = refresh.substr(1);
      if (!refresh.empty() && (refresh.back() == '\'' || refresh.back() == '"')) refresh.pop_back();
      target = refresh;
    } else {
      continue;
    }
    if (Trim(target).empty()) continue;
    std::string url = ResolveUrl(base, target);
    if (url.empty()) continue;
    ExtractedLink link;
    link.url = std::move(url);
    link.text = std::move(text);
    link.tag = tag == "frame" || tag == "embed" ? "iframe" : std::string(tag);
    link.hidden = (tree.Info(i).flags & kHidden) != 0;
    links.push_back(std::move(link));
  }
  return links;
}

std::map<std::string, std::string> ExtractMeta(const HtmlTree& tree) {
  std::map<std::string, std::string> meta;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!tree.IsElement(i) || tree.Tag(i) != "meta") continue;
    std::string name = tree.Attr(i, "name");
    if (name.empty()) name = tree.Attr(i, "property");
    if (name.empty() || !tree.HasAttr(i, "content")) continue;
    meta[std::string(Trim(name))] = std::string(Trim(tree.Attr(i, "content")));
  }
  return meta;
}

bool ScriptWritesPartyBadge(const HtmlTree& tree) {
  // The issued code writes a <span id="_ideConac"> and a <script src="…dcs.conac.cn/js/…">;
  // unescape() leaves both names readable in the script text.
  constexpr std::size_t kMaxScriptBytes = 4096;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!tree.IsElement(i) || tree.Tag(i) != "script" || tree.HasAttr(i, "src")) continue;
    if ((tree.Info(i).flags & kHidden) != 0) continue;
    std::string script;
    for (std::size_t c = i + 1; c < tree.Info(i).end && script.size() <= kMaxScriptBytes; ++c) {
      if (!tree.IsElement(c)) script += tree.RawText(c);
    }
    if (script.size() > kMaxScriptBytes) continue;
    if (Contains(script, "_ideConac") || Contains(ToLowerAscii(script), "conac.cn/")) return true;
  }
  return false;
}

Identity IdentityFromText(std::string_view text) {
  Identity id;
  for (std::size_t at = FindBytes(text, "网站标识码"); at != std::string_view::npos && id.site_code.empty();
       at = FindBytes(text, "网站标识码", at + 1)) {
    id.site_code = SiteCodeAt(text, at);
  }
  for (std::size_t at = FindBytes(text, "ICP备"); at != std::string_view::npos && id.icp.empty();
       at = FindBytes(text, "ICP备", at + 1)) {
    id.icp = IcpAt(text, at);
  }
  for (std::size_t at = FindBytes(text, "公网安备"); at != std::string_view::npos && id.psb.empty();
       at = FindBytes(text, "公网安备", at + 1)) {
    id.psb = PsbAt(text, at);
  }
  id.has_error_report_entry = Contains(text, "我为政府网站找错");
  return id;
}

Identity ExtractIdentity(std::string_view visible_text, const std::vector<ExtractedLink>& links) {
  // Identity sits in the footer, which is usually small; reading the whole text keeps odd
  // layouts working, and visible text only, so a hidden copy does not count.
  Identity id = IdentityFromText(visible_text);
  for (const ExtractedLink& link : links) {
    const std::string url = ToLowerAscii(link.url);
    if (Contains(url, "bszs.conac.cn") || Contains(url, "dcs.conac.cn") || Contains(link.text, "党政机关")) {
      id.has_party_badge = true;
    }
    if (Contains(url, "zfwzzc.www.gov.cn") || Contains(url, "zfwzgl.www.gov.cn/exposure/jiucuo") ||
        Contains(link.text, "我为政府网站找错")) {
      id.has_error_report_entry = true;
    }
  }
  return id;
}

}  // namespace govwatch::extract::detail
