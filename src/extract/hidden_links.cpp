#include "extract/hidden_links.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>

#include "common/strings.hpp"
#include "extract/html_tree.hpp"
#include "extract/link_extractor.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace {

using detail::CollapseSpace;
using detail::HtmlTree;

constexpr std::size_t kMaxRules = 2000;
constexpr std::size_t kMaxScriptBytes = 1024 * 1024;
// Shifts at least this far off the page count as off-screen (left:-9999px, text-indent:-5000em).
constexpr double kOffScreen = -500;

using Declarations = std::map<std::string, std::string, std::less<>>;

// One compound selector: tag, classes and id, all required ("div.a.b#c").
struct Compound {
  std::string tag;
  std::vector<std::string> classes;
  std::string id;
};

struct CssRule {
  std::vector<Compound> chain;  // ancestors first, the subject last
  Declarations declarations;
  std::size_t order = 0;
};

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

std::string StripComments(std::string_view css) {
  std::string out;
  out.reserve(css.size());
  for (std::size_t i = 0; i < css.size(); ++i) {
    if (css[i] == '/' && i + 1 < css.size() && css[i + 1] == '*') {
      const std::size_t end = css.find("*/", i + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    out.push_back(css[i]);
  }
  return out;
}

// "display: none !important; COLOR:#FFF" → {display: none, color: #fff}; later declarations win.
void ParseDeclarations(std::string_view text, Declarations& out) {
  for (std::string_view decl : Split(text, ';')) {
    const std::size_t colon = decl.find(':');
    if (colon == std::string_view::npos) continue;
    std::string name = ToLowerAscii(Trim(decl.substr(0, colon)));
    std::string value = ToLowerAscii(Trim(decl.substr(colon + 1)));
    if (const std::size_t bang = value.find("!important"); bang != std::string::npos) {
      value = std::string(Trim(value.substr(0, bang)));
    }
    if (name.empty() || value.empty()) continue;
    out[name] = value;
  }
}

// Parses "div.a#b" into a compound; false for anything outside the supported subset.
bool ParseCompound(std::string_view text, Compound* out) {
  // a:link / a:visited style the same element; other pseudo-classes (:hover) do not apply at rest.
  for (std::string_view pseudo : {":link", ":visited"}) {
    if (EndsWith(text, pseudo)) text.remove_suffix(pseudo.size());
  }
  if (text.empty()) return false;
  std::size_t i = 0;
  while (i < text.size() && IsNameChar(text[i])) ++i;
  out->tag = ToLowerAscii(text.substr(0, i));
  while (i < text.size()) {
    const char kind = text[i];
    if (kind != '.' && kind != '#') return false;
    std::size_t j = i + 1;
    while (j < text.size() && IsNameChar(text[j])) ++j;
    if (j == i + 1) return false;
    const std::string name(text.substr(i + 1, j - i - 1));
    if (kind == '.') {
      out->classes.push_back(name);
    } else {
      out->id = name;
    }
    i = j;
  }
  return !out->tag.empty() || !out->classes.empty() || !out->id.empty();
}

// "div.nav > ul a" → chain of compounds (child combinators are read as descendant ones).
bool ParseSelector(std::string_view selector, std::vector<Compound>* chain) {
  std::string spaced;
  for (char c : selector) spaced.push_back(c == '>' ? ' ' : (c == '\t' || c == '\n' || c == '\r') ? ' ' : c);
  for (std::string_view part : Split(spaced, ' ')) {
    if (part.empty()) continue;
    Compound c;
    if (!ParseCompound(part, &c)) return false;
    chain->push_back(std::move(c));
  }
  return !chain->empty();
}

std::vector<CssRule> ParseStyleSheet(std::string_view css_text) {
  std::vector<CssRule> rules;
  const std::string css = StripComments(css_text);
  for (std::string_view chunk : Split(css, '}')) {
    const std::size_t brace = chunk.rfind('{');
    if (brace == std::string_view::npos) continue;
    // "@media screen{.a{display:none" → the selector is what follows the previous '{'.
    std::string_view selectors = chunk.substr(0, brace);
    if (const std::size_t outer = selectors.rfind('{'); outer != std::string_view::npos) {
      selectors = selectors.substr(outer + 1);
    }
    if (Trim(selectors).empty() || Trim(selectors).front() == '@') continue;
    Declarations decl;
    ParseDeclarations(chunk.substr(brace + 1), decl);
    if (decl.empty()) continue;
    for (std::string_view selector : Split(selectors, ',')) {
      CssRule rule;
      if (!ParseSelector(Trim(selector), &rule.chain)) continue;
      rule.declarations = decl;
      rule.order = rules.size();
      rules.push_back(std::move(rule));
      if (rules.size() >= kMaxRules) return rules;
    }
  }
  return rules;
}

bool HasClass(const std::vector<std::string_view>& classes, std::string_view c) {
  return std::find(classes.begin(), classes.end(), c) != classes.end();
}

std::string CollapseSpaceAscii(std::string_view s) {
  std::string out;
  for (char c : s) out.push_back(c == '\t' || c == '\n' || c == '\r' || c == '\f' ? ' ' : c);
  return out;
}

struct ElementKey {
  std::string tag;
  std::string id;
  std::string class_attr;
  std::vector<std::string_view> classes;  // views into class_attr
};

// A 128-bit Bloom filter over the tags, ids and classes of an element's ancestors, so that a
// descendant rule ("div.news a") is only walked up for when its ancestors can possibly match.
struct Bloom {
  std::uint64_t bits[2] = {0, 0};
  void Add(std::string_view kind, std::string_view name) {
    const std::size_t h = std::hash<std::string_view>()(name) ^ (std::hash<std::string_view>()(kind) * 31);
    bits[(h >> 6) & 1] |= std::uint64_t{1} << (h & 63);
  }
  void Add(const Compound& c) {
    if (!c.tag.empty()) Add("t", c.tag);
    if (!c.id.empty()) Add("i", c.id);
    for (const std::string& cls : c.classes) Add("c", cls);
  }
  bool Covers(const Bloom& need) const {
    return (bits[0] & need.bits[0]) == need.bits[0] && (bits[1] & need.bits[1]) == need.bits[1];
  }
};

bool Matches(const Compound& c, const ElementKey& e) {
  if (!c.tag.empty() && c.tag != e.tag) return false;
  if (!c.id.empty() && c.id != e.id) return false;
  for (const std::string& cls : c.classes) {
    if (!HasClass(e.classes, cls)) return false;
  }
  return true;
}

// A number at the start of a CSS value ("-9999px" → -9999); false when there is none.
bool LeadingNumber(std::string_view v, double* out) {
  const std::string s(Trim(v));
  if (s.empty()) return false;
  char* end = nullptr;
  const double d = std::strtod(s.c_str(), &end);
  if (end == s.c_str()) return false;
  *out = d;
  return true;
}

const std::string* Get(const Declarations& d, std::string_view key) {
  const auto it = d.find(key);
  return it == d.end() ? nullptr : &it->second;
}

bool NumberOf(const Declarations& d, std::string_view key, double* out) {
  const std::string* v = Get(d, key);
  return v != nullptr && LeadingNumber(*v, out);
}

std::string Decl(std::string_view key, std::string_view value) {
  return std::string(key) + ":" + std::string(value);
}

std::string Number(double v) {
  std::string s = std::to_string(v);
  s.erase(s.find_last_not_of('0') + 1);
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

std::string SizeReason(bool has_w, double w, bool has_h, double h, bool clips) {
  std::string out;
  if (has_w) out += "width:" + Number(w) + "px";
  if (has_h) out += std::string(out.empty() ? "" : ";") + "height:" + Number(h) + "px";
  if (clips) out += ";overflow:hidden";
  return out;
}

// Why `d` hides its text in a way a descendant can undo (visibility:visible, a readable
// font-size): "" when it sets neither, "-" when it sets them to visible values.
std::string OverridableReason(const Declarations& d) {
  std::string out;
  if (const std::string* v = Get(d, "visibility")) {
    if (*v == "hidden" || *v == "collapse") return Decl("visibility", *v);
    out = "-";
  }
  double n = 0;
  if (const std::string* v = Get(d, "font-size"); v != nullptr && LeadingNumber(*v, &n)) {
    if (n < 2 && !Contains(*v, "%") && !Contains(*v, "em")) return Decl("font-size", *v);
    out = "-";
  }
  return out;
}

// Why declarations `d` hide their element ("" when they do not). The element's width/height
// attributes count as sizes; a <marquee> of one tiny dimension hides.
std::string HidingReason(const Declarations& d, std::string_view width_attr, std::string_view height_attr,
                         bool marquee) {
  if (const std::string* v = Get(d, "display"); v != nullptr && *v == "none") return "display:none";
  double n = 0;
  if (NumberOf(d, "opacity", &n) && n <= 0.01) return Decl("opacity", *Get(d, "opacity"));
  double w = 1e9;
  double h = 1e9;
  bool has_w = NumberOf(d, "width", &w);
  bool has_h = NumberOf(d, "height", &h);
  if (!has_w) has_w = LeadingNumber(width_attr, &w);
  if (!has_h) has_h = LeadingNumber(height_attr, &h);
  const std::string* overflow = Get(d, "overflow");
  const bool clips = overflow != nullptr && (*overflow == "hidden" || *overflow == "clip");
  const bool tiny_w = has_w && w <= 1;
  const bool tiny_h = has_h && h <= 1;
  if ((tiny_w && tiny_h) || ((tiny_w || tiny_h) && (clips || marquee))) {
    return SizeReason(has_w, w, has_h, h, clips);
  }
  for (std::string_view key : {"left", "top", "margin-left", "margin-top", "text-indent", "right"}) {
    if (NumberOf(d, key, &n) && n <= kOffScreen) return Decl(key, *Get(d, key));
  }
  if (const std::string* clip = Get(d, "clip"); clip != nullptr && StartsWith(*clip, "rect(")) {
    std::string digits;
    for (char c : *clip) {
      if (c >= '0' && c <= '9') digits.push_back(c);
    }
    if (!digits.empty() && digits.find_first_not_of("01") == std::string::npos) return Decl("clip", *clip);
  }
  return "";
}

// "#FFF", "#ffffff", "white", "rgb(255, 255, 255)" → "#ffffff"; "transparent" for transparent
// colours; "" when unreadable.
std::string NormalizeColor(std::string_view value) {
  std::string v;
  for (char c : ToLowerAscii(value)) {
    if (c != ' ') v.push_back(c);
  }
  static const std::map<std::string, std::string, std::less<>> kNamed = {
      {"white", "#ffffff"},  {"black", "#000000"}, {"red", "#ff0000"},    {"green", "#008000"},
      {"blue", "#0000ff"},   {"yellow", "#ffff00"}, {"gray", "#808080"},  {"grey", "#808080"},
      {"silver", "#c0c0c0"}, {"navy", "#000080"},  {"maroon", "#800000"}, {"transparent", "transparent"}};
  if (const auto it = kNamed.find(v); it != kNamed.end()) return it->second;
  const auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); };
  if (!v.empty() && v[0] == '#') {
    const std::string digits = v.substr(1);
    if (!std::all_of(digits.begin(), digits.end(), hex)) return "";
    if (digits.size() == 3 || digits.size() == 4) {
      if (digits.size() == 4 && digits[3] == '0') return "transparent";
      return std::string("#") + digits[0] + digits[0] + digits[1] + digits[1] + digits[2] + digits[2];
    }
    if (digits.size() == 6) return v;
    if (digits.size() == 8) return digits.substr(6) == "00" ? "transparent" : "#" + digits.substr(0, 6);
    return "";
  }
  if (StartsWith(v, "rgb(") || StartsWith(v, "rgba(")) {
    const std::size_t open = v.find('(');
    const std::size_t close = v.find(')', open);
    if (close == std::string::npos) return "";
    const auto parts = Split(std::string_view(v).substr(open + 1, close - open - 1), ',');
    if (parts.size() < 3) return "";
    double a = 1;
    if (parts.size() >= 4 && LeadingNumber(parts[3], &a) && a <= 0.01) return "transparent";
    std::string out = "#";
    for (std::size_t k = 0; k < 3; ++k) {
      double c = 0;
      if (!LeadingNumber(parts[k], &c)) return "";
      if (Contains(parts[k], "%")) c = c * 255 / 100;
      static constexpr char kHex[] = "0123456789abcdef";
      const int n = std::clamp(static_cast<int>(c + 0.5), 0, 255);
      out.push_back(kHex[n / 16]);
      out.push_back(kHex[n % 16]);
    }
    return out;
  }
  return "";
}

// The background colour a declaration block sets, "" when none.
std::string BackgroundOf(const Declarations& d) {
  if (const std::string* v = Get(d, "background-color")) return NormalizeColor(*v);
  if (const std::string* v = Get(d, "background")) {
    for (std::string_view token : Split(*v, ' ')) {
      const std::string c = NormalizeColor(token);
      if (!c.empty()) return c;
    }
  }
  return "";
}

// Decodes one JavaScript string literal starting at the quote `s[*pos]`; leaves *pos after it.
std::string ReadJsString(std::string_view s, std::size_t* pos) {
  const char quote = s[*pos];
  std::string out;
  std::size_t i = *pos + 1;
  const auto hex_value = [&](std::size_t at, std::size_t n, unsigned* v) {
    if (at + n > s.size()) return false;
    unsigned x = 0;
    for (std::size_t k = 0; k < n; ++k) {
      const char c = s[at + k];
      x <<= 4;
      if (c >= '0' && c <= '9') {
        x |= static_cast<unsigned>(c - '0');
      } else if (c >= 'a' && c <= 'f') {
        x |= static_cast<unsigned>(c - 'a' + 10);
      } else if (c >= 'A' && c <= 'F') {
        x |= static_cast<unsigned>(c - 'A' + 10);
      } else {
        return false;
      }
    }
    *v = x;
    return true;
  };
  while (i < s.size() && s[i] != quote) {
    if (s[i] == '\n' && quote != '`') break;  // an unterminated literal ends at the line
    if (s[i] != '\\' || i + 1 >= s.size()) {
      out.push_back(s[i++]);
      continue;
    }
    const char e = s[i + 1];
    unsigned v = 0;
    if (e == 'x' && hex_value(i + 2, 2, &v)) {
      AppendUtf8(out, static_cast<char32_t>(v));
      i += 4;
    } else if (e == 'u' && hex_value(i + 2, 4, &v)) {
      AppendUtf8(out, static_cast<char32_t>(v));
      i += 6;
    } else {
      out.push_back(e == 'n' ? '\n' : e == 't' ? '\t' : e);
      i += 2;
    }
  }
  *pos = i;
  return out;
}

std::string PercentDecode(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out.push_back(static_cast<char>(std::strtol(std::string(s.substr(i + 1, 2)).c_str(), nullptr, 16)));
      i += 2;
    } else if (s[i] == '%' && i + 5 < s.size() && (s[i + 1] == 'u' || s[i + 1] == 'U')) {
      char* end = nullptr;
      const std::string digits(s.substr(i + 2, 4));
      const long v = std::strtol(digits.c_str(), &end, 16);
      if (end == digits.c_str() + 4) {
        AppendUtf8(out, static_cast<char32_t>(v));
        i += 5;
      } else {
        out.push_back(s[i]);
      }
    } else {
      out.push_back(s[i]);
    }
  }
  return out;
}

struct Collector {
  std::string base;
  const StylesheetSource* stylesheets = nullptr;  // linked style sheets, may be null
  std::vector<HiddenLink> links;
  std::set<std::string> seen;

  void Add(std::string url, std::string text, std::string how) {
    if (!seen.insert(url + '\n' + text).second) return;
    links.push_back(HiddenLink{std::move(url), std::move(text), std::move(how)});
  }
};

// <link rel="stylesheet" href> for the screen (not media="print").
bool IsStylesheetLink(const HtmlTree& tree, std::size_t i) {
  const std::string rel = ToLowerAscii(tree.Attr(i, "rel"));
  if (!Contains(rel, "stylesheet") || Contains(rel, "alternate")) return false;
  const std::string media = ToLowerAscii(Trim(tree.Attr(i, "media")));
  return media.empty() || Contains(media, "screen") || Contains(media, "all");
}

// "scheme://host:port" of an absolute URL, lower-cased ("" when not absolute).
std::string OriginOfUrl(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  const std::size_t end = url.find_first_of("/?#", scheme + 3);
  return ToLowerAscii(url.substr(0, end));
}

std::string ScriptText(const HtmlTree& tree, std::size_t i) {
  std::string text;
  for (std::size_t j = i + 1; j < tree.Info(i).end && text.size() < kMaxScriptBytes; ++j) text += tree.RawText(j);
  return text;
}

std::string Join(std::string_view prefix, std::string_view rest) {
  if (prefix.empty()) return std::string(rest);
  if (rest.empty()) return std::string(prefix);
  return std::string(prefix) + "，" + std::string(rest);
}

// Walks one parsed document. `outer_reason` hides everything (a script inside a hidden box);
// `prefix` names how the document came to be ("脚本写入" for script-written HTML).
void Analyze(const HtmlTree& tree, std::string_view outer_reason, std::string_view prefix, bool follow_scripts,
             Collector& out) {
  // The page's style sheets, indexed by the subject compound's id, classes and tag.
  // <style> blocks and linked sheets (<link rel="stylesheet">, when the caller has their text)
  // join the cascade in document order.
  std::vector<CssRule> rules;
  for (std::size_t i = 0; i < tree.size() && rules.size() < kMaxRules; ++i) {
    if (!tree.IsElement(i)) continue;
    std::string css;
    if (tree.Tag(i) == "style") {
      css = ScriptText(tree, i);
    } else if (tree.Tag(i) == "link" && out.stylesheets != nullptr && *out.stylesheets && IsStylesheetLink(tree, i)) {
      const std::string url = ResolveUrl(out.base, Trim(tree.Attr(i, "href")));
      if (url.empty()) continue;
      std::optional<std::string> text = (*out.stylesheets)(url);
      if (!text) continue;
      css = std::move(*text);
    } else {
      continue;
    }
    for (CssRule& r : ParseStyleSheet(css)) {
      r.order = rules.size();
      rules.push_back(std::move(r));
      if (rules.size() >= kMaxRules) break;
    }
  }
  std::unordered_map<std::string, std::vector<std::size_t>> by_id, by_class, by_tag;
  for (std::size_t r = 0; r < rules.size(); ++r) {
    const Compound& subject = rules[r].chain.back();
    if (!subject.id.empty()) {
      by_id[subject.id].push_back(r);
    } else if (!subject.classes.empty()) {
      by_class[subject.classes.front()].push_back(r);
    } else {
      by_tag[subject.tag].push_back(r);
    }
  }
  std::vector<int> specificity(rules.size(), 0);
  std::vector<Bloom> needs(rules.size());  // what the rule's ancestor compounds require
  for (std::size_t r = 0; r < rules.size(); ++r) {
    for (std::size_t k = 0; k + 1 < rules[r].chain.size(); ++k) needs[r].Add(rules[r].chain[k]);
  }
  std::vector<bool> hides(rules.size(), false);  // the rule sets a property that can hide
  for (std::size_t r = 0; r < rules.size(); ++r) {
    for (const Compound& c : rules[r].chain) {
      specificity[r] += (c.id.empty() ? 0 : 100) + 10 * static_cast<int>(c.classes.size()) + (c.tag.empty() ? 0 : 1);
    }
    hides[r] = !HidingReason(rules[r].declarations, "", "", false).empty() ||
               OverridableReason(rules[r].declarations).size() > 1;
  }

  const std::size_t n = tree.size();
  std::vector<ElementKey> keys(n);
  std::vector<std::string> reason(n);      // why the node (or an ancestor) is hidden
  std::vector<std::string> soft(n);        // visibility / font-size hiding, undone by descendants
  std::vector<std::string> color(n);       // inherited text colour
  std::vector<std::string> own_color(n);   // colour the element itself sets
  std::vector<std::string> background(n);  // nearest background colour
  std::vector<Bloom> ancestors(n);          // of the node's ancestors (not the node itself)
  for (std::size_t i = 0; i < n; ++i) {
    const int parent = tree.Info(i).parent;
    if (parent >= 0) {
      reason[i] = reason[static_cast<std::size_t>(parent)];
      soft[i] = soft[static_cast<std::size_t>(parent)];
      color[i] = color[static_cast<std::size_t>(parent)];
      background[i] = background[static_cast<std::size_t>(parent)];
    } else {
      reason[i] = std::string(outer_reason);
      background[i] = "#ffffff";
    }
    if (parent >= 0) {
      const std::size_t p = static_cast<std::size_t>(parent);
      ancestors[i] = ancestors[p];
      if (tree.IsElement(p)) {
        const ElementKey& pk = keys[p];
        ancestors[i].Add("t", pk.tag);
        if (!pk.id.empty()) ancestors[i].Add("i", pk.id);
        for (std::string_view c : pk.classes) ancestors[i].Add("c", c);
      }
    }
    if (!tree.IsElement(i)) continue;
    ElementKey& key = keys[i];
    key.tag = std::string(tree.Tag(i));
    key.id = tree.Attr(i, "id");
    key.class_attr = CollapseSpaceAscii(tree.Attr(i, "class"));
    for (std::string_view c : Split(key.class_attr, ' ')) {
      if (!c.empty()) key.classes.push_back(c);
    }
    std::vector<std::size_t> candidates;
    const auto take = [&](const std::unordered_map<std::string, std::vector<std::size_t>>& index, const std::string& k) {
      const auto it = index.find(k);
      if (it == index.end()) return;
      for (std::size_t r : it->second) {
        const CssRule& rule = rules[r];
        if (!Matches(rule.chain.back(), key) || !ancestors[i].Covers(needs[r])) continue;
        // Ancestors, innermost first, must match the rest of the chain in order.
        std::size_t want = rule.chain.size() - 1;
        for (int a = tree.Info(i).parent; a >= 0 && want > 0; a = tree.Info(static_cast<std::size_t>(a)).parent) {
          if (Matches(rule.chain[want - 1], keys[static_cast<std::size_t>(a)])) --want;
        }
        if (want == 0) candidates.push_back(r);
      }
    };
    if (!key.id.empty()) take(by_id, key.id);
    for (std::string_view c : key.classes) take(by_class, std::string(c));
    take(by_tag, key.tag);
    // The cascade: lower specificity first, then source order; later wins.
    std::sort(candidates.begin(), candidates.end(), [&](std::size_t a, std::size_t b) {
      return specificity[a] != specificity[b] ? specificity[a] < specificity[b] : a < b;
    });
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    Declarations decl;
    std::string selectors;  // the last matching rule that hides, for the evidence
    for (std::size_t r : candidates) {
      const CssRule& rule = rules[r];
      for (const auto& [k, v] : rule.declarations) decl[k] = v;
      if (hides[r]) {
        std::string sel;
        for (const Compound& c : rule.chain) {
          if (!sel.empty()) sel += ' ';
          sel += c.tag;
          for (const std::string& cls : c.classes) sel += "." + cls;
          if (!c.id.empty()) sel += "#" + c.id;
        }
        selectors = sel;
      }
    }
    ParseDeclarations(tree.Attr(i, "style"), decl);
    if (key.tag == "font" && tree.HasAttr(i, "color")) decl.emplace("color", ToLowerAscii(tree.Attr(i, "color")));
    if (tree.HasAttr(i, "bgcolor")) decl.emplace("background-color", ToLowerAscii(tree.Attr(i, "bgcolor")));
    if (const std::string* c = Get(decl, "color"); c != nullptr && *c != "inherit") {
      const std::string normalized = NormalizeColor(*c);
      if (!normalized.empty() && normalized != "transparent") {
        own_color[i] = normalized;
        color[i] = normalized;
      }
    }
    const std::string bg = BackgroundOf(decl);
    if (!bg.empty() && bg != "transparent") background[i] = bg;
    const std::string where = !selectors.empty() ? selectors
                              : !key.id.empty()  ? "<" + key.tag + " id=" + key.id + ">"
                                                 : "<" + key.tag + ">";
    if (const std::string s = OverridableReason(decl); s == "-") {
      soft[i].clear();
    } else if (!s.empty()) {
      soft[i] = s + "（" + where + "）";
    }
    if (reason[i].empty()) {
      std::string why = HidingReason(decl, tree.Attr(i, "width"), tree.Attr(i, "height"), key.tag == "marquee");
      if (why.empty() && tree.HasAttr(i, "hidden")) why = "hidden属性";
      if (!why.empty()) {
        reason[i] = why + "（" + where + "）";
      }
    }
  }

  for (std::size_t i = 0; i < n; ++i) {
    if (!tree.IsElement(i)) continue;
    const std::string_view tag = tree.Tag(i);
    if (tag == "script" && follow_scripts && tree.Attr(i, "src").empty()) {
      const std::string written = ScriptWrittenHtml(ScriptText(tree, i));
      const std::string lower = ToLowerAscii(written);
      if (Contains(lower, "<a") || Contains(lower, "<area")) {
        const HtmlTree inner(written);
        Analyze(inner, reason[i].empty() ? soft[i] : reason[i], Join(prefix, "脚本写入"), false, out);
      }
      continue;
    }
    if (tag != "a" && tag != "area") continue;
    const std::string href(Trim(tree.Attr(i, "href")));
    if (href.empty()) continue;
    const std::string url = ResolveUrl(out.base, href);
    if (url.empty()) continue;
    std::string text = tag == "a" ? tree.Text(i, 512) : CollapseSpace(tree.Attr(i, "alt"));
    if (text.empty()) text = CollapseSpace(tree.Attr(i, "title"));
    std::string how = reason[i].empty() ? soft[i] : reason[i];
    if (how.empty() && tag == "a") {
      // The link's own colour (a link does not inherit its text colour), or that of the first
      // element inside it that sets one, against the background it sits on.
      std::string c = own_color[i];
      std::size_t at = i;
      for (std::size_t j = i + 1; c.empty() && j < tree.Info(i).end; ++j) {
        if (!own_color[j].empty()) {
          c = own_color[j];
          at = j;
        }
      }
      if (!c.empty() && c == background[at]) how = "文字颜色与背景色相同（" + c + "）";
    }
    if (how.empty() && !prefix.empty()) how = "（document.write）";
    if (how.empty()) continue;
    out.Add(url, std::move(text), prefix.empty() ? how : Join(prefix, how));
  }
}

}  // namespace

std::string ScriptWrittenHtml(std::string_view script) {
  if (script.size() > kMaxScriptBytes) script = script.substr(0, kMaxScriptBytes);
  const std::string lower = ToLowerAscii(script);
  if (!Contains(lower, "document.write") && !Contains(lower, "innerhtml") && !Contains(lower, "insertadjacenthtml") &&
      !Contains(lower, "outerhtml")) {
    return "";
  }
  // Every string literal of the script, in order: the written HTML is usually built in pieces
  // and through variables, so reading the literals is more robust than following the calls.
  std::string html;
  for (std::size_t i = 0; i < script.size(); ++i) {
    const char c = script[i];
    if (c == '/' && i + 1 < script.size() && script[i + 1] == '/') {
      const std::size_t eol = script.find('\n', i);
      if (eol == std::string_view::npos) break;
      i = eol;
      continue;
    }
    if (c == '/' && i + 1 < script.size() && script[i + 1] == '*') {
      const std::size_t end = script.find("*/", i + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      continue;
    }
    if (c == '\'' || c == '"' || c == '`') html += ReadJsString(script, &i);
  }
  if (Contains(ToLowerAscii(html), "%3c")) html = PercentDecode(html);
  return html;
}

std::vector<HiddenLink> FindHiddenLinks(std::string_view html, std::string_view page_url) {
  return FindHiddenLinks(html, page_url, StylesheetSource());
}

std::vector<HiddenLink> FindHiddenLinks(std::string_view html, std::string_view page_url,
                                        const StylesheetSource& stylesheets) {
  const HtmlTree tree(html);
  Collector out;
  out.base = detail::BaseUrlOf(tree, page_url);
  out.stylesheets = &stylesheets;
  Analyze(tree, "", "", true, out);
  return std::move(out.links);
}

std::vector<std::string> LinkedStylesheets(std::string_view html, std::string_view page_url) {
  const HtmlTree tree(html);
  const std::string base = detail::BaseUrlOf(tree, page_url);
  const std::string origin = OriginOfUrl(page_url);
  std::vector<std::string> out;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!tree.IsElement(i) || tree.Tag(i) != "link" || !IsStylesheetLink(tree, i)) continue;
    const std::string url = ResolveUrl(base, Trim(tree.Attr(i, "href")));
    if (url.empty() || origin.empty() || OriginOfUrl(url) != origin) continue;
    if (std::find(out.begin(), out.end(), url) == out.end()) out.push_back(url);
  }
  return out;
}

}  // namespace govwatch::extract
