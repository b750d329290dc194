// The statistical typo tier (textchecks §4.5 T3): confusion sets (same pinyin, similar shape,
// characters one component apart) scored with a language model. With the word trigram model open
// (OpenLanguageModel), every character outside protected spans whose confusable variant forms a
// dictionary word is tried, the ±kWindow-character window around it is re-segmented and
// re-scored, and the best variant is proposed when the window's log10 probability rises by more
// than a threshold (higher when the original character already sits inside a word). Two
// neighbouring characters that are both slips (乖买 for 拐卖, 平谷 for 评估) make no word with either
// alone, so the pairs of characters are tried too against the two-character words of the same
// syllables (tones aside), with a lower bar when the written pair is a word itself (an input
// method's whole-word slip: 练习 for 联席). Reduplicated characters (坎坎坷坷) are never changed,
// and no two-character word is put over a parallel pattern (兜牢兜实). A pair over a non-word is
// taken only when both its characters are common (an input method offers those).
// Edits are taken best first, a few per clause.
// Without the model, a unigram word model over the vocabulary stands in (weaker). Never severe;
// never inside protected spans. Optional via ScanOptions::statistical_typos.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/result.hpp"
#include "text/language_model.hpp"
#include "text/normalizer.hpp"
#include "text/pii_recognizer.hpp"
#include "text/text_engine.hpp"
#include "text/vocabulary.hpp"

namespace govwatch::text {

// Immutable after Load(); safe to share between threads.
class StatisticalTypoChecker {
 public:
  StatisticalTypoChecker() = default;
  // Reads the confusion tables (confusion_pinyin.tsv, confusion_shape.tsv, confusion_ecspell.tsv,
  // confusion_components.tsv) when present.
  Result<void> Load(const RuleFiles& files);
  // Indexes the words of two to four characters (vocabulary and official lexicon) by each
  // position left open, so that the words a substitution can make are found with a few lookups.
  // Call after Load; the model tier only proposes candidates that make such a word.
  void IndexWords(const Vocabulary& vocabulary);
  // Opens the word trigram model (WordLanguageModel); the tier uses it from then on.
  Result<void> OpenLanguageModel(const std::string& path);
  // Reads the dictionary readings of two-character words (ReadWordReadings, a libime pinyin
  // dictionary). From then on a word with a polyphone sounds only as the dictionary reads it: the
  // written 参训 (can xun) is no slip for 审讯 (shen xun), and 银行 is never read yin xing. Call after
  // Load and before IndexWords, which indexes the words as the dictionary reads them.
  Result<void> OpenWordReadings(const std::string& path);
  bool HasLanguageModel() const { return model_.IsOpen(); }
  // Appends typo findings. `vocabulary` is the unigram model; `protected_spans` are sorted
  // normalised ranges that are never edited.
  void Find(const NormalizedText& text, const Vocabulary& vocabulary, const std::vector<Span>& protected_spans,
            const std::string& version, std::vector<TextFinding>& out) const;
  // Minimum log-likelihood gain (natural log) for a correction.
  static constexpr double kThreshold = 11.5;  // unigram fallback: FA <= 1 % on the tuning split
  // Words rarer than this (vocabulary frequency) are suspects too.
  static constexpr std::uint32_t kRareWord = 30;
  // Language-model tier: minimum log10 gain of the window, after the candidate's confusion
  // prior (below). A character inside an official-lexicon word is a suspect only in a sentence
  // with a correction already, and needs kModelThresholdOfficialWord (less the burst bonus):
  // official vocabulary is second-guessed on strong evidence only (人士档案 for 人事档案). A character
  // that stands alone in the model's best segmentation needs kModelThreshold, or
  // kModelThresholdInWord when it sits inside a general vocabulary word; a character the model
  // segments into a word of its own (an accidental word such as 二登) needs kModelThresholdLmWord.
  static constexpr float kModelThreshold = 5.5F;
  static constexpr float kModelThresholdInWord = 5.5F;
  static constexpr float kModelThresholdLmWord = 2.5F;
  static constexpr float kModelThresholdOfficialWord = 7.0F;
  // A two-character replacement (both characters changed, same syllables) needs this gain, with
  // no prior for tones (such slips are homophones typed by pinyin, tones are not typed).
  static constexpr float kModelThresholdPair = 4.0F;
  // ... or this when the two characters are a word themselves (of the vocabulary or of the
  // model): a pinyin input method slips by whole words (桂花 for 规划, 平谷 for 评估), and a word of
  // the same syllables that the model prefers is then the likeliest reading, while a pair across a
  // word boundary (有账必核) rarely is.
  static constexpr float kModelThresholdPairWord = 2.0F;
  // ... of which the context must give this much beyond the gain of the two words alone (their
  // frequencies): a real word is not a slip because a word of the same syllables is commoner
  // (平菇价格 is a price report, 综合平菇 a slip for 评估).
  static constexpr float kPairWordContextGain = 1.5F;
  // ... and must beat the best single-character candidate at either of its positions by this much.
  static constexpr float kPairMargin = 2.0F;
  // A replacement that makes a longer vocabulary word (three or four characters) over the edit
  // than the text has there gets this much more score: two-character words arise by chance,
  // longer ones rarely (联系会议→联席会议, 中意药局→中医药局).
  static constexpr float kLongWordBonus = 1.0F;
  // A replacement that puts the edited character into an official-document word (lexicon_official,
  // the 公文 vocabulary) where none was gets this much more score: the general-text model knows
  // 规划, 措施, 评估 as ordinary words, while in a 公文 they are what the sentence most likely meant.
  // With it, kModelThreshold stands 1.0 higher for everything else (odw tuning split: P 0.816 →
  // 0.824 at R 0.478 → 0.502; held-out fifth 0.781 → 0.847 at 0.463 → 0.514). Not for a written
  // word whose context does not ask for the other (the whole-word bar), nor for a look-alike over a
  // word of the model's segmentation; and a correction that needs it lowers no bar after it.
  static constexpr float kOfficialWordBonus = 1.0F;
  // Errors come in bursts: once a sentence has one correction of common characters
  // (kCommonCharacters), its other candidates (in clauses before it too) need this much less gain.
  static constexpr float kBurstBonus = 2.0F;
  // Confusion priors (log10 units subtracted from the gain): a same-syllable same-tone variant is
  // the likeliest slip, then other tones and ECSpell sound pairs, then near syllables, then shape.
  static constexpr float kPriorSameSyllable = 0.0F;
  static constexpr float kPriorOtherTone = 0.8F;
  static constexpr float kPriorNearSyllable = 1.2F;
  static constexpr float kPriorShape = 1.5F;
  // A two-character replacement over a non-word needs both written characters among this many
  // of the commonest (the head of confusion_pinyin.tsv, which is ranked by frequency; as many as
  // the 现代汉语常用字表 lists): those are what a pinyin input method offers.
  static constexpr std::size_t kCommonCharacters = 3500;
  // Characters of context on each side of the scored position.
  static constexpr std::size_t kWindow = 5;
  // A text block (a line of the page text) with fewer Han characters than this, a leading field
  // label (户主姓名：, the column header the page text puts before a table cell) not counted, is
  // not read: a menu or pagination bar (下一页尾页首页), a table cell or a heading fragment gives the
  // model no sentence around the edit, so the frequency of the replacement word alone decides.
  static constexpr std::size_t kMinBlockCharacters = 8;

 private:
  void FindWithModel(const NormalizedText& text, const std::vector<bool>& is_protected, const Vocabulary& vocabulary,
                     const std::string& version, std::vector<TextFinding>& out) const;
  // The characters that, put at text[p], make a word of two to four characters over p (IndexWords),
  // appended to `fills`.
  void WordFills(std::u32string_view text, std::size_t p, std::u32string& fills) const;
  // True when text[p] sits inside a lexicon word (vocabulary or official lexicon) of 2+ characters.
  // `vocabulary` may be null (official lexicon only).
  bool InLexiconWord(std::u32string_view text, std::size_t p, const Vocabulary* vocabulary) const;

  // Confusion kinds, best first; the prior of a candidate is that of its best kind.
  enum class Confusion : unsigned char { kSameSyllable, kOtherTone, kNearSyllable, kShape };
  struct Candidate {
    char32_t c;
    Confusion kind;
  };
  // A reading in confusion_pinyin.tsv: syllable id (1-based, tones aside) and tone (0: none).
  struct Reading {
    std::uint16_t syllable = 0;
    std::uint8_t tone = 0;
  };
  // The readings of `c` (none when confusion_pinyin.tsv does not list it).
  const std::vector<Reading>& ReadingsOf(char32_t c) const;
  // True when `a` and `b` have a syllable in common (tones aside) under some of their readings.
  bool ShareSyllable(char32_t a, char32_t b) const;
  // A two-character word under one reading of its characters (IndexWords).
  struct PairWord {
    std::uint32_t syllables;  // first syllable << 16 | second syllable
    std::uint32_t word;       // PackWord key
    std::uint8_t first_tone;
    std::uint8_t second_tone;
    bool operator<(const PairWord& o) const {
      return syllables != o.syllables ? syllables < o.syllables : word < o.word;
    }
  };
  // A two-character word read like a character pair of the text, and how many of its two
  // characters differ in tone from the text's (under the closest readings).
  struct PairMatch {
    std::uint32_t word;
    int tone_changes;
  };
  // The two-character words read like text[p], text[p+1] (same syllables under some reading of
  // each, any tones) that differ from it in both characters, appended to `matches`.
  void PairWords(std::u32string_view text, std::size_t p, std::vector<PairMatch>& matches) const;
  // False when the two-character word `word` (PackWord) has dictionary readings
  // (OpenWordReadings) and `syllables` (first << 16 | second) is none of them.
  bool MayRead(std::uint32_t word, std::uint32_t syllables) const;
  // The syllables text[p] has in the dictionary words it makes with a neighbour (OpenWordReadings);
  // empty when no such word settles its reading.
  std::vector<std::uint16_t> SyllablesInWord(std::u32string_view text, std::size_t p) const;
  // True when some reading of `c` is one of `syllables`.
  bool SoundsLike(char32_t c, const std::vector<std::uint16_t>& syllables) const;
  static float Prior(Confusion kind);
  void AddCandidate(char32_t key, char32_t c, Confusion kind);

  std::unordered_map<char32_t, std::vector<Candidate>> candidates_;
  WordLanguageModel model_;
  std::unordered_set<std::uint64_t> lexicon_;  // lexicon_official.tsv, hashed (WordHash)
  std::vector<std::uint64_t> lexicon_short_;   // its words of two to four characters (PackWord)
  // (word packed with one position replaced by kHole, the character that fills it), sorted.
  std::vector<std::pair<std::uint64_t, char32_t>> holes_;
  static constexpr std::uint64_t kHole = 0xFFFF;
  std::unordered_map<char32_t, std::vector<Reading>> readings_;  // a polyphone has several
  std::unordered_map<std::string, std::uint16_t> syllable_ids_;    // toneless syllable → Reading::syllable
  // Two-character words with a polyphone (PackWord) → their dictionary readings (syllable pairs).
  std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> word_readings_;
  std::vector<PairWord> pair_words_;                               // sorted
  std::unordered_set<char32_t> common_;                            // kCommonCharacters commonest
  static const std::vector<Reading> kNoReadings;
};

}  // namespace govwatch::text
