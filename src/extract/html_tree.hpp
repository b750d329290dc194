// A parsed HTML document (libxml2's error-tolerant HTML parser) flattened into document order,
// with per-node facts the extractors share: subtree extent, hidden / boilerplate / skipped flags
// and text length. The tree is built straight from the parser's SAX events (no libxml2 DOM):
// tags, attributes and text live in one string, the nodes in one vector. Every walk is
// iterative, so 5,000-deep nesting cannot exhaust the stack.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govwatch::extract::detail {

// Node flags, inherited from ancestors.
enum NodeFlag : std::uint32_t {
  kSkipped = 1,      // script, style, noscript, template, select: never readable text
  kHidden = 2,       // hidden by inline CSS, zero size or off-screen
  kBoilerplate = 4,  // navigation, header, footer, sidebar, breadcrumbs
  kFooter = 8,       // the footer block (copyright, 网站标识码, ICP备案)
};

// Facts about one node, by document-order index.
struct NodeInfo {
  int parent = -1;            // index of the parent element, -1 for the root
  std::size_t end = 0;        // one past the last index of the subtree
  std::uint32_t flags = 0;    // NodeFlag bits
  std::size_t text_bytes = 0; // bytes of readable text in the subtree
  int depth = 0;
};

// Owns a parsed document. Not thread-safe; cheap to query after construction.
class HtmlTree {
 public:
  // Parses `html` (UTF-8; invalid bytes and NULs are repaired first). Never fails: an empty or
  // unparseable input yields an empty tree.
  explicit HtmlTree(std::string_view html);
  HtmlTree(const HtmlTree&) = delete;
  HtmlTree& operator=(const HtmlTree&) = delete;

  // Nodes (elements and text) in document order.
  std::size_t size() const { return info_.size(); }
  // The facts of node `i`.
  const NodeInfo& Info(std::size_t i) const { return info_[i]; }
  // True when node `i` is an element.
  bool IsElement(std::size_t i) const { return nodes_[i].element; }
  // Lower-case tag name of element `i` ("" for text nodes).
  std::string_view Tag(std::size_t i) const;
  // Attribute `name` of element `i`, "" when absent.
  std::string Attr(std::size_t i, std::string_view name) const;
  // The same without a copy: a view valid as long as the tree.
  std::string_view AttrView(std::size_t i, std::string_view name) const;
  // True when element `i` has attribute `name`.
  bool HasAttr(std::size_t i, std::string_view name) const;
  // Every attribute of element `i` (name, value) in source order (libxml2 keeps the first of
  // duplicated names).
  std::vector<std::pair<std::string_view, std::string_view>> Attributes(std::size_t i) const;
  // Raw content of text node `i` ("" for elements).
  std::string_view RawText(std::size_t i) const;
  // Readable text of the subtree of `i` with white space collapsed, skipping script/style;
  // block elements and <br> separate words with a space. Stops after `max_bytes`.
  std::string Text(std::size_t i, std::size_t max_bytes = std::string::npos) const;
  // True when `ancestor` contains (or is) `i`.
  bool Contains(std::size_t ancestor, std::size_t i) const { return i >= ancestor && i < info_[ancestor].end; }
  // Index of the first element with tag `tag` inside `scope` (or the document when scope is -1),
  // or -1.
  int FindFirst(std::string_view tag, int scope = -1) const;

 private:
  class Builder;
  // Where a node's strings are in text_: an element's tag name and its attributes (attrs_
  // [first_attr, first_attr + attr_count)), a text node's content.
  struct Stored {
    std::size_t offset = 0;
    std::uint32_t length = 0;
    std::uint32_t attr_count = 0;
    std::size_t first_attr = 0;
    bool element = false;
  };
  struct Attribute {
    std::size_t name = 0;  // offsets in text_
    std::size_t value = 0;
    std::uint32_t name_length = 0;
    std::uint32_t value_length = 0;
  };
  std::string_view Slice(std::size_t offset, std::size_t length) const { return {text_.data() + offset, length}; }
  const Attribute* FindAttr(std::size_t i, std::string_view name) const;
  void ComputeEnds();
  void ReadHidingStyles();
  void Classify();
  // True for a <header> or <footer> inside an <article> or <main>: part of the content.
  bool InsideArticle(std::size_t i) const;
  void MarkFooters();

  std::vector<NodeInfo> info_;
  std::vector<Stored> nodes_;      // parallel to info_
  std::vector<Attribute> attrs_;
  std::string text_;               // tag names, attribute names and values, text content
  std::vector<std::string> hidden_classes_;  // ".x{display:none}" in the page's <style>
  std::vector<std::string> hidden_ids_;      // "#x{display:none}"
};

// `html` with the start tags that would nest deeper than `max_depth` elements left out (a
// tokenizer's estimate: void, raw-text and sibling-closing elements are known). Unchanged when
// nothing nests that deep.
std::string LimitNesting(std::string_view html, std::size_t max_depth);
// Start tags of a page that are parsed (HtmlTree reads a page up to the tag after them): a parsed
// element costs about 270 bytes, and the 20 MB a fetch may hold are five million <br>s, 1.4 GB
// per page on each parsing thread.
inline constexpr std::size_t kMaxElements = 1000000;
// Where the start tag after the first `max_tags` of `html` begins ("<" and a letter: a tag's
// estimate that counts a "<b" inside a script too); npos when there are no more.
std::size_t TagLimitCut(std::string_view html, std::size_t max_tags);
// True for elements that start a new line of text (p, div, li, td, h1, br …).
bool IsBlockTag(std::string_view tag);
// Collapses runs of white space (ASCII, NBSP, ideographic space) to one space and trims.
std::string CollapseSpace(std::string_view s);
// The text a visitor sees: every text node outside skipped and hidden subtrees, block elements
// separated by a space, white space collapsed. ExtractPage computes it once per page.
std::string VisibleText(const HtmlTree& tree);

}  // namespace govwatch::extract::detail
