#include "check/title_mismatch_check.hpp"

#include <array>
#include <map>
#include <set>
#include <string_view>
#include <unordered_map>

#include <fmt/core.h>

#include "check/check_util.hpp"
#include "check/tamper_check.hpp"
#include "common/strings.hpp"

namespace govwatch::check {
namespace {

// Link texts that name no page: navigation and "read more" words.
constexpr std::array<std::string_view, 24> kNavigationTexts = {
    "更多", "详情", "详细", "查看", "查看详情", "查看更多", "点击查看", "阅读全文", "全文", "more", "详细内容", "进入",
    "下一页", "上一页", "首页", "尾页", "返回", "返回顶部", "打印", "关闭", "原文", "图解", "解读", "链接"};

bool IsPunct(char32_t c) {
  if (c <= 0x7F) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  return (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) ||
         (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65) || c == 0xA0 ||
         c == 0xB7 || c == 0xFFFD || c == 0x25B6 || c == 0x25BA || c == 0x00BB || c == 0x00AB;
}

std::u32string Normalize(std::string_view s) {
  std::u32string out;
  for (char32_t c : DecodeUtf8(ToLowerAscii(s))) {
    if (c >= 0xFF10 && c <= 0xFF5A) c -= 0xFEE0;  // full-width letters and digits
    if (!IsPunct(c)) out.push_back(c);
  }
  return out;
}

bool Truncated(std::string_view text) {
  const std::string_view t = Trim(text);
  return EndsWith(t, "…") || EndsWith(t, "...") || EndsWith(t, "..") || EndsWith(t, "。。") || EndsWith(t, "⋯");
}

bool StartsWithU(const std::u32string& s, const std::u32string& prefix) {
  return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

enum class Agreement { kNotATitle, kMatch, kMismatch };

Agreement Compare(std::string_view text, std::string_view title, double min_similarity) {
  const std::string_view trimmed = Trim(text);
  const std::string lower = ToLowerAscii(trimmed);
  const std::size_t length = CodePointCount(trimmed);
  for (std::string_view nav : kNavigationTexts) {
    if (length <= nav.size() / 3 + 4 && Contains(lower, nav)) return Agreement::kNotATitle;
  }
  // The common case, a list entry showing its article's whole title.
  if (length >= 6 && trimmed == Trim(title)) {
    const std::u32string t = Normalize(text);
    if (t.size() >= 6) return Agreement::kMatch;
  }
  const std::u32string t = Normalize(text);
  const std::u32string title_n = Normalize(title);
  if (t.size() < 6 || title_n.empty()) return Agreement::kNotATitle;  // too short to be a title
  if (title_n.find(t) != std::u32string::npos || t.find(title_n) != std::u32string::npos) return Agreement::kMatch;
  if (Truncated(text) && StartsWithU(title_n, t)) return Agreement::kMatch;
  // A truncated text cut without a mark: its whole length agrees with the title's beginning.
  if (t.size() >= 10 && StartsWithU(title_n, t.substr(0, t.size() - 1))) return Agreement::kMatch;
  return TextSimilarity(EncodeUtf8(t), EncodeUtf8(title_n)) >= min_similarity ? Agreement::kMatch
                                                                              : Agreement::kMismatch;
}

}  // namespace

bool LinkTextMatchesTitle(std::string_view text, std::string_view title, double min_similarity) {
  return Compare(text, title, min_similarity) != Agreement::kMismatch;
}

std::optional<model::Finding> CheckTitleMismatch(const SiteObservations& site, Timestamp t, const Rules& rules) {
  const double min_similarity = rules.Get("title_mismatch.min_similarity");
  // Article titles by URL; a title that many pages share is the template's, not the article's.
  // Keys are views of the observed pages' titles and URLs (only looked up, never walked).
  std::unordered_map<std::string_view, int> title_count;
  for (const PageObservation& p : site.pages) {
    if (!p.page.title.empty()) ++title_count[p.page.title];
  }
  std::unordered_map<std::string_view, const PageObservation*> articles;
  for (const PageObservation& p : site.pages) {
    if (p.role != PageRole::kArticle || p.page.title.empty() || title_count[p.page.title] >= 3) continue;
    if (!IsWorkingPage(p.page)) continue;
    articles[p.page.url] = &p;
  }
  std::vector<std::string> cases;
  std::string url;
  std::int64_t snapshot = 0;
  Timestamp first_seen = 0;
  Timestamp last_seen = 0;
  std::set<std::string> reported;
  for (const PageObservation& p : site.pages) {
    // The texts of every link from this page to each target: one that matches clears the others
    // (an image link and a text link to the same article).
    std::map<std::string, std::vector<const model::Link*>> by_target;
    for (const model::Link& l : p.links) {
      if (l.to_url == p.page.url || articles.count(l.to_url) == 0) continue;
      by_target[l.to_url].push_back(&l);
    }
    for (const auto& [target, links] : by_target) {
      const PageObservation& article = *articles[target];
      bool matched = false;
      const model::Link* shown = nullptr;
      for (const model::Link* l : links) {
        const Agreement a = Compare(l->text, article.page.title, min_similarity);
        if (a == Agreement::kMatch) {
          matched = true;
          break;
        }
        if (a == Agreement::kMismatch && shown == nullptr) shown = l;
      }
      if (matched || shown == nullptr || !reported.insert(p.page.url + "\n" + target).second) continue;
      cases.push_back(fmt::format("{}上的链接“{}”指向{}，该页标题为“{}”", p.page.url, shown->text, target,
                                  article.page.title));
      if (url.empty()) {
        url = p.page.url;
        snapshot = p.page.id;
      }
      if (first_seen == 0 || p.page.fetched_at < first_seen) first_seen = p.page.fetched_at;
      last_seen = std::max(last_seen, p.page.fetched_at);
    }
  }
  if (cases.empty()) return std::nullopt;
  model::Finding f = detail::MakeFinding("W-D4.2", "文不对题", model::ObjectKind::kSite, site.site.name,
                                         site.site.unit, model::Severity::kInfo, t);
  f.url = url;
  f.snapshot_id = snapshot;
  f.seen_at = first_seen;
  f.last_seen_at = last_seen;
  for (std::size_t i = 0; i < cases.size() && i < 10; ++i) f.excerpt += (f.excerpt.empty() ? "" : "；") + cases[i];
  if (cases.size() > 10) f.excerpt += fmt::format("；等共{}处", cases.size());
  f.detail = fmt::format("{}个链接的文字与所指页面标题不符（文不对题）", cases.size());
  f.suggestion = "核对链接地址，改为指向与链接文字相符的页面";
  return f;
}

}  // namespace govwatch::check
