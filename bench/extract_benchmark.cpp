// Pages per second of ExtractPage on a typical article and a typical list page (the saved
// pages of tests/data/extract/pages), plus a large synthetic list page.
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "extract/page_extractor.hpp"
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
