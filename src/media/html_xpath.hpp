// An HTML document parsed with libxml2's forgiving HTML parser, queried with XPath 1.0. Shared by
// the HTML list connectors of media/ (post lists) and messages/ (message boards).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch::media {

// A parsed page. Node handles stay valid while the document lives. Not copyable.
class HtmlXPathDocument {
 public:
  // An opaque element of the document.
  using Node = const void*;

  // Parses UTF-8 HTML (tag soup is repaired). Fails only when nothing could be parsed.
  static Result<HtmlXPathDocument> Parse(std::string_view html, const std::string& url);
  HtmlXPathDocument(HtmlXPathDocument&&) noexcept;
  HtmlXPathDocument& operator=(HtmlXPathDocument&&) noexcept;
  ~HtmlXPathDocument();

  // The nodes `xpath` selects from the document root. Fails on an invalid expression.
  Result<std::vector<Node>> Select(const std::string& xpath) const;
  // The string value of `xpath` evaluated with `context` as the context node (nullptr: the root):
  // the first selected node's text for a node-set, the value itself for a string, number or
  // boolean. Whitespace runs are collapsed; "" when nothing matched. Fails on an invalid expression.
  Result<std::string> Text(const std::string& xpath, Node context = nullptr) const;
  // `href` resolved against the page URL (and a <base href>, if the page has one).
  std::string Resolve(const std::string& href) const;
  // The page URL.
  const std::string& url() const { return url_; }

 private:
  HtmlXPathDocument() = default;
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string url_;
};

// Collapses whitespace runs (including U+3000 and &nbsp;) to one space and trims.
std::string CollapseWhitespace(std::string_view s);

}  // namespace govwatch::media
