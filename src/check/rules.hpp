// Thresholds of the checks, read from rules/thresholds.tsv (and local overrides). Every number a
// check uses comes from here, with the source it was transcribed from.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch::check {

// Immutable after loading; safe to share between threads.
class Rules {
 public:
  // Starts from the built-in defaults (the values of rules/*.tsv), so that a rule file only has
  // to name what it changes.
  Rules();
  // Parses "key<TAB>value<TAB>source" lines; '#' starts a comment. Later files override earlier
  // ones key by key. Fails naming the file and line of a malformed row.
  Result<void> Merge(std::string_view tsv, std::string_view file);
  // The built-in defaults (the same values as rules/thresholds.tsv), for tests.
  static Rules Defaults();

  // The value of `key`; aborts on an unknown key, which is a programming error.
  double Get(std::string_view key) const;
  int GetInt(std::string_view key) const { return static_cast<int>(Get(key)); }
  // The source text of a key ("" when unknown).
  std::string Source(std::string_view key) const;

  // Word lists (rules/hidden_links.tsv, rules/channels.tsv): "list<TAB>word[<TAB>source]" rows
  // add a word to a list, "list<TAB>!word" removes one; '#' starts a comment. Words are stored
  // lower-cased. With `replace_lists`, every list the file names starts empty (a base file read at
  // run time replaces the built-in copy); without, the file adds to and removes from what is there
  // (local overrides). Fails naming file:line of a malformed row or of a list name no check reads;
  // on failure nothing is changed.
  Result<void> MergeWords(std::string_view tsv, std::string_view file, bool replace_lists = false);
  // The words of `list` in file order; aborts on a list name no check reads (programming error).
  const std::vector<std::string>& Words(std::string_view list) const;
  // The list names a word file may use.
  static const std::vector<std::string_view>& WordListNames();

 private:
  explicit Rules(int /*empty*/) {}
  std::map<std::string, std::pair<double, std::string>, std::less<>> values_;
  std::map<std::string, std::vector<std::string>, std::less<>> words_;
};

}  // namespace govwatch::check
