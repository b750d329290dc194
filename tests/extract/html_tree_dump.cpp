// govwatch_html_tree_dump FILE… : prints, for each page (decoded like a fetched body), the
// flattened HtmlTree (index, tag, parent, depth, end, flags, text bytes, attributes, raw text),
// its visible text and what the HtmlTree readers other than ExtractPage find (message channel,
// search form, hidden links). A comparison tool: two builds must print byte-identical dumps.
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>

#include "common/files.hpp"
#include "extract/hidden_links.hpp"
#include "extract/html_tree.hpp"
#include "extract/message_channel.hpp"
#include "extract/search_form.hpp"
#include "fetch/body_decoder.hpp"

namespace {

// Control bytes, backslash and '|' escaped so that one node stays one line.
std::string Escaped(std::string_view s) {
  std::string out;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (c == '\\' || c == '|') {
      out += '\\';
      out += c;
    } else if (u < 0x20 || u == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", u);
      out += buf;
    } else {
      out += c;
    }
  }
  return out;
}

void Dump(std::string_view html, std::ostream& out) {
  using govwatch::extract::detail::HtmlTree;
  const HtmlTree tree(html);
  out << "nodes " << tree.size() << "\n";
  for (std::size_t i = 0; i < tree.size(); ++i) {
    const auto& info = tree.Info(i);
    out << i << (tree.IsElement(i) ? " E " : " T ") << tree.Tag(i) << " p" << info.parent << " d" << info.depth << " e"
        << info.end << " f" << info.flags << " b" << info.text_bytes;
    if (tree.IsElement(i)) {
      for (const auto& [name, value] : tree.Attributes(i)) out << " |" << Escaped(name) << "=" << Escaped(value);
    } else {
      out << " |" << Escaped(tree.RawText(i));
    }
    out << "\n";
  }
  out << "visible |" << Escaped(govwatch::extract::detail::VisibleText(tree)) << "\n";
  const auto channel = govwatch::extract::ReadMessageChannel(html);
  out << "channel " << channel.has_form << channel.has_list << "\n";
  if (const auto form = govwatch::extract::FindSearchForm(html, "http://www.example.gov.cn/a/b.html")) {
    out << "search |" << form->action << "|" << form->method << "|" << form->field;
    for (const auto& [k, v] : form->fixed) out << "|" << k << "=" << v;
    out << "\n";
  }
  for (const auto& link : govwatch::extract::FindHiddenLinks(html, "http://www.example.gov.cn/a/b.html")) {
    out << "hidden |" << link.url << "|" << Escaped(link.text) << "|" << link.how << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  for (int a = 1; a < argc; ++a) {
    auto content = govwatch::ReadFile(argv[a]);
    if (!content) {
      std::fprintf(stderr, "govwatch_html_tree_dump: %s\n", content.error().message.c_str());
      return 1;
    }
    const govwatch::fetch::DecodedBody decoded = govwatch::fetch::DecodeBody(*content, "text/html");
    std::cout << "== " << argv[a] << "\n";
    Dump(decoded.body, std::cout);
  }
  return 0;
}
