// Judging cost: the site checks over a realistic site (96 probes a day for a week, 30 columns of
// 20 items, 1,000 pages) and the pass-rate formatting. Run: build/…/bench/govwatch_check_benchmark
#include <benchmark/benchmark.h>

#include "check/checker.hpp"
#include "verdict/verdict.hpp"

namespace govwatch {
namespace {

check::SiteObservations MakeSite() {
  check::SiteObservations s;
  s.site.name = "青川县人民政府门户网站";
  s.site.site_code = "5399010001";
  const Timestamp t = EndOfDay(Date{2022, 3, 31});
  for (Timestamp at = t - 7 * kSecondsPerDay + 900; at <= t; at += 900) {
    s.probes.push_back(model::Probe{1, at, 200, 35, true, ""});
  }
  for (int c = 0; c < 30; ++c) {
    check::ColumnObservation col;
    col.column.name = "工作动态";
    col.column.url = "http://127.0.0.1/c" + std::to_string(c) + "/";
    col.type = model::ColumnType::kNews;
    col.list = check::ListSnapshot{};
    col.list->http_status = 200;
    for (int i = 0; i < 20; ++i) {
      col.list->items.push_back(model::Item{0, "标题", "u", FormatDate(AddDays(Date{2022, 3, 30}, -i * 3))});
    }
    s.columns.push_back(std::move(col));
  }
  s.homepage = s.columns[0].list;
  for (int p = 0; p < 1000; ++p) {
    check::PageObservation po;
    po.page.url = "http://127.0.0.1/a/" + std::to_string(p) + ".html";
    po.page.http_status = 200;
    po.page.content_hash = "h";
    po.page.meta = {{"SiteName", "x"}, {"SiteIDCode", "5399010001"}, {"ArticleTitle", "t"}, {"PubDate", "2022-03-01"},
                    {"ContentSource", "s"}};
    po.role = check::PageRole::kArticle;
    s.pages.push_back(std::move(po));
  }
  return s;
}

void BM_CheckSite(benchmark::State& state) {
  const check::SiteObservations site = MakeSite();
  const check::Rules rules = check::Rules::Defaults();
  const Timestamp t = EndOfDay(Date{2022, 3, 31});
  for (auto _ : state) benchmark::DoNotOptimize(check::CheckSite(site, t, rules));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_CheckSite);

void BM_FormatRate(benchmark::State& state) {
  int n = 1;
  for (auto _ : state) benchmark::DoNotOptimize(verdict::FormatRate(4219, (n++ % 7)));
}
BENCHMARK(BM_FormatRate);

}  // namespace
}  // namespace govwatch

BENCHMARK_MAIN();
