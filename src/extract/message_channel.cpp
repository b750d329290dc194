#include "extract/message_channel.hpp"

#include <string>

#include "common/strings.hpp"
#include "extract/html_tree.hpp"

namespace govwatch::extract {
namespace {

using detail::HtmlTree;

bool AnyIn(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (Contains(s, w)) return true;
  }
  return false;
}

// How often `text` names a reply state ("已回复", "办理中" …): one per listed message, usually.
int ReplyStates(std::string_view text) {
  static constexpr std::string_view kStates[] = {"已回复", "已答复", "已办结", "办理中", "已受理", "待回复",
                                                 "未回复", "待答复", "已反馈", "处理中", "回复时间", "答复时间",
                                                 "回复日期", "答复日期", "回复单位", "答复单位"};
  int n = 0;
  for (std::string_view s : kStates) {
    for (std::size_t at = text.find(s); at != std::string_view::npos; at = text.find(s, at + s.size())) ++n;
  }
  return n;
}

// A text input or textarea whose name, id, placeholder or label asks for a message's title or content.
bool AsksForMessage(const HtmlTree& tree, std::size_t i) {
  const std::string hint = ToLowerAscii(tree.Attr(i, "name") + " " + tree.Attr(i, "id") + " " +
                                        tree.Attr(i, "placeholder") + " " + tree.Attr(i, "title"));
  return AnyIn(hint, {"content", "neirong", "nr", "message", "liuyan", "title", "biaoti", "subject", "留言", "内容",
                      "标题", "主题", "问题", "建议", "咨询"});
}

}  // namespace

MessageChannelFacts ReadMessageChannel(std::string_view html) {
  MessageChannelFacts out;
  const HtmlTree tree(html);
  int loose_textareas = 0;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (!tree.IsElement(i) || (tree.Info(i).flags & detail::kHidden) != 0) continue;
    const std::string_view tag = tree.Tag(i);
    if (tag == "textarea") {
      ++loose_textareas;
      continue;
    }
    // The platform embedded in a frame (集约化 互动平台 pages often are), or an entry to the
    // writing page: "我要写信", "我要留言" as a short link or button.
    if (tag == "iframe" && !Trim(tree.Attr(i, "src")).empty()) {
      out.has_form = true;
      continue;
    }
    if (tag == "a" || tag == "button") {
      const std::string label = tree.Text(i, 64);
      if (label.size() <= 24 && AnyIn(label, {"我要写信", "写信", "我要留言", "我要咨询", "我要建议", "我要投诉",
                                              "发表留言", "提交留言", "我要提问"})) {
        out.has_form = true;
      }
      continue;
    }
    if (tag != "form") continue;
    // A form with a textarea, or with at least two fields one of which asks for a title or content.
    int fields = 0;
    bool asks = false;
    bool textarea = false;
    for (std::size_t j = i + 1; j < tree.Info(i).end; ++j) {
      if (!tree.IsElement(j)) continue;
      const std::string_view t = tree.Tag(j);
      if (t == "textarea") textarea = true;
      if (t == "input") {
        const std::string type = ToLowerAscii(Trim(tree.Attr(j, "type")));
        if (type.empty() || type == "text" || type == "tel" || type == "email") {
          ++fields;
          asks = asks || AsksForMessage(tree, j);
        }
      }
    }
    if (textarea || (fields >= 2 && asks)) out.has_form = true;
  }
  // A textarea outside any form (a script submits it) still takes a message.
  if (loose_textareas > 0) out.has_form = true;
  if (tree.size() > 0) {
    const std::string text = tree.Text(0, 1 << 20);
    out.has_list = ReplyStates(text) >= 2;
  }
  return out;
}

}  // namespace govwatch::extract
