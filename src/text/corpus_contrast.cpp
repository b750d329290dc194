#include "text/corpus_contrast.hpp"

#include <algorithm>
#include <bit>
#include <map>

#include "common/strings.hpp"
#include "text/normalizer.hpp"
#include "text/rule_table.hpp"

namespace govwatch::text {

namespace {

std::uint64_t Mix(std::uint64_t h) {
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h;
}

// The running state of a key: extended one code point at a time, finished by Finish.
std::uint64_t Extend(std::uint64_t state, char32_t c) { return (state ^ c) * 0x100000001b3ULL + 0x9e3779b97f4a7c15ULL; }

std::uint64_t Finish(std::uint64_t state) {
  std::uint64_t key = Mix(state);
  return key == 0 ? 1 : key;
}

constexpr std::uint64_t kSeed = 0xcbf29ce484222325ULL;
const std::u32string kNone;

}  // namespace

std::uint64_t ContrastKey(std::u32string_view s) {
  std::uint64_t state = kSeed;
  for (char32_t c : s) state = Extend(state, c);
  return Finish(state);
}

Result<void> ConfusionTable::Add(std::string_view file_name, std::string_view content) {
  auto rows = ParseRuleTable(file_name, content, 2);
  if (!rows) return rows.error();
  const bool pinyin = file_name.find("pinyin") != std::string_view::npos;
  for (const RuleRow& row : *rows) {
    std::u32string key = DecodeUtf8(row.fields[0]);
    if (key.size() != 1) return RuleError(file_name, row.line, "the first field must be one character");
    for (std::size_t f = pinyin ? 2 : 1; f < row.fields.size(); ++f) {
      std::u32string chars = DecodeUtf8(row.fields[f]);
      // Other-tone and near-syllable lists are long and ranked by frequency: their heads carry
      // the real confusions (as in the statistical tier).
      const std::size_t keep = pinyin ? (f == 2 ? chars.size() : (f == 3 ? 40 : 8)) : 12;
      if (chars.size() > keep) chars.resize(keep);
      for (char32_t c : chars) AddPair(key[0], c);
    }
  }
  return Ok();
}

void ConfusionTable::AddPair(char32_t a, char32_t b) {
  if (a == b) return;
  std::u32string& of_a = neighbours_[a];
  if (of_a.find(b) == std::u32string::npos) of_a.push_back(b);
  std::u32string& of_b = neighbours_[b];
  if (of_b.find(a) == std::u32string::npos) of_b.push_back(a);
}

const std::u32string& ConfusionTable::Of(char32_t c) const {
  auto it = neighbours_.find(c);
  return it == neighbours_.end() ? kNone : it->second;
}

CorpusContrast::CorpusContrast(const ConfusionTable& confusions, ContrastOptions options)
    : confusions_(confusions), options_(options) {
  options_.min_length = std::max<std::size_t>(1, options_.min_length);
  options_.max_length = std::max(options_.min_length, options_.max_length);
  options_.max_entries = std::max<std::size_t>(16, options_.max_entries);
  slots_.resize(std::min<std::size_t>(std::bit_ceil(options_.max_entries * 2), std::size_t{1} << 12));
}

const CorpusContrast::Slot* CorpusContrast::Lookup(std::uint64_t key) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = static_cast<std::size_t>(key) & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
  }
}

void CorpusContrast::Rehash(std::size_t capacity, std::uint32_t keep_above) {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(capacity, Slot{});
  size_ = 0;
  const std::size_t mask = capacity - 1;
  for (const Slot& s : old) {
    if (s.key == 0 || std::uint32_t{s.count} + s.floor <= keep_above) continue;
    std::size_t i = static_cast<std::size_t>(s.key) & mask;
    while (slots_[i].key != 0) i = (i + 1) & mask;
    slots_[i] = s;
    ++size_;
  }
}

void CorpusContrast::Grow() { Rehash(slots_.size() * 2, 0); }

void CorpusContrast::Prune() {
  // Lossy counting: drop the entries whose upper bound is at most the new floor; a string seen
  // again later starts over with that floor as its possible undercount.
  while (size_ > options_.max_entries / 2 && floor_ < 0xFFFF) {
    ++floor_;
    Rehash(slots_.size(), floor_);
  }
}

void CorpusContrast::Increment(std::uint64_t key, std::uint16_t group_bit, std::u32string_view s) {
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = static_cast<std::size_t>(key) & mask;
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask;
  Slot& slot = slots_[i];
  if (slot.key == 0) {
    slot.key = key;
    slot.floor = floor_;
    ++size_;
  }
  if (slot.count != UINT32_MAX) ++slot.count;
  slot.groups = static_cast<std::uint16_t>(slot.groups | group_bit);
  if (slot.count == options_.ratio && frequent_keys_.insert(key).second) frequent_.emplace_back(s);
  if (size_ * 2 > slots_.size()) {
    if (size_ > options_.max_entries) Prune();
    if (size_ * 2 > slots_.size()) Grow();
  }
}

void CorpusContrast::Add(std::u32string_view text, std::span<const std::uint8_t> blocked, std::uint32_t group) {
  ++documents_;
  const auto group_bit = static_cast<std::uint16_t>(1u << (group % 16));
  auto usable = [&](std::size_t i) { return IsHan(text[i]) && (blocked.empty() || blocked[i] == 0); };
  for (std::size_t start = 0; start < text.size(); ++start) {
    std::uint64_t state = kSeed;
    for (std::size_t n = 1; n <= options_.max_length && start + n <= text.size(); ++n) {
      if (!usable(start + n - 1)) break;
      state = Extend(state, text[start + n - 1]);
      if (n >= options_.min_length) Increment(Finish(state), group_bit, text.substr(start, n));
    }
  }
}

std::uint32_t CorpusContrast::Count(std::u32string_view s) const {
  const Slot* slot = Lookup(ContrastKey(s));
  return slot == nullptr ? 0 : slot->count;
}

std::uint16_t CorpusContrast::Groups(std::u32string_view s) const {
  const Slot* slot = Lookup(ContrastKey(s));
  return slot == nullptr ? 0 : slot->groups;
}

std::vector<ContrastCandidate> CorpusContrast::Find() const {
  std::map<std::u32string, ContrastCandidate> best;
  std::u32string s;
  for (const std::u32string& frequent : frequent_) {
    const Slot* f = Lookup(ContrastKey(frequent));
    if (f == nullptr) continue;
    const std::uint32_t variant_count = f->count;
    for (std::size_t i = 0; i < frequent.size(); ++i) {
      for (char32_t c : confusions_.Of(frequent[i])) {
        s = frequent;
        s[i] = c;
        const Slot* rare = Lookup(ContrastKey(s));
        if (rare == nullptr) continue;
        const std::uint32_t upper = rare->count + rare->floor;
        if (upper > options_.max_rare_count) continue;
        if (static_cast<std::uint64_t>(variant_count) < static_cast<std::uint64_t>(options_.ratio) * upper) continue;
        auto it = best.find(s);
        if (it != best.end() && it->second.variant_count >= variant_count) continue;
        best[s] = ContrastCandidate{s, frequent, i, upper, variant_count, rare->groups};
      }
    }
  }
  std::vector<ContrastCandidate> out;
  out.reserve(best.size());
  for (auto& [text, candidate] : best) out.push_back(std::move(candidate));
  return out;
}

}  // namespace govwatch::text
