// libFuzzer target: text/ normalisation with its offset map (width folding, zero-width removal,
// traditional → simplified, skeleton, UTF-8 encoding) and the protected-span finder. The offset
// maps must stay inside the original text. Inputs starting with "T2S\n" are read as a
// traditional → simplified table instead (malformed rows must fail cleanly).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/strings.hpp"
#include "text/normalizer.hpp"
#include "text/protected_spans.hpp"

namespace {

const govwatch::text::Normalizer& SharedNormalizer() {
  static const govwatch::text::Normalizer normalizer = [] {
    auto loaded = govwatch::text::Normalizer::Load("fuzz_t2s.tsv", "國\t国\n會\t会\n發\t发\n佈\t布\n時\t时\n間\t间\n");
    if (!loaded) std::abort();
    return std::move(*loaded);
  }();
  return normalizer;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace govwatch::text;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (bytes.substr(0, 4) == "T2S\n") {
    auto table = Normalizer::Load("fuzz.tsv", bytes.substr(4));
    if (!table && table.error().message.empty()) std::abort();
    return 0;
  }
  const std::u32string original = govwatch::DecodeUtf8(bytes);
  const NormalizedText normalized = SharedNormalizer().Normalize(original);
  if (normalized.text.size() != normalized.origin.size()) std::abort();
  for (std::uint32_t at : normalized.origin) {
    if (at >= original.size()) std::abort();
  }
  const NormalizedText skeleton = Normalizer::Skeleton(normalized);
  if (skeleton.text.size() != skeleton.origin.size()) std::abort();
  const NormalizedBytes encoded = Normalizer::Encode(normalized);
  if (encoded.origin.size() != encoded.bytes.size()) std::abort();
  static const ProtectedSpanFinder finder;
  const std::vector<ProtectedSpan> spans = finder.Find(normalized.text);
  for (const Span& s : ProtectedSpanFinder::Merged(spans)) {
    if (s.begin > s.end || s.end > normalized.text.size()) std::abort();
  }
  return 0;
}
