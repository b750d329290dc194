// Pages per second of ExtractPage on a typical article and a typical list page (the saved
// pages of tests/data/extract/pages), plus a large synthetic list page.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "extract/page_extractor.hpp"
#include "farm/farm_plan.hpp"
#include "farm/site_renderer.hpp"
#include "fetch/body_decoder.hpp"

namespace {

std::string LoadPage(const std::string& name) {
  std::ifstream in(std::string(GOVWATCH_SOURCE_DIR) + "/tests/data/extract/pages/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return govwatch::fetch::DecodeBody(s.str(), "text/html").body;
}

void RunExtract(benchmark::State& state, const std::string& html, const char* url) {
  for (auto _ : state) {
    govwatch::extract::PageFacts facts = govwatch::extract::ExtractPage(html, url);
    benchmark::DoNotOptimize(facts);
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(html.size()));
}

void BM_ExtractArticle(benchmark::State& state) {
  static const std::string html = LoadPage("trs_article.html");
  RunExtract(state, html, "http://www.dali.gov.cn/dlrmzf/c101525/202201/t20220118_555001.html");
}
BENCHMARK(BM_ExtractArticle);

void BM_ExtractListPage(benchmark::State& state) {
  static const std::string html = LoadPage("trs_list_gbk.html");
  RunExtract(state, html, "http://www.eryuan.gov.cn/eyxrmzf/c102/index.html");
}
BENCHMARK(BM_ExtractListPage);

void BM_ExtractHomepage(benchmark::State& state) {
  static const std::string html = LoadPage("homepage.html");
  RunExtract(state, html, "http://www.midu.gov.cn/");
}
BENCHMARK(BM_ExtractHomepage);

void BM_ExtractLargeList(benchmark::State& state) {
  static const std::string html = [] {
    std::string h = "<html><head><title>通知公告_测试站</title></head><body><ul class=\"list\">";
    for (int n = 0; n < 2000; ++n) {
      h += "<li><a href=\"./202201/t20220110_" + std::to_string(n) + ".html\">关于第" + std::to_string(n) +
           "号文件的通知</a><span>2022-01-10</span></li>\n";
    }
    return h + "</ul></body></html>";
  }();
  RunExtract(state, html, "http://x.gov.cn/tzgg/index.html");
}
BENCHMARK(BM_ExtractLargeList);

// The pages a crawl of the benchmark farm extracts (bench/crawl_peers.sh): every article, list
// page and homepage of a 10-site, 2,000-page farm, rendered and decoded once (GBK sites too), then
// extracted in turn. Items/s is the crawl's extraction rate per core on the farm it is timed on.
void BM_ExtractFarmPages(benchmark::State& state) {
  struct Page {
    std::string html;
    std::string url;
  };
  static const std::vector<Page> pages = [] {
    govwatch::farm::FarmOptions options;
    options.sites = 10;
    options.pages = 2000;
    options.base_port = 19000;
    const govwatch::farm::FarmPlan plan = govwatch::farm::BuildPlan(options);
    const govwatch::Timestamp now = govwatch::farm::VisibleFrom(options.anchor) + 86400;
    std::vector<Page> out;
    for (int s = 0; s < static_cast<int>(plan.sites.size()); ++s) {
      const govwatch::farm::SiteRenderer renderer(plan, s);
      const std::string base = "http://127.0.0.1:" + std::to_string(19000 + s);
      std::vector<std::string> paths = {"/"};
      for (const auto& column : plan.sites[s].columns) {
        paths.push_back(column.path + "index.html");
        paths.push_back(column.path + "index_1.html");
      }
      for (const auto& item : plan.sites[s].items) paths.push_back(item.path);
      for (const std::string& path : paths) {
        govwatch::farm::FarmResponse r = renderer.Render(path, "", now);
        if (r.status != 200) continue;
        out.push_back({govwatch::fetch::DecodeBody(r.body, r.content_type).body, base + path});
      }
    }
    return out;
  }();
  std::int64_t bytes = 0;
  for (auto _ : state) {
    for (const Page& p : pages) {
      govwatch::extract::PageFacts facts = govwatch::extract::ExtractPage(p.html, p.url);
      benchmark::DoNotOptimize(facts);
      bytes += static_cast<std::int64_t>(p.html.size());
    }
  }
  state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(pages.size()));
  state.SetBytesProcessed(bytes);
}
BENCHMARK(BM_ExtractFarmPages)->Unit(benchmark::kMillisecond);

void BM_ResolveUrl(benchmark::State& state) {
  for (auto _ : state) {
    benchmark::DoNotOptimize(
        govwatch::extract::ResolveUrl("http://www.x.gov.cn/zwgk/tzgg/202203/t20220301_1.html", "../../xxgk/./a/../b.html"));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ResolveUrl);

}  // namespace

BENCHMARK_MAIN();
