// Message channels (W-V5 ①): whether a page offers a way to send a question or suggestion (a
// message form: a textarea, or a form whose fields ask for a title and content; a platform
// embedded in an iframe; a "我要写信" entry to the writing page) or shows the messages already
// sent (a list with reply states such as 已回复 / 办理中). Pure: no I/O.
#pragma once

#include <string_view>

namespace govwatch::extract {

struct MessageChannelFacts {
  bool has_form = false;  // a visible message form (not a search box), embedded platform or 写信 entry
  bool has_list = false;  // messages listed with their reply state or reply time
};

// Reads `html` (UTF-8). Never fails: broken markup yields what can be read.
MessageChannelFacts ReadMessageChannel(std::string_view html);

}  // namespace govwatch::extract
