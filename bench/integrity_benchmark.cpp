// Cost of the page-integrity extraction that inspection runs over stored bodies: FindHiddenLinks
// (next to ExtractPage on the same pages, for the ratio), FindSearchForm, and attachment text
// (PDF through poppler, .doc through catdoc, OCR of a small scan).
#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

#include "extract/attachment_text.hpp"
#include "extract/hidden_links.hpp"
#include "extract/ocr.hpp"
#include "extract/page_extractor.hpp"
#include "extract/search_form.hpp"
#include "fetch/body_decoder.hpp"

namespace {

std::string Load(const std::string& path) {
  std::ifstream in(std::string(GOVWATCH_SOURCE_DIR) + "/tests/data/extract/" + path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string LoadPage(const std::string& name) { return govwatch::fetch::DecodeBody(Load("pages/" + name), "text/html").body; }

const std::string& Homepage() {
  static const std::string html = LoadPage("homepage.html");
  return html;
}

// A page with a large style sheet (2,000 rules) and 3,000 links, 100 of them hidden.
const std::string& HeavyPage() {
  static const std::string html = [] {
    std::string h = "<html><head><style>";
    for (int n = 0; n < 2000; ++n) h += ".c" + std::to_string(n) + " a{color:#333} #i" + std::to_string(n) + "{margin:0}\n";
    h += ".hide{display:none}</style></head><body>";
    for (int n = 0; n < 3000; ++n) {
      h += "<div class=\"c" + std::to_string(n % 2000) + (n % 30 == 0 ? " hide" : "") + "\"><a href=\"/a/" +
           std::to_string(n) + ".html\">第" + std::to_string(n) + "条信息</a></div>\n";
    }
    return h + "</body></html>";
  }();
  return html;
}

void BM_ExtractPageHomepage(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(govwatch::extract::ExtractPage(Homepage(), "http://www.midu.gov.cn/"));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(Homepage().size()));
}
BENCHMARK(BM_ExtractPageHomepage);

void BM_HiddenLinksHomepage(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(govwatch::extract::FindHiddenLinks(Homepage(), "http://www.midu.gov.cn/"));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(Homepage().size()));
}
BENCHMARK(BM_HiddenLinksHomepage);

void BM_HiddenLinksHeavyStyleSheet(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(govwatch::extract::FindHiddenLinks(HeavyPage(), "http://x.gov.cn/"));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(HeavyPage().size()));
}
BENCHMARK(BM_HiddenLinksHeavyStyleSheet);

// The same page with its 2,000 rules in a linked style sheet, read through a StylesheetSource
// (as inspection reads the stored sheet): the cost of the linked cascade against the inline one.
void BM_HiddenLinksLinkedStyleSheet(benchmark::State& state) {
  static const std::string css = [] {
    const std::string& h = HeavyPage();
    const std::size_t from = h.find("<style>") + 7;
    return h.substr(from, h.find("</style>") - from);
  }();
  static const std::string html = [] {
    std::string h = HeavyPage();
    const std::size_t from = h.find("<style>");
    const std::size_t to = h.find("</style>") + 8;
    return h.replace(from, to - from, "<link rel=\"stylesheet\" href=\"/css/site.css\">");
  }();
  const govwatch::extract::StylesheetSource sheets = [](const std::string&) -> std::optional<std::string> { return css; };
  for (auto _ : state) benchmark::DoNotOptimize(govwatch::extract::FindHiddenLinks(html, "http://x.gov.cn/", sheets));
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(html.size() + css.size()));
}
BENCHMARK(BM_HiddenLinksLinkedStyleSheet);

void BM_SearchFormHomepage(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(govwatch::extract::FindSearchForm(Homepage(), "http://www.midu.gov.cn/"));
}
BENCHMARK(BM_SearchFormHomepage);

void BM_PdfText(benchmark::State& state) {
  static const std::string pdf = Load("attachments/gongshi.pdf");
  for (auto _ : state) benchmark::DoNotOptimize(govwatch::extract::ReadPdfText(pdf, "gongshi.pdf"));
}
BENCHMARK(BM_PdfText);

void BM_LegacyDocThroughCatdoc(benchmark::State& state) {
  static const std::string doc = Load("attachments/gongshi.doc");
  for (auto _ : state) benchmark::DoNotOptimize(govwatch::extract::LegacyOfficeText(doc, "gongshi.doc"));
}
BENCHMARK(BM_LegacyDocThroughCatdoc)->Unit(benchmark::kMillisecond);

void BM_OcrSmallScan(benchmark::State& state) {
  static const std::string tif = Load("attachments/ocr.tif");
  govwatch::extract::OcrBudget budget;
  govwatch::extract::OcrQueue queue(budget);
  for (auto _ : state) {
    queue.Push({"k", "scan.tif", tif});
    benchmark::DoNotOptimize(queue.Run());
  }
}
BENCHMARK(BM_OcrSmallScan)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
