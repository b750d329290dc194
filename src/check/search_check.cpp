#include "check/search_check.hpp"

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {

std::optional<model::Finding> CheckSearch(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                          Timestamp t, const Rules& rules) {
  if (!obs.search || obs.search->at > t) return std::nullopt;
  const SearchProbe& s = *obs.search;
  if (s.form_found && s.answered && s.found) return std::nullopt;
  if (s.form_found && s.query.empty()) return std::nullopt;  // nothing recent to search for
  model::Finding f = detail::MakeFinding("W-D4.1", s.form_found ? "站内搜索不可用" : "未提供站内搜索",
                                         model::ObjectKind::kSite, site.site.name, site.site.unit,
                                         model::Severity::kDeduction, t);
  f.seen_at = s.at;
  f.last_seen_at = s.at;
  const double points = rules.Get(s.form_found ? "search.points_failed" : "search.points_missing");
  if (!s.form_found) {
    f.url = site.site.url;
    f.excerpt = fmt::format("首页{}未找到站内搜索表单", site.site.url);
    f.detail = fmt::format("网站未提供站内搜索功能，扣{:g}分", points);
  } else if (!s.answered) {
    f.url = s.result_url;
    f.excerpt = fmt::format("搜索“{}”：{}返回{}", s.query, s.result_url,
                            s.http_status == 0 ? std::string("无响应") : "HTTP " + std::to_string(s.http_status));
    f.detail = fmt::format("站内搜索无法使用，扣{:g}分", points);
  } else {
    f.url = s.result_url;
    f.excerpt = fmt::format("搜索近期文章标题“{}”，结果页{}未列出该文章{}", s.query, s.result_url, s.target_url);
    f.detail = fmt::format("站内搜索查不到近期发布的文章，扣{:g}分", points);
  }
  f.suggestion = "提供可用的全站搜索，并及时更新搜索索引";
  return f;
}

}  // namespace govwatch::check
