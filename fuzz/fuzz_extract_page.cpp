// libFuzzer target: the HTML extractor on arbitrary bytes, decoded the way a fetched body is
// (charset sniffing, GBK, broken UTF-8), then ExtractPage. The first line may carry the page URL
// so that URL-derived facts (dates in paths, pagination, link resolution) are exercised too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "extract/page_extractor.hpp"
#include "fetch/body_decoder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  std::string url = "http://www.example.gov.cn/zwgk/tzgg/202203/t20220301_1.html";
  if (bytes.substr(0, 4) == "URL ") {
    const std::size_t eol = bytes.find('\n');
    url.assign(bytes.substr(4, eol == std::string_view::npos ? bytes.size() - 4 : eol - 4));
    bytes.remove_prefix(eol == std::string_view::npos ? bytes.size() : eol + 1);
  }
  const govwatch::fetch::DecodedBody decoded = govwatch::fetch::DecodeBody(bytes, "");
  const govwatch::extract::PageFacts facts = govwatch::extract::ExtractPage(decoded.body, url);
  // Touch the results so that nothing is optimised away.
  std::size_t sink = facts.title.size() + facts.main_text.size() + facts.items.size() + facts.links.size();
  for (const auto& item : facts.items) sink += item.url.size();
  return sink == static_cast<std::size_t>(-1) ? 1 : 0;
}
