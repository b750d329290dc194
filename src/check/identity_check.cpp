#include "check/identity_check.hpp"

#include <algorithm>
#include <cctype>
#include <vector>

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {

namespace {

const PageObservation* Homepage(const SiteObservations& site) {
  for (const PageObservation& p : site.pages) {
    if (p.role == PageRole::kHomepage && IsWorkingPage(p.page)) return &p;
  }
  return nullptr;
}

std::string MetaValue(const model::Page& p, const std::string& name) {
  for (const auto& [k, v] : p.meta) {
    if (k.size() == name.size() && std::equal(k.begin(), k.end(), name.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
        })) {
      return v;
    }
  }
  return {};
}

}  // namespace

std::optional<model::Finding> CheckIdentity(const SiteObservations& site, Timestamp t, const Rules& rules) {
  const PageObservation* home = Homepage(site);
  if (home == nullptr) return std::nullopt;
  const model::Page& p = home->page;
  std::vector<std::string> problems;
  if (p.site_code.empty()) {
    problems.push_back("页面底部未展示网站标识码");
  } else if (!site.site.site_code.empty() && p.site_code != site.site.site_code) {
    problems.push_back(fmt::format("网站标识码{}与登记的{}不一致", p.site_code, site.site.site_code));
  }
  const std::string meta_code = MetaValue(p, "SiteIDCode");
  if (!meta_code.empty() && !site.site.site_code.empty() && meta_code != site.site.site_code) {
    problems.push_back(fmt::format("SiteIDCode标签{}与登记的网站标识码{}不一致", meta_code, site.site.site_code));
  }
  if (p.icp.empty()) problems.push_back("未展示ICP备案号");
  if (p.psb.empty()) problems.push_back("未展示公安机关备案号");
  if (!p.party_badge) problems.push_back("未展示党政机关网站标识");
  if (site.site.kind == model::SiteKind::kPortal && !p.error_entry) problems.push_back("未设置“我为政府网站找错”入口");
  if (problems.empty()) return std::nullopt;
  model::Finding f = detail::MakeFinding("W-D4.4", "网站标识不规范", model::ObjectKind::kSite, site.site.name,
                                         site.site.unit, model::Severity::kDeduction, t);
  const double points = std::min(rules.Get("identity.cap_points"),
                                 rules.Get("identity.points_per_item") * static_cast<double>(problems.size()));
  std::string list;
  for (const std::string& s : problems) list += (list.empty() ? "" : "；") + s;
  f.url = p.url;
  f.snapshot_id = p.id;
  f.seen_at = p.fetched_at;
  f.last_seen_at = p.fetched_at;
  f.excerpt = list;
  f.points = points;
  f.detail = fmt::format("首页底部功能区{}项不符合要求，扣{:g}分", problems.size(), points);
  return f;
}

std::optional<model::Finding> CheckMetaTags(const SiteObservations& site, Timestamp t, const Rules& rules) {
  struct TypeCount {
    const char* label;
    std::vector<std::string> required;
    int pages = 0;
    int missing = 0;
    std::string example;
    std::string example_missing;
  };
  TypeCount types[] = {{"首页", {"SiteName", "SiteDomain", "SiteIDCode"}, 0, 0, "", ""},
                       {"栏目页", {"SiteName", "SiteIDCode", "ColumnName", "ColumnType"}, 0, 0, "", ""},
                       {"文章页", {"SiteName", "SiteIDCode", "ArticleTitle", "PubDate", "ContentSource"}, 0, 0, "", ""}};
  for (const PageObservation& p : site.pages) {
    if (!IsWorkingPage(p.page) || p.page.content_hash.empty()) continue;
    TypeCount* tc = p.role == PageRole::kHomepage     ? &types[0]
                    : p.role == PageRole::kColumnList ? &types[1]
                    : p.role == PageRole::kArticle    ? &types[2]
                                                      : nullptr;
    if (tc == nullptr) continue;
    ++tc->pages;
    std::string missing;
    for (const std::string& name : tc->required) {
      if (MetaValue(p.page, name).empty()) missing += (missing.empty() ? "" : "、") + name;
    }
    const std::string code = MetaValue(p.page, "SiteIDCode");
    if (!code.empty() && !site.site.site_code.empty() && code != site.site.site_code) {
      missing += (missing.empty() ? "" : "、") + std::string("SiteIDCode(与登记不一致)");
    }
    if (!missing.empty()) {
      ++tc->missing;
      if (tc->example.empty()) {
        tc->example = p.page.url;
        tc->example_missing = missing;
      }
    }
  }
  std::string list;
  int bad_types = 0;
  std::string url;
  for (const TypeCount& tc : types) {
    if (tc.pages == 0 || tc.missing == 0) continue;
    if (static_cast<double>(tc.missing) < rules.Get("meta.min_missing_ratio") * tc.pages) continue;
    ++bad_types;
    if (url.empty()) url = tc.example;
    list += fmt::format("{}{}{}个中{}个缺少或错误标签（如{}缺少{}）", list.empty() ? "" : "；", tc.label, tc.pages,
                        tc.missing, tc.example, tc.example_missing);
  }
  if (bad_types == 0) return std::nullopt;
  const double points =
      std::min(rules.Get("meta.cap_points"), rules.Get("meta.points_per_page_type") * static_cast<double>(bad_types));
  model::Finding f = detail::MakeFinding("W-D4.3", "页面标签不规范", model::ObjectKind::kSite, site.site.name,
                                         site.site.unit, model::Severity::kDeduction, t);
  f.url = url;
  f.excerpt = list;
  f.points = points;
  f.detail = fmt::format("网页标签不符合《政府网站发展指引》网页设计规范，扣{:g}分", points);
  f.seen_at = t;
  f.last_seen_at = t;
  return f;
}

}  // namespace govwatch::check
