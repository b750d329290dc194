// Text engine benchmarks: rule loading, the literal sensitive-term scan alone (Vectorscan over
// the skeleton) and the whole pipeline without the statistical tier, in bytes per second on one
// core. The corpus is the repository's seed notice and test texts repeated to ~4 MB.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "text/language_model.hpp"
#include "text/literal_matcher.hpp"
#include "text/rule_table.hpp"
#include "text/text_engine.hpp"

namespace {

std::string ReadAll(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

govwatch::text::RuleFiles Rules() {
  govwatch::text::RuleFiles files;
  std::filesystem::path dir = std::filesystem::path(GOVWATCH_SOURCE_DIR) / "rules" / "text";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (entry.is_regular_file()) files[std::filesystem::relative(entry.path(), dir).generic_string()] = ReadAll(entry.path());
  }
  return files;
}

const std::string& Corpus() {
  static const std::string* corpus = [] {
    // GOVWATCH_TEXT_BENCH_CORPUS names another corpus (bench/text_rg_compare.sh uses it).
    if (const char* path = std::getenv("GOVWATCH_TEXT_BENCH_CORPUS")) return new std::string(ReadAll(path));
    std::string seed = ReadAll(std::filesystem::path(GOVWATCH_SOURCE_DIR) / "tests" / "data" / "text" /
                               "example-notice-2022Q1.txt");
    auto* out = new std::string();
    while (out->size() < (4u << 20)) *out += seed;
    return out;
  }();
  return *corpus;
}

const govwatch::text::TextEngine& Engine() {
  static const govwatch::text::TextEngine* engine = [] {
    auto loaded = govwatch::text::TextEngine::Load(Rules());
    return new govwatch::text::TextEngine(std::move(loaded.value()));
  }();
  return *engine;
}

void BM_Load(benchmark::State& state) {
  govwatch::text::RuleFiles files = Rules();
  for (auto _ : state) {
    auto engine = govwatch::text::TextEngine::Load(files);
    benchmark::DoNotOptimize(engine);
  }
}
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

void BM_SensitiveLiteralScan(benchmark::State& state) {
  // The full sensitive list as one literal database, scanned over the raw UTF-8 corpus.
  govwatch::text::RuleFiles files = Rules();
  auto rows = govwatch::text::ParseWordList("sensitive_word_dict.txt", files["sensitive_word_dict.txt"]);
  std::vector<std::string> words;
  for (const auto& row : *rows) words.emplace_back(row.fields[0]);
  auto matcher = govwatch::text::LiteralMatcher::Build(words);
  const std::string& corpus = Corpus();
  std::size_t matches = 0;
  for (auto _ : state) {
    matcher->Scan(corpus, [&](std::uint32_t, std::size_t, std::size_t) { ++matches; });
  }
  benchmark::DoNotOptimize(matches);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.size()));
  state.counters["patterns"] = static_cast<double>(words.size());
}
BENCHMARK(BM_SensitiveLiteralScan)->Unit(benchmark::kMillisecond);

void BM_Pipeline(benchmark::State& state) {
  const govwatch::text::TextEngine& engine = Engine();
  const std::string& corpus = Corpus();
  govwatch::text::ScanOptions options;
  options.at = govwatch::Date{2022, 4, 11};
  for (auto _ : state) {
    auto findings = engine.Scan(corpus, options);
    benchmark::DoNotOptimize(findings);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * corpus.size()));
}
BENCHMARK(BM_Pipeline)->Unit(benchmark::kMillisecond);

void BM_StatisticalTier(benchmark::State& state) {
  // The whole pipeline with the statistical tier on the word trigram model (when installed), on
  // the first 256 KB of the corpus; reports characters per second.
  static const govwatch::text::TextEngine* engine = [] {
    govwatch::text::EngineResources resources;
    if (std::filesystem::exists(govwatch::text::WordLanguageModel::kDefaultPath)) {
      resources.language_model = govwatch::text::WordLanguageModel::kDefaultPath;
    }
    auto loaded = govwatch::text::TextEngine::Load(Rules(), resources);
    return new govwatch::text::TextEngine(std::move(loaded.value()));
  }();
  std::string text = Corpus().substr(0, 256u << 10);
  while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) text.pop_back();
  if (!text.empty()) text.pop_back();
  std::size_t chars = 0;
  for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
  govwatch::text::ScanOptions options;
  options.at = govwatch::Date{2022, 4, 11};
  options.statistical_typos = true;
  for (auto _ : state) {
    auto findings = engine->Scan(text, options);
    benchmark::DoNotOptimize(findings);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
  state.counters["chars_per_second"] =
      benchmark::Counter(static_cast<double>(chars), benchmark::Counter::kIsIterationInvariantRate);
  state.counters["language_model"] = engine->HasLanguageModel() ? 1 : 0;
}
BENCHMARK(BM_StatisticalTier)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
