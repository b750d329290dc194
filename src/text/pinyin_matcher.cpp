#include "text/pinyin_matcher.hpp"

#include <algorithm>

#include "common/strings.hpp"
#include "text/normalizer.hpp"
#include "text/rule_table.hpp"

namespace govwatch::text {

namespace {

constexpr std::size_t kLongestSyllable = 6;  // zhuang, chuang, shuang

bool HasVowel(std::string_view s) { return s.find_first_of("aeiouv") != std::string_view::npos; }

// Characters that may sit between the parts of an evasion without breaking it (xi-jin ping).
bool IsSeparator(char32_t c) {
  return c == U' ' || c == U'-' || c == U'_' || c == U'.' || c == U'\'' || c == U'\u00B7' || c == U'\u3000';
}

char32_t Lower(char32_t c) { return (c >= U'A' && c <= U'Z') ? c - U'A' + U'a' : c; }

}  // namespace

struct PinyinMatcher::Token {
  std::size_t begin = 0;
  std::size_t end = 0;
  char32_t han = 0;       // a Han character with readings
  int syllable = -1;      // a Latin syllable
  char initial = 0;       // a Latin initial letter (initials mode)
  bool gap = false;       // breaks every match
  int run = -1;           // the Latin run a Latin token came from
  bool run_first = false;
  bool run_last = false;
  bool Latin() const { return syllable >= 0 || initial != 0; }
  static Token Span(std::size_t from, std::size_t to) {
    Token t;
    t.begin = from;
    t.end = to;
    return t;
  }
};

std::uint16_t PinyinMatcher::SyllableId(std::string_view syllable) {
  auto it = syllable_ids_.find(std::string(syllable));
  if (it != syllable_ids_.end()) return it->second;
  const auto id = static_cast<std::uint16_t>(syllables_.size());
  syllables_.emplace_back(syllable);
  syllable_ids_.emplace(std::string(syllable), id);
  terms_by_first_.emplace_back();
  return id;
}

int PinyinMatcher::LookupSyllable(std::u32string_view latin) const {
  std::string key;
  for (char32_t c : latin) key.push_back(static_cast<char>(Lower(c)));
  if (!HasVowel(key)) return -1;  // n, m, ng, hm are readings but would make any letters parse
  auto it = syllable_ids_.find(key);
  return it == syllable_ids_.end() ? -1 : it->second;
}

Result<void> PinyinMatcher::LoadReadings(std::string_view file_name, std::string_view content) {
  auto rows = ParseRuleTable(file_name, content, 2);
  if (!rows) return rows.error();
  for (const RuleRow& row : *rows) {
    const std::u32string key = DecodeUtf8(row.fields[0]);
    if (key.size() != 1 || !IsHan(key[0])) {
      return RuleError(file_name, row.line, "the first field must be one Han character");
    }
    std::vector<std::uint16_t>& ids = readings_[key[0]];
    for (std::string_view reading : Split(row.fields[1], ' ')) {
      if (reading.empty()) continue;
      if (reading.size() > kLongestSyllable ||
          !std::all_of(reading.begin(), reading.end(), [](char c) { return c >= 'a' && c <= 'z'; })) {
        return RuleError(file_name, row.line, "a reading must be 1-6 lower-case letters a-z");
      }
      const std::uint16_t id = SyllableId(reading);
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
    }
  }
  return Ok();
}

bool PinyinMatcher::AddTerm(std::u32string_view term) {
  if (term.size() < 3) return false;
  for (char32_t c : term) {
    if (!IsHan(c) || readings_.count(c) == 0) return false;
  }
  if (std::find(terms_.begin(), terms_.end(), term) != terms_.end()) return true;
  const auto index = static_cast<std::uint32_t>(terms_.size());
  terms_.emplace_back(term);
  terms_by_initial_.resize(26);
  std::vector<bool> initial_seen(26, false);
  for (std::uint16_t id : readings_.at(term[0])) {
    terms_by_first_[id].push_back(index);
    const auto letter = static_cast<std::size_t>(syllables_[id][0] - 'a');
    if (!initial_seen[letter]) {
      initial_seen[letter] = true;
      terms_by_initial_[letter].push_back(index);
    }
  }
  return true;
}

std::vector<std::size_t> PinyinMatcher::SplitSyllables(std::u32string_view run) const {
  constexpr std::size_t kNone = SIZE_MAX;
  // fewest[p]: syllables in the best split of run[p..]; length[p]: that split's first syllable.
  std::vector<std::size_t> fewest(run.size() + 1, kNone);
  std::vector<std::size_t> length(run.size() + 1, 0);
  fewest[run.size()] = 0;
  for (std::size_t p = run.size(); p-- > 0;) {
    for (std::size_t l = std::min(kLongestSyllable, run.size() - p); l > 0; --l) {
      if (fewest[p + l] == kNone || LookupSyllable(run.substr(p, l)) < 0) continue;
      if (fewest[p + l] + 1 < fewest[p]) {
        fewest[p] = fewest[p + l] + 1;
        length[p] = l;
      }
    }
  }
  std::vector<std::size_t> steps;
  if (run.empty() || fewest[0] == kNone) return steps;
  for (std::size_t p = 0; p < run.size(); p += length[p]) steps.push_back(length[p]);
  return steps;
}

std::vector<PinyinMatcher::Token> PinyinMatcher::Tokenize(std::u32string_view text, std::span<const std::uint8_t> blocked,
                                                          bool initials) const {
  std::vector<Token> tokens;
  auto is_blocked = [&](std::size_t i) { return !blocked.empty() && blocked[i] != 0; };
  auto gap = [&](std::size_t i) {
    if (tokens.empty() || !tokens.back().gap) {
      tokens.push_back(Token::Span(i, i + 1));
      tokens.back().gap = true;
    }
  };
  int run = 0;
  for (std::size_t i = 0; i < text.size();) {
    const char32_t c = text[i];
    if (is_blocked(i)) {
      gap(i);
      ++i;
    } else if (IsHan(c)) {
      if (readings_.count(c) != 0) {
        tokens.push_back(Token::Span(i, i + 1));
        tokens.back().han = c;
      } else {
        gap(i);
      }
      ++i;
    } else if (IsAsciiLetter(c)) {
      std::size_t j = i;
      while (j < text.size() && IsAsciiLetter(text[j]) && !is_blocked(j)) ++j;
      // The run split into syllables, fewest first, then longest first syllable (liujinguo is
      // liu jin guo, where a greedy split stops at jing + uo; xian stays one syllable). A run that
      // does not split whole is an English word or a code.
      std::vector<Token> parsed;
      const std::vector<std::size_t> steps = SplitSyllables(text.substr(i, j - i));
      bool whole = !steps.empty();
      for (std::size_t p = i, k = 0; whole && k < steps.size(); p += steps[k++]) {
        Token t = Token::Span(p, p + steps[k]);
        t.syllable = LookupSyllable(text.substr(p, steps[k]));
        parsed.push_back(t);
      }
      if (!whole && initials && j - i >= 2 && j - i <= 8) {
        parsed.clear();
        for (std::size_t p = i; p < j; ++p) {
          Token t = Token::Span(p, p + 1);
          t.initial = static_cast<char>(Lower(text[p]));
          parsed.push_back(t);
        }
        whole = true;
      }
      if (whole && !parsed.empty()) {
        parsed.front().run_first = true;
        parsed.back().run_last = true;
        for (Token& t : parsed) t.run = run;
        ++run;
        tokens.insert(tokens.end(), parsed.begin(), parsed.end());
      } else {
        gap(i);
      }
      i = j;
    } else if (IsSeparator(c)) {
      ++i;
    } else {
      gap(i);
      ++i;
    }
  }
  return tokens;
}

std::vector<PinyinMatch> PinyinMatcher::Find(std::u32string_view text, std::span<const std::uint8_t> blocked,
                                             bool initials) const {
  std::vector<PinyinMatch> out;
  if (terms_.empty() || std::none_of(text.begin(), text.end(), [](char32_t c) { return IsAsciiLetter(c); })) {
    return out;
  }
  const std::vector<Token> tokens = Tokenize(text, blocked, initials);
  auto has_reading = [&](char32_t c, auto&& predicate) {
    for (std::uint16_t id : readings_.at(c)) {
      if (predicate(id)) return true;
    }
    return false;
  };
  auto token_matches = [&](const Token& t, char32_t c) {
    if (t.gap) return false;
    if (t.han != 0) {
      if (t.han == c) return true;
      const std::vector<std::uint16_t>& written = readings_.at(t.han);
      return has_reading(c, [&](std::uint16_t id) { return std::find(written.begin(), written.end(), id) != written.end(); });
    }
    if (t.syllable >= 0) return has_reading(c, [&](std::uint16_t id) { return id == t.syllable; });
    return has_reading(c, [&](std::uint16_t id) { return syllables_[id][0] == t.initial; });
  };
  std::vector<std::size_t> stamp(terms_.size(), SIZE_MAX);
  std::vector<std::size_t> last_end(terms_.size(), 0);
  for (std::size_t s = 0; s < tokens.size(); ++s) {
    const Token& first = tokens[s];
    if (first.gap || (first.Latin() && !first.run_first)) continue;
    auto try_terms = [&](const std::vector<std::uint32_t>& list) {
      for (std::uint32_t index : list) {
        if (stamp[index] == s) continue;
        stamp[index] = s;
        const std::u32string& term = terms_[index];
        if (s + term.size() > tokens.size()) continue;
        bool ok = true;
        int latin = 0;
        bool any_initial = false;
        bool one_run = true;
        for (std::size_t k = 0; k < term.size() && ok; ++k) {
          const Token& t = tokens[s + k];
          ok = token_matches(t, term[k]);
          latin += t.Latin() ? 1 : 0;
          any_initial = any_initial || t.initial != 0;
          one_run = one_run && t.Latin() && t.run == first.run;
        }
        if (!ok || latin == 0) continue;
        const Token& last = tokens[s + term.size() - 1];
        if (last.Latin() && !last.run_last) continue;
        // All Latin over several runs is the standard romanisation (Xi Jinping in an English
        // caption), not an evasion.
        if (latin == static_cast<int>(term.size()) && !one_run) continue;
        if (first.begin < last_end[index]) continue;
        last_end[index] = last.end;
        out.push_back(PinyinMatch{first.begin, last.end, index, any_initial});
      }
    };
    if (first.han != 0) {
      for (std::uint16_t id : readings_.at(first.han)) try_terms(terms_by_first_[id]);
    } else if (first.syllable >= 0) {
      try_terms(terms_by_first_[static_cast<std::size_t>(first.syllable)]);
    } else if (first.initial >= 'a' && first.initial <= 'z' && !terms_by_initial_.empty()) {
      try_terms(terms_by_initial_[static_cast<std::size_t>(first.initial - 'a')]);
    }
  }
  std::sort(out.begin(), out.end(), [](const PinyinMatch& a, const PinyinMatch& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace govwatch::text
