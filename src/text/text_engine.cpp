#include "text/text_engine.hpp"

#include <algorithm>
#include <future>
#include <map>

#include "common/strings.hpp"
#include "text/code_point_skip.hpp"
#include "text/knowledge_checker.hpp"
#include "text/normalizer.hpp"
#include "text/rule_table.hpp"
#include "text/phrase_checker.hpp"
#include "text/pinyin_matcher.hpp"
#include "text/pii_recognizer.hpp"
#include "text/person_name_recognizer.hpp"
#include "text/protected_spans.hpp"
#include "text/sensitive_checker.hpp"
#include "text/statistical_typo_checker.hpp"
#include "text/usage_rules.hpp"
#include "text/vocabulary.hpp"

namespace govwatch::text {

std::string_view CheckName(Check c) {
  switch (c) {
    case Check::kSevere: return "severe";
    case Check::kTypo: return "typo";
    case Check::kSensitive: return "sensitive";
    case Check::kPii: return "pii";
  }
  return "severe";
}

std::string_view SeverityName(TextSeverity s) {
  switch (s) {
    case TextSeverity::kSevere: return "severe";
    case TextSeverity::kWarn: return "warn";
    case TextSeverity::kInfo: return "info";
  }
  return "info";
}

struct TextEngine::Impl {
  std::string version;
  Normalizer normalizer;
  PhraseChecker phrases;
  PiiRecognizer pii;
  ProtectedSpanFinder spans;
  Vocabulary vocabulary;
  SensitiveChecker sensitive;
  KnowledgeChecker knowledge;
  StatisticalTypoChecker statistical;
  PersonNameRecognizer person_names;
  UsageRules usage;
  LoadStatistics loading;
  ConfusionTable confusions;
  PinyinMatcher pinyin;

  // Working storage of one Scan call, reused from piece to piece.
  struct Buffers {
    NormalizedText normalized;
    NormalizedBytes bytes;
    SensitiveChecker::Buffers sensitive;
    std::vector<std::uint8_t> blocked;
    std::u32string open_header;  // set by ScanDocument: the table header still open at its end
  };

  // Scans one piece; `points` is set to its number of code points (as DecodeUtf8 counts them).
  std::vector<TextFinding> ScanDocument(std::string_view text, const ScanOptions& options, Buffers& buffers,
                                        std::size_t& points) const;
};

namespace {

const std::string* FindFile(const RuleFiles& files, const std::string& name) {
  auto it = files.find(name);
  return it == files.end() ? nullptr : &it->second;
}

int SeverityRank(TextSeverity s) {
  switch (s) {
    case TextSeverity::kSevere: return 2;
    case TextSeverity::kWarn: return 1;
    case TextSeverity::kInfo: return 0;
  }
  return 0;
}

// Drops a finding when another finding of the same check covers it and is at least as severe
// (扫黑险恶 from two lists, or a short wrong string inside a longer one).
void RemoveShadowed(std::vector<TextFinding>& findings) {
  std::sort(findings.begin(), findings.end(), [](const TextFinding& a, const TextFinding& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    return SeverityRank(a.severity) > SeverityRank(b.severity);
  });
  std::vector<TextFinding> kept;
  for (TextFinding& f : findings) {
    bool shadowed = false;
    for (auto it = kept.rbegin(); it != kept.rend() && it - kept.rbegin() < 16; ++it) {
      bool same_family = (it->check == f.check) ||
                         (it->check == Check::kSevere && f.check == Check::kTypo) ||
                         (it->check == Check::kTypo && f.check == Check::kSevere);
      if (same_family && it->begin <= f.begin && f.end <= it->end &&
          SeverityRank(it->severity) >= SeverityRank(f.severity)) {
        shadowed = true;
        break;
      }
    }
    if (!shadowed) kept.push_back(std::move(f));
  }
  findings = std::move(kept);
}

// True when `span` is a title in 《》 that names an official document by its kind (《…管理办法》,
// 《…规划纲要》, 《…总体规划（2021—2035年）》): such titles are written in official vocabulary,
// unlike the names of books, films or songs, so the statistical tier reads them like the text
// around them.
bool NamesOfficialDocument(const std::u32string& text, const ProtectedSpan& span) {
  if (span.kind != SpanKind::kTitle || span.span.end - span.span.begin < 4 || text[span.span.begin] != U'《') return false;
  std::u32string_view title(text.data() + span.span.begin + 1, span.span.end - span.span.begin - 2);
  // A closing bracket (years, 试行, 修订) follows the kind.
  if (title.back() == U'）' || title.back() == U')') {
    const std::size_t open = title.find_last_of(U"（(");
    if (open == std::u32string_view::npos) return false;
    title = title.substr(0, open);
  }
  static constexpr std::u32string_view kKinds[] = {
      U"条例", U"办法", U"规定", U"意见", U"通知", U"方案", U"规划", U"纲要", U"决定", U"细则", U"报告", U"标准", U"规范",
      U"制度", U"计划", U"措施", U"指南", U"目录", U"清单", U"公告", U"通告", U"批复", U"决议", U"规则", U"要点", U"法"};
  for (std::u32string_view kind : kKinds) {
    if (title.size() > kind.size() && title.substr(title.size() - kind.size()) == kind) return true;
  }
  return false;
}

// Positions (normalised) the T4 contrast neither counts nor reports: protected spans (numbers,
// titles, places, codes) and the spans other tiers already report (typos, severe wording,
// personal information and names), so that a known typo is not reported twice.
std::vector<std::uint8_t> ContrastBlocked(const NormalizedText& normalized, const std::vector<Span>& protected_spans,
                                          const std::vector<TextFinding>& findings) {
  std::vector<std::uint8_t> blocked(normalized.text.size(), 0);
  for (const Span& s : protected_spans) {
    for (std::size_t i = s.begin; i < std::min(s.end, blocked.size()); ++i) blocked[i] = 1;
  }
  if (findings.empty() || normalized.origin.empty()) return blocked;
  std::vector<std::uint8_t> original(static_cast<std::size_t>(normalized.origin.back()) + 1, 0);
  for (const TextFinding& f : findings) {
    if (f.check == Check::kSensitive) continue;
    for (std::size_t i = f.begin; i < std::min(f.end, original.size()); ++i) original[i] = 1;
  }
  for (std::size_t i = 0; i < blocked.size(); ++i) blocked[i] |= original[normalized.origin[i]];
  return blocked;
}

// True when a vocabulary word of 2–4 characters inside text[from, to) covers position `at`.
bool WordCovers(const Vocabulary& vocabulary, std::u32string_view text, std::size_t from, std::size_t to,
                std::size_t at) {
  for (std::size_t length = 2; length <= 4; ++length) {
    for (std::size_t begin = at + 1 >= length ? at + 1 - length : 0; begin <= at; ++begin) {
      if (begin < from || begin + length > to) continue;
      if (vocabulary.Contains(text.substr(begin, length))) return true;
    }
  }
  return false;
}

// True when one of the T4 candidates occurs in `text` (by its first two characters: a cheap test
// that lets the second pass skip the documents it has nothing to report on).
bool HoldsCandidate(std::u32string_view text, const std::vector<ContrastCandidate>& candidates) {
  std::vector<std::uint64_t> starts;
  starts.reserve(candidates.size());
  for (const ContrastCandidate& c : candidates) {
    if (c.text.size() < 2) return true;
    starts.push_back((std::uint64_t{c.text[0]} << 32) | c.text[1]);
  }
  std::sort(starts.begin(), starts.end());
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    if (std::binary_search(starts.begin(), starts.end(), (std::uint64_t{text[i]} << 32) | text[i + 1])) return true;
  }
  return false;
}

// Reports the occurrences of the T4 candidates. Counts alone cannot tell 进一布 (a typo) from
// 根据有关 (据有 is rare beside 具有, but 根据 is a word) or 专题回顾 (beside 专题会): an occurrence
// is reported only when its variant puts the changed character inside a known word, and the
// character as written is inside no known word of its context. Overlapping candidates that make
// the same edit (进一布, 一布加, 一布 all say 布→步) give one finding: the longest context with the
// most frequent variant, 2-character strings only when nothing longer applies.
void FindContrast(const NormalizedText& normalized, const std::vector<std::uint8_t>& blocked,
                  const std::vector<ContrastCandidate>& candidates, const Vocabulary& vocabulary,
                  const std::string& version, std::vector<TextFinding>& out) {
  struct Occurrence {
    std::size_t begin = 0;
    const ContrastCandidate* candidate = nullptr;
  };
  std::map<std::pair<std::size_t, char32_t>, Occurrence> edits;  // (edited position, replacement)
  const std::u32string& text = normalized.text;
  for (const ContrastCandidate& c : candidates) {
    if (c.text.empty() || !WordCovers(vocabulary, c.variant, 0, c.variant.size(), c.position)) continue;
    for (std::size_t at = text.find(c.text); at != std::u32string::npos; at = text.find(c.text, at + 1)) {
      if (std::any_of(blocked.begin() + static_cast<std::ptrdiff_t>(at),
                      blocked.begin() + static_cast<std::ptrdiff_t>(at + c.text.size()),
                      [](std::uint8_t b) { return b != 0; })) {
        continue;
      }
      const std::size_t edited = at + c.position;
      if (WordCovers(vocabulary, text, edited >= 3 ? edited - 3 : 0, std::min(text.size(), edited + 4), edited)) {
        continue;
      }
      Occurrence& o = edits[{at + c.position, c.variant[c.position]}];
      auto rank = [](const ContrastCandidate& x) { return std::pair(x.text.size() >= 3, x.variant_count); };
      if (o.candidate == nullptr || rank(c) > rank(*o.candidate)) o = Occurrence{at, &c};
    }
  }
  for (const auto& [edit, o] : edits) {
    const ContrastCandidate& c = *o.candidate;
    TextFinding finding;
    finding.check = Check::kTypo;
    finding.rule = "typo.contrast:" + EncodeUtf8(c.text);
    finding.severity = TextSeverity::kWarn;
    finding.begin = normalized.origin[o.begin];
    finding.end = normalized.origin[o.begin + c.text.size() - 1] + 1;
    finding.suggestion = EncodeUtf8(c.variant);
    finding.score = std::min(0.95, 0.5 + static_cast<double>(c.variant_count) / (1000.0 * c.count));
    finding.evidence = {{"tier", "site-corpus contrast (T4)"},
                        {"count", c.count},
                        {"variant", EncodeUtf8(c.variant)},
                        {"variant_count", c.variant_count},
                        {"kb_version", version}};
    out.push_back(std::move(finding));
  }
}

}  // namespace

Result<TextEngine> TextEngine::Load(const RuleFiles& files) { return Load(files, EngineResources{}); }

bool TextEngine::HasLanguageModel() const { return impl_->statistical.HasLanguageModel(); }

Result<TextEngine> TextEngine::Load(const RuleFiles& files, const EngineResources& resources) {
  auto impl = std::make_unique<Impl>();
  MatcherCache cache;
  cache.blobs = resources.cache;
  std::string all;
  for (const auto& [name, content] : files) {
    all += name;
    all.push_back('\0');
    all += content;
    all.push_back('\0');
  }
  impl->version = "kb-" + HashHex(all).substr(0, 12);
  if (const std::string* version = FindFile(files, "VERSION")) {
    impl->version = std::string(Trim(*version)) + "+" + impl->version;
  }

  if (const std::string* t2s = FindFile(files, "t2s_chars.tsv")) {
    auto loaded = impl->normalizer.LoadTable("t2s_chars.tsv", *t2s);
    if (!loaded) return loaded.error();
  }
  // The sensitive-term database is the slow part of loading (Vectorscan compile): build it on a
  // second thread while the other tables load.
  std::future<Result<void>> sensitive_loaded;
  if (const std::string* words = FindFile(files, "sensitive_word_dict.txt")) {
    static const std::string kEmpty;
    auto file_or_empty = [&](const char* name) -> const std::string& {
      const std::string* content = FindFile(files, name);
      return content != nullptr ? *content : kEmpty;
    };
    sensitive_loaded = std::async(std::launch::async, [&impl, &cache, words, tags = &file_or_empty("sensitive_word_tags.txt"),
                                                       allow = &file_or_empty("sensitive_word_allow.txt"),
                                                       exclude = &file_or_empty("sensitive_word_exclude.txt")] {
      return impl->sensitive.Load(*words, *tags, *allow, *exclude, impl->normalizer, &cache);
    });
  }
  // Waits for the sensitive database before returning, whatever the outcome.
  auto join_sensitive = [&]() -> Result<void> {
    if (!sensitive_loaded.valid()) return Ok();
    return sensitive_loaded.get();
  };
  if (const std::string* severe = FindFile(files, "severe_exact.tsv")) {
    auto added = impl->phrases.AddSevereFile("severe_exact.tsv", *severe, impl->normalizer);
    if (!added) return added.error();
  }
  for (const char* name : {"typo_pairs.tsv", "typo_pairs_csc.tsv"}) {
    if (const std::string* typos = FindFile(files, name)) {
      auto added = impl->phrases.AddTypoFile(name, *typos, impl->normalizer);
      if (!added) return added.error();
    }
  }
  if (const std::string* vocabulary = FindFile(files, "vocabulary.tsv")) {
    auto loaded = impl->vocabulary.Load("vocabulary.tsv", *vocabulary);
    if (!loaded) return loaded.error();
  }
  auto knowledge = impl->knowledge.Load(files, impl->normalizer, &cache);
  if (!knowledge) return knowledge.error();
  if (const std::string* usage = FindFile(files, "usage_rules.tsv")) {
    auto loaded = impl->usage.Load("usage_rules.tsv", *usage, impl->normalizer, &cache);
    if (!loaded) return loaded.error();
  }
  for (const char* name : {"confusion_pinyin.tsv", "confusion_shape.tsv", "confusion_components.tsv"}) {
    if (const std::string* table = FindFile(files, name)) {
      auto added = impl->confusions.Add(name, *table);
      if (!added) return added.error();
    }
  }
  if (const std::string* readings = FindFile(files, "pinyin_readings.tsv")) {
    auto loaded = impl->pinyin.LoadReadings("pinyin_readings.tsv", *readings);
    if (!loaded) return loaded.error();
    // The high-risk list: the names of leaders.tsv and pinyin_terms.txt (3 characters and more).
    if (const std::string* leaders = FindFile(files, "leaders.tsv")) {
      auto rows = ParseRuleTable("leaders.tsv", *leaders, 1);
      if (!rows) return rows.error();
      for (const RuleRow& row : *rows) impl->pinyin.AddTerm(impl->normalizer.NormalizeUtf8(row.fields[0]).text);
    }
    if (const std::string* terms = FindFile(files, "pinyin_terms.txt")) {
      auto rows = ParseWordList("pinyin_terms.txt", *terms);
      if (!rows) return rows.error();
      for (const RuleRow& row : *rows) {
        if (!impl->pinyin.AddTerm(impl->normalizer.NormalizeUtf8(row.fields[0]).text)) {
          return RuleError("pinyin_terms.txt", row.line,
                           "a term needs 3 or more Han characters, each with a reading in pinyin_readings.tsv");
        }
      }
    }
  }
  if (const std::string* surnames = FindFile(files, "surnames.txt")) {
    auto loaded = impl->person_names.Load("surnames.txt", *surnames);
    if (!loaded) return loaded.error();
  }
  auto statistical = impl->statistical.Load(files);
  if (!statistical) return statistical.error();
  if (!resources.word_readings.empty()) {
    auto opened = impl->statistical.OpenWordReadings(resources.word_readings);
    if (!opened) return opened.error();
  }
  impl->statistical.IndexWords(impl->vocabulary);
  if (!resources.language_model.empty()) {
    auto opened = impl->statistical.OpenLanguageModel(resources.language_model);
    if (!opened) return opened.error();
  }
  auto built = impl->phrases.Build(&cache);
  if (!built) return built.error();
  auto sensitive = join_sensitive();
  if (!sensitive) return sensitive.error();
  impl->loading.databases_loaded = cache.loaded.load();
  impl->loading.databases_compiled = cache.compiled.load();
  return TextEngine(std::move(impl));
}

std::vector<TextFinding> TextEngine::Impl::ScanDocument(std::string_view text, const ScanOptions& options,
                                                        Buffers& buffers, std::size_t& points_in_text) const {
  bool valid_utf8 = false;
  buffers.open_header.clear();
  points_in_text = normalizer.NormalizeUtf8Into(text, buffers.normalized, buffers.bytes, &valid_utf8);
  const NormalizedText& normalized = buffers.normalized;
  if (options.contrast != nullptr && options.contrast_only && !HoldsCandidate(normalized.text, *options.contrast)) {
    return {};
  }
  const NormalizedBytes& bytes = buffers.bytes;

  std::vector<TextFinding> findings;
  phrases.Find(normalized, bytes, version, findings);
  sensitive.Find(normalized, vocabulary, version, findings, &buffers.sensitive);

  std::vector<ProtectedSpan> protected_spans = spans.Find(normalized.text);
  std::vector<ProtectedSpan> pii_negative;
  for (const ProtectedSpan& s : protected_spans) {
    if (s.kind != SpanKind::kTitle && s.kind != SpanKind::kPlace && s.kind != SpanKind::kNumber) {
      pii_negative.push_back(s);
    }
  }
  std::vector<Span> role_names;
  person_names.FindAfterPrivateRole(normalized.text, vocabulary, role_names);
  pii.Find(normalized, options.at, ProtectedSpanFinder::Merged(pii_negative), version, findings,
           options.mask_profile, &buffers.open_header, &role_names);
  std::vector<ProtectedSpan> fuzzy_protected;
  for (const ProtectedSpan& s : protected_spans) {
    if (s.kind != SpanKind::kTitle && s.kind != SpanKind::kNumber && s.kind != SpanKind::kDate) {
      fuzzy_protected.push_back(s);
    }
  }
  std::vector<Span> fuzzy_spans = ProtectedSpanFinder::Merged(fuzzy_protected);
  if (!pinyin.Terms().empty()) {
    // URLs, e-mail addresses, codes and filings hold Latin letters that are no evasion.
    std::vector<std::uint8_t>& blocked = buffers.blocked;
    blocked.assign(normalized.text.size(), 0);
    for (const ProtectedSpan& s : protected_spans) {
      if (s.kind == SpanKind::kTitle) continue;
      for (std::size_t i = s.span.begin; i < std::min(s.span.end, blocked.size()); ++i) blocked[i] = 1;
    }
    for (const PinyinMatch& m : pinyin.Find(normalized.text, blocked, options.pinyin_initials)) {
      const std::u32string& term = pinyin.Terms()[m.term];
      TextFinding finding;
      finding.check = Check::kSensitive;
      finding.rule = "sensitive.pinyin:" + EncodeUtf8(term);
      finding.severity = TextSeverity::kWarn;
      finding.begin = normalized.origin[m.begin];
      finding.end = normalized.origin[m.end - 1] + 1;
      finding.score = m.initials ? 0.5 : 0.8;
      finding.evidence = {{"term", EncodeUtf8(term)},
                          {"match", m.initials ? "pinyin initials" : "pinyin syllables"},
                          {"kb_version", version}};
      findings.push_back(std::move(finding));
    }
  }
  knowledge.Find(normalized, bytes, options.at, fuzzy_spans, version, findings);
  usage.Find(normalized, bytes, version, findings);
  if (options.statistical_typos) {
    // The statistical tier also keeps out of quoted titles (those of official documents aside),
    // numbers, dates and person names (the model would turn an unknown given name into a common
    // word).
    std::vector<Span> name_spans;
    person_names.Find(normalized.text, vocabulary, name_spans);
    std::vector<ProtectedSpan> statistical_protected;
    statistical_protected.reserve(protected_spans.size() + name_spans.size());
    for (const ProtectedSpan& s : protected_spans) {
      if (!NamesOfficialDocument(normalized.text, s)) statistical_protected.push_back(s);
    }
    for (const Span& s : name_spans) statistical_protected.push_back(ProtectedSpan{s, SpanKind::kPersonName});
    std::sort(statistical_protected.begin(), statistical_protected.end(),
              [](const ProtectedSpan& a, const ProtectedSpan& b) { return a.span.begin < b.span.begin; });
    statistical.Find(normalized, vocabulary, ProtectedSpanFinder::Merged(statistical_protected), version, findings);
  }

  if (!options.sensitive_allow.empty()) {
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [&](const TextFinding& f) {
                                    if (f.check != Check::kSensitive) return false;
                                    std::string_view term(f.rule);
                                    std::size_t colon = term.find(':');
                                    if (colon != std::string_view::npos) term.remove_prefix(colon + 1);
                                    return std::find(options.sensitive_allow.begin(), options.sensitive_allow.end(),
                                                     term) != options.sensitive_allow.end();
                                  }),
                   findings.end());
  }
  // An exact row beats a fuzzy match over the same place (扫黑险恶 vs 扫黑险恶专项斗争; 习近乎 vs
  // 习近乎新时代中国特色社会主义思想), before a longer fuzzy span could shadow the exact one.
  std::vector<std::pair<std::size_t, std::size_t>> exact_spans;
  for (const TextFinding& f : findings) {
    if (f.rule.find(".exact:") != std::string::npos) exact_spans.emplace_back(f.begin, f.end);
  }
  if (!exact_spans.empty()) {
    findings.erase(std::remove_if(findings.begin(), findings.end(),
                                  [&](const TextFinding& f) {
                                    if (!StartsWith(f.rule, "severe.fuzzy:")) return false;
                                    return std::any_of(exact_spans.begin(), exact_spans.end(), [&](const auto& e) {
                                      return e.first < f.end && f.begin < e.second;
                                    });
                                  }),
                   findings.end());
  }
  RemoveShadowed(findings);
  if (options.corpus != nullptr || options.corpus_pieces != nullptr || options.contrast != nullptr) {
    std::vector<std::uint8_t> blocked =
        ContrastBlocked(normalized, ProtectedSpanFinder::Merged(protected_spans), findings);
    if (options.corpus != nullptr) options.corpus->Add(normalized.text, blocked, options.corpus_group);
    if (options.corpus_pieces != nullptr) options.corpus_pieces->push_back({normalized.text, blocked});
    if (options.contrast != nullptr) {
      FindContrast(normalized, blocked, *options.contrast, vocabulary, version, findings);
      std::stable_sort(findings.begin(), findings.end(),
                       [](const TextFinding& a, const TextFinding& b) { return a.begin < b.begin; });
    }
  }
  // Byte offsets of the code points the findings start and end at, in one walk over the text.
  std::vector<std::size_t> points;
  points.reserve(findings.size() * 2);
  for (const TextFinding& f : findings) {
    points.push_back(f.begin);
    points.push_back(f.end);
  }
  std::sort(points.begin(), points.end());
  points.erase(std::unique(points.begin(), points.end()), points.end());
  std::vector<std::size_t> point_bytes(points.size(), text.size());
  {
    std::size_t byte = 0;
    std::size_t point = 0;
    for (std::size_t k = 0; k < points.size(); ++k) {
      if (valid_utf8) {
        // Valid UTF-8: a code point is a lead byte and its continuation bytes.
        auto skip_continuation = [&] {
          while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
        };
        while (point < points[k] && byte < text.size()) {
          if (points[k] - point >= 64 && byte + 64 <= text.size()) {
            // A block of 64 bytes starts at most 64 code points: count them at once.
            point += CountUtf8LeadBytes(text.data() + byte, 64);
            byte += 64;
            skip_continuation();
            continue;
          }
          ++byte;
          skip_continuation();
          ++point;
        }
      }
      while (point < points[k] && byte < text.size()) {
        char32_t c = 0;
        std::size_t length = DecodeUtf8At(text, byte, c);
        byte += length == 0 ? 1 : length;
        ++point;
      }
      point_bytes[k] = byte;
    }
  }
  auto byte_of = [&](std::size_t point) {
    return point_bytes[static_cast<std::size_t>(std::lower_bound(points.begin(), points.end(), point) - points.begin())];
  };
  for (TextFinding& f : findings) {
    f.byte_begin = byte_of(f.begin);
    f.byte_end = byte_of(f.end);
    f.text = SanitizeUtf8(text.substr(f.byte_begin, f.byte_end - f.byte_begin));
    if (options.at) f.evidence["page_date"] = FormatDate(*options.at);
  }
  // A correction that restores what is written is no finding: the text was folded for matching
  // (t2s maps 覆 to 复, 著 to 着) and the statistical tier proposed the original back.
  findings.erase(std::remove_if(findings.begin(), findings.end(),
                                [](const TextFinding& f) {
                                  return (f.check == Check::kTypo || f.check == Check::kSevere) &&
                                         !f.suggestion.empty() && f.suggestion == f.text;
                                }),
                 findings.end());
  return findings;
}

std::vector<TextFinding> TextEngine::Scan(std::string_view text, const ScanOptions& options) const {
  std::vector<TextFinding> all;
  Scan(text, options, [&](TextFinding&& f) { all.push_back(std::move(f)); });
  return all;
}

void TextEngine::Scan(std::string_view text, const ScanOptions& options,
                      const std::function<void(TextFinding&&)>& on_finding) const {
  // Long documents are scanned in pieces cut at line or sentence ends, so that memory stays
  // bounded (the decoded text and maps cost ~20 bytes per code point).
  constexpr std::size_t kPiece = std::size_t{1} << 16;
  Impl::Buffers buffers;
  std::size_t byte_base = 0;
  std::size_t point_base = 0;
  while (byte_base < text.size()) {
    std::size_t length = std::min(kPiece, text.size() - byte_base);
    if (byte_base + length < text.size()) {
      std::string_view window = text.substr(byte_base, length);
      std::size_t cut = window.rfind('\n');
      if (cut == std::string_view::npos || cut < length / 2) {
        std::size_t period = window.rfind("\xE3\x80\x82");  // 。
        cut = (period != std::string_view::npos && period >= length / 2) ? period + 2 : std::string_view::npos;
      }
      if (cut == std::string_view::npos) {
        cut = length - 1;
        // Never split a UTF-8 sequence: back off to a lead byte.
        while (cut > 0 && (static_cast<unsigned char>(window[cut]) & 0xC0) == 0x80) --cut;
        if (cut == 0) cut = length - 1;
        --cut;
      }
      length = cut + 1;
    }
    std::string_view piece = text.substr(byte_base, length);
    // A table running on from the previous piece: its header line goes first, so the rows here
    // are read under their column names (姓名, 身份证号码); findings inside it are the previous
    // piece's and are dropped.
    std::string with_header;
    std::size_t header_bytes = 0;
    std::size_t header_points = 0;
    constexpr std::size_t kMaxCarriedHeader = 2000;  // code points; a header line is short
    if (!buffers.open_header.empty() && buffers.open_header.size() <= kMaxCarriedHeader) {
      with_header = EncodeUtf8(buffers.open_header);
      with_header += '\n';
      header_bytes = with_header.size();
      header_points = buffers.open_header.size() + 1;
      with_header.append(piece);
      piece = with_header;
    }
    std::size_t piece_points = 0;
    for (TextFinding& f : impl_->ScanDocument(piece, options, buffers, piece_points)) {
      if (f.byte_begin < header_bytes) continue;
      f.begin = f.begin - header_points + point_base;
      f.end = f.end - header_points + point_base;
      f.byte_begin = f.byte_begin - header_bytes + byte_base;
      f.byte_end = f.byte_end - header_bytes + byte_base;
      on_finding(std::move(f));
    }
    point_base += piece_points - header_points;
    byte_base += length;
  }
}

LoadStatistics TextEngine::Loading() const { return impl_->loading; }

CorpusContrast TextEngine::NewCorpusContrast(ContrastOptions options) const {
  return CorpusContrast(impl_->confusions, options);
}

const std::string& TextEngine::Version() const { return impl_->version; }

TextEngine::TextEngine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextEngine::TextEngine(TextEngine&&) noexcept = default;
TextEngine& TextEngine::operator=(TextEngine&&) noexcept = default;
TextEngine::~TextEngine() = default;

}  // namespace govwatch::text
