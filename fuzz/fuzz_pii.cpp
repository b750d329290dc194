// libFuzzer target: the personal-information recognizers of text/ (ID numbers, mobiles, bank
// cards, passports, plates …) and their masks on arbitrary text. Findings must point inside the
// original text and carry a replacement.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "common/strings.hpp"
#include "common/time.hpp"
#include "text/normalizer.hpp"
#include "text/pii_recognizer.hpp"
#include "text/protected_spans.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace govwatch::text;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const std::u32string original = govwatch::DecodeUtf8(bytes);
  static const Normalizer normalizer;
  static const ProtectedSpanFinder finder;
  static const PiiRecognizer recognizer;
  const NormalizedText normalized = normalizer.Normalize(original);
  const std::vector<Span> protected_spans = ProtectedSpanFinder::Merged(finder.Find(normalized.text));
  std::vector<TextFinding> findings;
  for (MaskProfile profile : {MaskProfile::kHideBirthDate, MaskProfile::kKeepFirst3Last4, MaskProfile::kKeepLast4}) {
    findings.clear();
    recognizer.Find(normalized, govwatch::Date{2022, 3, 1}, protected_spans, "fuzz", findings, profile);
    for (const TextFinding& f : findings) {
      if (f.begin > f.end || f.end > original.size()) std::abort();
    }
  }
  (void)MaskIdNumber(bytes);
  (void)MaskKeeping(bytes, 3, 4);
  return findings.size() > normalized.text.size() + 1 ? 1 : 0;
}
