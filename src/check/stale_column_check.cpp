#include "check/stale_column_check.hpp"

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {

ColumnJudgement JudgeColumn(const ColumnObservation& column, Timestamp t, const Rules& rules) {
  ColumnJudgement j;
  if (!column.list || !IsWorkingPage(column.list->http_status, column.list->error)) return j;
  const Date at = DateOf(t);
  j.newest = detail::NewestItemDate(column.list->items, at);
  if (column.list->empty_list || column.list->items.empty()) {
    j.state = ColumnState::kEmpty;
    return j;
  }
  using model::ColumnType;
  switch (column.type) {
    case ColumnType::kNews:
      j.window_days = rules.GetInt("column.news_stale_days");
      j.state = detail::OlderThanDays(j.newest, at, j.window_days) ? ColumnState::kStale : ColumnState::kFresh;
      break;
    case ColumnType::kNotice:
    case ColumnType::kPolicy:
      j.window_months = rules.GetInt("column.notice_stale_months");
      j.state = detail::OlderThanMonths(j.newest, at, j.window_months) ? ColumnState::kStale : ColumnState::kFresh;
      break;
    case ColumnType::kInteraction:
    case ColumnType::kService:
      // Channels, not content lists: not judged for updates.
      j.state = ColumnState::kFresh;
      break;
    default:
      j.window_months = rules.GetInt("column.other_stale_months");
      j.state = detail::OlderThanMonths(j.newest, at, j.window_months) ? ColumnState::kLongStale : ColumnState::kFresh;
      break;
  }
  return j;
}

namespace {

std::string Describe(const ColumnObservation& c, const ColumnJudgement& j) {
  if (j.state == ColumnState::kEmpty) return fmt::format("{}（{}）无信息", c.column.name, c.column.url);
  const std::string window = j.window_days > 0 ? fmt::format("{}天", j.window_days) : fmt::format("{}个月", j.window_months);
  return fmt::format("{}（{}）最新信息{}，超过{}未更新", c.column.name, c.column.url, detail::DateOrNone(j.newest), window);
}

model::Finding Summarise(const SiteObservations& site, const std::vector<const ColumnObservation*>& cols,
                         const std::vector<ColumnJudgement>& judgements, std::string indicator, std::string problem,
                         std::string headline, Timestamp t) {
  model::Finding f = detail::MakeFinding(std::move(indicator), std::move(problem), model::ObjectKind::kSite,
                                         site.site.name, site.site.unit, model::Severity::kVeto, t);
  f.detail = std::move(headline);
  std::string list;
  for (std::size_t i = 0; i < cols.size(); ++i) {
    list += (i == 0 ? "" : "；") + Describe(*cols[i], judgements[i]);
    if (cols[i]->list) {
      if (f.seen_at == 0 || cols[i]->list->fetched_at < f.seen_at) f.seen_at = cols[i]->list->fetched_at;
      f.last_seen_at = std::max(f.last_seen_at, cols[i]->list->fetched_at);
    }
  }
  f.excerpt = list;
  if (!cols.empty()) {
    f.url = cols.front()->column.url;
    if (cols.front()->list) f.snapshot_id = cols.front()->list->snapshot_id;
  }
  return f;
}

}  // namespace

std::vector<model::Finding> CheckStaleColumns(const SiteObservations& site, Timestamp t, const Rules& rules) {
  std::vector<const ColumnObservation*> stale, long_stale, empty;
  std::vector<ColumnJudgement> stale_j, long_j, empty_j;
  for (const ColumnObservation& c : site.columns) {
    const ColumnJudgement j = JudgeColumn(c, t, rules);
    if (j.state == ColumnState::kStale) {
      stale.push_back(&c);
      stale_j.push_back(j);
    } else if (j.state == ColumnState::kLongStale) {
      long_stale.push_back(&c);
      long_j.push_back(j);
    } else if (j.state == ColumnState::kEmpty) {
      empty.push_back(&c);
      empty_j.push_back(j);
    }
  }
  std::vector<model::Finding> out;
  const int stale_limit = rules.GetInt("column.stale_veto_count");
  if (static_cast<int>(stale.size()) >= stale_limit) {
    out.push_back(Summarise(site, stale, stale_j, "W-V4.1", "栏目不更新",
                            fmt::format("动态要闻类栏目2周内、通知公告和政策文件类栏目6个月内未更新的共{}个（阈值{}个）",
                                        stale.size(), stale_limit),
                            t));
  }
  const int long_limit = rules.GetInt("column.long_stale_veto_count");
  if (static_cast<int>(long_stale.size()) >= long_limit) {
    out.push_back(Summarise(site, long_stale, long_j, "W-V4.2", "栏目不更新",
                            fmt::format("应更新但长期未更新的栏目{}个（阈值{}个）", long_stale.size(), long_limit), t));
  }
  const int empty_limit = rules.GetInt("column.empty_veto_count");
  if (static_cast<int>(empty.size()) >= empty_limit) {
    out.push_back(Summarise(site, empty, empty_j, "W-V4.3", "空白栏目",
                            fmt::format("空白栏目{}个（阈值{}个）", empty.size(), empty_limit), t));
  }
  return out;
}

}  // namespace govwatch::check
