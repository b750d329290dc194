#include "text/knowledge_checker.hpp"

#include <emmintrin.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "common/strings.hpp"
#include "text/phrase_checker.hpp"
#include "text/rule_table.hpp"

namespace govwatch::text {

namespace {

// Characters that name an administrative level or a number: a term written with another of them is
// another body or another count (全县人民代表大会, 第十九次), not a slip of the term.
bool IsUnitOrNumeralChar(char32_t c) {
  return std::u32string_view(U"国省市县区州盟旗镇乡村街中央党团部委局厅办一二三四五六七八九十百千两零〇第届次").find(c) !=
         std::u32string_view::npos;
}

const std::string* FindFile(const RuleFiles& files, const char* name) {
  auto it = files.find(name);
  return it == files.end() ? nullptr : &it->second;
}

// "YYYY-MM-DD", "YYYY-MM" (the first of the month) or "YYYY" (1 January); empty → nullopt.
Result<std::optional<Date>> ParseLooseDate(std::string_view text) {
  if (text.empty()) return std::optional<Date>();
  int parts[3] = {0, 1, 1};
  std::size_t count = 0;
  for (std::string_view part : Split(text, '-')) {
    if (count == 3) return MakeError(ErrorCode::kParseError, "bad date");
    int value = 0;
    auto [ptr, ec] = std::from_chars(part.data(), part.data() + part.size(), value);
    if (ec != std::errc() || ptr != part.data() + part.size()) return MakeError(ErrorCode::kParseError, "bad date");
    parts[count++] = value;
  }
  if (!IsValidDate(parts[0], parts[1], parts[2])) return MakeError(ErrorCode::kParseError, "bad date");
  return std::optional<Date>(Date{parts[0], parts[1], parts[2]});
}

std::u32string NormalizeTerm(std::string_view s, const Normalizer& normalizer) {
  return normalizer.Normalize(DecodeUtf8(s)).text;
}

std::uint64_t PairKey(char32_t a, char32_t b) { return (static_cast<std::uint64_t>(a) << 32) | b; }

bool ValidAt(const std::optional<Date>& from, const std::optional<Date>& to, const Date& at) {
  return (!from || *from <= at) && (!to || at < *to);
}

bool InsideProtected(const std::vector<Span>& spans, std::size_t begin, std::size_t end) {
  for (const Span& span : spans) {
    if (span.begin >= end) break;
    if (span.end > begin) return true;
  }
  return false;
}

// The members of an enumeration as written in full: 政治意识、大局意识、核心意识、看齐意识.
std::u32string JoinItems(const std::vector<std::u32string>& items) {
  std::u32string out;
  for (const std::u32string& item : items) out += (out.empty() ? U"" : U"、") + item;
  return out;
}

}  // namespace

void KnowledgeChecker::AddConfusions(std::string_view file_name, std::string_view content,
                                     const std::unordered_set<char32_t>& keep) {
  auto rows = ParseRuleTable(file_name, content, 2);
  if (!rows) return;
  bool pinyin = StartsWith(file_name, "confusion_pinyin");
  std::unordered_map<std::string, std::uint16_t> syllable_ids;
  for (const RuleRow& row : *rows) {
    std::u32string key = DecodeUtf8(row.fields[0]);
    if (pinyin && key.size() == 1) {
      // "ji1,qi2": readings, each a syllable and its tone.
      std::vector<std::uint16_t>& ids = syllables_[key[0]];
      for (std::string_view reading : Split(row.fields[1], ',')) {
        while (!reading.empty() && reading.back() >= '0' && reading.back() <= '9') reading.remove_suffix(1);
        if (reading.empty()) continue;
        auto [entry, added] =
            syllable_ids.emplace(std::string(reading), static_cast<std::uint16_t>(syllable_ids.size() + 1));
        ids.push_back(entry->second);
      }
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    if (key.size() != 1 || keep.count(key[0]) == 0) continue;
    // Pinyin file: field 1 is the reading; 2 same syllable and tone, 3 other tone, 4 near
    // syllables. Shape file: 1 four-corner, 2 Cangjie-1, 3 phonetic series, 4 stroke-1.
    for (std::size_t f = pinyin ? 2 : 1; f < row.fields.size(); ++f) {
      for (char32_t c : DecodeUtf8(row.fields[f])) {
        confusions_.insert(PairKey(key[0], c));
        confusions_.insert(PairKey(c, key[0]));
      }
    }
  }
}

bool KnowledgeChecker::Confusable(char32_t a, char32_t b) const {
  if (confusions_.count(PairKey(a, b)) != 0) return true;
  auto x = syllables_.find(a);
  auto y = syllables_.find(b);
  if (x == syllables_.end() || y == syllables_.end()) return false;
  for (std::uint16_t syllable : x->second) {
    if (std::binary_search(y->second.begin(), y->second.end(), syllable)) return true;
  }
  return false;
}

Result<void> KnowledgeChecker::Load(const RuleFiles& files, const Normalizer& normalizer, MatcherCache* cache) {
  std::unordered_set<char32_t> chars;
  // Leaders and their titles.
  if (const std::string* content = FindFile(files, "leader_titles.tsv")) {
    auto rows = ParseRuleTable("leader_titles.tsv", *content, 2);
    if (!rows) return rows.error();
    for (const RuleRow& row : *rows) titles_.emplace_back(NormalizeTerm(row.fields[0], normalizer), row.fields[1]);
  }
  if (const std::string* content = FindFile(files, "leaders.tsv")) {
    auto rows = ParseRuleTable("leaders.tsv", *content, 9);
    if (!rows) return rows.error();
    std::set<std::u32string> names;
    for (const RuleRow& row : *rows) {
      Tenure tenure;
      tenure.name = NormalizeTerm(row.fields[0], normalizer);
      tenure.title = std::string(row.fields[1]);
      auto from = ParseLooseDate(row.fields[5]);
      auto to = ParseLooseDate(row.fields[6]);
      if (!from || !to) return RuleError("leaders.tsv", row.line, "valid_from/valid_to must be YYYY-MM-DD, YYYY-MM or empty");
      tenure.valid_from = *from;
      tenure.valid_to = *to;
      tenure.verify = row.fields[8] != "high";
      tenure.line = row.line;
      tenure.rank_group = std::string(row.fields[3]);
      if (!row.fields[4].empty()) {
        int order = 0;
        for (char c : row.fields[4]) {
          if (c < '0' || c > '9' || order > 1000) return RuleError("leaders.tsv", row.line, "rank_order must be a number");
          order = order * 10 + (c - '0');
        }
        tenure.rank_order = order;
      }
      if (tenure.name.size() < 2) return RuleError("leaders.tsv", row.line, "empty name");
      names.insert(tenure.name);
      tenures_.push_back(std::move(tenure));
    }
    leader_names_.assign(names.begin(), names.end());
    for (const auto& name : leader_names_) chars.insert(name.begin(), name.end());
  }
  // Protected terms: the list, formulation canonicals and enumeration items.
  auto add_term = [&](std::u32string text, TextSeverity severity, std::string category, std::string source) {
    if (text.size() < 4) return;
    for (const Term& t : terms_) {
      if (t.text == text) return;
    }
    chars.insert(text.begin(), text.end());
    terms_.push_back(Term{std::move(text), severity, std::move(category), std::move(source)});
  };
  if (const std::string* content = FindFile(files, "protected_terms.tsv")) {
    auto rows = ParseRuleTable("protected_terms.tsv", *content, 2);
    if (!rows) return rows.error();
    for (const RuleRow& row : *rows) {
      TextSeverity severity;
      if (!ParseSeverity(row.fields[1], severity)) {
        return RuleError("protected_terms.tsv", row.line, "severity must be severe, warn or info");
      }
      add_term(NormalizeTerm(row.fields[0], normalizer), severity, row.fields.size() > 2 ? std::string(row.fields[2]) : "",
               "protected_terms.tsv line " + std::to_string(row.line));
    }
  }
  if (const std::string* content = FindFile(files, "formulations.tsv")) {
    auto rows = ParseRuleTable("formulations.tsv", *content, 3);
    if (!rows) return rows.error();
    for (const RuleRow& row : *rows) {
      std::string_view category = row.fields[2];
      std::string source = "formulations.tsv " + std::string(row.fields[0]);
      bool political = category == "guiding-thought" || category == "core" || category == "state-name" ||
                       category == "party-name" || category == "slogan" || category == "enumeration";
      std::u32string canonical = NormalizeTerm(row.fields[1], normalizer);
      if (canonical.size() >= 5 && row.fields[1].find('(') == std::string_view::npos) {
        add_term(canonical, political ? TextSeverity::kSevere : TextSeverity::kWarn, std::string(category), source);
      }
      if (row.fields.size() > 5 && !row.fields[5].empty()) {
        Enumeration enumeration;
        enumeration.label = canonical;
        enumeration.id = std::string(row.fields[0]);
        auto from = ParseLooseDate(row.fields[3]);
        auto to = ParseLooseDate(row.fields[4]);
        if (!from || !to) return RuleError("formulations.tsv", row.line, "valid_from/valid_to must be dates or empty");
        enumeration.valid_from = *from;
        enumeration.valid_to = *to;
        std::u32string items = NormalizeTerm(row.fields[5], normalizer);
        std::u32string current;
        for (char32_t c : items) {
          if (c == U'、') {
            if (!current.empty()) enumeration.items.push_back(current);
            current.clear();
          } else {
            current.push_back(c);
          }
        }
        if (!current.empty()) enumeration.items.push_back(current);
        for (const auto& item : enumeration.items) {
          if (item.size() >= 6) add_term(item, TextSeverity::kSevere, "enumeration-item", source);
        }
        enumerations_.push_back(std::move(enumeration));
      }
    }
  }
  if (const std::string* content = FindFile(files, "renamed_institutions.tsv")) {
    auto rows = ParseRuleTable("renamed_institutions.tsv", *content, 5);
    if (!rows) return rows.error();
    for (const RuleRow& row : *rows) {
      auto effective = ParseLooseDate(row.fields[3]);
      if (!effective || !*effective) return RuleError("renamed_institutions.tsv", row.line, "effective must be a date");
      Rename rename;
      rename.old_name = NormalizeTerm(row.fields[0], normalizer);
      rename.new_name = std::string(row.fields[1]);
      rename.effective = **effective;
      rename.verify = row.fields[4] != "high";
      rename.line = row.line;
      if (rename.old_name.size() >= 3) renames_.push_back(std::move(rename));
    }
  }
  if (const std::string* content = FindFile(files, "fallen_officials.tsv")) {
    auto rows = ParseRuleTable("fallen_officials.tsv", *content, 4);
    if (!rows) return rows.error();
    for (const RuleRow& row : *rows) {
      auto announced = ParseLooseDate(row.fields[2]);
      if (!announced || !*announced) return RuleError("fallen_officials.tsv", row.line, "announced must be a date");
      Fallen fallen;
      fallen.name = NormalizeTerm(row.fields[0], normalizer);
      if (fallen.name.size() < 2) return RuleError("fallen_officials.tsv", row.line, "empty name");
      const std::string titles = ReplaceAll(ReplaceAll(std::string(row.fields[1]), "、", ","), "，", ",");
      for (std::string_view title : Split(titles, ',')) {
        const std::u32string t = NormalizeTerm(Trim(title), normalizer);
        if (t.size() >= 2) fallen.titles.push_back(t);
      }
      fallen.announced = **announced;
      fallen.status = std::string(row.fields[3]);
      fallen.line = row.line;
      fallen_.push_back(std::move(fallen));
    }
  }
  for (const char* name : {"confusion_pinyin.tsv", "confusion_shape.tsv"}) {
    if (const std::string* content = FindFile(files, name)) {
      auto check = ParseRuleTable(name, *content, 2);
      if (!check) return check.error();
      AddConfusions(name, *content, chars);
    }
  }

  // One literal database for every anchor.
  std::vector<std::string> literals;
  auto add_anchor = [&](const std::u32string& text, AnchorKind kind, std::size_t index, std::size_t offset) {
    literals.push_back(EncodeUtf8(text));
    anchors_.push_back(Anchor{kind, static_cast<std::uint32_t>(index), static_cast<std::uint32_t>(offset)});
  };
  for (std::size_t i = 0; i < titles_.size(); ++i) add_anchor(titles_[i].first, AnchorKind::kTitle, i, 0);
  for (std::size_t i = 0; i < terms_.size(); ++i) {
    const std::u32string& t = terms_[i].text;
    std::size_t errors = t.size() >= 6 ? 2 : 1;
    std::size_t parts = errors + 1;
    std::size_t begin = 0;
    for (std::size_t p = 0; p < parts; ++p) {
      std::size_t end = (p + 1 == parts) ? t.size() : begin + t.size() / parts;
      add_anchor(t.substr(begin, end - begin), AnchorKind::kTermPart, i, begin);
      begin = end;
    }
  }
  for (std::size_t i = 0; i < renames_.size(); ++i) add_anchor(renames_[i].old_name, AnchorKind::kRename, i, 0);
  for (std::size_t i = 0; i < leader_names_.size(); ++i) add_anchor(leader_names_[i], AnchorKind::kLeaderName, i, 0);
  for (std::size_t i = 0; i < fallen_.size(); ++i) add_anchor(fallen_[i].name, AnchorKind::kFallen, i, 0);
  if (!leader_names_.empty()) {
    add_anchor(U"同志", AnchorKind::kRoleWord, 0, 0);
    add_anchor(U"主席", AnchorKind::kRoleWord, 1, 0);
  }
  for (std::size_t i = 0; i < enumerations_.size(); ++i) {
    for (std::size_t k = 0; k < enumerations_[i].items.size(); ++k) {
      if (enumerations_[i].items[k].size() >= 2) add_anchor(enumerations_[i].items[k], AnchorKind::kEnumerationItem, i, k);
    }
  }
  auto matcher = LiteralMatcher::Build(literals, cache);
  if (!matcher) return matcher.error();
  matcher_ = std::move(*matcher);
  return Ok();
}

void KnowledgeChecker::FindTitles(const NormalizedText& normalized, std::size_t title_begin, std::size_t title_end,
                                  std::uint32_t title, std::optional<Date> at, const std::string& version,
                                  std::vector<TextFinding>& out) const {
  const std::u32string& text = normalized.text;
  const std::string& canonical = titles_[title].second;
  std::u32string_view view(text);
  // A name written before the title must touch it: across dropped layout whitespace, a name and
  // the next person's title are only neighbours in a list (委员长　赵乐际　全国政协主席　王沪宁).
  const bool touches_before = title_begin > 0 && normalized.origin[title_begin] == normalized.origin[title_begin - 1] + 1;
  for (const std::u32string& name : leader_names_) {
    std::size_t name_begin = 0;
    if (title_end + name.size() <= text.size() && view.substr(title_end, name.size()) == name) {
      name_begin = title_end;
    } else if (touches_before && title_begin >= name.size() &&
               view.substr(title_begin - name.size(), name.size()) == name) {
      name_begin = title_begin - name.size();
    } else {
      continue;
    }
    std::size_t name_end = name_begin + name.size();
    // A longer name written there (e.g. 李强 inside 李强国) is not this person.
    std::vector<const Tenure*> rows;
    bool any_high_for_title = false;
    for (const Tenure& t : tenures_) {
      if (t.title == canonical) any_high_for_title = any_high_for_title || !t.verify;
      if (t.name == name && t.title == canonical) rows.push_back(&t);
    }
    std::size_t span_begin = std::min(name_begin, title_begin);
    std::size_t span_end = std::max(name_end, title_end);
    auto emit = [&](TextSeverity severity, double score, std::string why, const Tenure* row) {
      TextFinding finding;
      finding.check = Check::kSevere;
      finding.rule = "severe.title_name:" + canonical;
      finding.severity = severity;
      finding.begin = normalized.origin[span_begin];
      finding.end = normalized.origin[span_end - 1] + 1;
      finding.score = score;
      finding.evidence = {{"name", EncodeUtf8(name)}, {"title", canonical}, {"why", why}, {"kb_version", version}};
      if (row != nullptr) {
        finding.evidence["rule_file"] = "leaders.tsv";
        finding.evidence["rule_line"] = row->line;
        if (row->valid_from) finding.evidence["valid_from"] = FormatDate(*row->valid_from);
        if (row->valid_to) finding.evidence["valid_to"] = FormatDate(*row->valid_to);
      }
      // The holder of the title at the page date, as the suggestion.
      if (at) {
        for (const Tenure& t : tenures_) {
          if (t.title == canonical && ValidAt(t.valid_from, t.valid_to, *at) && t.name != name) {
            finding.suggestion = EncodeUtf8(t.name);
            break;
          }
        }
      }
      out.push_back(std::move(finding));
    };
    if (rows.empty()) {
      if (any_high_for_title) {
        emit(TextSeverity::kSevere, 0.9, "知识库中此人从未担任该职务", nullptr);
      }
      continue;
    }
    if (!at) continue;
    bool valid = std::any_of(rows.begin(), rows.end(),
                             [&](const Tenure* t) { return ValidAt(t->valid_from, t->valid_to, *at); });
    if (valid) continue;
    const Tenure* before = nullptr;
    const Tenure* after = nullptr;
    for (const Tenure* t : rows) {
      if (t->valid_to && *t->valid_to <= *at) before = t;
      if (t->valid_from && *at < *t->valid_from) after = t;
    }
    if (before != nullptr) {
      // Past references (时任总理李克强) are correct.
      std::size_t from = span_begin > 8 ? span_begin - 8 : 0;
      std::u32string_view context = view.substr(from, span_begin - from);
      bool past = false;
      for (std::u32string_view marker : {U"时任", U"原", U"前", U"曾任", U"当年", U"已故", U"时为", U"同志生前"}) {
        if (context.find(marker) != std::u32string_view::npos) past = true;
      }
      if (!past) emit(TextSeverity::kWarn, 0.6, "职务可能已变更：页面日期晚于任期结束", before);
    } else if (after != nullptr) {
      emit(after->verify ? TextSeverity::kWarn : TextSeverity::kSevere, 0.95, "页面日期时此人尚未担任该职务", after);
    }
  }
  // A leader's name miswritten next to the title (one confusable character): 杜家豪 for 杜家毫.
  FindMisspeltName(normalized, title_end, false, TwoCharNames::kAll, TextSeverity::kSevere, canonical, version, out);
  if (touches_before) {
    FindMisspeltName(normalized, title_begin, true, TwoCharNames::kAll, TextSeverity::kSevere, canonical, version, out);
  }
}

const KnowledgeChecker::Tenure* KnowledgeChecker::ChairAt(const std::u32string& name, std::optional<Date> date,
                                                          bool vice) const {
  if (!date) return nullptr;
  for (const Tenure& t : tenures_) {
    if (t.name != name || t.verify || !ValidAt(t.valid_from, t.valid_to, *date)) continue;
    const bool is_vice = t.title.find("副主席") != std::string::npos;
    if (t.title.find("主席") != std::string::npos && is_vice == vice) return &t;
  }
  return nullptr;
}

bool KnowledgeChecker::NationalAt(const std::u32string& name, std::optional<Date> date) const {
  return std::any_of(tenures_.begin(), tenures_.end(), [&](const Tenure& t) {
    return t.name == name && !t.verify && (StartsWith(t.rank_group, "PBSC") || t.rank_group == "STATE") &&
           (!date || ValidAt(t.valid_from, t.valid_to, *date));
  });
}

void KnowledgeChecker::FindMisspeltName(const NormalizedText& normalized, std::size_t at, bool before,
                                        TwoCharNames two_chars, TextSeverity severity, const std::string& context,
                                        const std::string& version, std::vector<TextFinding>& out,
                                        std::optional<Date> chair_date, bool vice, std::optional<Date> page_date) const {
  const std::u32string& text = normalized.text;
  const std::u32string_view view(text);
  auto is_leader = [&](std::u32string_view w) {
    return std::find(leader_names_.begin(), leader_names_.end(), w) != leader_names_.end();
  };
  for (const std::u32string& name : leader_names_) {
    const std::size_t size = name.size();
    if (size != 3 && !(size == 2 && two_chars != TwoCharNames::kNone)) continue;
    if (size == 2 && two_chars == TwoCharNames::kNational && !NationalAt(name, page_date)) continue;
    if (before ? at < size : at + size > text.size()) continue;
    const std::size_t begin = before ? at - size : at;
    const std::u32string_view window = view.substr(begin, size);
    // Exactly one differing character (counted first: most names share none with the window).
    std::size_t diff_at = size;
    int diffs = 0;
    for (std::size_t k = 0; k < size; ++k) {
      if (window[k] != name[k]) {
        ++diffs;
        diff_at = k;
      }
    }
    if (diffs != 1 || !IsHan(window[diff_at]) || !Confusable(name[diff_at], window[diff_at]) || is_leader(window)) continue;
    if (!std::all_of(window.begin(), window.end(), IsHan)) continue;
    // A two-character window that is the start or end of a leader's longer name written there
    // (总理李克强) is that name.
    if (size == 2) {
      bool longer = false;
      for (const std::u32string& other : leader_names_) {
        if (other.size() <= 2) continue;
        longer = longer || (before ? begin + 2 >= other.size() && view.substr(begin + 2 - other.size(), other.size()) == other
                                   : begin + other.size() <= text.size() && view.substr(begin, other.size()) == other);
      }
      if (longer) continue;
    }
    const Tenure* row = ChairAt(name, chair_date, vice);
    // A two-character near-name beside a bare role word is severe only by the data row: the
    // sentence's cue (党中央) often stands beside an ordinary official of such a name (李曦同志).
    const TextSeverity name_severity = row != nullptr ? TextSeverity::kSevere
                                       : size == 2 && two_chars == TwoCharNames::kNational ? TextSeverity::kWarn
                                                                                           : severity;
    TextFinding finding;
    finding.check = Check::kSevere;
    finding.rule = "severe.leader_name:" + EncodeUtf8(name);
    finding.severity = name_severity;
    finding.begin = normalized.origin[begin];
    finding.end = normalized.origin[begin + size - 1] + 1;
    finding.suggestion = EncodeUtf8(name);
    finding.score = name_severity == TextSeverity::kSevere ? 0.9 : 0.6;
    finding.evidence = {{"name", EncodeUtf8(name)}, {"context", context}, {"rule_file", "leaders.tsv"},
                        {"why", row != nullptr ? "领导人姓名仅一字之差（音近或形近），且页面日期时此人担任所称职务"
                                : name_severity == TextSeverity::kSevere
                                    ? "领导人姓名与职务相邻且仅一字之差（音近或形近）"
                                    : "疑似领导人姓名误写（音近或形近），请核实是否同名"},
                        {"kb_version", version}};
    if (row != nullptr) {
      finding.evidence["rule_line"] = row->line;
      finding.evidence["title"] = row->title;
    }
    out.push_back(std::move(finding));
  }
}

// A leader's name before 同志, a bare 主席 or a bare 副主席 (习近乎同志, 王沪林主席, 韩挣副主席), or after a
// bare 主席 or 副主席 (主席王沪林, 副主席韩症): with a cue of the national leadership in the sentence
// (总书记, 党中央, 新时代 …) severe, else warn, as ordinary officials share such names; beside 主席 or
// 副主席 also severe when leaders.tsv has the leader in such an office at the page date (a 主席 of
// that near-name is the leader, by the data row). Two-character names are tried only for the
// national leadership at the page date (李强, 蔡奇, 韩正) and are severe by the data row alone, since
// two-character names are shared most (李曦同志 may be a county's official).
void KnowledgeChecker::CheckRoleWord(const NormalizedText& normalized, std::size_t begin, std::size_t end,
                                     std::optional<Date> at, const std::string& version,
                                     std::vector<TextFinding>& out) const {
  const std::u32string& text = normalized.text;
  const bool chair = std::u32string_view(text.data() + begin, end - begin) == U"主席";
  const bool vice = chair && begin > 0 && text[begin - 1] == U'副';
  const std::size_t role_begin = vice ? begin - 1 : begin;
  // Most 同志 follow no near-miss of a leader's name: test that before reading the sentence.
  auto near_miss_at = [&](std::size_t from, std::size_t size) {
    return std::any_of(leader_names_.begin(), leader_names_.end(), [&](const std::u32string& name) {
      if (name.size() != size || from + size > text.size()) return false;
      std::size_t same = 0;
      for (std::size_t k = 0; k < size; ++k) same += text[from + k] == name[k];
      return same + 1 == size && (size == 3 || NationalAt(name, at));
    });
  };
  const bool near_miss_before =
      (role_begin >= 3 && near_miss_at(role_begin - 3, 3)) || (role_begin >= 2 && near_miss_at(role_begin - 2, 2));
  const bool near_miss_after = chair && (near_miss_at(end, 3) || near_miss_at(end, 2));
  if (!near_miss_before && !near_miss_after) return;
  constexpr std::u32string_view kSentenceEnds = U"。！？!?；;\n";
  std::size_t from = begin;
  while (from > 0 && begin - from < 80 && kSentenceEnds.find(text[from - 1]) == std::u32string_view::npos) --from;
  std::size_t to = end;
  while (to < text.size() && to - end < 80 && kSentenceEnds.find(text[to]) == std::u32string_view::npos) ++to;
  const std::u32string_view sentence(text.data() + from, to - from);
  bool national = false;
  for (std::u32string_view cue : {U"总书记", U"党中央", U"新时代", U"中央政治局", U"国务院", U"全国人大", U"全国政协",
                                  U"核心", U"国家主席", U"中共中央"}) {
    national = national || sentence.find(cue) != std::u32string_view::npos;
  }
  const TextSeverity severity = national ? TextSeverity::kSevere : TextSeverity::kWarn;
  const std::string context = EncodeUtf8(std::u32string_view(text.data() + role_begin, end - role_begin));
  // A 主席 after an organisation (市政协主席王沪林, 县工商联王沪林主席) chairs that organisation.
  auto local_chair = [&](std::size_t organisation_end) {
    static constexpr std::u32string_view kOrganisationEnds = U"协会联团盟委";
    return organisation_end > 0 && kOrganisationEnds.find(text[organisation_end - 1]) != std::u32string_view::npos;
  };
  if (near_miss_before) {
    // The organisation would stand before the name: before a three-character one, or a
    // two-character one.
    const bool national_chair = chair && !(role_begin >= 3 && local_chair(role_begin - 3)) &&
                                !(role_begin >= 2 && local_chair(role_begin - 2));
    FindMisspeltName(normalized, role_begin, true, TwoCharNames::kNational, severity, context, version, out,
                     national_chair ? at : std::nullopt, vice, at);
  }
  if (near_miss_after) {
    const bool national_chair = !local_chair(role_begin);
    FindMisspeltName(normalized, end, false, TwoCharNames::kNational, severity, context, version, out,
                     national_chair ? at : std::nullopt, vice, at);
  }
}

void KnowledgeChecker::CheckEnumerations(const NormalizedText& normalized,
                                         std::vector<std::array<std::size_t, 4>>& items, std::optional<Date> at,
                                         const std::string& version, std::vector<TextFinding>& out) const {
  if (items.size() < 3) return;
  const std::u32string& text = normalized.text;
  std::sort(items.begin(), items.end());
  // Runs of items separated by one list separator: 政治意识、大局意识、核心意识、看齐意识.
  std::size_t i = 0;
  while (i < items.size()) {
    std::vector<std::array<std::size_t, 4>> run{items[i]};
    std::size_t j = i + 1;
    for (; j < items.size(); ++j) {
      const auto& last = run.back();
      const auto& next = items[j];
      if (next[0] < last[1]) continue;  // overlapping hit
      bool separated = next[0] == last[1] + 1 &&
                       std::u32string_view(U"、，,和及与").find(text[last[1]]) != std::u32string_view::npos;
      if (!separated) break;
      run.push_back(next);
    }
    i = j;
    // Short items (创新、协调 …) are ordinary words: ask for four of them in a row.
    bool short_items = std::any_of(run.begin(), run.end(), [](const auto& r) { return r[1] - r[0] < 3; });
    if (run.size() < (short_items ? 4u : 3u)) continue;
    // All from one enumeration label (versions share the label).
    const Enumeration& first = enumerations_[run[0][2]];
    bool same = std::all_of(run.begin(), run.end(),
                            [&](const auto& r) { return enumerations_[r[2]].label == first.label; });
    if (!same) continue;
    std::size_t begin = run.front()[0];
    std::size_t end = run.back()[1];
    auto emit = [&](TextSeverity severity, std::string why, const Enumeration& e) {
      TextFinding finding;
      finding.check = Check::kSevere;
      finding.rule = "severe.enumeration:" + e.id;
      finding.severity = severity;
      finding.begin = normalized.origin[begin];
      finding.end = normalized.origin[end - 1] + 1;
      finding.suggestion = EncodeUtf8(JoinItems(e.items));
      finding.score = 0.9;
      finding.evidence = {{"rule_file", "formulations.tsv"}, {"id", e.id}, {"label", EncodeUtf8(e.label)},
                          {"why", why}, {"kb_version", version}};
      out.push_back(std::move(finding));
    };
    // Order: the item indexes must rise (several versions may interleave; use the first's).
    bool ordered = true;
    for (std::size_t k = 1; k < run.size(); ++k) {
      if (run[k][2] == run[k - 1][2] && run[k][3] <= run[k - 1][3]) ordered = false;
    }
    if (!ordered) {
      emit(TextSeverity::kSevere, "列举顺序错误", first);
      continue;
    }
    // Version: an item that exists only in a version not valid at the page date.
    if (!at) continue;
    for (const auto& r : run) {
      const Enumeration& e = enumerations_[r[2]];
      if (ValidAt(e.valid_from, e.valid_to, *at)) continue;
      const Enumeration* current = nullptr;
      for (const Enumeration& other : enumerations_) {
        if (other.label == e.label && ValidAt(other.valid_from, other.valid_to, *at)) current = &other;
      }
      if (current == nullptr) continue;
      const std::u32string& item = e.items[r[3]];
      if (std::find(current->items.begin(), current->items.end(), item) != current->items.end()) continue;
      emit(TextSeverity::kWarn, "该提法在页面日期已调整", *current);
      break;
    }
  }
}

// An official whose investigation or expulsion was announced before the page date, presented as
// in office (textchecks §3.3 C): the sentence names one of the former titles (东部战区司令员林向阳)
// → severe; only a present-role word next to the name (同志, 分管, 书记 …) → warn, since people share
// names. A sentence that reports the case (审查调查, 开除党籍 …) or marks the past (原, 时任) is right.
void KnowledgeChecker::CheckFallen(const NormalizedText& normalized, std::size_t begin, std::size_t end,
                                   const Fallen& fallen, std::optional<Date> at, const std::string& version,
                                   std::vector<TextFinding>& out) const {
  if (!at || *at < fallen.announced) return;
  const std::u32string& text = normalized.text;
  // A longer name (何卫东升) is someone else, unless one of the former titles touches the name
  // (东部战区司令员林向阳来…, 袁华智海军政委…).
  bool title_touches = false;
  for (const std::u32string& title : fallen.titles) {
    title_touches = title_touches || (begin >= title.size() && text.compare(begin - title.size(), title.size(), title) == 0) ||
                    text.compare(end, title.size(), title) == 0;
  }
  if (!title_touches && end < text.size() && text[end] >= 0x4E00 && text[end] <= 0x9FFF) {
    static constexpr std::u32string_view kAfterName = U"同志等在出任主任担分和、，说表指讲强要";
    if (kAfterName.find(text[end]) == std::u32string_view::npos) return;
  }
  constexpr std::u32string_view kSentenceEnds = U"。！？!?；;\n";
  std::size_t from = begin;
  while (from > 0 && begin - from < 200 && kSentenceEnds.find(text[from - 1]) == std::u32string_view::npos) --from;
  std::size_t to = end;
  while (to < text.size() && to - end < 200 && kSentenceEnds.find(text[to]) == std::u32string_view::npos) ++to;
  const std::u32string_view sentence(text.data() + from, to - from);
  for (std::u32string_view marker : {U"审查调查", U"审查", U"调查", U"开除", U"落马", U"违纪", U"违法", U"双开", U"立案",
                                     U"被查", U"处分", U"免去", U"撤销", U"受贿", U"起诉", U"判处", U"通报"}) {
    if (sentence.find(marker) != std::u32string_view::npos) return;
  }
  // 原东部战区司令员林向阳: the mark stands before the title.
  const std::size_t near = std::max(from, begin >= 12 ? begin - 12 : 0);
  const std::u32string_view before(text.data() + near, begin - near);
  for (std::u32string_view past : {U"原", U"时任", U"前", U"曾任"}) {
    if (before.find(past) != std::u32string_view::npos) return;
  }
  bool titled = false;
  for (const std::u32string& title : fallen.titles) titled = titled || sentence.find(title) != std::u32string_view::npos;
  bool presented = titled;
  for (std::u32string_view role : {U"同志", U"分管", U"书记", U"主任", U"主席", U"司令员", U"政委", U"部长", U"领导",
                                   U"简介", U"委员"}) {
    presented = presented || sentence.find(role) != std::u32string_view::npos;
  }
  if (!presented) return;
  TextFinding finding;
  finding.check = Check::kSevere;
  finding.rule = "severe.fallen:" + EncodeUtf8(fallen.name);
  finding.severity = titled ? TextSeverity::kSevere : TextSeverity::kWarn;
  finding.begin = normalized.origin[begin];
  finding.end = normalized.origin[end - 1] + 1;
  finding.score = titled ? 0.85 : 0.5;
  finding.evidence = {{"rule_file", "fallen_officials.tsv"},
                      {"rule_line", fallen.line},
                      {"announced", FormatDate(fallen.announced)},
                      {"status", fallen.status},
                      {"why", titled ? "已被查处的人员仍以原职务出现（页面日期晚于通报日期）"
                                     : "疑似已被查处的人员仍以在职身份出现，请核实是否同名"},
                      {"kb_version", version}};
  out.push_back(std::move(finding));
}

// Leaders named in one enumeration (习近平、李强、赵乐际 …: names apart by separators) must follow the protocol order of their rank group (textchecks §3.3 D):
// the group valid at the page date, or, without a date, every group holding them. Severe for the
// Politburo Standing Committee, warn for the other groups.
void KnowledgeChecker::CheckLeaderOrder(const NormalizedText& normalized, std::vector<std::array<std::size_t, 3>>& names,
                                        std::optional<Date> at, const std::string& version,
                                        std::vector<TextFinding>& out) const {
  if (names.size() < 2) return;
  const std::u32string& text = normalized.text;
  // Longest name at each place, no overlaps.
  std::sort(names.begin(), names.end(), [](const auto& a, const auto& b) {
    return a[0] != b[0] ? a[0] < b[0] : a[1] > b[1];
  });
  std::vector<std::array<std::size_t, 3>> hits;
  for (const auto& n : names) {
    if (hits.empty() || n[0] >= hits.back()[1]) hits.push_back(n);
  }
  constexpr std::u32string_view kSeparators = U"、，,和及与 　";
  std::size_t i = 0;
  while (i < hits.size()) {
    std::size_t j = i + 1;
    for (; j < hits.size(); ++j) {
      const std::size_t gap_from = hits[j - 1][1];
      const std::size_t gap_to = hits[j][0];
      // Between two names only separators, or 同志 and a separator (李强同志、赵乐际同志): any other
      // character may belong to a longer name (李强国、习近平 is not 李强).
      std::u32string other;
      // Dropped layout whitespace separates too (习近平　李　强　赵乐际).
      bool separated = gap_to > 0 && normalized.origin[gap_to] != normalized.origin[gap_to - 1] + 1;
      for (std::size_t k = gap_from; k < gap_to; ++k) {
        if (kSeparators.find(text[k]) != std::u32string_view::npos) {
          separated = true;
        } else {
          other.push_back(text[k]);
        }
      }
      if (!separated || !(other.empty() || other == U"同志")) break;
    }
    const std::size_t run_begin = i;
    const std::size_t run_end = j;
    i = j;
    if (run_end - run_begin < 2) continue;
    // The run's groups: for each rank group, the order of the names that belong to it.
    std::map<std::string, std::vector<std::pair<int, const Tenure*>>> groups;
    for (std::size_t k = run_begin; k < run_end; ++k) {
      const std::u32string& name = leader_names_[hits[k][2]];
      std::set<std::string> seen;
      for (const Tenure& t : tenures_) {
        if (t.name != name || t.rank_group.empty() || t.rank_order == 0) continue;
        if (at && !ValidAt(t.valid_from, t.valid_to, *at)) continue;
        if (!seen.insert(t.rank_group).second) continue;
        groups[t.rank_group].emplace_back(t.rank_order, &t);
      }
    }
    // Without a page date, the groups holding most of the names (李强、习近平、赵乐际 is judged by
    // PBSC-20, which holds all three, not by PBSC-19, which holds two).
    std::size_t most = 0;
    for (const auto& [group, order] : groups) most = std::max(most, order.size());
    bool judged = false;
    bool wrong_everywhere = true;
    const std::string* wrong_group = nullptr;
    for (const auto& [group, order] : groups) {
      if (order.size() < 2 || (!at && order.size() < most)) continue;
      judged = true;
      const bool ordered = std::is_sorted(order.begin(), order.end(),
                                          [](const auto& a, const auto& b) { return a.first < b.first; });
      if (ordered) {
        wrong_everywhere = false;
      } else if (wrong_group == nullptr) {
        wrong_group = &group;
      }
    }
    if (!judged || !wrong_everywhere || wrong_group == nullptr) continue;
    std::vector<std::pair<int, const Tenure*>> sorted = groups[*wrong_group];
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<std::u32string> in_order;
    for (const auto& [rank, tenure] : sorted) in_order.push_back(tenure->name);
    // The protocol orders of the national leadership (textchecks §3.3 D): the Standing Committee,
    // the vice-premiers and the state councillors; other groups are warnings.
    const bool national = StartsWith(*wrong_group, "PBSC") || StartsWith(*wrong_group, "VICE-PREMIER") ||
                          StartsWith(*wrong_group, "STATE-COUNCILOR");
    const bool verify = std::any_of(sorted.begin(), sorted.end(), [](const auto& r) { return r.second->verify; });
    TextFinding finding;
    finding.check = Check::kSevere;
    finding.rule = "severe.leader_order:" + *wrong_group;
    finding.severity = national && !verify ? TextSeverity::kSevere : TextSeverity::kWarn;
    finding.begin = normalized.origin[hits[run_begin][0]];
    finding.end = normalized.origin[hits[run_end - 1][1] - 1] + 1;
    finding.suggestion = EncodeUtf8(JoinItems(in_order));
    finding.score = 0.9;
    finding.evidence = {{"rule_file", "leaders.tsv"}, {"rank_group", *wrong_group},
                        {"rule_lines", nlohmann::json::array()}, {"why", "领导人排序错误"}, {"kb_version", version}};
    for (const auto& [rank, tenure] : sorted) finding.evidence["rule_lines"].push_back(tenure->line);
    out.push_back(std::move(finding));
  }
}

// A list written with one member replaced (“四个意识”，即政治意识、大局意识、核心意识、服从意识):
// the enumeration is named next to the list, the 、-separated list around known members has the
// enumeration's length, every member but one is in its place, and the odd one has the shape of the
// member it stands for (the same first or last character, about the same length). Severe, from the
// formulations.tsv row: the suggestion is the member, the evidence the whole list.
void KnowledgeChecker::CheckEnumerationMembers(const NormalizedText& normalized,
                                               const std::vector<std::array<std::size_t, 4>>& items,
                                               std::optional<Date> at, const std::string& version,
                                               std::vector<TextFinding>& out) const {
  if (items.size() < 2) return;
  const std::u32string& text = normalized.text;
  constexpr std::u32string_view kEnds = U"，,。；;：:！？!?“”\"（）()【】《》\n\r\t ";
  constexpr std::size_t kMaxList = 160;  // code points
  std::size_t done_until = 0;            // the list read last ends here
  std::vector<const std::u32string*> done_labels;  // the labels it was read for
  for (const auto& hit : items) {
    // A list is read once per enumeration its members belong to: a member of another one inside
    // it (法治 of 社会主义核心价值观 in 法治建设, 开放 in 全面扩大开放) must not end the reading.
    const std::u32string* hit_label = &enumerations_[hit[2]].label;
    if (hit[0] < done_until) {
      if (std::any_of(done_labels.begin(), done_labels.end(), [&](const std::u32string* l) { return *l == *hit_label; })) {
        continue;
      }
    } else {
      done_labels.clear();
    }
    done_labels.push_back(hit_label);
    // The list around the hit: from the last boundary before it to the first one after it.
    std::size_t from = hit[0];
    while (from > 0 && hit[0] - from < kMaxList && kEnds.find(text[from - 1]) == std::u32string_view::npos) --from;
    std::size_t to = hit[1];
    while (to < text.size() && to - hit[1] < kMaxList && kEnds.find(text[to]) == std::u32string_view::npos) ++to;
    done_until = to;
    std::vector<std::pair<std::size_t, std::size_t>> segments;
    for (std::size_t b = from; b <= to;) {
      std::size_t e = b;
      while (e < to && text[e] != U'、') ++e;
      segments.emplace_back(b, e);
      b = e + 1;
    }
    if (segments.size() < 3) continue;
    const std::u32string& label = enumerations_[hit[2]].label;
    for (const Enumeration& e : enumerations_) {
      if (e.label != label || e.items.size() != segments.size()) continue;
      if (at && !ValidAt(e.valid_from, e.valid_to, *at)) continue;
      std::size_t matched = 0;
      std::optional<std::pair<std::size_t, std::size_t>> odd;  // span of the odd member
      std::size_t odd_index = 0;
      bool shaped = false;
      bool plain = false;
      for (std::size_t k = 0; k < segments.size(); ++k) {
        const std::u32string_view seg(text.data() + segments[k].first, segments[k].second - segments[k].first);
        const std::u32string& want = e.items[k];
        const bool first = k == 0;
        const bool last = k + 1 == segments.size();
        // The first member may follow words of the sentence (即政治意识), the last precede some (看齐意识等).
        if (seg == want || (first && seg.ends_with(want)) || (last && seg.starts_with(want))) {
          ++matched;
          continue;
        }
        if (odd) {
          odd.reset();
          matched = 0;
          break;
        }
        std::size_t b = segments[k].first;
        std::size_t n = seg.size();
        if (first && n > want.size()) {
          b += n - want.size();
          n = want.size();
        } else if (last && n > want.size()) {
          n = want.size();
        }
        odd = std::pair{b, b + n};
        odd_index = k;
        const std::u32string_view written(text.data() + b, n);
        const bool han = std::all_of(written.begin(), written.end(), [](char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; });
        const std::size_t longer = std::max(written.size(), want.size());
        const std::size_t shorter = std::min(written.size(), want.size());
        shaped = han && !written.empty() && longer - shorter <= 1 &&
                 (written.front() == want.front() || written.back() == want.back());
        plain = han && !written.empty() && written.size() <= 2 * want.size() + 2;
      }
      if (!odd || !(shaped || plain) || matched + 1 != segments.size() || matched < 2) continue;
      // Only where the text names the enumeration (“四个意识”，即… / …的新发展理念): lists of
      // 意识 or 建设 that merely share members are ordinary writing. A member of another shape
      // (改革 for 开放) only where the label touches the list (“新发展理念”：… / …的新发展理念).
      const std::u32string_view all(text);
      const std::size_t window_from = from >= (shaped ? 40 : 8) ? from - (shaped ? 40 : 8) : 0;
      const std::size_t window_to = std::min(text.size(), to + (shaped ? 20 : 2 + e.label.size()));
      if (all.substr(window_from, window_to - window_from).find(e.label) == std::u32string_view::npos) continue;
      TextFinding finding;
      finding.check = Check::kSevere;
      finding.rule = "severe.enumeration:" + e.id;
      finding.severity = TextSeverity::kSevere;
      finding.begin = normalized.origin[odd->first];
      finding.end = normalized.origin[odd->second - 1] + 1;
      finding.suggestion = EncodeUtf8(e.items[odd_index]);
      finding.score = 0.9;
      finding.evidence = {{"rule_file", "formulations.tsv"}, {"id", e.id}, {"label", EncodeUtf8(e.label)},
                          {"why", "列举内容错误"}, {"canonical", EncodeUtf8(JoinItems(e.items))}, {"kb_version", version}};
      out.push_back(std::move(finding));
      break;
    }
  }
}

namespace {

bool IsLayoutSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r'; }

// The end of the layout whitespace run starting at `i` when it sits between two Han characters
// and holds at most one line break (a blank line ends a paragraph), else `i`.
std::size_t LayoutGapEnd(const std::u32string& text, std::size_t i) {
  if (i == 0 || !IsHan(text[i - 1])) return i;
  std::size_t e = i;
  int breaks = 0;
  while (e < text.size() && IsLayoutSpace(text[e])) breaks += text[e++] == U'\n';
  return e < text.size() && breaks <= 1 && IsHan(text[e]) ? e : i;
}

}  // namespace

void KnowledgeChecker::Find(const NormalizedText& normalized, const NormalizedBytes& encoded, std::optional<Date> at,
                            const std::vector<Span>& protected_spans, const std::string& version,
                            std::vector<TextFinding>& out) const {
  if (anchors_.empty()) return;
  const std::u32string& text = normalized.text;
  const std::size_t n = text.size();
  // The gaps to drop (normalised [begin, end)). Layout spaces are bytes up to 0x20 of the UTF-8
  // (never inside a multi-byte character): found sixteen bytes at a time.
  std::vector<std::pair<std::size_t, std::size_t>> gaps;
  std::size_t resume = 0;  // points before it belong to a gap found already
  auto at_byte = [&](std::size_t byte) {
    const std::size_t i = encoded.index[byte];
    if (i < resume || !IsLayoutSpace(text[i])) return;
    const std::size_t gap_end = LayoutGapEnd(text, i);
    if (gap_end != i) {
      gaps.emplace_back(i, gap_end);
      resume = gap_end;
    }
  };
  const std::string& utf8 = encoded.bytes;
  std::size_t byte = 0;
  const __m128i space = _mm_set1_epi8(0x20);
  for (; byte + 16 <= utf8.size(); byte += 16) {
    const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i*>(utf8.data() + byte));
    unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(block, space), block)));
    while (mask != 0) {
      at_byte(byte + static_cast<std::size_t>(__builtin_ctz(mask)));
      mask &= mask - 1;
    }
  }
  for (; byte < utf8.size(); ++byte) {
    if (static_cast<unsigned char>(utf8[byte]) <= 0x20) at_byte(byte);
  }
  if (gaps.empty()) {
    FindCompact(normalized, encoded.bytes, BytePoints{&encoded.index, nullptr}, at, protected_spans, version, out);
    return;
  }
  // Drop them from the text and from its UTF-8, copying the stretches between them (a gap's code
  // points are one byte each). The origin map keeps pointing into the original text, so findings
  // need no translation, and the places where a gap was dropped show as jumps in it.
  std::size_t gap_points = 0;
  for (const auto& [gap_begin, gap_end] : gaps) gap_points += gap_end - gap_begin;
  const std::size_t byte_count = encoded.bytes.size();
  // Reused from call to call on each thread: fresh buffers of a long text cost page faults.
  thread_local NormalizedText compact;
  thread_local std::string bytes;
  thread_local std::vector<std::pair<std::uint32_t, std::uint32_t>> shifts;
  compact.text.resize(n - gap_points);
  compact.origin.resize(n - gap_points);
  bytes.resize(byte_count - gap_points);
  shifts.clear();
  std::size_t from_point = 0;
  std::size_t from_byte = 0;
  std::size_t to_point = 0;
  std::size_t to_byte = 0;
  auto copy_until = [&](std::size_t point) {
    const std::size_t until_byte = static_cast<std::size_t>(
        std::lower_bound(encoded.index.begin() + static_cast<std::ptrdiff_t>(from_byte),
                         encoded.index.begin() + static_cast<std::ptrdiff_t>(byte_count), point) -
        encoded.index.begin());
    std::copy(text.begin() + static_cast<std::ptrdiff_t>(from_point), text.begin() + static_cast<std::ptrdiff_t>(point),
              compact.text.begin() + static_cast<std::ptrdiff_t>(to_point));
    std::copy(normalized.origin.begin() + static_cast<std::ptrdiff_t>(from_point),
              normalized.origin.begin() + static_cast<std::ptrdiff_t>(point),
              compact.origin.begin() + static_cast<std::ptrdiff_t>(to_point));
    std::copy(encoded.bytes.begin() + static_cast<std::ptrdiff_t>(from_byte),
              encoded.bytes.begin() + static_cast<std::ptrdiff_t>(until_byte),
              bytes.begin() + static_cast<std::ptrdiff_t>(to_byte));
    to_point += point - from_point;
    to_byte += until_byte - from_byte;
    from_point = point;
    from_byte = until_byte;
  };
  for (const auto& [gap_begin, gap_end] : gaps) {
    copy_until(gap_begin);
    from_byte += gap_end - gap_begin;
    from_point = gap_end;
    shifts.emplace_back(static_cast<std::uint32_t>(to_byte), static_cast<std::uint32_t>(from_point - to_point));
  }
  copy_until(n);
  // Protected spans in compact offsets: each offset moves back by the gap lengths before it. The
  // spans are sorted and apart, so their offsets only grow: one cursor over the gaps serves all.
  std::size_t passed = 0;   // gaps wholly before the offset
  std::size_t dropped = 0;  // their length
  auto moved = [&](std::size_t offset) {
    while (passed < gaps.size() && gaps[passed].second <= offset) {
      dropped += gaps[passed].second - gaps[passed].first;
      ++passed;
    }
    const std::size_t partial = passed < gaps.size() && gaps[passed].first < offset ? offset - gaps[passed].first : 0;
    return offset - dropped - partial;
  };
  std::vector<Span> spans;
  spans.reserve(protected_spans.size());
  for (const Span& span : protected_spans) {
    const std::size_t from = moved(span.begin);
    const std::size_t to = moved(span.end);
    if (from < to) spans.push_back(Span{from, to});
  }
  FindCompact(compact, bytes, BytePoints{&encoded.index, &shifts}, at, spans, version, out);
}

std::size_t KnowledgeChecker::BytePoints::operator()(std::size_t byte) const {
  if (shifts == nullptr || shifts->empty()) return (*index)[byte];
  // The matcher asks in nearly rising order: walk from the last answer.
  const auto& s = *shifts;
  while (cursor < s.size() && s[cursor].first <= byte) ++cursor;
  while (cursor > 0 && s[cursor - 1].first > byte) --cursor;
  const std::size_t dropped = cursor == 0 ? 0 : s[cursor - 1].second;
  return (*index)[byte + dropped] - dropped;
}

void KnowledgeChecker::FindCompact(const NormalizedText& normalized, const std::string& bytes,
                                   const BytePoints& point_of, std::optional<Date> at,
                                   const std::vector<Span>& protected_spans, const std::string& version,
                                   std::vector<TextFinding>& out) const {
  const std::u32string& text = normalized.text;
  struct Hit {
    std::size_t begin;
    std::size_t end;
    std::uint32_t anchor;
  };
  std::vector<Hit> titles;
  std::vector<Hit> roles;  // 同志, 主席
  std::vector<std::array<std::size_t, 4>> items;  // begin, end, enumeration, item index
  std::vector<std::array<std::size_t, 3>> names;  // begin, end, index in leader_names_
  std::set<std::pair<std::uint32_t, std::size_t>> windows_checked;
  std::u32string_view view(text);
  matcher_.Scan(bytes, [&](std::uint32_t id, std::size_t from, std::size_t to) {
    std::size_t begin = point_of(from);
    std::size_t end = point_of(to - 1) + 1;
    const Anchor& anchor = anchors_[id];
    switch (anchor.kind) {
      case AnchorKind::kTitle:
        titles.push_back(Hit{begin, end, anchor.index});
        break;
      case AnchorKind::kEnumerationItem:
        items.push_back({begin, end, anchor.index, anchor.offset});
        break;
      case AnchorKind::kLeaderName:
        names.push_back({begin, end, anchor.index});
        break;
      case AnchorKind::kFallen:
        CheckFallen(normalized, begin, end, fallen_[anchor.index], at, version, out);
        break;
      case AnchorKind::kRoleWord:
        roles.push_back(Hit{begin, end, anchor.index});
        break;
      case AnchorKind::kTermPart: {
        const Term& term = terms_[anchor.index];
        if (begin < anchor.offset) break;
        std::size_t window_begin = begin - anchor.offset;
        std::size_t window_end = window_begin + term.text.size();
        if (window_end > text.size()) break;
        std::u32string_view window = view.substr(window_begin, term.text.size());
        if (window == term.text) break;
        std::size_t allowed = term.text.size() >= 6 ? 2 : 1;
        std::size_t diffs = 0;
        std::size_t unlike = 0;  // differing Han characters that are neither homophone nor look-alike
        bool ok = true;
        for (std::size_t k = 0; k < window.size() && ok; ++k) {
          if (window[k] == term.text[k]) continue;
          ++diffs;
          if (!IsHan(window[k])) {
            ok = false;
          } else if (!Confusable(term.text[k], window[k])) {
            ++unlike;
            // At its end the window may be another phrase running on (社会主义核心价值体系).
            if (k + 1 == window.size() || IsUnitOrNumeralChar(window[k]) ||
                IsUnitOrNumeralChar(term.text[k])) {
              ok = false;
            }
          }
        }
        // A term of six or more characters written whole but one character before its last (中找人民共和国,
        // 以习近平同志为溉心的党中央) is that term mistyped whatever the character: a slip need not sound
        // or look alike, and no other phrase comes that close. Shorter terms need a confusable character.
        if (unlike > 0 && !(diffs == 1 && term.text.size() >= 6)) ok = false;
        if (!ok || diffs == 0 || diffs > allowed) break;
        if (InsideProtected(protected_spans, window_begin, window_end)) break;
        // The differences must not lie inside another protected term written there (社会主义理论
        // is not a misspelt 社会主义思想). A term written whole in an untouched part of the window
        // (新时代中国特色社会主义 in 习近乎新时代中国特色社会主义思想) explains nothing.
        bool other = std::any_of(terms_.begin(), terms_.end(), [&](const Term& t) {
          if (t.text.size() > window.size() || &t == &term) return false;
          for (std::size_t pos = window.find(t.text); pos != std::u32string_view::npos; pos = window.find(t.text, pos + 1)) {
            bool covers = true;
            for (std::size_t k = 0; k < window.size() && covers; ++k) {
              if (window[k] != term.text[k] && (k < pos || k >= pos + t.text.size())) covers = false;
            }
            if (covers) return true;
          }
          return false;
        });
        if (other) break;
        // Several parts of a term anchor the same window; it is reported once. The checks above
        // depend on the window alone, so only a window that passes them needs remembering.
        if (!windows_checked.insert({anchor.index, window_begin}).second) break;
        TextFinding finding;
        finding.check = Check::kSevere;
        finding.rule = "severe.fuzzy:" + EncodeUtf8(term.text);
        finding.severity = term.severity;
        finding.begin = normalized.origin[window_begin];
        finding.end = normalized.origin[window_end - 1] + 1;
        finding.suggestion = EncodeUtf8(term.text);
        finding.score = 0.9;
        finding.evidence = {{"term", EncodeUtf8(term.text)}, {"category", term.category}, {"source", term.source},
                            {"why", unlike > 0 ? "与规范表述仅差一字" : "与规范表述仅差音近或形近字"},
                            {"kb_version", version}};
        out.push_back(std::move(finding));
        break;
      }
      case AnchorKind::kRename: {
        if (!at) break;
        const Rename& rename = renames_[anchor.index];
        if (DaysFromDate(*at) < DaysFromDate(rename.effective) + 180) break;
        std::size_t from_context = begin > 20 ? begin - 20 : 0;
        std::u32string_view before = view.substr(from_context, begin - from_context);
        if (!before.empty() && (before.back() == U'原' || before.back() == U'前' || before.back() == U'“')) break;
        // A year before the change nearby makes the mention historical.
        bool historical = false;
        for (std::size_t k = 0; k + 4 <= before.size(); ++k) {
          if (IsAsciiDigit(before[k]) && IsAsciiDigit(before[k + 1]) && IsAsciiDigit(before[k + 2]) &&
              IsAsciiDigit(before[k + 3])) {
            int year = static_cast<int>((before[k] - U'0') * 1000 + (before[k + 1] - U'0') * 100 +
                                        (before[k + 2] - U'0') * 10 + (before[k + 3] - U'0'));
            if (year < rename.effective.year) historical = true;
          }
        }
        if (historical) break;
        TextFinding finding;
        finding.check = Check::kSevere;
        finding.rule = "severe.renamed:" + EncodeUtf8(rename.old_name);
        finding.severity = rename.verify ? TextSeverity::kInfo : TextSeverity::kWarn;
        finding.begin = normalized.origin[begin];
        finding.end = normalized.origin[end - 1] + 1;
        finding.suggestion = rename.new_name;
        finding.score = rename.verify ? 0.5 : 0.8;
        finding.evidence = {{"rule_file", "renamed_institutions.tsv"}, {"rule_line", rename.line},
                            {"effective", FormatDate(rename.effective)}, {"why", "机构已更名"},
                            {"kb_version", version}};
        out.push_back(std::move(finding));
        break;
      }
      default:
        break;
    }
  });
  CheckLeaderOrder(normalized, names, at, version, out);
  CheckEnumerationMembers(normalized, items, at, version, out);
  CheckEnumerations(normalized, items, at, version, out);
  // 同志 and bare 主席 (not part of a title: 国家主席 is read as a title below).
  for (const Hit& role : roles) {
    const bool in_title = std::any_of(titles.begin(), titles.end(), [&](const Hit& t) {
      return t.begin <= role.begin && role.end <= t.end;
    });
    if (!in_title) CheckRoleWord(normalized, role.begin, role.end, at, version, out);
  }
  // Titles: keep the longest at each place (国务院副总理, not 总理).
  std::sort(titles.begin(), titles.end(), [](const Hit& a, const Hit& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::size_t covered_end = 0;
  for (const Hit& hit : titles) {
    if (hit.end <= covered_end) continue;
    bool shadowed = std::any_of(titles.begin(), titles.end(), [&](const Hit& other) {
      return &other != &hit && other.begin <= hit.begin && hit.end <= other.end && other.end - other.begin > hit.end - hit.begin;
    });
    if (shadowed) continue;
    covered_end = hit.end;
    FindTitles(normalized, hit.begin, hit.end, hit.anchor, at, version, out);
  }
}

}  // namespace govwatch::text
