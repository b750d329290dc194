// libFuzzer target: the message-board reader that needs no configuration (messages/board_auto),
// on arbitrary bytes decoded the way a fetched body is. FindBoardRows and FindBoardDetail must
// never crash or stall, must give the same rows twice, cannot find a row in a body that holds no
// element, and every row they find must survive ToMessage (a message or a reasoned failure).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "fetch/body_decoder.hpp"
#include "messages/board_auto.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const govwatch::fetch::DecodedBody decoded = govwatch::fetch::DecodeBody(bytes, "");
  const std::string url = "http://www.example.gov.cn/hdjl/list.html";
  const govwatch::messages::BoardListPage first = govwatch::messages::FindBoardRows(decoded.body, url);
  const govwatch::messages::BoardListPage again = govwatch::messages::FindBoardRows(decoded.body, url);
  if (first.rows.size() != again.rows.size() || first.next_url != again.next_url) std::abort();
  if (!first.rows.empty() && decoded.body.find('<') == std::string::npos) std::abort();
  for (std::size_t i = 0; i < first.rows.size(); ++i) {
    if (first.rows[i].title != again.rows[i].title || first.rows[i].received_text != again.rows[i].received_text) {
      std::abort();
    }
    auto message = govwatch::messages::ToMessage(first.rows[i], 1, 0);
    if (!message && message.error().message.empty()) std::abort();
  }
  govwatch::messages::BoardRow row;
  govwatch::messages::FindBoardDetail(decoded.body, url, row);
  (void)govwatch::messages::ToMessage(row, 1, 0);
  return 0;
}
