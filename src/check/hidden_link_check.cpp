#include "check/hidden_link_check.hpp"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <set>

#include <fmt/core.h>

#include "check/check_util.hpp"
#include "common/strings.hpp"

namespace govwatch::check {
namespace {

std::string HostOf(std::string_view url) {
  const std::size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (const std::size_t at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  if (!rest.empty() && rest.front() == '[') return ToLowerAscii(rest.substr(0, rest.find(']') + 1));
  rest = rest.substr(0, rest.find(':'));
  std::string host = ToLowerAscii(rest);
  while (!host.empty() && host.back() == '.') host.pop_back();
  return host;
}

bool IsIpLiteral(std::string_view host) {
  if (!host.empty() && host.front() == '[') return true;
  for (char c : host) {
    if (!(c >= '0' && c <= '9') && c != '.') return false;
  }
  return !host.empty();
}

std::string RegistrableDomain(std::string_view host) {
  if (IsIpLiteral(host)) return std::string(host);
  const std::vector<std::string_view> labels = Split(host, '.');
  std::size_t keep = 2;
  if (labels.size() >= 3) {
    const std::string_view second = labels[labels.size() - 2];
    const std::string_view top = labels.back();
    if ((top == "cn" || top == "hk" || top == "mo" || top == "tw") &&
        (second == "gov" || second == "com" || second == "org" || second == "edu" || second == "net" ||
         second == "ac")) {
      keep = 3;
    }
  }
  if (labels.size() <= keep) return std::string(host);
  std::string out;
  for (std::size_t i = labels.size() - keep; i < labels.size(); ++i) {
    if (!out.empty()) out.push_back('.');
    out += labels[i];
  }
  return out;
}

std::string PercentDecoded(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out.push_back(static_cast<char>(std::strtol(std::string(s.substr(i + 1, 2)).c_str(), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(s[i]);
    }
  }
  return SanitizeUtf8(out);
}

// The first word of `words` that `haystack` contains ("" when none).
std::string_view FirstIn(std::string_view haystack, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (Contains(haystack, w)) return w;
  }
  return {};
}

bool IsIn(std::string_view word, const std::vector<std::string>& words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool IsSpamTechnique(std::string_view how) {
  // display:none / visibility:hidden alone hide dropdown menus and tabs on ordinary pages.
  return !(StartsWith(how, "display:none") || StartsWith(how, "visibility:") || StartsWith(how, "hidden属性"));
}

std::string Describe(const HiddenLinkObservation& l) {
  return fmt::format("“{}”→{}（{}；页面{}）", l.text.empty() ? "无文字" : l.text, l.url, l.how, l.page_url);
}

}  // namespace

bool IsGovernmentHost(std::string_view url) {
  const std::string host = HostOf(url);
  for (std::string_view suffix : {".gov.cn", ".gov", ".政务", ".xn--zfr164b", ".gov.mo", ".gov.hk"}) {
    if (EndsWith(host, suffix)) return true;
  }
  return host == "gov.cn" || host == "conac.cn" || EndsWith(host, ".conac.cn");
}

bool MayHoldReportableHiddenLink(std::string_view html, std::string_view site_url) {
  // What makes a page's links other than what its bytes spell: scripts writing markup, a base
  // URL, slashes written as character references (http:&#47;&#47;host), backslashes browsers
  // read as slashes (http:\\host).
  static constexpr std::string_view kRisky[] = {"document.write", "innerhtml", "insertadjacenthtml", "outerhtml",
                                                "<base",          "&#47",      "&#x2f",              "&sol;",
                                                ":\\",          ":/\\",    "\\/"};
  const std::string lower = ToLowerAscii(html);
  for (std::string_view needle : kRisky) {
    if (Contains(lower, needle)) return true;
  }
  // Every "//" followed by a host: http://host, https://host, //host (scheme-relative). A page
  // names its own host over and over: the host last found harmless is not looked at again.
  std::string_view harmless;
  for (std::size_t at = html.find("//"); at != std::string_view::npos; at = html.find("//", at + 2)) {
    std::size_t end = at + 2;
    while (end < html.size()) {
      const unsigned char c = static_cast<unsigned char>(html[end]);
      if (std::isalnum(c) != 0 || c == '.' || c == '-' || c == '_' || c == '%' || c == '@' || c >= 0x80) {
        ++end;
      } else {
        break;
      }
    }
    if (end == at + 2) continue;  // "// comment", "///"
    std::string_view host = html.substr(at + 2, end - at - 2);
    if (const auto user = host.rfind('@'); user != std::string_view::npos) host = host.substr(user + 1);
    if (host.find('.') == std::string_view::npos) continue;  // not a host name ("//end of script")
    if (host == harmless) continue;
    const std::string url = "http://" + std::string(host) + "/";
    if (IsOutsideSite(url, site_url) && !IsGovernmentHost(url)) return true;
    harmless = host;
  }
  return false;
}

bool IsOutsideSite(std::string_view url, std::string_view site_url) {
  if (!StartsWith(ToLowerAscii(url.substr(0, 8)), "http://") && !StartsWith(ToLowerAscii(url.substr(0, 8)), "https://")) {
    return false;
  }
  const std::string host = HostOf(url);
  const std::string site = HostOf(site_url);
  if (host.empty()) return false;
  return RegistrableDomain(host) != RegistrableDomain(site);
}

LinkTargetVerdict ClassifyLinkTarget(std::string_view url, std::string_view text, const Rules& rules) {
  LinkTargetVerdict v;
  const std::string host = HostOf(url);
  for (const std::string& allowed : rules.Words("allowed_hosts")) {
    if (host == allowed || EndsWith(host, "." + allowed)) return v;
  }
  const std::string haystack = ToLowerAscii(std::string(text) + " " + PercentDecoded(url));
  if (const std::string_view w = FirstIn(haystack, rules.Words("gambling_words")); !w.empty()) {
    return {LinkTargetKind::kGambling, fmt::format("含“{}”", w)};
  }
  if (const std::string_view w = FirstIn(haystack, rules.Words("porn_words")); !w.empty()) {
    return {LinkTargetKind::kPorn, fmt::format("含“{}”", w)};
  }
  if (const std::string_view w = FirstIn(host, rules.Words("gambling_host_words")); !w.empty()) {
    return {LinkTargetKind::kGambling, fmt::format("域名含“{}”", w)};
  }
  if (const std::string_view w = FirstIn(host, rules.Words("porn_host_words")); !w.empty()) {
    return {LinkTargetKind::kPorn, fmt::format("域名含“{}”", w)};
  }
  // Labels of the host without its digits and hyphens: "bet-365" → "bet".
  for (std::string_view label : Split(host, '.')) {
    std::string letters;
    for (char c : label) {
      if (c >= 'a' && c <= 'z') letters.push_back(c);
    }
    if (letters.empty() || letters.size() == label.size()) {
      // A label of letters only is a word of the name; only a mixed one ("bet365") is a code.
      if (letters != "bet" && letters != "sex") continue;
    }
    if (IsIn(letters, rules.Words("gambling_host_labels"))) {
      return {LinkTargetKind::kGambling, fmt::format("域名含“{}”", label)};
    }
    if (IsIn(letters, rules.Words("porn_host_labels"))) {
      return {LinkTargetKind::kPorn, fmt::format("域名含“{}”", label)};
    }
  }
  if (const std::string_view w = FirstIn(haystack, rules.Words("spam_words")); !w.empty()) {
    return {LinkTargetKind::kSpam, fmt::format("含“{}”", w)};
  }
  return v;
}

std::vector<model::Finding> CheckHiddenLinks(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                             Timestamp t, const Rules& rules) {
  std::vector<model::Finding> out;
  std::vector<std::string> bad;
  std::vector<std::string> unrelated;
  std::set<std::string> seen_bad;
  std::set<std::string> seen_unrelated;
  const HiddenLinkObservation* first_bad = nullptr;
  const HiddenLinkObservation* first_unrelated = nullptr;
  Timestamp bad_first_seen = 0, bad_last_seen = 0, unrelated_first_seen = 0, unrelated_last_seen = 0;
  const auto stamp = [](Timestamp& first, Timestamp& last, Timestamp at) {
    if (first == 0 || at < first) first = at;
    last = std::max(last, at);
  };
  for (const HiddenLinkObservation& l : obs.hidden_links) {
    if (!IsOutsideSite(l.url, site.site.url) || IsGovernmentHost(l.url)) continue;
    const LinkTargetVerdict v = ClassifyLinkTarget(l.url, l.text, rules);
    if (v.kind != LinkTargetKind::kNone) {
      stamp(bad_first_seen, bad_last_seen, l.seen_at);
      if (!seen_bad.insert(l.url).second) continue;
      if (first_bad == nullptr) first_bad = &l;
      const char* kind = v.kind == LinkTargetKind::kGambling ? "赌博" : v.kind == LinkTargetKind::kPorn ? "色情" : "违法广告";
      bad.push_back(fmt::format("{}（疑似{}，{}）", Describe(l), kind, v.why));
    } else if (IsSpamTechnique(l.how)) {
      stamp(unrelated_first_seen, unrelated_last_seen, l.seen_at);
      if (!seen_unrelated.insert(l.url).second) continue;
      if (first_unrelated == nullptr) first_unrelated = &l;
      unrelated.push_back(Describe(l));
    }
  }
  const auto join = [](const std::vector<std::string>& parts) {
    std::string s;
    for (std::size_t i = 0; i < parts.size() && i < 10; ++i) s += (s.empty() ? "" : "；") + parts[i];
    if (parts.size() > 10) s += fmt::format("；等共{}个", parts.size());
    return s;
  };
  if (first_bad != nullptr) {
    model::Finding f = detail::MakeFinding(
        "W-V1.3", "存在暗链", model::ObjectKind::kSite, site.site.name, site.site.unit,
        rules.GetInt("hidden_link.veto") != 0 ? model::Severity::kVeto : model::Severity::kInfo, t);
    f.url = first_bad->page_url;
    f.snapshot_id = first_bad->snapshot_id;
    f.seen_at = bad_first_seen;
    f.last_seen_at = bad_last_seen;
    f.excerpt = join(bad);
    f.detail = fmt::format("页面含{}个访问者看不到的外部链接，指向赌博、色情等违法内容", bad.size());
    f.suggestion = "立即删除暗链，排查网页模板和服务器是否被入侵";
    out.push_back(std::move(f));
  }
  if (first_unrelated != nullptr && rules.GetInt("hidden_link.report_unrelated") != 0) {
    model::Finding f = detail::MakeFinding("W-V1.3", "疑似暗链", model::ObjectKind::kSite, site.site.name,
                                           site.site.unit, model::Severity::kInfo, t);
    f.url = first_unrelated->page_url;
    f.snapshot_id = first_unrelated->snapshot_id;
    f.seen_at = unrelated_first_seen;
    f.last_seen_at = unrelated_last_seen;
    f.excerpt = join(unrelated);
    f.detail = fmt::format("页面含{}个被隐藏的非政府网站外部链接，请人工核实", unrelated.size());
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace govwatch::check
