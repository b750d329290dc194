#include "check/forged_date_check.hpp"

#include <set>

#include <fmt/core.h>

#include "check/check_util.hpp"

namespace govwatch::check {
namespace {

std::string KeyOf(const model::Item& item) { return item.url.empty() ? "title:" + item.title : item.url; }

std::optional<Date> DateOfItem(const model::Item& item) {
  if (!item.date) return std::nullopt;
  auto d = ParseDate(*item.date);
  if (!d) return std::nullopt;
  return *d;
}

bool Usable(const ListSnapshot& s) { return IsWorkingPage(s.http_status, s.error) && s.is_list; }

}  // namespace

std::vector<model::Finding> CheckForgedDates(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                             Timestamp t, const Rules& rules) {
  std::vector<model::Finding> out;
  const int min_days = rules.GetInt("forged_date.min_days_earlier");
  const Timestamp max_gap = static_cast<Timestamp>(rules.Get("forged_date.max_crawl_gap_days") * kSecondsPerDay);
  std::vector<std::string> cases;
  std::string url;
  std::int64_t snapshot = 0;
  Timestamp first_seen = 0;
  Timestamp last_seen = 0;
  for (const ColumnHistory& h : obs.columns) {
    if (h.type != model::ColumnType::kNews && h.type != model::ColumnType::kNotice) continue;
    std::vector<const ListSnapshot*> snaps;
    for (const ListSnapshot& s : h.snapshots) {
      if (Usable(s) && s.fetched_at <= t) snaps.push_back(&s);
    }
    std::set<std::string> seen;
    std::size_t run_start = 0;  // the first snapshot of the current unbroken run of crawls
    for (std::size_t k = 0; k < snaps.size(); ++k) {
      if (k > 0 && snaps[k]->fetched_at - snaps[k - 1]->fetched_at > max_gap) run_start = k;
      if (k > run_start) {
        const ListSnapshot& prev = *snaps[k - 1];
        const ListSnapshot& cur = *snaps[k];
        std::optional<Date> prev_oldest;
        for (const model::Item& it : prev.items) {
          const auto d = DateOfItem(it);
          if (d && (!prev_oldest || *d < *prev_oldest)) prev_oldest = d;
        }
        const Date prev_day = DateOf(prev.fetched_at);
        for (const model::Item& it : cur.items) {
          if (seen.count(KeyOf(it)) != 0) continue;
          const auto d = DateOfItem(it);
          if (!d || !prev_oldest || *d < *prev_oldest) continue;  // would not have been listed anyway
          if (detail::DaysBetween(*d, prev_day) <= min_days) continue;
          // Crawled without a break from the claimed date until the item appeared.
          if (snaps[run_start]->fetched_at > StartOfDay(*d) + max_gap) continue;
          cases.push_back(fmt::format("{}“{}”标注发布日期{}，但{}抓取该栏目时尚无此条（栏目最早一条为{}），{}首次出现（{}）",
                                      h.column.name, it.title, FormatDate(*d), FormatTime(prev.fetched_at),
                                      FormatDate(*prev_oldest), FormatTime(cur.fetched_at), it.url));
          if (url.empty()) {
            url = cur.url;
            snapshot = cur.snapshot_id;
          }
          if (first_seen == 0 || cur.fetched_at < first_seen) first_seen = cur.fetched_at;
          last_seen = std::max(last_seen, cur.fetched_at);
        }
      }
      for (const model::Item& it : snaps[k]->items) seen.insert(KeyOf(it));
    }
  }
  if (cases.empty()) return out;
  model::Finding f = detail::MakeFinding(
      "W-V1.5", "伪造发稿日期", model::ObjectKind::kSite, site.site.name, site.site.unit,
      rules.GetInt("forged_date.veto") != 0 ? model::Severity::kVeto : model::Severity::kInfo, t);
  f.url = url;
  f.snapshot_id = snapshot;
  f.seen_at = first_seen;
  f.last_seen_at = last_seen;
  for (std::size_t i = 0; i < cases.size() && i < 10; ++i) f.excerpt += (f.excerpt.empty() ? "" : "；") + cases[i];
  f.detail = fmt::format("{}条信息标注的发布日期比首次发布时间早{}天以上（栏目持续监测，间隔不超过{}天）", cases.size(),
                         min_days, rules.GetInt("forged_date.max_crawl_gap_days"));
  f.suggestion = "按实际发布时间标注发稿日期";
  out.push_back(std::move(f));
  return out;
}

}  // namespace govwatch::check
