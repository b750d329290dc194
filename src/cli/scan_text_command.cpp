// govwatch scan-text [FILE|-] [--at DATE] [--html] [--lines] [--fail-on-findings]
// Scans text with the text engine and prints one JSON object per finding per line.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "common/charset.hpp"
#include "common/directory_cache.hpp"
#include "common/files.hpp"
#include "common/strings.hpp"
#include "common/time.hpp"
#include "extract/page_extractor.hpp"
#include "text/language_model.hpp"
#include "text/word_readings.hpp"
#include "text/text_engine.hpp"

namespace govwatch::cli {

namespace {

// Loads every regular file under `dir` into RuleFiles keyed by its path relative to `dir`.
Result<text::RuleFiles> LoadRuleFiles(const std::filesystem::path& dir) {
  text::RuleFiles files;
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    return MakeError(ErrorCode::kNotFound, dir.string() + ": rule folder not found");
  }
  for (auto it = std::filesystem::recursive_directory_iterator(dir, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    auto content = ReadFile(it->path());
    if (!content) return content.error();
    files[std::filesystem::relative(it->path(), dir, ec).generic_string()] = std::move(*content);
  }
  if (ec) return MakeError(ErrorCode::kIoError, dir.string() + ": " + ec.message());
  return files;
}

// Crude tag stripping for when the extract module gives no text: drops tags, script and style
// bodies, and decodes a few entities; block tags become line breaks.
std::string StripTags(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  std::size_t i = 0;
  while (i < html.size()) {
    if (html[i] == '<') {
      std::size_t close = html.find('>', i);
      if (close == std::string_view::npos) break;
      std::string tag = ToLowerAscii(html.substr(i + 1, std::min<std::size_t>(close - i - 1, 10)));
      for (const char* skip : {"script", "style"}) {
        if (StartsWith(tag, skip)) {
          std::size_t end = ToLowerAscii(html.substr(close)).find(std::string("</") + skip);
          close = end == std::string::npos ? html.size() - 1 : html.find('>', close + end);
          if (close == std::string_view::npos) close = html.size() - 1;
        }
      }
      if (StartsWith(tag, "p") || StartsWith(tag, "/p") || StartsWith(tag, "br") || StartsWith(tag, "div") ||
          StartsWith(tag, "/div") || StartsWith(tag, "tr") || StartsWith(tag, "/tr") || StartsWith(tag, "li") ||
          StartsWith(tag, "h") || StartsWith(tag, "/h")) {
        if (!out.empty() && out.back() != '\n') out.push_back('\n');
      } else if (StartsWith(tag, "td") || StartsWith(tag, "th")) {
        out.push_back('\t');  // a cell separator: tables stay tables for the column-header recognizers
      }
      i = close + 1;
      continue;
    }
    if (html[i] == '&') {
      static const std::pair<std::string_view, std::string_view> kEntities[] = {
          {"&nbsp;", " "}, {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}, {"&quot;", "\""}, {"&#39;", "'"},
          {"&ldquo;", "“"}, {"&rdquo;", "”"}, {"&mdash;", "—"}};
      bool replaced = false;
      for (const auto& [entity, value] : kEntities) {
        if (html.substr(i, entity.size()) == entity) {
          out += value;
          i += entity.size();
          replaced = true;
          break;
        }
      }
      if (replaced) continue;
    }
    out.push_back(html[i]);
    ++i;
  }
  return out;
}

nlohmann::json FindingJson(const text::TextFinding& f, std::size_t line) {
  nlohmann::json j;
  if (line != 0) j["line"] = line;
  j["check"] = text::CheckName(f.check);
  j["rule"] = f.rule;
  j["severity"] = text::SeverityName(f.severity);
  j["begin"] = f.begin;
  j["end"] = f.end;
  j["byte_begin"] = f.byte_begin;
  j["byte_end"] = f.byte_end;
  j["text"] = f.text;
  j["suggestion"] = f.suggestion;
  j["score"] = f.score;
  j["evidence"] = f.evidence;
  return j;
}

}  // namespace

int RunScanText(const Args& args) {
  auto parsed = ParseArgs(args, {"--at", "--language-model"},
                          {"--html", "--lines", "--fail-on-findings", "--statistical", "--no-language-model",
                           "--pinyin-initials"});
  if (!parsed) {
    std::fprintf(stderr, "govwatch scan-text: %s\n", parsed.error().message.c_str());
    return kExitBadInput;
  }
  if (parsed->positional.size() > 1) {
    std::fputs("govwatch scan-text: at most one input file\n", stderr);
    return kExitBadInput;
  }
  text::ScanOptions options;
  options.statistical_typos = parsed->Has("--statistical");
  options.pinyin_initials = parsed->Has("--pinyin-initials");
  if (auto at = parsed->Get("--at")) {
    auto date = ParseTime(*at);
    if (!date) {
      std::fprintf(stderr, "govwatch scan-text: --at: %s\n", date.error().message.c_str());
      return kExitBadInput;
    }
    options.at = DateOf(*date);
  }

  std::string input_name = parsed->positional.empty() ? "-" : parsed->positional[0];
  std::string raw;
  if (input_name == "-") {
    raw.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    if (std::cin.bad()) {
      std::fputs("govwatch scan-text: -: cannot read standard input\n", stderr);
      return kExitBadInput;
    }
  } else {
    auto content = ReadFile(input_name);
    if (!content) {
      std::fprintf(stderr, "govwatch scan-text: %s: %s\n", input_name.c_str(), content.error().message.c_str());
      return kExitBadInput;
    }
    raw = std::move(*content);
  }

  std::filesystem::path rules_dir = RulesDir() / "text";
  auto files = LoadRuleFiles(rules_dir);
  if (!files) {
    std::fprintf(stderr, "govwatch scan-text: %s\n", files.error().message.c_str());
    return kExitBadInput;
  }
  // The statistical tier scores with the word trigram model: --language-model PATH, or Debian's
  // model when installed (--no-language-model: the unigram fallback).
  text::EngineResources resources;
  if (options.statistical_typos && !parsed->Has("--no-language-model")) {
    if (auto path = parsed->Get("--language-model")) {
      resources.language_model = *path;
    } else if (std::error_code ec; std::filesystem::is_regular_file(text::WordLanguageModel::kDefaultPath, ec)) {
      resources.language_model = text::WordLanguageModel::kDefaultPath;
    }
    if (!resources.language_model.empty()) resources.word_readings = text::InstalledWordReadingsPath();
  }
  // Compiled literal databases are kept in ~/.cache/govwatch (GOVWATCH_NO_CACHE=1: never).
  std::optional<DirectoryCache> cache;
  if (auto directory = DirectoryCache::DefaultDirectory()) cache.emplace(*directory);
  if (cache) resources.cache = &*cache;
  auto engine = text::TextEngine::Load(*files, resources);
  if (!engine) {
    std::fprintf(stderr, "govwatch scan-text: %s\n", engine.error().message.c_str());
    return kExitBadInput;
  }

  // Everything inside is UTF-8; GB18030 and other legacy input is converted here.
  std::string document = IsValidUtf8(raw) ? std::move(raw) : AnyToUtf8(raw).text;
  if (StartsWith(document, "\xEF\xBB\xBF")) document.erase(0, 3);
  if (parsed->Has("--html")) {
    // The page's text blocks, one per line, table cells labelled with their column headers.
    std::string extracted = extract::ExtractPage(document, "").main_text;
    document = Trim(extracted).empty() ? StripTags(document) : std::move(extracted);
  }

  std::size_t count = 0;
  std::string out;
  auto emit = [&](const text::TextFinding& f, std::size_t line) {
    out += FindingJson(f, line).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out.push_back('\n');
    ++count;
    if (out.size() > (1u << 16)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  };
  if (parsed->Has("--lines")) {
    std::size_t line_number = 0;
    std::size_t pos = 0;
    while (pos < document.size()) {
      std::size_t eol = document.find('\n', pos);
      if (eol == std::string::npos) eol = document.size();
      std::string_view line(document.data() + pos, eol - pos);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      ++line_number;
      engine->Scan(line, options, [&](text::TextFinding&& f) { emit(f, line_number); });
      pos = eol + 1;
    }
  } else {
    engine->Scan(document, options, [&](text::TextFinding&& f) { emit(f, 0); });
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  if (count > 0 && parsed->Has("--fail-on-findings")) return kExitFindings;
  return kExitOk;
}

}  // namespace govwatch::cli
