// Severe wording from the knowledge base (textchecks §3.3): title–name consistency at the page
// date (leaders.tsv), fuzzy protected-term matching by pinyin and shape (protected_terms.tsv,
// formulations.tsv, confusion_*.tsv), enumeration contents in the version valid at the date, and
// outdated institution names (renamed_institutions.tsv). Every finding names its data row; rows
// marked `verify` never produce a severe finding.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "common/result.hpp"
#include "common/time.hpp"
#include "text/literal_matcher.hpp"
#include "text/normalizer.hpp"
#include "text/pii_recognizer.hpp"
#include "text/text_engine.hpp"
#include "text/vocabulary.hpp"

namespace govwatch::text {

// Immutable after Load(); safe to share between threads.
class KnowledgeChecker {
 public:
  KnowledgeChecker() = default;
  // Loads the knowledge-base files present in `files` (leaders.tsv, formulations.tsv,
  // protected_terms.tsv, renamed_institutions.tsv, confusion_pinyin.tsv, confusion_shape.tsv).
  // Fails on a malformed row, naming the file and line.
  Result<void> Load(const RuleFiles& files, const Normalizer& normalizer, MatcherCache* cache = nullptr);
  // Appends findings (original offsets). `bytes` is Normalizer::Encode(text). `protected_spans` (normalised offsets, sorted) are
  // never edited by the fuzzy tier. Layout whitespace between two Han characters (李　强, 习近\n平,
  // 国务院总理　李强: padding, captions, hard-wrapped lines) is read as if absent; a name written
  // before a title must still touch it.
  void Find(const NormalizedText& text, const NormalizedBytes& bytes, std::optional<Date> at, const std::vector<Span>& protected_spans,
            const std::string& version, std::vector<TextFinding>& out) const;
  // True when `a` and `b` are a pinyin or shape confusion pair, or share a syllable, tones aside,
  // under some of their readings in confusion_pinyin.tsv (textchecks §3.3 B: same toneless pinyin,
  // any reading; 奇 qí and 砌 qì, which the ranked other-tone lists leave out).
  bool Confusable(char32_t a, char32_t b) const;

 private:
  struct Tenure {
    std::u32string name;
    std::string title;  // canonical
    std::optional<Date> valid_from;
    std::optional<Date> valid_to;
    bool verify = false;
    std::size_t line = 0;
    std::string rank_group;  // protocol order group (PBSC-20 …), "" when none
    int rank_order = 0;
  };
  struct Term {
    std::u32string text;
    TextSeverity severity = TextSeverity::kSevere;
    std::string category;
    std::string source;  // file and row
  };
  struct Enumeration {
    std::u32string label;
    std::vector<std::u32string> items;
    std::optional<Date> valid_from;
    std::optional<Date> valid_to;
    std::string id;
  };
  struct Rename {
    std::u32string old_name;
    std::string new_name;
    Date effective;
    bool verify = false;
    std::size_t line = 0;
  };
  struct Fallen {
    std::u32string name;
    std::vector<std::u32string> titles;  // the former titles (former_title split at 、，)
    Date announced;
    std::string status;
    std::size_t line = 0;
  };
  enum class AnchorKind : std::uint8_t { kTitle, kLeaderName, kTermPart, kEnumerationItem, kRename, kFallen, kRoleWord };
  struct Anchor {
    AnchorKind kind;
    std::uint32_t index;   // into titles_, leader_names_, terms_, enumerations_, renames_, fallen_
    std::uint32_t offset;  // for term parts: the part's offset inside the term; for items: the item
                           // index inside its enumeration
  };

  // The code point of a byte of the UTF-8 handed to the matcher: straight through the encoder's
  // per-byte index, or, for the compact view, through the original's index less the points
  // dropped before the byte (`shifts`: compact byte where a gap was dropped, points dropped so far).
  struct BytePoints {
    const std::vector<std::uint32_t>* index = nullptr;
    const std::vector<std::pair<std::uint32_t, std::uint32_t>>* shifts = nullptr;
    mutable std::size_t cursor = 0;  // into shifts: the last answer's place
    std::size_t operator()(std::size_t byte) const;
  };
  // Find on a text without layout whitespace between Han characters (`bytes`: its UTF-8).
  void FindCompact(const NormalizedText& text, const std::string& bytes, const BytePoints& point_of,
                   std::optional<Date> at, const std::vector<Span>& protected_spans, const std::string& version,
                   std::vector<TextFinding>& out) const;
  void FindTitles(const NormalizedText& text, std::size_t title_begin, std::size_t title_end, std::uint32_t title,
                  std::optional<Date> at, const std::string& version, std::vector<TextFinding>& out) const;
  // Which two-character leaders' names FindMisspeltName tries: none, all, or only those of the
  // national leadership at the page date (NationalAt), whose near-misses are told from the many
  // ordinary people of such names by the role word beside them and the sentence.
  enum class TwoCharNames : std::uint8_t { kNone, kAll, kNational };
  // A leader's name written with one confusable character in the window of its length that ends
  // at `at` (`before`) or starts there; two-character names as `two_chars` says (kNational: at
  // `page_date`). `chair_date`, when given, raises the finding to severe for a leader in a 主席
  // office (a 副主席 office when `vice`) at that date (ChairAt; the row is cited).
  void FindMisspeltName(const NormalizedText& text, std::size_t at, bool before, TwoCharNames two_chars,
                        TextSeverity severity, const std::string& context, const std::string& version,
                        std::vector<TextFinding>& out, std::optional<Date> chair_date = std::nullopt, bool vice = false,
                        std::optional<Date> page_date = std::nullopt) const;
  // The high-confidence row of leaders.tsv by which `name` holds a 主席 title (国家主席, 全国政协主席,
  // 中央军委主席; not a 副主席) at `date`, or with `vice` a 副主席 title (国家副主席, 中央军委副主席), or null.
  const Tenure* ChairAt(const std::u32string& name, std::optional<Date> date, bool vice = false) const;
  // True when a high-confidence row of leaders.tsv puts `name` in the Politburo Standing Committee
  // or the state leadership (rank groups PBSC-…, STATE) at `date` (without a date: ever).
  bool NationalAt(const std::u32string& name, std::optional<Date> date) const;
  // 同志, a bare 主席 or a bare 副主席 at [begin, end): a near-miss of a leader's name before it (and,
  // for 主席 and 副主席, after it); two-character names of the national leadership too.
  void CheckRoleWord(const NormalizedText& text, std::size_t begin, std::size_t end, std::optional<Date> at,
                     const std::string& version, std::vector<TextFinding>& out) const;
  void CheckEnumerations(const NormalizedText& text, std::vector<std::array<std::size_t, 4>>& items,
                         std::optional<Date> at, const std::string& version, std::vector<TextFinding>& out) const;
  void CheckFallen(const NormalizedText& text, std::size_t begin, std::size_t end, const Fallen& fallen,
                   std::optional<Date> at, const std::string& version, std::vector<TextFinding>& out) const;
  void CheckLeaderOrder(const NormalizedText& text, std::vector<std::array<std::size_t, 3>>& names,
                        std::optional<Date> at, const std::string& version, std::vector<TextFinding>& out) const;
  void CheckEnumerationMembers(const NormalizedText& text, const std::vector<std::array<std::size_t, 4>>& items,
                               std::optional<Date> at, const std::string& version,
                               std::vector<TextFinding>& out) const;
  void AddConfusions(std::string_view file_name, std::string_view content, const std::unordered_set<char32_t>& keep);

  std::vector<std::pair<std::u32string, std::string>> titles_;  // variant → canonical title
  std::vector<std::u32string> leader_names_;
  std::vector<Tenure> tenures_;
  std::vector<Term> terms_;
  std::vector<Enumeration> enumerations_;
  std::vector<Rename> renames_;
  std::vector<Fallen> fallen_;
  std::vector<Anchor> anchors_;
  std::unordered_set<std::uint64_t> confusions_;
  // Toneless syllables of each character (confusion_pinyin.tsv readings), sorted, as ids.
  std::unordered_map<char32_t, std::vector<std::uint16_t>> syllables_;
  LiteralMatcher matcher_;
};

}  // namespace govwatch::text
