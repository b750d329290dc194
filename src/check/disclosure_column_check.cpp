#include "check/disclosure_column_check.hpp"

#include <fmt/core.h>

#include "check/check_util.hpp"
#include "check/stale_column_check.hpp"

namespace govwatch::check {

std::vector<model::Finding> CheckDisclosureColumn(const DisclosureColumnObservations& column, Timestamp t,
                                                  const Rules& rules) {
  std::vector<model::Finding> out;
  std::vector<const ColumnObservation*> parts;
  ColumnObservation own{column.column, column.type, column.list};
  parts.push_back(&own);
  for (const ColumnObservation& c : column.sub_columns) parts.push_back(&c);
  int stale = 0;
  int empty = 0;
  std::string stale_text;
  std::string empty_text;
  std::int64_t snapshot = 0;
  Timestamp seen = 0;
  for (const ColumnObservation* c : parts) {
    const ColumnJudgement j = JudgeColumn(*c, t, rules);
    if (j.state == ColumnState::kStale || j.state == ColumnState::kLongStale) {
      ++stale;
      const std::string window =
          j.window_days > 0 ? fmt::format("{}天", j.window_days) : fmt::format("{}个月", j.window_months);
      stale_text += fmt::format("{}{}（{}）最新信息{}，超过{}未更新", stale_text.empty() ? "" : "；", c->column.name,
                                c->column.url, detail::DateOrNone(j.newest), window);
    } else if (j.state == ColumnState::kEmpty) {
      ++empty;
      empty_text += fmt::format("{}{}（{}）无信息", empty_text.empty() ? "" : "；", c->column.name, c->column.url);
    }
    if (c->list && snapshot == 0) {
      snapshot = c->list->snapshot_id;
      seen = c->list->fetched_at;
    }
  }
  const auto make = [&](std::string indicator, std::string problem, std::string detail_text, std::string excerpt) {
    model::Finding f = detail::MakeFinding(std::move(indicator), std::move(problem), model::ObjectKind::kColumn,
                                           column.column.name, column.unit, model::Severity::kVeto, t);
    f.url = column.column.url;
    f.detail = std::move(detail_text);
    f.excerpt = std::move(excerpt);
    f.snapshot_id = snapshot;
    f.seen_at = seen;
    f.last_seen_at = seen;
    return f;
  };
  if (stale >= rules.GetInt("disclosure.stale_veto_count")) {
    out.push_back(make("C-V2", "栏目不更新", fmt::format("专栏内未按时更新的栏目{}个", stale), stale_text));
  }
  if (empty >= rules.GetInt("disclosure.empty_veto_count")) {
    out.push_back(make("C-V3", "空白栏目", fmt::format("专栏内空白栏目{}个", empty), empty_text));
  }
  return out;
}

}  // namespace govwatch::check
