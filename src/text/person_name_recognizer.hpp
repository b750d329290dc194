// Person names in running official text (textchecks §2.3): a surname (rules/text/surnames.txt)
// and a given name of one or two characters, recognised only where the context says "a person":
// masked names (张某某), names after a role or title word (居民郝丽艳, 主任高雨担任, 书记左宪安),
// before an honorific (汤晔同志), in enumerations of names (乐韶凤、宋廉等) and standing alone
// between brackets, spaces or line edges (（著作）黄建伟（…）), and before the sex in lists of
// candidates and members (韩志刚，男，汉族; 孙丽（女）). A name is no dictionary word (单位, 全体
// are not names). The statistical typo tier never edits inside these spans: the language model
// "corrects" unknown given names into common words.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "common/result.hpp"
#include "text/pii_recognizer.hpp"
#include "text/vocabulary.hpp"

namespace govwatch::text {

// Immutable after Load(); safe to share between threads.
class PersonNameRecognizer {
 public:
  PersonNameRecognizer() = default;
  // Reads the surname list: one single (王) or compound (欧阳) surname a line, '#' comments.
  // Fails on an entry that is not one or two Han characters, naming the file and the line.
  Result<void> Load(std::string_view file_name, std::string_view content);
  // True when no surname is loaded (Find then finds nothing).
  bool empty() const { return single_.empty() && compound_.empty(); }
  // Appends the name spans of `text` (normalised code points, see Normalizer), sorted by begin
  // and merged where they overlap. `vocabulary` tells words from names.
  void Find(std::u32string_view text, const Vocabulary& vocabulary, std::vector<Span>& out) const;
  // True when `token` reads like a full name: a surname, then one or two given-name characters,
  // no function word, not a dictionary word and not ending like a unit (局, 部, 村 …).
  bool NameLike(std::u32string_view token, const Vocabulary& vocabulary) const;
  // Appends, sorted by begin, the names written right after a word for a private person in the
  // prose of 公示 and 处罚决定书 (申请人王建国（身份证号…）, 当事人李秀英，…, 户主赵德明家住…): residents,
  // applicants, parties and patients, not the titles of officials (局长, 新闻发言人, 联系人), whose
  // names in office are no leak (textchecks §6.3). A labelled name (申请人：王建国) is not one of
  // them: the label pass of PiiRecognizer reads it.
  void FindAfterPrivateRole(std::u32string_view text, const Vocabulary& vocabulary, std::vector<Span>& out) const;

 private:
  // The length of the surname `token` starts with (2 for a compound surname, 1, or 0: none).
  std::size_t SurnameLength(std::u32string_view token) const;
  // The length (2 to 4) of a name starting at text[at] that ends at a delimiter or before a
  // word that follows names (同志, 担任, 等 …, or one of `more_followers`); 0 when there is none.
  std::size_t NameBefore(std::u32string_view text, std::size_t at, const Vocabulary& vocabulary,
                         std::span<const std::u32string_view> more_followers = {}) const;

  std::unordered_set<char32_t> single_;
  std::unordered_set<std::u32string> compound_;
};

}  // namespace govwatch::text
