#include "text/statistical_typo_checker.hpp"

#include <algorithm>
#include <cmath>

#include "common/strings.hpp"
#include "text/rule_table.hpp"

namespace govwatch::text {

namespace {

// Characters the tier never edits (function words whose misuse is grammar, not spelling).
bool IsStopChar(char32_t c) {
  return c == U'的' || c == U'地' || c == U'得' || c == U'了' || c == U'和' || c == U'与' || c == U'在' ||
         c == U'是' || c == U'之' || c == U'其' || c == U'而' || c == U'及';
}

// Best unigram segmentation score of `s` (natural log probability), words up to 4 characters;
// `covered`, when given, receives for each position the length of the word covering it.
double Segment(std::u32string_view s, const Vocabulary& vocabulary, double log_total,
               std::vector<int>* covered = nullptr, std::vector<std::size_t>* starts = nullptr) {
  const std::size_t n = s.size();
  std::vector<double> best(n + 1, -1e300);
  std::vector<int> length(n + 1, 0);
  best[0] = 0;
  // Unknown single characters cost as much as a word seen once in a hundred thousand times less.
  const double unknown = std::log(0.1) - log_total;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t w = 1; w <= 4 && w <= i; ++w) {
      std::uint32_t frequency = vocabulary.Frequency(s.substr(i - w, w));
      double score;
      if (frequency != 0) {
        score = std::log(static_cast<double>(frequency)) - log_total;
      } else if (w == 1) {
        score = unknown;
      } else {
        continue;
      }
      if (best[i - w] + score > best[i]) {
        best[i] = best[i - w] + score;
        length[i] = static_cast<int>(w);
      }
    }
  }
  if (covered != nullptr) {
    covered->assign(n, 1);
    std::size_t i = n;
    while (i > 0) {
      int w = length[i];
      for (std::size_t k = i - static_cast<std::size_t>(w); k < i; ++k) {
        (*covered)[k] = w;
        if (starts != nullptr) {
          if (starts->size() != n) starts->assign(n, 0);
          (*starts)[k] = i - static_cast<std::size_t>(w);
        }
      }
      i -= static_cast<std::size_t>(w);
    }
  }
  return best[n];
}

}  // namespace

Result<void> StatisticalTypoChecker::Load(const RuleFiles& files) {
  // Candidate lists per character: same syllable and tone, a few other-tone syllables, and the
  // shape neighbours (four-corner, Cangjie-1, phonetic series, stroke-1).
  for (const char* name : {"confusion_pinyin.tsv", "confusion_shape.tsv"}) {
    auto it = files.find(name);
    if (it == files.end()) continue;
    auto rows = ParseRuleTable(name, it->second, 2);
    if (!rows) return rows.error();
    bool pinyin = std::string_view(name) == "confusion_pinyin.tsv";
    for (const RuleRow& row : *rows) {
      std::u32string key = DecodeUtf8(row.fields[0]);
      if (key.size() != 1) return RuleError(name, row.line, "the first field must be one character");
      std::u32string& list = candidates_[key[0]];
      for (std::size_t f = pinyin ? 2 : 1; f < row.fields.size(); ++f) {
        std::u32string chars = DecodeUtf8(row.fields[f]);
        // Other-tone and near syllables are long lists ranked by frequency: keep the head.
        std::size_t keep = pinyin ? (f == 2 ? chars.size() : (f == 3 ? 12 : 0)) : 8;
        if (chars.size() > keep) chars.resize(keep);
        for (char32_t c : chars) {
          if (c != key[0] && list.find(c) == std::u32string::npos) list.push_back(c);
        }
      }
    }
  }
  return Ok();
}

void StatisticalTypoChecker::Find(const NormalizedText& normalized, const Vocabulary& vocabulary,
                                  const std::vector<Span>& protected_spans, const std::string& version,
                                  std::vector<TextFinding>& out) const {
  if (candidates_.empty() || vocabulary.size() == 0) return;
  const std::u32string& text = normalized.text;
  const double log_total = std::log(static_cast<double>(vocabulary.Total()));
  std::vector<bool> is_protected(text.size(), false);
  for (const Span& span : protected_spans) {
    for (std::size_t k = span.begin; k < span.end && k < text.size(); ++k) is_protected[k] = true;
  }
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsHan(text[i])) {
      ++i;
      continue;
    }
    std::size_t run_begin = i;
    while (i < text.size() && IsHan(text[i])) ++i;
    std::size_t run_end = i;
    if (run_end - run_begin < 3) continue;
    std::u32string run = text.substr(run_begin, run_end - run_begin);
    std::vector<int> covered;
    std::vector<std::size_t> word_start;
    Segment(run, vocabulary, log_total, &covered, &word_start);
    std::size_t last_edit = 0;
    bool edited = false;
    for (std::size_t p = 0; p < run.size(); ++p) {
      // Suspects: characters the best segmentation leaves alone, or that sit in a rare word.
      if (is_protected[run_begin + p] || IsStopChar(run[p])) continue;
      if (covered[p] != 1) {
        std::size_t start = word_start[p];
        std::uint32_t frequency =
            vocabulary.Frequency(std::u32string_view(run).substr(start, static_cast<std::size_t>(covered[p])));
        if (frequency >= kRareWord) continue;
      }
      if (edited && p - last_edit < 4) continue;
      auto it = candidates_.find(run[p]);
      if (it == candidates_.end()) continue;
      std::size_t from = p >= 3 ? p - 3 : 0;
      std::size_t to = std::min(run.size(), p + 4);
      std::u32string window = run.substr(from, to - from);
      double original = Segment(window, vocabulary, log_total);
      double best_gain = 0;
      char32_t best_char = 0;
      for (char32_t candidate : it->second) {
        window[p - from] = candidate;
        std::vector<int> new_covered;
        double score = Segment(window, vocabulary, log_total, &new_covered);
        double gain = score - original;
        if (gain > best_gain && new_covered[p - from] >= 2) {
          best_gain = gain;
          best_char = candidate;
        }
      }
      if (best_char == 0 || best_gain < kThreshold) continue;
      std::size_t at = run_begin + p;
      TextFinding finding;
      finding.check = Check::kTypo;
      finding.rule = "typo.statistical";
      finding.severity = TextSeverity::kWarn;
      finding.begin = normalized.origin[at];
      finding.end = normalized.origin[at] + 1;
      finding.suggestion = EncodeUtf8(std::u32string(1, best_char));
      finding.score = std::min(0.95, 0.5 + best_gain / 40.0);
      finding.evidence = {{"model", "unigram word model (vocabulary.tsv) + confusion sets"},
                          {"gain", best_gain},
                          {"threshold", kThreshold},
                          {"context", EncodeUtf8(run.substr(from, to - from))},
                          {"kb_version", version}};
      out.push_back(std::move(finding));
      edited = true;
      last_edit = p;
    }
  }
}

}  // namespace govwatch::text
