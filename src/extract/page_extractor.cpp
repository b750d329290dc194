// Placeholder until the libxml2 extractor lands.
#include "extract/page_extractor.hpp"

namespace govwatch::extract {
PageFacts ExtractPage(std::string_view, std::string_view url) {
  PageFacts f;
  f.url = std::string(url);
  return f;
}
std::string ResolveUrl(std::string_view, std::string_view href) { return std::string(href); }
std::optional<Date> ParseDateText(std::string_view) { return std::nullopt; }
}  // namespace govwatch::extract
