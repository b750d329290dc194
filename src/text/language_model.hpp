// A word trigram language model for the statistical typo tier: Debian's libime model
// (libime-data-language-model, /usr/lib/x86_64-linux-gnu/libime/zh_CN.lm, a KenLM binary) read
// through libimecore. Text is segmented by a small beam search over the model's vocabulary, and a
// span's score is the log10 probability of its best segmentation. Optional at build time
// (GOVWATCH_HAVE_LIBIME); without it Open() fails and the tier falls back to the unigram model.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch::text {

// Immutable after Open(); safe to share between threads.
class WordLanguageModel {
 public:
  WordLanguageModel();
  ~WordLanguageModel();
  WordLanguageModel(WordLanguageModel&&) noexcept;
  WordLanguageModel& operator=(WordLanguageModel&&) noexcept;

  // The Debian model's path.
  static constexpr const char* kDefaultPath = "/usr/lib/x86_64-linux-gnu/libime/zh_CN.lm";
  // Opens a libime/KenLM binary model. Fails with a message naming `path` when it is missing,
  // unreadable or not a model, or when the build has no libime.
  Result<void> Open(const std::string& path);
  bool IsOpen() const { return impl_ != nullptr; }

  // The log10 probability of the best segmentation of `text` (code points, Han characters),
  // words of one to six characters. `at_begin` / `at_end`: the text starts / ends a clause, so
  // sentence-boundary tokens are scored. `word_lengths`, when given, receives for every position
  // the length of the word covering it in the best segmentation.
  float Score(std::u32string_view text, bool at_begin, bool at_end,
              std::vector<unsigned char>* word_lengths = nullptr) const;
  // True when `word` (code points) is in the model's vocabulary.
  bool IsWord(std::u32string_view word) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace govwatch::text
