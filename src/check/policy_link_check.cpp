#include "check/policy_link_check.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {

std::optional<model::Finding> CheckPolicyLinks(const SiteObservations& site, Timestamp t, const Rules& rules) {
  std::map<std::string, const PageObservation*> documents;
  std::vector<const PageObservation*> interpretations;
  for (const PageObservation& p : site.pages) {
    if (p.role != PageRole::kArticle || !p.column_type) continue;
    if (!IsWorkingPage(p.page)) continue;
    if (*p.column_type == model::ColumnType::kPolicy) documents[p.page.url] = &p;
    if (*p.column_type == model::ColumnType::kInterpretation) interpretations.push_back(&p);
  }
  if (interpretations.empty()) return std::nullopt;
  std::vector<std::string> problems;
  std::string first_url;
  for (const PageObservation* i : interpretations) {
    const PageObservation* doc = nullptr;
    for (const model::Link& l : i->links) {
      auto it = documents.find(l.to_url);
      if (it != documents.end()) {
        doc = it->second;
        break;
      }
    }
    if (doc == nullptr) {
      problems.push_back(fmt::format("解读《{}》（{}）未链接所解读的政策文件", i->page.title, i->page.url));
    } else if (std::none_of(doc->links.begin(), doc->links.end(),
                            [&](const model::Link& l) { return l.to_url == i->page.url; })) {
      problems.push_back(fmt::format("政策文件《{}》（{}）未链接其解读《{}》", doc->page.title, doc->page.url, i->page.title));
    } else {
      continue;
    }
    if (first_url.empty()) first_url = i->page.url;
  }
  if (problems.empty()) return std::nullopt;
  const double points = std::min(rules.Get("policy_link.cap_points"),
                                 rules.Get("policy_link.points_per_pair") * static_cast<double>(problems.size()));
  model::Finding f = detail::MakeFinding("W-D1.4", "政策解读未关联", model::ObjectKind::kSite, site.site.name,
                                         site.site.unit, model::Severity::kDeduction, t);
  std::string list;
  for (const std::string& s : problems) list += (list.empty() ? "" : "；") + s;
  f.url = first_url;
  f.excerpt = list;
  f.points = points;
  f.detail = fmt::format("政策文件与解读未双向关联{}处，扣{:g}分", problems.size(), points);
  f.seen_at = t;
  f.last_seen_at = t;
  return f;
}

}  // namespace govwatch::check
