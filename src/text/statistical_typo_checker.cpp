#include "text/statistical_typo_checker.hpp"

#include <algorithm>
#include <cmath>

#include "common/strings.hpp"
#include "text/rule_table.hpp"
#include "text/word_readings.hpp"

namespace govwatch::text {

namespace {

// Characters the tier never edits (function words whose misuse is grammar, not spelling).
bool IsStopChar(char32_t c) {
  return c == U'的' || c == U'地' || c == U'得' || c == U'了' || c == U'和' || c == U'与' || c == U'在' ||
         c == U'是' || c == U'之' || c == U'其' || c == U'而' || c == U'及';
}

// True when text[p] repeats a neighbour (坎坎坷坷, 常常): reduplication, which is written on purpose.
bool Reduplicated(std::u32string_view text, std::size_t p) {
  return (p > 0 && text[p - 1] == text[p]) || (p + 1 < text.size() && text[p + 1] == text[p]);
}

// True when text[p] repeats the character two before or after it (兜牢兜实, 应保尽保, 一心一意): a
// parallel four-character pattern. One of its characters may still be a slip (建立建全 for 建立健全),
// but a two-character word put over it (兜实→都市) breaks the pattern it was written in.
bool InParallelPattern(std::u32string_view text, std::size_t p) {
  return (p > 1 && text[p - 2] == text[p]) || (p + 2 < text.size() && text[p + 2] == text[p]);
}

// FNV-1a over code points: the key of a lexicon word.
std::uint64_t WordHash(std::u32string_view word) {
  std::uint64_t h = 1469598103934665603ULL;
  for (char32_t c : word) {
    h ^= static_cast<std::uint64_t>(c);
    h *= 1099511628211ULL;
  }
  return h;
}

// True when text[p] is one or two characters before a place suffix (马荃镇, 张寨村, 虹叶居民区, 贡湖) or
// a group's name (一冶集团): probably part of a name the model does not know.
bool BeforePlaceSuffix(std::u32string_view text, std::size_t p) {
  static constexpr std::u32string_view kPlace = U"村镇乡县庄寨屯湾岭峪沟坪坝舰街";
  static constexpr std::u32string_view kPlaceWords[] = {U"居民区", U"集团"};
  for (std::size_t d = 1; d <= 2 && p + d < text.size(); ++d) {
    if (kPlace.find(text[p + d]) != std::u32string_view::npos) return true;
    // Lakes (梅梁湖, 贡湖), not the provinces 湖北 and 湖南.
    if (text[p + d] == U'湖' && (p + d + 1 == text.size() || (text[p + d + 1] != U'北' && text[p + d + 1] != U'南'))) {
      return true;
    }
    for (std::u32string_view word : kPlaceWords) {
      if (text.substr(p + d, word.size()) == word) return true;
    }
  }
  return false;
}

// True when text[p] is one of the two characters after the place that opens a company's name
// (江门市盈丰智能装备有限公司, 湖南桂惠百货有限公司): the trade name, which is no word.
bool InTradeName(std::u32string_view text, std::size_t p) {
  static constexpr std::size_t kLongestName = 14;
  const std::size_t company = text.substr(p, kLongestName).find(U"公司");
  if (company == std::u32string_view::npos || company < 2) return false;
  static constexpr std::u32string_view kPlaceEnd = U"省市县区";
  static constexpr std::u32string_view kProvinces[] = {
      U"北京", U"天津", U"上海", U"重庆", U"河北", U"山西", U"辽宁", U"吉林", U"江苏", U"浙江", U"安徽",
      U"福建", U"江西", U"山东", U"河南", U"湖北", U"湖南", U"广东", U"海南", U"四川", U"贵州", U"云南",
      U"陕西", U"甘肃", U"青海", U"广西", U"西藏", U"宁夏", U"新疆", U"内蒙古", U"黑龙江"};
  for (std::size_t d = 1; d <= 2 && d <= p; ++d) {
    const std::size_t place_end = p - d;  // the place's last character
    if (kPlaceEnd.find(text[place_end]) != std::u32string_view::npos) return true;
    for (std::u32string_view province : kProvinces) {
      if (place_end + 1 == province.size() && text.substr(0, province.size()) == province) return true;
    }
  }
  return false;
}

// True when text[p] is part of the short name a text defines (（以下简称特医）): the run (of Han
// characters) holds 简称 before it and at most six characters between.
bool InDefinedShortName(std::u32string_view run, std::size_t p) {
  static constexpr std::size_t kLongest = 6;
  const std::size_t from = p >= kLongest + 2 ? p - kLongest - 2 : 0;
  return run.substr(from, p - from).find(U"简称") != std::u32string_view::npos;
}

// True when text[p] is part of an aid term: 援 and a province's one-character name (援藏, 援滇).
bool InAidTerm(std::u32string_view text, std::size_t p) {
  static constexpr std::u32string_view kAbbreviations = U"京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川蜀黔贵滇云陕秦甘陇青藏疆宁蒙桂港澳台";
  auto aid = [&](std::size_t at) {
    return at + 1 < text.size() && text[at] == U'援' && kAbbreviations.find(text[at + 1]) != std::u32string_view::npos;
  };
  return aid(p) || (p > 0 && aid(p - 1));
}

// True when text[p] is one or two characters before a person's title or a unit word (汤晔同志,
// 尤李社区): probably part of a name.
bool BeforeTitle(std::u32string_view text, std::size_t p) {
  static constexpr std::u32string_view kAfterName[] = {U"同志", U"教授", U"书记", U"主任", U"局长", U"部长", U"县长",
                                                        U"市长", U"省长", U"社区", U"街道", U"苏木", U"嘎查", U"先生",
                                                        U"女士", U"委员", U"院士", U"代表"};
  for (std::size_t d = 1; d <= 2 && p + d < text.size(); ++d) {
    for (std::u32string_view suffix : kAfterName) {
      if (text.substr(p + d, suffix.size()) == suffix) return true;
    }
  }
  return false;
}

// True when text[p] is probably part of a proper name the model does not know.
bool InProperName(std::u32string_view text, std::size_t p) {
  return BeforePlaceSuffix(text, p) || BeforeTitle(text, p) || InTradeName(text, p) || InAidTerm(text, p) ||
         InDefinedShortName(text, p);
}

// The key of the two-character word a, b (a << 16 | b, as PackWord packs it); 0 when either is
// outside the Basic Multilingual Plane.
std::uint32_t PackPair(char32_t a, char32_t b) {
  if (a > 0xFFFF || b > 0xFFFF) return 0;
  return (static_cast<std::uint32_t>(a) << 16) | static_cast<std::uint32_t>(b);
}

// For each position of `text`, whether its line is too short a text block to read (see
// StatisticalTypoChecker::kMinBlockCharacters): fewer Han characters than `min_characters`, a
// leading "label:" (up to 16 Han characters before the colon) not counted.
std::vector<bool> ShortBlocks(std::u32string_view text, std::size_t min_characters) {
  std::vector<bool> short_block(text.size(), false);
  std::size_t line = 0;
  while (line < text.size()) {
    std::size_t end = text.find(U'\n', line);
    if (end == std::u32string_view::npos) end = text.size();
    std::size_t k = line;
    while (k < end && text[k] == U' ') ++k;
    const std::size_t label_begin = k;
    while (k < end && k - label_begin < 16 && IsHan(text[k])) ++k;
    const std::size_t value_begin = k > label_begin && k < end && text[k] == U':' ? k + 1 : line;
    const auto han = static_cast<std::size_t>(std::count_if(text.begin() + static_cast<std::ptrdiff_t>(value_begin),
                                                            text.begin() + static_cast<std::ptrdiff_t>(end), IsHan));
    if (han < min_characters) std::fill(short_block.begin() + static_cast<std::ptrdiff_t>(line),
                                        short_block.begin() + static_cast<std::ptrdiff_t>(end), true);
    line = end + 1;
  }
  return short_block;
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

// The length of the longest vocabulary word of three or four characters over text[p], or 0.
std::size_t LongWordAt(std::u32string_view text, std::size_t p, const Vocabulary& vocabulary) {
  for (std::size_t length = 4; length >= 3; --length) {
    for (std::size_t start = p + 1 >= length ? p + 1 - length : 0; start <= p; ++start) {
      if (start + length > text.size()) break;
      if (vocabulary.Contains(text.substr(start, length))) return length;
    }
  }
  return 0;
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
      if (pinyin) {
        // "jiang4,qiang2,qiang3": readings, each a syllable then its tone (1-5, or none).
        if (common_.size() < kCommonCharacters) common_.insert(key[0]);
        std::vector<Reading>& readings = readings_[key[0]];
        for (std::string_view reading : Split(row.fields[1], ',')) {
          std::uint8_t tone = 0;
          if (!reading.empty() && reading.back() >= '1' && reading.back() <= '5') {
            tone = static_cast<std::uint8_t>(reading.back() - '0');
            reading.remove_suffix(1);
          }
          if (reading.empty()) continue;
          auto [entry, added] =
              syllable_ids_.emplace(std::string(reading), static_cast<std::uint16_t>(syllable_ids_.size() + 1));
          readings.push_back(Reading{entry->second, tone});
        }
      }
      for (std::size_t f = pinyin ? 2 : 1; f < row.fields.size(); ++f) {
        std::u32string chars = DecodeUtf8(row.fields[f]);
        // Other-tone and near syllables are long lists ranked by frequency: keep the head.
        std::size_t keep = pinyin ? (f == 2 ? chars.size() : (f == 3 ? 40 : 8)) : 12;
        if (chars.size() > keep) chars.resize(keep);
        Confusion kind = !pinyin ? Confusion::kShape
                         : f == 2 ? Confusion::kSameSyllable
                         : f == 3 ? Confusion::kOtherTone
                                  : Confusion::kNearSyllable;
        for (char32_t c : chars) AddCandidate(key[0], c, kind);
      }
    }
  }
  if (auto it = files.find("confusion_ecspell.tsv"); it != files.end()) {
    auto rows = ParseRuleTable("confusion_ecspell.tsv", it->second, 3);
    if (!rows) return rows.error();
    for (const RuleRow& row : *rows) {
      std::u32string key = DecodeUtf8(row.fields[0]);
      if (key.size() != 1) return RuleError("confusion_ecspell.tsv", row.line, "the first field must be one character");
      for (std::size_t f = 1; f < 3; ++f) {
        if (row.fields[f] == "-") continue;
        // ECSpell's sound pairs mix other tones of the same syllable (the other-tone prior) with
        // looser sounds (销/教, 电/天), which pay the near-syllable prior. Its shape lists are one-way
        // (整 lists 敕, 敕 does not list 整) though looking alike is mutual: a shape pair counts both ways.
        for (char32_t c : DecodeUtf8(row.fields[f])) {
          Confusion kind = f == 1 ? Confusion::kOtherTone : Confusion::kShape;
          if (f == 1 && !ShareSyllable(key[0], c)) kind = Confusion::kNearSyllable;
          AddCandidate(key[0], c, kind);
          if (kind == Confusion::kShape) AddCandidate(c, key[0], kind);
        }
      }
    }
  }
  // One component apart (a radical swapped, a component added or dropped): visual slips the
  // shape columns above miss (汁/计, 贝/员, 厂/广).
  if (auto it = files.find("confusion_components.tsv"); it != files.end()) {
    auto rows = ParseRuleTable("confusion_components.tsv", it->second, 2);
    if (!rows) return rows.error();
    for (const RuleRow& row : *rows) {
      std::u32string key = DecodeUtf8(row.fields[0]);
      if (key.size() != 1) {
        return RuleError("confusion_components.tsv", row.line, "the first field must be one character");
      }
      for (char32_t c : DecodeUtf8(row.fields[1])) AddCandidate(key[0], c, Confusion::kShape);
    }
  }
  if (auto it = files.find("lexicon_official.tsv"); it != files.end()) {
    auto rows = ParseRuleTable("lexicon_official.tsv", it->second, 1);
    if (!rows) return rows.error();
    for (const RuleRow& row : *rows) {
      std::u32string word = DecodeUtf8(row.fields[0]);
      if (word.size() < 2) return RuleError("lexicon_official.tsv", row.line, "a word has at least two characters");
      lexicon_.insert(WordHash(word));
      if (word.size() <= 4) {
        if (std::uint64_t key = PackWord(word); key != 0) lexicon_short_.push_back(key);
      }
    }
  }
  return Ok();
}

void StatisticalTypoChecker::AddCandidate(char32_t key, char32_t c, Confusion kind) {
  if (c == key) return;
  std::vector<Candidate>& list = candidates_[key];
  for (Candidate& existing : list) {
    if (existing.c == c) {
      existing.kind = std::min(existing.kind, kind);
      return;
    }
  }
  list.push_back(Candidate{c, kind});
}

float StatisticalTypoChecker::Prior(Confusion kind) {
  switch (kind) {
    case Confusion::kSameSyllable: return kPriorSameSyllable;
    case Confusion::kOtherTone: return kPriorOtherTone;
    case Confusion::kNearSyllable: return kPriorNearSyllable;
    case Confusion::kShape: return kPriorShape;
  }
  return kPriorShape;
}

Result<void> StatisticalTypoChecker::OpenLanguageModel(const std::string& path) { return model_.Open(path); }

Result<void> StatisticalTypoChecker::OpenWordReadings(const std::string& path) {
  word_readings_.clear();
  auto polyphone = [&](char32_t c) {
    const std::vector<Reading>& readings = ReadingsOf(c);
    return std::any_of(readings.begin(), readings.end(),
                       [&](const Reading& r) { return r.syllable != readings.front().syllable; });
  };
  return ReadWordReadings(path, [&](std::u32string_view word, const std::vector<std::string_view>& syllables) {
    if (word.size() != 2) return;
    const std::uint32_t key = PackPair(word[0], word[1]);
    if (key == 0 || (!polyphone(word[0]) && !polyphone(word[1]))) return;  // read one way anyhow
    auto first = syllable_ids_.find(std::string(syllables[0]));
    auto second = syllable_ids_.find(std::string(syllables[1]));
    if (first == syllable_ids_.end() || second == syllable_ids_.end()) return;
    std::vector<std::uint32_t>& pairs = word_readings_[key];
    const std::uint32_t pair = (std::uint32_t{first->second} << 16) | second->second;
    if (std::find(pairs.begin(), pairs.end(), pair) == pairs.end()) pairs.push_back(pair);
  });
}

std::vector<std::uint16_t> StatisticalTypoChecker::SyllablesInWord(std::u32string_view text, std::size_t p) const {
  std::vector<std::uint16_t> heard;
  if (word_readings_.empty() || text[p] > 0xFFFF) return heard;
  auto add = [&](std::size_t start, int shift) {
    auto it = word_readings_.find(PackPair(text[start], text[start + 1]));
    if (it == word_readings_.end()) return;
    for (std::uint32_t pair : it->second) {
      const auto syllable = static_cast<std::uint16_t>((pair >> shift) & 0xFFFF);
      if (std::find(heard.begin(), heard.end(), syllable) == heard.end()) heard.push_back(syllable);
    }
  };
  if (p > 0) add(p - 1, 0);
  if (p + 1 < text.size()) add(p, 16);
  // Read differently by the words on either side: no word settles it.
  const std::vector<Reading>& own = ReadingsOf(text[p]);
  if (heard.size() >= own.size()) heard.clear();
  return heard;
}

bool StatisticalTypoChecker::SoundsLike(char32_t c, const std::vector<std::uint16_t>& syllables) const {
  for (const Reading& r : ReadingsOf(c)) {
    if (std::find(syllables.begin(), syllables.end(), r.syllable) != syllables.end()) return true;
  }
  return false;
}

bool StatisticalTypoChecker::MayRead(std::uint32_t word, std::uint32_t syllables) const {
  auto it = word_readings_.find(word);
  return it == word_readings_.end() || std::find(it->second.begin(), it->second.end(), syllables) != it->second.end();
}

void StatisticalTypoChecker::IndexWords(const Vocabulary& vocabulary) {
  holes_.clear();
  auto add = [&](std::uint64_t key) {
    std::size_t length = 0;
    for (std::uint64_t k = key; k != 0; k >>= 16) ++length;
    if (length < 2 || length > 4) return;
    for (std::size_t k = 0; k < length; ++k) {
      const std::uint64_t shift = 16 * k;
      const auto c = static_cast<char32_t>((key >> shift) & 0xFFFF);
      holes_.emplace_back((key & ~(std::uint64_t{0xFFFF} << shift)) | (kHole << shift), c);
    }
  };
  vocabulary.ForEachKey(add);
  for (std::uint64_t key : lexicon_short_) add(key);
  std::sort(holes_.begin(), holes_.end());
  holes_.erase(std::unique(holes_.begin(), holes_.end()), holes_.end());
  holes_.shrink_to_fit();

  pair_words_.clear();
  auto add_pair = [&](std::uint64_t key) {
    if (key <= 0xFFFF || key > 0xFFFFFFFF) return;  // two characters only
    for (const Reading& first : ReadingsOf(static_cast<char32_t>(key >> 16))) {
      for (const Reading& second : ReadingsOf(static_cast<char32_t>(key & 0xFFFF))) {
        // A word with a polyphone sounds only as the dictionary reads it (OpenWordReadings).
        const std::uint32_t syllables = (std::uint32_t{first.syllable} << 16) | second.syllable;
        if (!MayRead(static_cast<std::uint32_t>(key), syllables)) continue;
        pair_words_.push_back(PairWord{syllables, static_cast<std::uint32_t>(key), first.tone, second.tone});
      }
    }
  };
  vocabulary.ForEachKey(add_pair);
  for (std::uint64_t key : lexicon_short_) add_pair(key);
  std::sort(pair_words_.begin(), pair_words_.end());
  pair_words_.shrink_to_fit();
}

const std::vector<StatisticalTypoChecker::Reading>& StatisticalTypoChecker::ReadingsOf(char32_t c) const {
  auto it = readings_.find(c);
  return it == readings_.end() ? kNoReadings : it->second;
}

const std::vector<StatisticalTypoChecker::Reading> StatisticalTypoChecker::kNoReadings;

bool StatisticalTypoChecker::ShareSyllable(char32_t a, char32_t b) const {
  for (const Reading& x : ReadingsOf(a)) {
    for (const Reading& y : ReadingsOf(b)) {
      if (x.syllable == y.syllable) return true;
    }
  }
  return false;
}

void StatisticalTypoChecker::PairWords(std::u32string_view text, std::size_t p,
                                       std::vector<PairMatch>& matches) const {
  for (const Reading& first : ReadingsOf(text[p])) {
    for (const Reading& second : ReadingsOf(text[p + 1])) {
      const std::uint32_t syllables = (std::uint32_t{first.syllable} << 16) | second.syllable;
      // The written pair, when a dictionary word, sounds as the dictionary reads it.
      if (!MayRead(PackPair(text[p], text[p + 1]), syllables)) continue;
      auto it = std::lower_bound(pair_words_.begin(), pair_words_.end(), PairWord{syllables, 0, 0, 0});
      for (; it != pair_words_.end() && it->syllables == syllables; ++it) {
        const auto a = static_cast<char32_t>(it->word >> 16);
        const auto b = static_cast<char32_t>(it->word & 0xFFFF);
        if (a == text[p] || b == text[p + 1]) continue;
        const int changes = (it->first_tone != first.tone ? 1 : 0) + (it->second_tone != second.tone ? 1 : 0);
        auto same = std::find_if(matches.begin(), matches.end(), [&](const PairMatch& m) { return m.word == it->word; });
        if (same == matches.end()) {
          matches.push_back(PairMatch{it->word, changes});
        } else {
          same->tone_changes = std::min(same->tone_changes, changes);
        }
      }
    }
  }
}

void StatisticalTypoChecker::WordFills(std::u32string_view text, std::size_t p, std::u32string& fills) const {
  for (std::size_t length = 2; length <= 4; ++length) {
    for (std::size_t start = p + 1 >= length ? p + 1 - length : 0; start <= p; ++start) {
      if (start + length > text.size()) break;
      std::uint64_t key = 0;
      bool packable = true;
      for (std::size_t k = start; k < start + length; ++k) {
        const char32_t c = k == p ? static_cast<char32_t>(kHole) : text[k];
        if (c == 0 || c > 0xFFFF) packable = false;
        key = (key << 16) | c;
      }
      if (!packable) continue;
      auto it = std::lower_bound(holes_.begin(), holes_.end(), std::make_pair(key, char32_t{0}));
      for (; it != holes_.end() && it->first == key; ++it) {
        if (fills.find(it->second) == std::u32string::npos) fills.push_back(it->second);
      }
    }
  }
}

bool StatisticalTypoChecker::InLexiconWord(std::u32string_view text, std::size_t p,
                                           const Vocabulary* vocabulary) const {
  for (std::size_t length = 2; length <= 8; ++length) {
    for (std::size_t start = p + 1 >= length ? p + 1 - length : 0; start <= p; ++start) {
      if (start + length > text.size()) break;
      std::u32string_view word = text.substr(start, length);
      if ((vocabulary != nullptr && length <= 4 && vocabulary->Contains(word)) || lexicon_.count(WordHash(word)) != 0) {
        return true;
      }
    }
  }
  return false;
}

void StatisticalTypoChecker::FindWithModel(const NormalizedText& normalized, const std::vector<bool>& is_protected,
                                           const Vocabulary& vocabulary, const std::string& version,
                                           std::vector<TextFinding>& out) const {
  const std::u32string& text = normalized.text;
  struct Option {
    float gain = 0;       // log10 gain of the window
    float score = 0;      // gain minus the confusion prior and the suspect's threshold
    float threshold = 0;  // the suspect's threshold
    float prior = 0;      // the candidate's confusion prior
    float top_gain = 0;   // single characters: the best gain of any candidate here (0: none)
    char32_t replacement = 0;
    char32_t replacement2 = 0;  // when not 0, the next character is replaced too (a pair)
    Confusion kind = Confusion::kShape;
    bool in_word = false;  // inside a vocabulary (jieba) word
    bool lm_word = false;  // inside a word of the model's best segmentation
    bool valid = false;
    bool official_bonus = false;  // the score holds kOfficialWordBonus
  };
  bool sentence_edited = false;  // a correction was made earlier in the current sentence
  // Runs of the current sentence scanned before its first correction; once a correction is made
  // they are scanned again with the burst bonus (errors come in bursts, wherever they sit).
  std::vector<std::pair<std::size_t, std::size_t>> quiet_runs;
  auto process_run = [&](std::size_t run_begin, std::size_t n) {
      std::u32string run = text.substr(run_begin, n);
      std::vector<unsigned char> lengths;
      model_.Score(run, true, true, &lengths);
      std::vector<Option> options(n);  // single-character replacements
      std::vector<Option> pairs(n);    // two-character replacements starting there
      std::vector<bool> edited(n, false);
      std::u32string fills;
      std::vector<PairMatch> pair_words;
      // A character the tier may change: not protected, edited or a function word. Pairs also
      // leave names and official-document vocabulary alone; single characters change inside
      // official vocabulary only beside another slip and on strong evidence (拍射…人士档案: 人事).
      auto changeable = [&](std::size_t p) {
        return !is_protected[run_begin + p] && !edited[p] && !IsStopChar(run[p]) && !Reduplicated(run, p);
      };
      auto editable = [&](std::size_t p) {
        return changeable(p) && !InLexiconWord(run, p, nullptr) && !InProperName(run, p);
      };
      // True when `c` put at run[p] makes a two-character official-lexicon word with a neighbour.
      auto makes_official_word = [&](std::size_t p, char32_t c) {
        const char32_t left[] = {p > 0 ? run[p - 1] : 0, c};
        const char32_t right[] = {c, p + 1 < n ? run[p + 1] : 0};
        return (p > 0 && lexicon_.count(WordHash(std::u32string_view(left, 2))) != 0) ||
               (p + 1 < n && lexicon_.count(WordHash(std::u32string_view(right, 2))) != 0);
      };
      // The best two-character replacement of run[p], run[p + 1] (both changed), if any.
      auto evaluate_pair = [&](std::size_t p) {
        Option best;
        if (p + 1 >= n || !editable(p) || !editable(p + 1)) return best;
        if (InParallelPattern(run, p) || InParallelPattern(run, p + 1)) return best;
        pair_words.clear();
        PairWords(run, p, pair_words);
        if (pair_words.empty()) return best;
        const std::size_t from = p >= kWindow ? p - kWindow : 0;
        const std::size_t to = std::min(n, p + 2 + kWindow);
        std::u32string window = run.substr(from, to - from);
        const float pair_base = model_.Score(window, from == 0, to == n);
        const bool in_word = vocabulary.Contains(std::u32string_view(run).substr(p, 2));
        // The written pair is a word of the vocabulary or of the model: a whole-word slip.
        const bool written_word = in_word || model_.IsWord(std::u32string_view(run).substr(p, 2));
        // Two slips of one word come from a pinyin input method, which offers common characters: a
        // rare one written where no word stands (范圃, 顽瘴) is a shape slip of one character or a rare
        // word written on purpose (顽瘴痼疾), not half of a homophone pair (反扑, 万丈).
        if (!written_word && (common_.count(run[p]) == 0 || common_.count(run[p + 1]) == 0)) return best;
        const float threshold = written_word ? kModelThresholdPairWord : kModelThresholdPair;
        const float written_bare = written_word ? model_.Score(std::u32string_view(run).substr(p, 2), false, false) : 0;
        const std::size_t original_long = std::max(LongWordAt(run, p, vocabulary), LongWordAt(run, p + 1, vocabulary));
        for (const PairMatch& match : pair_words) {
          const auto a = static_cast<char32_t>(match.word >> 16);
          const auto b = static_cast<char32_t>(match.word & 0xFFFF);
          window[p - from] = a;
          window[p + 1 - from] = b;
          const float gain = model_.Score(window, from == 0, to == n) - pair_base;
          // A pair whose tones differ pays the other-tone prior, as a single character does.
          const Confusion kind = match.tone_changes > 0 ? Confusion::kOtherTone : Confusion::kSameSyllable;
          const float prior = match.tone_changes > 0 ? Prior(kind) : 0.0F;
          // The model's gain holds the two words' own frequencies; a written word was chosen by
          // its writer, so the whole-word bar holds only when its context, not the frequency
          // alone, prefers the other word (综合平菇 is a slip for 评估, 平菇价格 a price report).
          float bar = threshold;
          if (written_word) {
            const char32_t bare[] = {a, b};
            const float bare_gain = model_.Score(std::u32string_view(bare, 2), false, false) - written_bare;
            if (gain - bare_gain < kPairWordContextGain) bar = kModelThresholdPair;
          }
          float score = gain - prior - bar;
          if (std::max(LongWordAt(window, p - from, vocabulary), LongWordAt(window, p + 1 - from, vocabulary)) >
              original_long) {
            score += kLongWordBonus;
          }
          // An official-document word over the pair (editable() keeps the written pair out of one)
          // is evidence the writer meant it, but not in place of the context a written word needs.
          const bool bar_raised = written_word && bar != kModelThresholdPairWord;
          if (!bar_raised &&
              (InLexiconWord(window, p - from, nullptr) || InLexiconWord(window, p + 1 - from, nullptr))) {
            score += kOfficialWordBonus;
          }
          if (!best.valid || score > best.score) {
            best = Option{gain, score, bar, prior, 0, a, b, kind, in_word, lengths[p] >= 2, true};
          }
        }
        return best;
      };
      auto evaluate = [&](std::size_t p) {
        Option best;
        if (!changeable(p)) return best;
        // Official vocabulary is second-guessed only where a slip has been found already (errors
        // come in bursts); scoring it everywhere would also cost five times the time.
        const bool official = InLexiconWord(run, p, nullptr);
        if (official && !sentence_edited) return best;
        // Before a title a character may be part of a name (汤晔同志), and is only changed into
        // official vocabulary there (党祖书记: 党组; 检擦委员会: 检查). Place names are left alone.
        if (BeforePlaceSuffix(run, p) || InTradeName(run, p) || InAidTerm(run, p) || InDefinedShortName(run, p)) {
          return best;
        }
        const bool in_name = BeforeTitle(run, p);
        auto it = candidates_.find(run[p]);
        if (it == candidates_.end()) return best;
        const bool lm_word = lengths[p] >= 2;
        const bool in_word = InLexiconWord(run, p, &vocabulary);
        const float threshold = official ? kModelThresholdOfficialWord
                                    : (lm_word ? kModelThresholdLmWord : (in_word ? kModelThresholdInWord : kModelThreshold));
        const std::size_t from = p >= kWindow ? p - kWindow : 0;
        const std::size_t to = std::min(n, p + kWindow + 1);
        std::u32string window = run.substr(from, to - from);
        fills.clear();
        WordFills(run, p, fills);
        if (fills.empty()) return best;
        float base = 0;
        bool scored = false;
        const std::size_t original_long = LongWordAt(run, p, vocabulary);
        // A polyphone inside a dictionary word reads as the word has it (参 is can in 参训): a
        // candidate that sounds like another of its readings only is no homophone there.
        const std::vector<std::uint16_t> heard = SyllablesInWord(run, p);
        for (Candidate candidate : it->second) {
          if (fills.find(candidate.c) == std::u32string::npos) continue;
          if (in_name && !makes_official_word(p, candidate.c)) continue;
          if (!heard.empty() && candidate.kind <= Confusion::kOtherTone && !SoundsLike(candidate.c, heard)) {
            candidate.kind = Confusion::kNearSyllable;
          }
          if (!scored) {
            base = model_.Score(window, from == 0, to == n);
            scored = true;
          }
          window[p - from] = candidate.c;
          const float gain = model_.Score(window, from == 0, to == n) - base;
          float score = gain - Prior(candidate.kind) - threshold;
          if (LongWordAt(window, p - from, vocabulary) > original_long) score += kLongWordBonus;
          // The official-word bonus; not for a look-alike over a word the model segments (开新局 is
          // no slip for 开新区).
          const bool official_bonus = !official && !(lm_word && candidate.kind == Confusion::kShape) &&
                                      InLexiconWord(window, p - from, nullptr);
          if (official_bonus) score += kOfficialWordBonus;
          const float top_gain = std::max(best.top_gain, gain);
          if (!best.valid || score > best.score) {
            best = Option{gain, score, threshold, Prior(candidate.kind), 0, candidate.c, 0, candidate.kind, in_word,
                          lm_word, true};
            best.official_bonus = official_bonus;
          }
          best.top_gain = top_gain;
        }
        return best;
      };
      for (std::size_t p = 0; p < n; ++p) {
        options[p] = evaluate(p);
        pairs[p] = evaluate_pair(p);
      }
      // A pair stands only when it explains the text much better than changing either of its
      // characters alone (审汁 is 审计, not 甚至), since one slip is far likelier than two.
      auto pair_stands = [&](std::size_t p) {
        const Option& o = pairs[p];
        return o.valid && o.gain >= std::max(options[p].top_gain, options[p + 1].top_gain) + kPairMargin;
      };
      const std::size_t max_edits = 1 + n / 6;
      for (std::size_t edits = 0; edits < max_edits; ++edits) {
        const float bonus = sentence_edited ? kBurstBonus : 0.0F;
        std::size_t pick = n;
        Option chosen;
        for (std::size_t p = 0; p < n; ++p) {
          const Option& o = options[p];
          if (o.valid && o.score + bonus >= 0 && (pick == n || o.score > chosen.score)) {
            pick = p;
            chosen = o;
          }
          // Pairs get no burst bonus.
          if (pair_stands(p) && pairs[p].score >= 0 && (pick == n || pairs[p].score > chosen.score)) {
            pick = p;
            chosen = pairs[p];
          }
        }
        if (pick == n) break;
        const std::size_t from = pick >= kWindow ? pick - kWindow : 0;
        const std::size_t to = std::min(n, pick + kWindow + (chosen.replacement2 != 0 ? 2 : 1));
        std::u32string context = run.substr(from, to - from);
        std::u32string replacement(1, chosen.replacement);
        // A rare character the model reads as a slip is weak evidence of a careless sentence: the
        // model knows little of it, so any common character gains much (奋楫→奋起, 勠力→戮力), and
        // such characters are as often a literary word written on purpose. Its correction lowers
        // no bar for the rest of the sentence.
        // Nor does a correction that stands only by the official-word bonus: it is the weakest
        // evidence taken, and lowering the bar after it turns one doubtful edit into a string of them.
        const bool common_slip = common_.count(run[pick]) != 0 &&
                                 (chosen.replacement2 == 0 || common_.count(run[pick + 1]) != 0) &&
                                 !(chosen.official_bonus && chosen.score < kOfficialWordBonus);
        run[pick] = chosen.replacement;
        edited[pick] = true;
        if (chosen.replacement2 != 0) {
          replacement.push_back(chosen.replacement2);
          run[pick + 1] = chosen.replacement2;
          edited[pick + 1] = true;
        }
        const std::size_t at = run_begin + pick;
        TextFinding finding;
        finding.check = Check::kTypo;
        finding.rule = "typo.statistical";
        finding.severity = TextSeverity::kWarn;
        finding.begin = normalized.origin[at];
        finding.end = normalized.origin[at + replacement.size() - 1] + 1;
        finding.suggestion = EncodeUtf8(replacement);
        finding.score = std::min(0.95, 0.5 + static_cast<double>(chosen.gain) / 20.0);
        static constexpr const char* kKindNames[] = {"same_syllable", "other_tone", "near_syllable", "shape"};
        finding.evidence = {{"model", "libime word trigram (zh_CN.lm) + confusion sets"},
                            {"gain", chosen.gain},
                            {"confusion", kKindNames[static_cast<int>(chosen.kind)]},
                            {"prior", chosen.prior},
                            {"in_word", chosen.in_word},
                            {"lm_word", chosen.lm_word},
                            {"pair", chosen.replacement2 != 0},
                            {"threshold", chosen.threshold - (chosen.replacement2 != 0 ? 0.0F : bonus)},
                            {"context", EncodeUtf8(context)},
                            {"kb_version", version}};
        out.push_back(std::move(finding));
        if (common_slip) sentence_edited = true;
        // Re-segment and re-score the neighbourhood of the edit.
        model_.Score(run, true, true, &lengths);
        const std::size_t lo = pick >= 2 * kWindow ? pick - 2 * kWindow : 0;
        const std::size_t hi = std::min(n, pick + 2 * kWindow + 1);
        for (std::size_t p = lo; p < hi; ++p) {
          options[p] = evaluate(p);
          pairs[p] = evaluate_pair(p);
        }
      }
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (!IsHan(text[i])) {
      const char32_t c = text[i];
      if (c == U'。' || c == U'！' || c == U'？' || c == U'!' || c == U'?' || c == U'\n') {
        sentence_edited = false;
        quiet_runs.clear();
      }
      ++i;
      continue;
    }
    const std::size_t run_begin = i;
    while (i < text.size() && IsHan(text[i])) ++i;
    const std::size_t n = i - run_begin;
    if (n < 2) continue;
    const bool edited_before = sentence_edited;
    process_run(run_begin, n);
    if (!sentence_edited) {
      quiet_runs.emplace_back(run_begin, n);
    } else if (!edited_before) {
      for (const auto& [begin, length] : quiet_runs) process_run(begin, length);
      quiet_runs.clear();
    }
  }
}

void StatisticalTypoChecker::Find(const NormalizedText& normalized, const Vocabulary& vocabulary,
                                  const std::vector<Span>& protected_spans, const std::string& version,
                                  std::vector<TextFinding>& out) const {
  if (candidates_.empty()) return;
  const std::u32string& text = normalized.text;
  std::vector<bool> is_protected(text.size(), false);
  for (const Span& span : protected_spans) {
    for (std::size_t k = span.begin; k < span.end && k < text.size(); ++k) is_protected[k] = true;
  }
  const std::vector<bool> short_block = ShortBlocks(text, kMinBlockCharacters);
  for (std::size_t k = 0; k < text.size(); ++k) {
    if (short_block[k]) is_protected[k] = true;
  }
  if (model_.IsOpen()) {
    FindWithModel(normalized, is_protected, vocabulary, version, out);
    return;
  }
  if (vocabulary.size() == 0) return;
  const double log_total = std::log(static_cast<double>(vocabulary.Total()));
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
      for (const Candidate& option : it->second) {
        const char32_t candidate = option.c;
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
