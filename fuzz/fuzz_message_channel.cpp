// libFuzzer target: the message-channel reader (W-V5 ①) on arbitrary bytes, decoded the way a
// fetched body is (charset sniffing, GBK, broken UTF-8). ReadMessageChannel must never crash or
// stall, must give the same answer twice, and cannot find a form or a list in a body that holds
// no element at all.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/message_channel.hpp"
#include "fetch/body_decoder.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const govwatch::fetch::DecodedBody decoded = govwatch::fetch::DecodeBody(bytes, "");
  const govwatch::extract::MessageChannelFacts first = govwatch::extract::ReadMessageChannel(decoded.body);
  const govwatch::extract::MessageChannelFacts again = govwatch::extract::ReadMessageChannel(decoded.body);
  if (first.has_form != again.has_form || first.has_list != again.has_list) std::abort();
  // A form, frame, textarea or 写信 link needs a tag.
  if (first.has_form && decoded.body.find('<') == std::string::npos) std::abort();
  // The raw bytes too (a UTF-8 reading of whatever came in), as a script would hand them over.
  const govwatch::extract::MessageChannelFacts raw = govwatch::extract::ReadMessageChannel(bytes);
  if (raw.has_form && bytes.find('<') == std::string_view::npos) std::abort();
  return 0;
}
