#include "text/language_model.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <system_error>

#include "common/strings.hpp"

#ifdef GOVWATCH_HAVE_LIBIME
#include <libime/core/languagemodel.h>
#include <libime/core/lattice.h>
#endif

namespace govwatch::text {

#ifdef GOVWATCH_HAVE_LIBIME

namespace {

constexpr std::size_t kMaxWord = 6;  // characters
constexpr std::size_t kBeam = 4;     // hypotheses kept per position

struct Hypothesis {
  float score;
  libime::State state;
  std::uint16_t from;  // position the last word starts at
  std::uint8_t back;   // hypothesis index at `from`
  std::uint8_t length;
};

struct Beam {
  std::array<Hypothesis, kBeam> items;
  std::size_t size = 0;
  void Offer(const Hypothesis& h) {
    if (size < kBeam) {
      items[size++] = h;
    } else {
      auto worst = std::min_element(items.begin(), items.end(),
                                    [](const Hypothesis& a, const Hypothesis& b) { return a.score < b.score; });
      if (worst->score >= h.score) return;
      *worst = h;
    }
  }
};

}  // namespace

struct WordLanguageModel::Impl {
  explicit Impl(const std::string& path) : model(path.c_str()) {}
  libime::LanguageModel model;
};

WordLanguageModel::WordLanguageModel() = default;
WordLanguageModel::~WordLanguageModel() = default;
WordLanguageModel::WordLanguageModel(WordLanguageModel&&) noexcept = default;
WordLanguageModel& WordLanguageModel::operator=(WordLanguageModel&&) noexcept = default;

Result<void> WordLanguageModel::Open(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return Error{ErrorCode::kNotFound, path + ": language model not found"};
  }
  try {
    impl_ = std::make_unique<Impl>(path);
  } catch (const std::exception& e) {
    impl_.reset();
    return Error{ErrorCode::kParseError, path + ": not a libime language model (" + e.what() + ")"};
  }
  return Ok();
}

bool WordLanguageModel::IsWord(std::u32string_view word) const {
  if (impl_ == nullptr || word.empty()) return false;
  std::string utf8 = EncodeUtf8(word);
  return !impl_->model.isUnknown(impl_->model.index(utf8), utf8);
}

float WordLanguageModel::Score(std::u32string_view text, bool at_begin, bool at_end,
                               std::vector<unsigned char>* word_lengths) const {
  if (impl_ == nullptr || text.empty()) return 0;
  const libime::LanguageModel& model = impl_->model;
  const std::size_t n = std::min<std::size_t>(text.size(), 0xFFFF);
  std::string utf8;
  std::vector<std::size_t> offset(n + 1, 0);
  utf8.reserve(n * 3);
  for (std::size_t i = 0; i < n; ++i) {
    offset[i] = utf8.size();
    char32_t c = text[i];
    if (c < 0x80) {
      utf8.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      utf8.push_back(static_cast<char>(0xC0 | (c >> 6)));
      utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      utf8.push_back(static_cast<char>(0xE0 | (c >> 12)));
      utf8.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      utf8.push_back(static_cast<char>(0xF0 | (c >> 18)));
      utf8.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      utf8.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      utf8.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  offset[n] = utf8.size();
  std::vector<Beam> beams(n + 1);
  Hypothesis start{0, at_begin ? model.beginState() : model.nullState(), 0, 0, 0};
  beams[0].Offer(start);
  libime::State out;
  for (std::size_t i = 0; i < n; ++i) {
    const Beam& beam = beams[i];
    if (beam.size == 0) continue;
    for (std::size_t w = 1; w <= kMaxWord && i + w <= n; ++w) {
      std::string_view piece(utf8.data() + offset[i], offset[i + w] - offset[i]);
      libime::WordIndex index = model.index(piece);
      if (w > 1 && model.isUnknown(index, piece)) continue;
      libime::WordNode node(piece, index);
      for (std::size_t h = 0; h < beam.size; ++h) {
        float s = beam.items[h].score + model.score(beam.items[h].state, node, out);
        beams[i + w].Offer(Hypothesis{s, out, static_cast<std::uint16_t>(i), static_cast<std::uint8_t>(h),
                                      static_cast<std::uint8_t>(w)});
      }
    }
  }
  Beam& last = beams[n];
  if (at_end) {
    libime::WordNode end("</s>", model.endSentence());
    for (std::size_t h = 0; h < last.size; ++h) last.items[h].score += model.score(last.items[h].state, end, out);
  }
  std::size_t best = 0;
  for (std::size_t h = 1; h < last.size; ++h) {
    if (last.items[h].score > last.items[best].score) best = h;
  }
  if (word_lengths != nullptr) {
    word_lengths->assign(text.size(), 1);
    std::size_t pos = n;
    std::size_t h = best;
    while (pos > 0) {
      const Hypothesis& hyp = beams[pos].items[h];
      for (std::size_t k = hyp.from; k < pos; ++k) (*word_lengths)[k] = hyp.length;
      h = hyp.back;
      pos = hyp.from;
    }
  }
  return last.items[best].score;
}

#else  // !GOVWATCH_HAVE_LIBIME

struct WordLanguageModel::Impl {};

WordLanguageModel::WordLanguageModel() = default;
WordLanguageModel::~WordLanguageModel() = default;
WordLanguageModel::WordLanguageModel(WordLanguageModel&&) noexcept = default;
WordLanguageModel& WordLanguageModel::operator=(WordLanguageModel&&) noexcept = default;

Result<void> WordLanguageModel::Open(const std::string& path) {
  return Error{ErrorCode::kNotFound, path + ": this build has no libime (install libimecore-dev)"};
}
bool WordLanguageModel::IsWord(std::u32string_view) const { return false; }
float WordLanguageModel::Score(std::u32string_view, bool, bool, std::vector<unsigned char>*) const { return 0; }

#endif

}  // namespace govwatch::text
