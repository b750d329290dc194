// Personal-information recognizers (textchecks §6): ID numbers (18 and 15 digits), mobiles,
// bank cards, passports and plates, each with its validator, context words, score and masked
// replacement (GB/T 37964-2019 suppression/masking). Organisation ids (统一社会信用代码),
// document numbers, 索引号 and 备案号 are a negative layer, never PII.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/time.hpp"
#include "text/normalizer.hpp"
#include "text/text_engine.hpp"

namespace govwatch::text {

// A half-open range of normalised code points that recognizers must not report inside.
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// Finds personal information in a normalised text. Stateless; thread-safe.
class PiiRecognizer {
 public:
  // Appends findings (original code-point offsets through `text.origin`; byte fields and `text`
  // are left for the caller). `at` bounds plausible birth dates. `protected_spans` are sorted,
  // non-overlapping ranges of normalised offsets (document numbers, codes) to skip.
  // With `open_header`, it is set to the header line of a table written as text whose rows run
  // to the end of `text` (empty otherwise), so that a caller scanning a long document in pieces
  // can put it before the next piece: the rows there are read under their column names.
  // `role_names` (sorted normalised spans, PersonNameRecognizer::FindAfterPrivateRole) are the names
  // written inline after a private person's role; each is reported when a direct identifier
  // follows it in the same sentence (申请人王建国（身份证号：…）).
  void Find(const NormalizedText& text, std::optional<Date> at, const std::vector<Span>& protected_spans,
            const std::string& version, std::vector<TextFinding>& out,
            MaskProfile profile = MaskProfile::kKeepFirst3Last4, std::u32string* open_header = nullptr,
            const std::vector<Span>* role_names = nullptr) const;
};

// Masks an ID number by `profile` (default: keep the first 3 and last 4: 530***********1234).
std::string MaskIdNumber(std::string_view id, MaskProfile profile = MaskProfile::kKeepFirst3Last4);
// Masks all characters of `value` except the first `keep_first` and the last `keep_last`
// digits/letters; separators (space, hyphen) stay.
std::string MaskKeeping(std::string_view value, std::size_t keep_first, std::size_t keep_last);

}  // namespace govwatch::text
