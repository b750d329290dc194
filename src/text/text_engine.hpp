// text: the text engine. Scans UTF-8 text for severe wording errors, typos, sensitive terms and
// personal information, and proposes corrections and de-identified (masked) replacements.
// Pure: rule files are handed in as strings; no I/O.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/blob_cache.hpp"
#include "common/result.hpp"
#include "common/time.hpp"
#include "text/corpus_contrast.hpp"

namespace govwatch::text {

enum class Check { kSevere, kTypo, kSensitive, kPii };
enum class TextSeverity { kSevere, kWarn, kInfo };

// "severe", "typo", "sensitive", "pii" / "severe", "warn", "info".
std::string_view CheckName(Check c);
std::string_view SeverityName(TextSeverity s);

struct TextFinding {
  Check check = Check::kSevere;
  std::string rule;  // rule id, e.g. "severe.exact:习近乎"
  TextSeverity severity = TextSeverity::kSevere;
  std::size_t begin = 0;  // code points into the scanned text
  std::size_t end = 0;    // exclusive
  std::size_t byte_begin = 0;
  std::size_t byte_end = 0;
  std::string text;        // the offending span as written
  std::string suggestion;  // the correction, or the masked replacement for PII
  double score = 1.0;
  nlohmann::json evidence = nlohmann::json::object();  // rule row, knowledge-base version, validators
};

// How ID numbers are masked in the proposed replacement (one profile per site, so that masks of
// the same person never differ across pages and cannot be recombined). The default keeps the
// first 3 and last 4 characters (textchecks §6.5: hides the county code and the birth date, lets
// people recognise themselves); 15-digit legacy numbers keep only the last 3.
enum class MaskProfile {
  kKeepFirst3Last4,  // 530***********1231 (15 digits: ************231)
  kKeepLast4,        // **************1231 (15 digits: ************231)
  kHideBirthDate,    // 530902********1231: digits 7–14 (the birth date) hidden
};

// What the T4 first pass counts of one scanned piece of a document: its normalised text and the
// positions it may not count (see CorpusContrast::Add).
struct CorpusPiece {
  std::u32string text;
  std::vector<std::uint8_t> blocked;
};

struct ScanOptions {
  std::optional<Date> at;        // the text's publication date (wording valid at that date)
  bool statistical_typos = false;  // run the statistical typo tier
  MaskProfile mask_profile = MaskProfile::kKeepFirst3Last4;  // masking of ID numbers
  // The site's allow list: sensitive terms (as listed in sensitive_word_dict.txt) that this site
  // may use (a 宗教局 page naming a religion, a 公安 notice naming a banned group it prosecutes).
  std::vector<std::string> sensitive_allow;
  // Pinyin evasion of the high-risk terms (xi近平) is always matched; initial-letter acronyms
  // (XJP) only when this is set: they are too ambiguous for government pages (textchecks §5.2).
  bool pinyin_initials = false;
  // Site-corpus contrast (textchecks §4.5 T4), first pass. Optional, borrowed: the scanned text's
  // substrings outside protected spans, names and other findings are counted into it. The caller
  // serialises access (CorpusContrast is not thread-safe).
  CorpusContrast* corpus = nullptr;
  std::uint32_t corpus_group = 0;  // the document's group in `corpus` (e.g. the site's index)
  // Instead of `corpus`, for documents scanned on several threads: the pieces are appended here
  // (borrowed, one vector per document) and the caller counts them into its corpus in document
  // order, so that the counts do not depend on which thread finished first.
  std::vector<CorpusPiece>* corpus_pieces = nullptr;
  // T4 second pass. Optional, borrowed: candidates from CorpusContrast::Find(); each occurrence
  // outside protected spans becomes a typo finding (rule "typo.contrast:<s>", warn).
  const std::vector<ContrastCandidate>* contrast = nullptr;
  // With `contrast`: only the contrast findings are wanted, so a document in which no candidate
  // occurs (after normalisation) is not scanned further and yields nothing.
  bool contrast_only = false;
};

// Rule files by name relative to rules/text/ (e.g. "severe_exact.tsv" → its content).
using RuleFiles = std::map<std::string, std::string>;

// Resources outside the rule files, read from disk at load time.
struct EngineResources {
  // A libime word trigram model for the statistical typo tier (WordLanguageModel::kDefaultPath
  // on Debian); empty: the tier uses the unigram vocabulary model.
  std::string language_model;
  // A libime pinyin dictionary (kDefaultWordReadingsPath on Debian) giving the statistical tier the
  // readings of words with a polyphone; empty: every reading of a polyphone is tried.
  std::string word_readings;
  // Where compiled literal databases are kept between runs (borrowed, optional; must outlive
  // Load). A missing, stale or damaged entry is compiled and stored again, never an error.
  const BlobCache* cache = nullptr;
};

// What loading the engine did with its literal databases.
struct LoadStatistics {
  std::size_t databases_loaded = 0;    // read back from EngineResources::cache
  std::size_t databases_compiled = 0;  // compiled
};

// The loaded knowledge base and matchers. Immutable after Load(); safe to share between threads.
class TextEngine {
 public:
  // Builds the engine from rule files. Fails on a malformed row, naming the file and line.
  static Result<TextEngine> Load(const RuleFiles& files);
  // Like Load, and opens the resources (a missing or broken language model is an error naming it).
  static Result<TextEngine> Load(const RuleFiles& files, const EngineResources& resources);
  // True when the statistical tier scores with the word trigram model.
  bool HasLanguageModel() const;
  // Scans one document. Findings are ordered by begin offset.
  std::vector<TextFinding> Scan(std::string_view text, const ScanOptions& options) const;
  // Like Scan, but hands findings to `on_finding` piece by piece (ordered by begin offset), so that
  // memory stays bounded on very long documents with many findings.
  void Scan(std::string_view text, const ScanOptions& options,
            const std::function<void(TextFinding&&)>& on_finding) const;
  // What Load did with the literal databases.
  LoadStatistics Loading() const;
  // An empty corpus for the T4 contrast, using the engine's confusion sets. It borrows from the
  // engine, which must outlive it.
  CorpusContrast NewCorpusContrast(ContrastOptions options = {}) const;
  // Knowledge-base version (stated in every finding's evidence).
  const std::string& Version() const;

  TextEngine(TextEngine&&) noexcept;
  TextEngine& operator=(TextEngine&&) noexcept;
  ~TextEngine();

 private:
  struct Impl;
  explicit TextEngine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace govwatch::text
