#include "text/sensitive_checker.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "common/strings.hpp"
#include "text/rule_table.hpp"

namespace govwatch::text {

namespace {

std::string_view TagName(char tag) {
  switch (tag) {
    case '0': return "政治";
    case '1': return "毒品";
    case '2': return "色情";
    case '3': return "赌博";
    case '4': return "违法犯罪";
    default: return "其他";
  }
}

// Characters that end a clause: a term never spans them, however the text is spaced.
bool IsHardBreak(char32_t c) {
  return c == U'\n' || c == U'\r' || c == U'。' || c == U'，' || c == U'、' || c == U'；' || c == U'：' ||
         c == U'！' || c == U'？' || c == U',' || c == U';' || c == U':' || c == U'!' || c == U'?' || c == U'\t';
}

bool IsSkeletonChar(char32_t c) { return IsHan(c) || IsAsciiDigit(c) || (c >= U'a' && c <= U'z'); }

// Chinese numerals fold to ASCII digits for matching, so that 六四, 6四, 六4 and 64 meet
// (digit-form evasion); 0 for other characters.
struct Numeral {
  char32_t numeral;
  char32_t digit;
};
constexpr Numeral kNumerals[] = {{U'〇', U'0'}, {U'零', U'0'}, {U'一', U'1'}, {U'二', U'2'}, {U'三', U'3'}, {U'四', U'4'},
                                 {U'五', U'5'}, {U'六', U'6'}, {U'七', U'7'}, {U'八', U'8'}, {U'九', U'9'}};
// The numerals by their low five bits, which differ: one probe per character (the skeleton pass
// asks for every character of the text).
constexpr std::size_t kNumeralSlots = 32;
constexpr std::array<Numeral, kNumeralSlots> NumeralSlots() {
  std::array<Numeral, kNumeralSlots> slots{};
  for (const Numeral& n : kNumerals) slots[n.numeral % kNumeralSlots] = n;
  return slots;
}
constexpr std::array<Numeral, kNumeralSlots> kNumeralSlotTable = NumeralSlots();
constexpr bool AllNumeralsHaveASlot() {
  for (const Numeral& n : kNumerals) {
    if (kNumeralSlotTable[n.numeral % kNumeralSlots].numeral != n.numeral) return false;
  }
  return true;
}
static_assert(AllNumeralsHaveASlot(), "two numerals share a slot: choose another kNumeralSlots");

inline char32_t NumeralDigit(char32_t c) {
  const Numeral& slot = kNumeralSlotTable[c % kNumeralSlots];
  return slot.numeral == c ? slot.digit : 0;
}

// `c` with a Chinese numeral folded to its digit (a select, not a branch: numerals are frequent
// and irregular in running text).
inline char32_t FoldNumeral(char32_t c) {
  const Numeral& slot = kNumeralSlotTable[c % kNumeralSlots];
  return slot.numeral == c ? slot.digit : c;
}

bool IsDigitLike(char32_t c) { return IsAsciiDigit(c) || NumeralDigit(c) != 0; }

// The skeleton for sensitive matching: lower-cased Han, letters and digits; clause breaks kept
// as '\n' so that terms never join across them. Built into `buffers` in one pass with its UTF-8
// encoding for the matcher, in which Chinese numerals are folded to digits (FoldNumerals).
void BuildSkeleton(const NormalizedText& normalized, SensitiveChecker::Buffers& buffers) {
  const std::size_t n = normalized.text.size();
  NormalizedText& skeleton = buffers.skeleton;
  NormalizedBytes& bytes = buffers.bytes;
  if (skeleton.text.size() < n) skeleton.text.resize(n);
  if (skeleton.origin.size() < n) skeleton.origin.resize(n);
  if (bytes.bytes.size() < 3 * n) bytes.bytes.resize(3 * n);
  if (bytes.index.size() < 3 * n + 1) bytes.index.resize(3 * n + 1);
  bytes.origin.clear();
  char32_t* text = skeleton.text.data();
  std::uint32_t* origin = skeleton.origin.data();
  char* encoded = bytes.bytes.data();
  std::uint32_t* index = bytes.index.data();
  std::size_t m = 0;
  std::size_t at = 0;
  for (std::size_t i = 0; i < n; ++i) {
    char32_t c = normalized.text[i];
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    char32_t matched = c;
    if (IsSkeletonChar(c)) {
      matched = FoldNumeral(c);
    } else if (IsHardBreak(c)) {
      if (m > 0 && text[m - 1] == U'\n') continue;
      c = matched = U'\n';
    } else {
      continue;
    }
    text[m] = c;
    origin[m] = normalized.origin[i];
    // Skeleton characters are ASCII or three-byte Han (extension A and the basic block).
    const auto point = static_cast<std::uint32_t>(m);
    if (matched < 0x80) {
      encoded[at] = static_cast<char>(matched);
      index[at++] = point;
    } else {
      encoded[at] = static_cast<char>(0xE0 | (matched >> 12));
      encoded[at + 1] = static_cast<char>(0x80 | ((matched >> 6) & 0x3F));
      encoded[at + 2] = static_cast<char>(0x80 | (matched & 0x3F));
      index[at] = index[at + 1] = index[at + 2] = point;
      at += 3;
    }
    ++m;
  }
  ShrinkFilled(skeleton, bytes, m, at);
}

std::u32string FoldNumerals(std::u32string_view s) {
  std::u32string out(s);
  for (char32_t& c : out) {
    if (char32_t d = NumeralDigit(c)) c = d;
  }
  return out;
}

std::u32string SkeletonOf(std::string_view word, const Normalizer& normalizer) {
  NormalizedText normalized = normalizer.Normalize(DecodeUtf8(word));
  std::u32string out;
  for (char32_t c : normalized.text) {
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    if (IsSkeletonChar(c)) out.push_back(c);
  }
  return out;
}

}  // namespace

Result<void> SensitiveChecker::Load(std::string_view words, std::string_view tags, std::string_view allow,
                                    std::string_view exclude, const Normalizer& normalizer, MatcherCache* cache) {
  auto word_rows = ParseWordList("sensitive_word_dict.txt", words);
  if (!word_rows) return word_rows.error();
  std::unordered_map<std::string, std::string> tag_of;
  {
    auto rows = ParseWordList("sensitive_word_tags.txt", tags);
    if (!rows) return rows.error();
    for (const RuleRow& row : *rows) {
      std::string_view line = row.fields[0];
      std::size_t space = line.find_last_of(" \t");
      if (space == std::string_view::npos) {
        return RuleError("sensitive_word_tags.txt", row.line, "expected \"word tags\"");
      }
      tag_of[std::string(Trim(line.substr(0, space)))] = std::string(Trim(line.substr(space + 1)));
    }
  }
  auto allow_rows = ParseWordList("sensitive_word_allow.txt", allow);
  if (!allow_rows) return allow_rows.error();
  auto exclude_rows = ParseWordList("sensitive_word_exclude.txt", exclude);
  if (!exclude_rows) return exclude_rows.error();
  std::unordered_set<std::string_view> excluded;
  for (const RuleRow& row : *exclude_rows) excluded.insert(row.fields[0]);

  SensitiveChecker& checker = *this;
  terms_.clear();
  std::unordered_set<std::u32string> seen;
  for (const RuleRow& row : *word_rows) {
    std::string_view word = row.fields[0];
    if (excluded.count(word) != 0) continue;
    std::u32string skeleton = SkeletonOf(word, normalizer);
    // Single characters and bare numbers are not terms.
    if (skeleton.size() < 2) continue;
    if (std::all_of(skeleton.begin(), skeleton.end(), [](char32_t c) { return !IsHan(c); }) && skeleton.size() < 3) {
      continue;
    }
    const bool han_numerals = std::any_of(skeleton.begin(), skeleton.end(), [](char32_t c) { return NumeralDigit(c) != 0; });
    const bool ascii_digits = std::any_of(skeleton.begin(), skeleton.end(), [](char32_t c) { return IsAsciiDigit(c); });
    skeleton = FoldNumerals(skeleton);
    if (!seen.insert(skeleton).second) continue;
    auto tag = tag_of.find(std::string(word));
    checker.terms_.push_back(
        Term{skeleton, std::string(word), tag == tag_of.end() ? "" : tag->second, false, han_numerals, ascii_digits});
  }
  // A term that contains another term of four or more characters is redundant: the shorter one
  // already reports the place (the list holds hundreds of "<n>bb成人小电影"-style variants).
  // Dropping them halves the database and its compile time. Shorter terms may yield to a word of
  // the text (64事 inside 64事件), so the longer term stays.
  {
    auto hash = [](std::u32string_view v) {
      std::uint64_t h = 1469598103934665603ull;
      for (char32_t c : v) h = (h ^ c) * 1099511628211ull;
      return h ^ v.size();
    };
    std::unordered_set<std::uint64_t> hashes;
    hashes.reserve(checker.terms_.size());
    for (const Term& term : checker.terms_) hashes.insert(hash(term.word));
    std::vector<Term> minimal;
    for (Term& term : checker.terms_) {
      std::u32string_view w = term.word;
      bool redundant = false;
      for (std::size_t i = 0; i < w.size() && !redundant; ++i) {
        for (std::size_t j = i + 4; j <= w.size() && !redundant; ++j) {
          if (j - i == w.size()) continue;
          // A hash collision only drops a redundant-looking term; the odds are ~2^-50.
          if (hashes.count(hash(w.substr(i, j - i))) != 0) redundant = true;
        }
      }
      if (!redundant) minimal.push_back(std::move(term));
    }
    checker.terms_ = std::move(minimal);
  }
  for (const RuleRow& row : *allow_rows) {
    std::u32string skeleton = SkeletonOf(row.fields[0], normalizer);
    if (skeleton.empty()) continue;
    checker.terms_.push_back(Term{FoldNumerals(skeleton), std::string(row.fields[0]), "", true, false, false});
  }
  std::vector<std::string> literals;
  literals.reserve(checker.terms_.size());
  for (const Term& term : checker.terms_) literals.push_back(EncodeUtf8(term.word));
  auto matcher = LiteralMatcher::Build(literals, cache);
  if (!matcher) return matcher.error();
  checker.matcher_ = std::move(*matcher);
  return Ok();
}

void SensitiveChecker::Find(const NormalizedText& normalized, const Vocabulary& vocabulary,
                            const std::string& version, std::vector<TextFinding>& out, Buffers* buffers) const {
  if (terms_.empty()) return;
  Buffers local;
  if (buffers == nullptr) buffers = &local;
  BuildSkeleton(normalized, *buffers);
  const NormalizedText& skeleton = buffers->skeleton;
  const NormalizedBytes& bytes = buffers->bytes;
  const std::vector<std::uint32_t>& byte_to_index = bytes.index;
  struct Hit {
    std::size_t begin;  // skeleton indices
    std::size_t end;
    std::uint32_t term;
  };
  std::vector<Hit> hits;
  std::vector<Hit> allows;
  matcher_.Scan(bytes.bytes, [&](std::uint32_t id, std::size_t from, std::size_t to) {
    Hit hit{byte_to_index[from], byte_to_index[to - 1] + 1, id};
    (terms_[id].allow ? allows : hits).push_back(hit);
  });
  const std::u32string& s = skeleton.text;
  for (const Hit& hit : hits) {
    const Term& term = terms_[hit.term];
    // Allowed where an allow-list phrase covers the hit.
    bool allowed = std::any_of(allows.begin(), allows.end(),
                               [&](const Hit& a) { return a.begin <= hit.begin && hit.end <= a.end; });
    if (allowed) continue;
    // ASCII terms need ASCII boundaries.
    if (!IsHan(s[hit.begin]) && hit.begin > 0 && !IsHan(s[hit.begin - 1]) && s[hit.begin - 1] != U'\n') continue;
    if (!IsHan(s[hit.end - 1]) && hit.end < s.size() && !IsHan(s[hit.end]) && s[hit.end] != U'\n') continue;
    // Numbers: a hit never starts or ends inside a longer number (1964之前 is not 64之前, 三四人帮
    // is not 四人帮), and a term written with Chinese numerals is not hit by bare digits alone
    // (共64人 does not name 六四).
    if (IsDigitLike(s[hit.begin]) && hit.begin > 0 && IsDigitLike(s[hit.begin - 1])) continue;
    if (IsDigitLike(s[hit.end - 1]) && hit.end < s.size() && IsDigitLike(s[hit.end])) continue;
    // A full date is a date (二〇一九年六月四日), not a commemoration.
    if (hit.begin > 0 && s[hit.begin - 1] == U'年' && IsDigitLike(s[hit.begin]) && s[hit.end - 1] == U'日') continue;
    const auto span_begin = s.begin() + static_cast<std::ptrdiff_t>(hit.begin);
    const auto span_end = s.begin() + static_cast<std::ptrdiff_t>(hit.end);
    if (term.han_numerals && std::all_of(span_begin, span_end, [](char32_t c) { return IsAsciiDigit(c); })) continue;
    // The list's digit forms are evasions of ordinary words (3民主义, 1党执政): written out in
    // Chinese numerals they are the ordinary words, so the text must use a digit somewhere (6四).
    if (term.ascii_digits && !term.han_numerals &&
        std::none_of(span_begin, span_end, [](char32_t c) { return IsAsciiDigit(c); })) {
      continue;
    }
    // Short terms must not cut through a word of the text (西藏独特 ⊃ 藏独).
    std::size_t length = hit.end - hit.begin;
    bool crosses = false;
    if (length <= 3) {
      std::u32string_view view(s);
      for (std::size_t b = hit.begin > 3 ? hit.begin - 3 : 0; b < hit.end && !crosses; ++b) {
        for (std::size_t w = 2; w <= 4 && b + w <= s.size() && !crosses; ++w) {
          std::size_t e = b + w;
          // Any listed word that overlaps the hit without lying inside it: 西藏独特 (独特 crosses
          // 藏独), 维吾尔 (contains 维吾).
          bool overlaps = b < hit.end && e > hit.begin;
          bool inside = b >= hit.begin && e <= hit.end;
          // Three-character terms only yield to frequent words (成法 must not hide 法轮功).
          std::uint32_t needed = length == 2 ? 1 : 2000;
          if (overlaps && !inside && vocabulary.Frequency(view.substr(b, w)) >= needed) crosses = true;
        }
      }
    }
    if (crosses) continue;
    // Evasion tolerance: at most 2 skipped characters between consecutive characters of a term.
    bool spread = false;
    for (std::size_t k = hit.begin + 1; k < hit.end; ++k) {
      if (skeleton.origin[k] - skeleton.origin[k - 1] > 3) spread = true;
    }
    if (spread) continue;
    TextFinding finding;
    finding.check = Check::kSensitive;
    finding.rule = "sensitive.term:" + term.original;
    bool tagged = !term.tags.empty();
    finding.severity = tagged ? TextSeverity::kWarn : TextSeverity::kInfo;
    finding.begin = skeleton.origin[hit.begin];
    finding.end = skeleton.origin[hit.end - 1] + 1;
    finding.score = tagged ? 0.8 : 0.5;
    nlohmann::json categories = nlohmann::json::array();
    for (char tag : term.tags) {
      if (tag >= '0' && tag <= '9') categories.push_back(TagName(tag));
    }
    finding.evidence = {{"term", term.original}, {"categories", categories}, {"kb_version", version},
                        {"list", "sensitive_word_dict.txt"}};
    out.push_back(std::move(finding));
  }
}

}  // namespace govwatch::text
