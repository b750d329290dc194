#include "check/tamper_check.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include <fmt/core.h>

#include "check/check_util.hpp"
#include "check/hidden_link_check.hpp"
#include "common/strings.hpp"

namespace govwatch::check {
namespace {

bool Ignorable(char32_t c) {
  if (c <= 0x7F) return !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
  return c == 0x3000 || (c >= 0x3001 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) ||
         (c >= 0x2000 && c <= 0x206F) || c == 0xA0 || c == 0xFFFD;
}

std::unordered_map<std::uint64_t, int> Bigrams(std::string_view s) {
  std::u32string kept;
  for (char32_t c : DecodeUtf8(s)) {
    if (!Ignorable(c)) kept.push_back(c);
  }
  std::unordered_map<std::uint64_t, int> out;
  if (kept.size() == 1) out[kept[0]] = 1;
  for (std::size_t i = 0; i + 1 < kept.size(); ++i) {
    ++out[(static_cast<std::uint64_t>(kept[i]) << 32) | kept[i + 1]];
  }
  return out;
}

// "原为“…”，现为“…”" around the first difference of two texts.
std::string DiffExcerpt(const std::string& before, const std::string& after) {
  std::size_t i = 0;
  while (i < before.size() && i < after.size() && before[i] == after[i]) ++i;
  // The prefix is shared, so a code point boundary in one text is one in the other.
  const std::string& ref = i < after.size() ? after : before;
  const auto continuation = [&](std::size_t at) {
    return at < ref.size() && (static_cast<unsigned char>(ref[at]) & 0xC0) == 0x80;
  };
  while (i > 0 && continuation(i)) --i;
  std::size_t from = i > 30 ? i - 30 : 0;
  while (from > 0 && continuation(from)) --from;
  const std::string was = TruncateUtf8(std::string_view(before).substr(std::min(from, before.size())), 60);
  const std::string now = TruncateUtf8(std::string_view(after).substr(std::min(from, after.size())), 60);
  return fmt::format("原为“{}”，现为“{}”", ReplaceAll(was, "\n", " "), ReplaceAll(now, "\n", " "));
}

}  // namespace

double TextSimilarity(std::string_view a, std::string_view b) {
  const auto x = Bigrams(a);
  const auto y = Bigrams(b);
  int total = 0;
  for (const auto& [k, n] : x) total += n;
  for (const auto& [k, n] : y) total += n;
  if (total == 0) return 1.0;
  int common = 0;
  for (const auto& [k, n] : x) {
    const auto it = y.find(k);
    if (it != y.end()) common += std::min(n, it->second);
  }
  return 2.0 * common / total;
}

std::vector<model::Finding> CheckTampering(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                           Timestamp t, const Rules& rules) {
  std::vector<model::Finding> out;
  const double min_similarity = rules.Get("tamper.min_text_similarity");
  const double stable_similarity = rules.Get("tamper.stable_similarity");
  const int min_baseline = std::max(1, rules.GetInt("tamper.min_baseline_versions"));
  const model::Severity severity = rules.GetInt("tamper.veto") != 0 ? model::Severity::kVeto : model::Severity::kInfo;
  std::vector<std::string> changes;
  const PageVersion* evidence = nullptr;
  std::string evidence_url;
  Timestamp first_seen = 0;
  for (const StablePageHistory& h : obs.stable_pages) {
    if (h.versions.size() < 2) continue;
    const PageVersion& now = h.versions.back();
    const PageVersion& before = h.versions[h.versions.size() - 2];
    if (now.fetched_at > t) continue;
    std::vector<std::string> what;
    // New external scripts and iframes: against every earlier version, so a script that comes and
    // goes with a rotating banner is not new.
    std::set<std::string> known;
    for (std::size_t i = 0; i + 1 < h.versions.size(); ++i) known.insert(h.versions[i].scripts.begin(), h.versions[i].scripts.end());
    for (const std::string& s : now.scripts) {
      if (known.count(s) != 0 || !IsOutsideSite(s, site.site.url) || IsGovernmentHost(s)) continue;
      what.push_back(fmt::format("新增外部脚本或框架{}", s));
    }
    // A replaced title: the title shares little with the one before.
    if (!before.title.empty() && now.title != before.title &&
        TextSimilarity(before.title, now.title) < min_similarity) {
      what.push_back(fmt::format("标题由“{}”变为“{}”", before.title, now.title));
    }
    // Most of the text replaced, on a page whose earlier versions agreed with each other.
    const std::size_t baseline = h.versions.size() - 1;
    if (static_cast<int>(baseline) >= min_baseline && !before.text.empty()) {
      bool stable = true;
      for (std::size_t i = 0; i + 1 < baseline; ++i) {
        stable = stable && TextSimilarity(h.versions[i].text, h.versions[i + 1].text) >= stable_similarity;
      }
      const double sim = TextSimilarity(before.text, now.text);
      if (stable && sim < min_similarity) {
        what.push_back(fmt::format("正文与此前版本相似度{:.0f}%，{}", sim * 100, DiffExcerpt(before.text, now.text)));
      }
    }
    if (what.empty()) continue;
    std::string joined;
    for (const std::string& w : what) joined += (joined.empty() ? "" : "，") + w;
    changes.push_back(fmt::format("{}{}（{}与{}两次抓取之间）：{}", h.role, h.url, FormatTime(before.fetched_at),
                                  FormatTime(now.fetched_at), joined));
    if (evidence == nullptr) {
      evidence = &now;
      evidence_url = h.url;
    }
    if (first_seen == 0 || now.fetched_at < first_seen) first_seen = now.fetched_at;
  }
  if (evidence == nullptr) return out;
  model::Finding f = detail::MakeFinding("W-V1.4", "疑似页面被篡改", model::ObjectKind::kSite, site.site.name,
                                         site.site.unit, severity, t);
  f.url = evidence_url;
  f.snapshot_id = evidence->snapshot_id;
  f.seen_at = first_seen;
  f.last_seen_at = evidence->fetched_at;
  for (const std::string& c : changes) f.excerpt += (f.excerpt.empty() ? "" : "；") + c;
  f.detail = fmt::format("{}个应保持稳定的页面出现异常变化", changes.size());
  f.suggestion = "核实变化是否为本单位发布；如被篡改，立即恢复页面并排查安全漏洞";
  out.push_back(std::move(f));
  return out;
}

}  // namespace govwatch::check
