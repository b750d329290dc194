#include "text/person_name_recognizer.hpp"

#include <algorithm>
#include <bitset>
#include <span>

#include "common/strings.hpp"
#include "text/normalizer.hpp"
#include "text/rule_table.hpp"

namespace govwatch::text {

namespace {

// Words after which a person's name follows: roles of residents and staff, titles, labels.
constexpr std::u32string_view kIntroducers[] = {
    U"居民",   U"村民",   U"农民",   U"市民",   U"群众",   U"职工",   U"员工",   U"党员",   U"干部",
    U"学生",   U"患者",   U"老人",   U"教师",   U"医生",   U"记者",   U"通讯员", U"主任",   U"书记",
    U"局长",   U"县长",   U"市长",   U"镇长",   U"村长",   U"乡长",   U"区长",   U"省长",   U"厅长",
    U"处长",   U"科长",   U"所长",   U"院长",   U"校长",   U"部长",   U"主席",   U"委员",   U"常委",
    U"代表",   U"组长",   U"队长",   U"厂长",   U"经理",   U"董事长", U"秘书长", U"负责人", U"联系人",
    U"申请人", U"户主",   U"姓名",   U"作者",   U"编辑",   U"审核",   U"摄影",   U"老师",   U"教授",
    U"专家",   U"烈士",   U"任命",   U"免去",   U"提名",   U"聘任"};

// Words that follow a name: honorifics, reporting and appointment verbs, conjunctions.
constexpr std::u32string_view kFollowers[] = {U"同志", U"先生", U"女士", U"等",   U"说",   U"表示", U"担任",
                                              U"兼任", U"任",   U"指出", U"介绍", U"称",   U"主持", U"出席",
                                              U"讲话", U"一行", U"为",   U"和",   U"与",   U"及",   U"是"};

// Words for a private person that a name follows in 公示 and 处罚决定书 prose (申请人王建国): the
// people these documents are about, never an office (no 局长, 主任, 联系人, 发言人).
constexpr std::u32string_view kPrivateRoles[] = {
    U"申请人", U"被申请人", U"当事人", U"被处罚人", U"被执行人", U"借款人", U"户主",   U"村民",   U"居民",
    U"农民",   U"学生",     U"考生",   U"患者",     U"受助人",   U"救助对象", U"补助对象", U"低保户", U"贫困户",
    U"监护人", U"参保人",   U"承包人", U"被征收人", U"领取人",   U"收款人",   U"死者",   U"伤者",   U"驾驶人"};

// What follows a private person's name in such prose: the person's own data, or the sentence
// going on about the person (当事人李秀英因…, 户主赵德明家住…).
constexpr std::u32string_view kPersonalFollowers[] = {
    U"身份证", U"公民身份", U"证件", U"联系电话", U"电话", U"手机", U"家住", U"现住", U"住址", U"户籍",
    U"性别",   U"出生",     U"男",   U"女",       U"的",   U"因",   U"于",   U"在",   U"系",   U"银行"};

// The labels of a person's direct identifiers, which may follow the name without punctuation.
constexpr std::u32string_view kIdentifierLabels[] = {U"身份证", U"公民身份", U"证件", U"联系电话", U"电话", U"手机"};

// Honorifics a name stands before.
constexpr std::u32string_view kHonorifics[] = {U"同志", U"先生", U"女士"};

// Function words, never part of a name.
bool IsFunctionChar(char32_t c) {
  static constexpr std::u32string_view kFunction = U"的地得了和与在是之其而及也都就这那不有为以于对把被从向将所等某";
  return kFunction.find(c) != std::u32string_view::npos;
}

// Last characters of unit and place names (科技局, 新力村), which names do not end in.
bool IsUnitChar(char32_t c) {
  static constexpr std::u32string_view kUnit = U"部局委办厅院所站处科会司省市县区镇乡村组队庭馆校厂店社团州盟旗";
  return kUnit.find(c) != std::u32string_view::npos;
}

// Characters that separate the items of an enumeration of names.
bool IsListSeparator(char32_t c) { return c == U'、' || c == U',' || c == U' '; }

bool IsSpace(char32_t c) { return c == U' ' || c == U'\t' || c == U'\n' || c == U'\r'; }

// A three-character dictionary word rarer than this after a private person's role is a listed
// name (jieba lists 王建国 12 times); places and terms are commoner (王府井 183, 张家口 303).
constexpr std::uint32_t kRareListedName = 100;

// A given name of two characters that is a frequent word (质量, 法院) makes the token a phrase.
constexpr std::uint32_t kFrequentGivenWord = 5000;

bool StartsWithAny(std::u32string_view text, std::size_t at, std::span<const std::u32string_view> words) {
  return std::any_of(words.begin(), words.end(),
                     [&](std::u32string_view w) { return text.substr(at, w.size()) == w; });
}

}  // namespace

Result<void> PersonNameRecognizer::Load(std::string_view file_name, std::string_view content) {
  auto rows = ParseWordList(file_name, content);
  if (!rows) return rows.error();
  single_.clear();
  compound_.clear();
  for (const RuleRow& row : *rows) {
    std::u32string surname = DecodeUtf8(row.fields[0]);
    if (surname.empty() || surname.size() > 2 || !std::all_of(surname.begin(), surname.end(), IsHan)) {
      return RuleError(file_name, row.line, "a surname is one or two Han characters");
    }
    if (surname.size() == 1) {
      single_.insert(surname[0]);
    } else {
      compound_.insert(surname);
    }
  }
  return Ok();
}

std::size_t PersonNameRecognizer::SurnameLength(std::u32string_view token) const {
  if (token.size() >= 2 && compound_.count(std::u32string(token.substr(0, 2))) != 0) return 2;
  if (!token.empty() && single_.count(token[0]) != 0) return 1;
  return 0;
}

bool PersonNameRecognizer::NameLike(std::u32string_view token, const Vocabulary& vocabulary) const {
  const std::size_t surname = SurnameLength(token);
  if (surname == 0 || token.size() < surname + 1 || token.size() > surname + 2) return false;
  for (char32_t c : token) {
    if (!IsHan(c) || IsFunctionChar(c)) return false;
  }
  if (IsUnitChar(token.back()) || vocabulary.Contains(token)) return false;
  const std::u32string_view given = token.substr(surname);
  return !(given.size() == 2 && vocabulary.Frequency(given) >= kFrequentGivenWord);
}

std::size_t PersonNameRecognizer::NameBefore(std::u32string_view text, std::size_t at, const Vocabulary& vocabulary,
                                             std::span<const std::u32string_view> more_followers) const {
  for (std::size_t length = 2; length <= 4 && at + length <= text.size(); ++length) {
    if (!NameLike(text.substr(at, length), vocabulary)) continue;
    const std::size_t after = at + length;
    if (after == text.size() || !IsHan(text[after]) || StartsWithAny(text, after, kFollowers) ||
        StartsWithAny(text, after, more_followers)) {
      return length;
    }
  }
  return 0;
}

void PersonNameRecognizer::FindAfterPrivateRole(std::u32string_view text, const Vocabulary& vocabulary,
                                                std::vector<Span>& out) const {
  if (empty()) return;
  // The first characters of the roles, as a bitmap of the BMP: this pass runs on every text.
  static const std::bitset<0x10000>* const kFirsts = [] {
    auto* firsts = new std::bitset<0x10000>();
    for (std::u32string_view w : kPrivateRoles) firsts->set(w[0]);
    return firsts;
  }();
  const std::size_t n = text.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (text[i] >= 0x10000 || !kFirsts->test(text[i])) continue;
    // The longest role here (被申请人 over 申请人, which the next position also starts).
    std::size_t role = 0;
    for (std::u32string_view word : kPrivateRoles) {
      if (word.size() > role && text.substr(i, word.size()) == word) role = word.size();
    }
    if (role == 0) continue;
    const std::size_t at = i + role;
    std::size_t length = NameBefore(text, at, vocabulary, kPersonalFollowers);
    // A given name that is also a frequent word (陈国庆: NameLike refuses those, as 王质量 would be
    // a phrase), or a name the dictionary lists (王建国, rare there as names are), is still a name
    // right after the role when the person's data follows it at once: a bracket or comma, or an
    // identifier's label.
    if (length == 0 && at + 3 <= n && single_.count(text[at]) != 0) {
      const std::u32string_view token = text.substr(at, 3);
      const bool han = std::all_of(token.begin(), token.end(), [](char32_t c) { return IsHan(c) && !IsFunctionChar(c); });
      const std::size_t after = at + 3;
      if (han && !IsUnitChar(token.back()) && vocabulary.Frequency(token) < kRareListedName &&
          (after == n || !IsHan(text[after]) || StartsWithAny(text, after, kIdentifierLabels))) {
        length = 3;
      }
    }
    if (length != 0) {
      out.push_back(Span{at, at + length});
      i = at + length - 1;
    } else {
      i = at - 1;
    }
  }
}

void PersonNameRecognizer::Find(std::u32string_view text, const Vocabulary& vocabulary, std::vector<Span>& out) const {
  if (empty()) return;
  const std::size_t n = text.size();
  std::vector<Span> found;
  auto add = [&](std::size_t begin, std::size_t end) { found.push_back(Span{begin, end}); };

  // Masked names: 张某, 王某某 (not 关于某, 向某部门).
  for (std::size_t i = 0; i + 1 < n; ++i) {
    if (text[i + 1] != U'某' || single_.count(text[i]) == 0) continue;
    std::size_t end = i + 2;
    if (end < n && text[end] == U'某') ++end;
    static constexpr std::u32string_view kNotAName = U"些种项个类一地方处时天日年月件次部单";
    if (end == i + 2 && end < n && kNotAName.find(text[end]) != std::u32string_view::npos) continue;
    const char32_t before[] = {i > 0 ? text[i - 1] : U' ', text[i]};
    if (i > 0 && vocabulary.Contains(std::u32string_view(before, 2))) continue;
    add(i, end);
  }

  // Names after a role, title or label (居民郝丽艳, 主任高雨担任), and before an honorific.
  // The first characters of the introducers and honorifics, to skip the other positions quickly.
  static const std::u32string kFirsts = [] {
    std::u32string firsts;
    for (std::u32string_view w : kIntroducers) firsts.push_back(w[0]);
    for (std::u32string_view w : kHonorifics) firsts.push_back(w[0]);
    return firsts;
  }();
  for (std::size_t i = 0; i < n; ++i) {
    if (!IsHan(text[i]) || kFirsts.find(text[i]) == std::u32string::npos) continue;
    for (std::u32string_view word : kIntroducers) {
      if (text.substr(i, word.size()) != word) continue;
      std::size_t at = i + word.size();
      if (at < n && text[at] == U':') ++at;
      if (const std::size_t length = NameBefore(text, at, vocabulary); length != 0) add(at, at + length);
    }
    for (std::u32string_view honorific : kHonorifics) {
      if (text.substr(i, honorific.size()) != honorific) continue;
      // 欧阳明华同志, 汤晔同志, 王小明同志: names with a compound surname first, then the
      // shortest name that ends here.
      struct Try {
        std::size_t length;
        bool compound;
      };
      for (const Try t : {Try{4, true}, Try{3, true}, Try{2, false}, Try{3, false}}) {
        if (t.length > i) continue;
        std::u32string_view token = text.substr(i - t.length, t.length);
        if (t.compound && SurnameLength(token) != 2) continue;
        if (NameLike(token, vocabulary)) {
          const std::size_t length = t.length;
          add(i - length, i);
          break;
        }
      }
    }
  }

  // Runs of Han characters: enumerations of names (乐韶凤、宋廉等) and lone names between
  // brackets, spaces or line edges.
  struct Item {
    std::size_t begin;
    std::size_t end;
    bool name;
  };
  std::vector<Item> items;
  for (std::size_t i = 0; i < n;) {
    if (!IsHan(text[i])) {
      ++i;
      continue;
    }
    const std::size_t begin = i;
    while (i < n && IsHan(text[i])) ++i;
    std::size_t end = i;
    // The last name of a list ends at 等 (宋廉等撰).
    const std::size_t etc = text.substr(begin, end - begin).find(U'等');
    if (etc != std::u32string_view::npos && etc >= 2 && NameLike(text.substr(begin, etc), vocabulary)) {
      end = begin + etc;
    }
    // The sex after a name (孙丽(女)) is part of the gap between the names.
    const bool sex = end == begin + 1 && (text[begin] == U'男' || text[begin] == U'女') && begin > 0 &&
                     text[begin - 1] == U'(' && end < n && text[end] == U')';
    if (!sex) items.push_back(Item{begin, end, NameLike(text.substr(begin, end - begin), vocabulary)});
  }
  for (std::size_t k = 0; k < items.size(); ++k) {
    const Item& item = items[k];
    if (!item.name) continue;
    auto listed_with = [&](const Item& other) {
      std::size_t gap_begin = std::min(item.end, other.end);
      const std::size_t gap_end = std::max(item.begin, other.begin);
      if (gap_end == gap_begin + 4 && text[gap_begin] == U'(' && text[gap_begin + 2] == U')') gap_begin += 3;
      return other.name && gap_end == gap_begin + 1 && IsListSeparator(text[gap_begin]);
    };
    const bool in_list = (k > 0 && listed_with(items[k - 1])) || (k + 1 < items.size() && listed_with(items[k + 1]));
    const bool alone = (item.begin == 0 || text[item.begin - 1] == U')' || IsSpace(text[item.begin - 1])) &&
                       (item.end == n || text[item.end] == U'(' || IsSpace(text[item.end]));
    // 张三，男，汉族 and 李四(女) in 任前公示 and lists of members.
    auto sex_at = [&](std::size_t at) {
      return at + 1 < n && (text[at] == U'男' || text[at] == U'女') && !IsHan(text[at + 1]);
    };
    const bool with_sex = item.end + 1 < n && (text[item.end] == U',' || text[item.end] == U'(') && sex_at(item.end + 1);
    if (in_list || alone || with_sex) add(item.begin, item.end);
  }

  std::sort(found.begin(), found.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
  for (const Span& s : found) {
    if (!out.empty() && s.begin <= out.back().end && out.back().begin <= s.begin) {
      out.back().end = std::max(out.back().end, s.end);
    } else {
      out.push_back(s);
    }
  }
}

}  // namespace govwatch::text
