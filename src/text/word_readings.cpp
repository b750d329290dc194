#include "text/word_readings.hpp"

#include <exception>
#include <filesystem>
#include <sstream>
#include <system_error>

#include "common/strings.hpp"

#ifdef GOVWATCH_HAVE_LIBIME_PINYIN
#include <libime/pinyin/pinyindictionary.h>
#endif

namespace govwatch::text {

std::string InstalledWordReadingsPath() {
  std::error_code ec;
  return std::filesystem::is_regular_file(kDefaultWordReadingsPath, ec) ? kDefaultWordReadingsPath : std::string();
}

#ifdef GOVWATCH_HAVE_LIBIME_PINYIN

Result<void> ReadWordReadings(const std::string& path,
                              const std::function<void(std::u32string_view word,
                                                       const std::vector<std::string_view>& syllables)>& visit) {
  if (std::error_code ec; !std::filesystem::is_regular_file(path, ec)) {
    return Error{ErrorCode::kNotFound, path + ": no such pinyin dictionary"};
  }
  // libime reads the binary trie and writes it back as text, one "word pin'yin cost" per line.
  std::stringstream text;
  try {
    libime::PinyinDictionary dictionary;
    dictionary.load(libime::PinyinDictionary::SystemDict, path.c_str(), libime::PinyinDictFormat::Binary);
    dictionary.save(libime::PinyinDictionary::SystemDict, text, libime::PinyinDictFormat::Text);
  } catch (const std::exception& e) {
    return Error{ErrorCode::kParseError, path + ": not a libime pinyin dictionary (" + e.what() + ")"};
  }
  std::string line;
  while (std::getline(text, line)) {
    std::string_view rest = line;
    const std::size_t space = rest.find(' ');
    if (space == std::string_view::npos) continue;
    const std::u32string word = DecodeUtf8(rest.substr(0, space));
    rest.remove_prefix(space + 1);
    rest = rest.substr(0, rest.find(' '));
    const std::vector<std::string_view> syllables = Split(rest, '\'');
    if (syllables.size() != word.size()) continue;  // a word the dictionary spells otherwise
    visit(word, syllables);
  }
  return {};
}

#else  // !GOVWATCH_HAVE_LIBIME_PINYIN

Result<void> ReadWordReadings(const std::string& path,
                              const std::function<void(std::u32string_view, const std::vector<std::string_view>&)>&) {
  return Error{ErrorCode::kNotFound, path + ": this build has no libimepinyin (install libimepinyin-dev)"};
}

#endif

}  // namespace govwatch::text
