#include "check/text_hit_check.hpp"

#include <set>
#include <tuple>

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {

namespace {
std::string SevereIndicator(model::ObjectKind kind) {
  switch (kind) {
    case model::ObjectKind::kColumn: return "C-V1";
    case model::ObjectKind::kAccount: return "N-V1";
    default: return "W-V1.1";
  }
}
}  // namespace

std::vector<model::Finding> CheckTextHits(const std::vector<TextHit>& hits, model::ObjectKind kind,
                                          const std::string& object, const std::string& unit, Timestamp t,
                                          const Rules& rules) {
  std::vector<model::Finding> out;
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (const TextHit& h : hits) {
    if (!seen.emplace(h.url, h.rule, h.text).second) continue;
    model::Finding f;
    if (h.check == "severe" && h.severity == "severe") {
      f = detail::MakeFinding(SevereIndicator(kind), "严重表述错误", kind, object, unit, model::Severity::kVeto, t);
      f.detail = fmt::format("“{}”应为“{}”（规则 {}）", h.text, h.suggestion, h.rule);
    } else if (h.check == "pii" && h.severity != "info" && h.score >= rules.Get("pii.min_score")) {
      f = detail::MakeFinding("PI-2", "个人隐私泄露", kind, object, unit,
                              rules.GetInt("pii.veto") != 0 ? model::Severity::kVeto : model::Severity::kInfo, t);
      f.detail = fmt::format("未去标识化的个人信息（规则 {}），建议按去标识化方式改为“{}”后重新发布，而非一删了之", h.rule,
                             h.suggestion);
    } else if (h.check == "severe" || h.check == "typo" || h.check == "sensitive") {
      const bool typo = h.check == "typo" || h.check == "severe";
      // The language model's slips are suspicions for the webmaster to read, not settled errors.
      const char* title = !typo ? "敏感词" : h.rule == "typo.statistical" ? "疑似错别字" : "错别字";
      f = detail::MakeFinding(typo ? "TEXT-TYPO" : "TEXT-SENSITIVE", title, kind, object, unit, model::Severity::kInfo,
                              t);
      f.detail = h.suggestion.empty() ? fmt::format("“{}”（规则 {}）", h.text, h.rule)
                                      : fmt::format("“{}”建议改为“{}”（规则 {}）", h.text, h.suggestion, h.rule);
      if (!h.note.empty()) f.detail += "；" + h.note;
    } else {
      continue;
    }
    f.url = h.url;
    f.excerpt = h.excerpt.empty() ? h.text : h.excerpt;
    f.suggestion = h.suggestion;
    f.snapshot_id = h.snapshot_id;
    f.seen_at = h.seen_at;
    f.last_seen_at = h.seen_at;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace govwatch::check
