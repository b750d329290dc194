#include "extract/html_tree.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <exception>
#include <memory>
#include <new>

#include "common/strings.hpp"

namespace govwatch::extract::detail {
namespace {

constexpr std::array<std::string_view, 5> kSkippedTags = {"script", "style", "noscript", "template", "select"};
constexpr std::array<std::string_view, 4> kBoilerplateTags = {"nav", "footer", "header", "aside"};
// Words of class/id values that name page furniture in Chinese government templates.
constexpr std::array<std::string_view, 40> kBoilerplateWords = {
    "nav",     "navbar",   "navigation", "menu",   "mainmenu",  "submenu",    "footer",  "foot",
    "bottom",  "header",   "topbar",     "top",    "sidebar",   "side",       "aside",   "related",
    "relate",  "xgwz",     "xglj",       "xgxx",   "copyright", "breadcrumb", "crumb",   "crumbs",
    "position", "location", "dqwz",      "daohang", "dh",       "banner",     "yqlj",    "friendlink",
    "share",   "toolbar",  "rdph",       "hot",    "ranking",   "paihang",    "tuijian", "recommend"};
// Text that marks the footer block.
constexpr std::array<std::string_view, 6> kFooterMarkers = {"版权所有", "ICP备", "网站标识码", "公网安备",
                                                            "Copyright", "主办单位"};

bool IsSpaceAt(std::string_view s, std::size_t i, std::size_t* len) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
    *len = 1;
    return true;
  }
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
    *len = 2;
    return true;
  }
  if (c == 0xE3 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      static_cast<unsigned char>(s[i + 2]) == 0x80) {
    *len = 3;
    return true;
  }
  return false;
}

bool HasBoilerplateWord(std::string_view value) {
  // Words are lowered into a small buffer: none of kBoilerplateWords is longer than it, so a
  // longer word only needs its length counted.
  constexpr std::size_t kMaxWord = 16;
  static_assert(std::all_of(kBoilerplateWords.begin(), kBoilerplateWords.end(),
                            [](std::string_view w) { return w.size() <= kMaxWord; }));
  char word[kMaxWord];
  std::size_t length = 0;
  for (std::size_t i = 0; i <= value.size(); ++i) {
    char c = i < value.size() ? value[i] : ' ';
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      if (length < kMaxWord) word[length] = c;
      ++length;
      continue;
    }
    if (length > 0 && length <= kMaxWord &&
        std::find(kBoilerplateWords.begin(), kBoilerplateWords.end(), std::string_view(word, length)) !=
            kBoilerplateWords.end()) {
      return true;
    }
    length = 0;
  }
  return false;
}

// Reads the number right after `key` in a declaration list without spaces ("left:-9999px").
bool NumberAfter(std::string_view css, std::string_view key, double* value) {
  const std::size_t at = css.find(key);
  if (at == std::string_view::npos) return false;
  std::size_t i = at + key.size();
  bool negative = false;
  if (i < css.size() && css[i] == '-') {
    negative = true;
    ++i;
  }
  double v = 0;
  bool any = false;
  while (i < css.size() && css[i] >= '0' && css[i] <= '9') {
    v = v * 10 + (css[i] - '0');
    any = true;
    ++i;
  }
  if (!any) return false;
  if (i < css.size() && css[i] == '.' && i + 1 < css.size() && css[i + 1] >= '1' && css[i + 1] <= '9') v += 0.5;
  *value = negative ? -v : v;
  return true;
}

bool StyleHides(std::string_view style) {
  std::string css;
  for (char c : ToLowerAscii(style)) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') css.push_back(c);
  }
  if (Contains(css, "display:none") || Contains(css, "visibility:hidden")) return true;
  double v = 0;
  const bool zero_width = NumberAfter(css, "width:", &v) && v == 0;
  const bool zero_height = NumberAfter(css, "height:", &v) && v == 0;
  const bool clips = Contains(css, "overflow:hidden");
  if ((zero_width && zero_height) || ((zero_width || zero_height) && clips)) return true;
  if (NumberAfter(css, "font-size:", &v) && v == 0) return true;
  for (std::string_view key : {"left:", "top:", "text-indent:", "margin-left:", "margin-top:"}) {
    if (NumberAfter(css, key, &v) && v <= -500) return true;
  }
  return false;
}

// Deeper nesting than this is cut before parsing: libxml2 itself only copes (XML_PARSE_HUGE
// lifts its 256-level stop, which would otherwise drop the rest of a page with unclosed tags),
// but every later walk pays per level.
constexpr std::size_t kMaxNesting = 4096;

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == ':' || c == '_';
}

bool IsVoidTag(std::string_view name) {
  static constexpr std::array<std::string_view, 15> kVoid = {"br", "img", "input", "meta", "link", "hr", "area", "base",
                                                            "col", "embed", "param", "source", "track", "wbr", "frame"};
  return std::find(kVoid.begin(), kVoid.end(), name) != kVoid.end();
}

bool ClosesSibling(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kSiblings = {"p", "li", "dt", "dd", "tr", "td", "th", "option", "font"};
  return std::find(kSiblings.begin(), kSiblings.end(), name) != kSiblings.end();
}

// One pass of a small tag tokenizer that estimates the element depth the way an HTML parser
// builds it (void elements, raw-text elements, sibling-closing p/li/td …). With `out`, start
// tags that would nest deeper than `max_depth` are left out of the copy. Returns the deepest
// nesting seen (capped at `max_depth` + 1).
std::size_t ScanNesting(std::string_view html, std::size_t max_depth, std::string* out) {
  std::vector<std::string> stack;
  std::size_t deepest = 0;
  std::size_t copied = 0;  // bytes of `html` already handled for `out`
  std::size_t i = 0;
  auto lower_name = [&](std::size_t from, std::size_t* after) {
    std::string name;
    std::size_t k = from;
    while (k < html.size() && IsNameChar(html[k]) && name.size() < 32) name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(html[k++]))));
    while (k < html.size() && IsNameChar(html[k])) ++k;
    *after = k;
    return name;
  };
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (i + 1 >= html.size()) break;
    const char next = html[i + 1];
    if (next == '!') {
      const bool comment = html.substr(i, 4) == "<!--";
      const std::size_t close = comment ? html.find("-->", i + 4) : html.find('>', i + 2);
      if (close == std::string_view::npos) break;
      i = close + (comment ? 3 : 1);
      continue;
    }
    if (next == '/') {
      std::size_t after = 0;
      const std::string name = lower_name(i + 2, &after);
      // Close the nearest open element of that name among the top levels.
      for (std::size_t k = stack.size(), seen = 0; k-- > 0 && seen < 256; ++seen) {
        if (stack[k] == name) {
          stack.resize(k);
          break;
        }
      }
      i = after;
      continue;
    }
    if (!std::isalpha(static_cast<unsigned char>(next))) {
      ++i;
      continue;
    }
    std::size_t after = 0;
    const std::string name = lower_name(i + 1, &after);
    std::size_t close = html.find('>', after);
    if (close == std::string_view::npos) close = html.size() - 1;
    const bool self_closing = close > 0 && html[close - 1] == '/';
    if (name == "script" || name == "style" || name == "textarea" || name == "title" || name == "xmp") {
      // Raw text up to the end tag, whatever it contains.
      std::size_t end = close + 1;
      for (;;) {
        end = html.find("</", end);
        if (end == std::string_view::npos) break;
        std::size_t name_end = 0;
        if (lower_name(end + 2, &name_end) == name) break;
        end += 2;
      }
      i = end == std::string_view::npos ? html.size() : end;
      continue;
    }
    if (IsVoidTag(name) || self_closing) {
      i = close + 1;
      continue;
    }
    if (ClosesSibling(name)) {
      for (std::size_t k = stack.size(), seen = 0; k-- > 0 && seen < 4; ++seen) {
        if (stack[k] == name) {
          stack.resize(k);
          break;
        }
      }
    }
    if (stack.size() >= max_depth) {
      deepest = max_depth + 1;
      if (out == nullptr) return deepest;
      out->append(html.substr(copied, i - copied));
      copied = close + 1;
      i = close + 1;
      continue;
    }
    stack.push_back(name);
    deepest = std::max(deepest, stack.size());
    i = close + 1;
  }
  if (out != nullptr) out->append(html.substr(std::min(copied, html.size())));
  return deepest;
}

// TagLimitCut, also setting `tags` to the start tags before the cut (all of them when npos).
std::size_t CountStartTags(std::string_view html, std::size_t max_tags, std::size_t* tags) {
  *tags = 0;
  for (std::size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    if (i + 1 < html.size() && std::isalpha(static_cast<unsigned char>(html[i + 1])) != 0) {
      if (*tags == max_tags) return i;
      ++*tags;
    }
  }
  return std::string_view::npos;
}

// The element name libxml2's DOM gave `name`: the part after a namespace prefix ("o:p" is "p"),
// as its SAX2 tree builder splits qualified names even in HTML. A name that starts with ':'
// or ends at its first ':' stays whole.
std::string_view LocalName(std::string_view name) {
  const std::size_t colon = name.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 == name.size()) return name;
  return name.substr(colon + 1);
}

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (std::size_t k = 0; k < a.size(); ++k) {
    if (lower(a[k]) != lower(b[k])) return false;
  }
  return true;
}

}  // namespace

// Builds an HtmlTree from the SAX events of libxml2's HTML parser, mirroring what its SAX2 DOM
// builder made of them: an element becomes a child of the open element, or (when none is open)
// the document's root, or a child of that root when the document's first node is it (after
// </html>); characters and CDATA blocks in a row join into one text node, and text with no open
// element is dropped; comments and processing instructions are not kept but end a text node. A
// valueless boolean attribute (<input disabled>) gets its name as value.
class HtmlTree::Builder {
 public:
  explicit Builder(HtmlTree& tree) : tree_(tree) {}

  static void Install(htmlSAXHandler& sax) {
    std::memset(&sax, 0, sizeof sax);
    sax.initialized = 1;
    sax.startElement = &Builder::OnStartElement;
    sax.endElement = &Builder::OnEndElement;
    sax.characters = &Builder::OnCharacters;
    sax.cdataBlock = &Builder::OnCdata;
    // The HTML parser keeps blanks (they arrive as characters); its DOM builder ignored this
    // callback's events anyway.
    sax.ignorableWhitespace = nullptr;
    sax.comment = &Builder::OnComment;
    sax.processingInstruction = &Builder::OnProcessingInstruction;
    sax.internalSubset = &Builder::OnDoctype;
  }

  // Parses `input` with `context` into the tree. Rethrows what a callback threw (bad_alloc).
  void Parse(htmlParserCtxt& context, std::string_view input, int options) {
    context_ = &context;
    current_ = this;
    htmlDocPtr doc = htmlCtxtReadMemory(&context, input.data(),
                                        static_cast<int>(std::min<std::size_t>(input.size(), 0x7fffffff)), nullptr,
                                        "UTF-8", options);
    current_ = nullptr;
    if (doc != nullptr) xmlFreeDoc(doc);  // none without a startDocument handler; kept for safety
    if (failure_) std::rethrow_exception(failure_);
  }

 private:
  enum class TextKind { kNone, kText, kCdata };

  // Runs `step` on the builder of this thread's parse; an exception stops the parser and is
  // rethrown by Parse (it must not unwind through libxml2's C frames).
  template <typename Step>
  static void Guarded(Step&& step) {
    Builder* b = current_;
    if (b == nullptr || b->failure_) return;
    try {
      step(*b);
    } catch (...) {
      b->failure_ = std::current_exception();
      xmlStopParser(b->context_);
    }
  }

  static void OnStartElement(void*, const xmlChar* name, const xmlChar** atts) {
    Guarded([&](Builder& b) { b.StartElement(reinterpret_cast<const char*>(name), atts); });
  }
  static void OnEndElement(void*, const xmlChar*) {
    Guarded([](Builder& b) {
      b.open_text_ = TextKind::kNone;
      if (!b.open_.empty()) b.open_.pop_back();
    });
  }
  static void OnCharacters(void*, const xmlChar* ch, int len) {
    Guarded([&](Builder& b) { b.AddText(ch, len, TextKind::kText); });
  }
  static void OnCdata(void*, const xmlChar* ch, int len) {
    Guarded([&](Builder& b) { b.AddText(ch, len, TextKind::kCdata); });
  }
  static void OnComment(void*, const xmlChar*) { Guarded([](Builder& b) { b.AddUnkeptNode(); }); }
  static void OnProcessingInstruction(void*, const xmlChar*, const xmlChar*) {
    Guarded([](Builder& b) { b.AddUnkeptNode(); });
  }
  // The first DOCTYPE becomes the document's first node, wherever it stands.
  static void OnDoctype(void*, const xmlChar*, const xmlChar*, const xmlChar*) {
    Guarded([](Builder& b) {
      if (b.doctype_seen_) return;
      b.doctype_seen_ = true;
      b.document_has_nodes_ = true;
      b.root_ = -1;
    });
  }

  std::size_t Append(std::string_view s) {
    const std::size_t at = tree_.text_.size();
    tree_.text_.append(s);
    return at;
  }

  std::size_t NewNode(int parent) {
    NodeInfo info;
    info.parent = parent;
    info.depth = parent < 0 ? 0 : tree_.info_[static_cast<std::size_t>(parent)].depth + 1;
    tree_.info_.push_back(info);
    tree_.nodes_.emplace_back();
    return tree_.info_.size() - 1;
  }

  void StartElement(const char* name, const xmlChar** atts) {
    open_text_ = TextKind::kNone;
    int parent = -1;
    if (!open_.empty()) {
      parent = open_.back();
    } else if (!document_has_nodes_) {
      document_has_nodes_ = true;
      root_ = static_cast<int>(tree_.info_.size());
    } else {
      parent = root_;
    }
    const std::size_t self = NewNode(parent);
    const std::string_view tag = LocalName(name);
    Stored& stored = tree_.nodes_[self];
    stored.element = true;
    stored.offset = Append(tag);
    stored.length = static_cast<std::uint32_t>(tag.size());
    stored.first_attr = tree_.attrs_.size();
    for (std::size_t k = 0; atts != nullptr && atts[k] != nullptr; k += 2) {
      const char* attr_name = reinterpret_cast<const char*>(atts[k]);
      const xmlChar* value = atts[k + 1];
      if (value == nullptr && htmlIsBooleanAttr(atts[k]) != 0) value = atts[k];
      Attribute a;
      a.name_length = static_cast<std::uint32_t>(std::strlen(attr_name));
      a.name = Append(std::string_view(attr_name, a.name_length));
      if (value != nullptr) {
        const std::string_view v = reinterpret_cast<const char*>(value);
        a.value_length = static_cast<std::uint32_t>(v.size());
        a.value = Append(v);
      }
      tree_.attrs_.push_back(a);
    }
    tree_.nodes_[self].attr_count = static_cast<std::uint32_t>(tree_.attrs_.size() - stored.first_attr);
    open_.push_back(static_cast<int>(self));
  }

  void AddText(const xmlChar* ch, int len, TextKind kind) {
    if (open_.empty() || len < 0) return;
    const std::string_view s(reinterpret_cast<const char*>(ch), static_cast<std::size_t>(len));
    if (open_text_ != kind) {
      const std::size_t self = NewNode(open_.back());
      tree_.nodes_[self].offset = tree_.text_.size();
      open_text_ = kind;
    }
    // The open text node is the last node, its content the end of text_.
    tree_.text_.append(s);
    tree_.nodes_.back().length += static_cast<std::uint32_t>(s.size());
  }

  void AddUnkeptNode() {
    open_text_ = TextKind::kNone;
    if (open_.empty()) document_has_nodes_ = true;
  }

  static thread_local Builder* current_;
  HtmlTree& tree_;
  htmlParserCtxt* context_ = nullptr;
  std::exception_ptr failure_;
  std::vector<int> open_;                  // open elements, innermost last
  TextKind open_text_ = TextKind::kNone;   // kind of the last node when text may join it
  bool document_has_nodes_ = false;
  bool doctype_seen_ = false;
  int root_ = -1;  // the document's first node when it is an element, else -1
};

thread_local HtmlTree::Builder* HtmlTree::Builder::current_ = nullptr;

namespace {

// The parser context of this thread, reused from page to page (creating one, with its name
// dictionary, costs as much as parsing a short page), its SAX handler set to build an HtmlTree.
// It is replaced every kParsesPerContext pages, so names a hostile page interned do not
// accumulate.
htmlParserCtxt& ThreadParser(bool* fresh) {
  struct Deleter {
    void operator()(htmlParserCtxtPtr c) const { htmlFreeParserCtxt(c); }
  };
  constexpr int kParsesPerContext = 500;
  thread_local std::unique_ptr<htmlParserCtxt, Deleter> context;
  thread_local int parses = 0;
  if (!context || ++parses >= kParsesPerContext) {
    context.reset(htmlNewParserCtxt());
    parses = 0;
    if (!context || context->sax == nullptr) throw std::bad_alloc();
    *fresh = true;
  }
  return *context;
}

}  // namespace

std::string LimitNesting(std::string_view html, std::size_t max_depth) {
  if (ScanNesting(html, max_depth, nullptr) <= max_depth) return std::string(html);
  std::string out;
  out.reserve(html.size());
  ScanNesting(html, max_depth, &out);
  return out;
}

std::size_t TagLimitCut(std::string_view html, std::size_t max_tags) {
  std::size_t tags = 0;
  return CountStartTags(html, max_tags, &tags);
}

bool IsBlockTag(std::string_view tag) {
  static constexpr std::array<std::string_view, 36> kBlocks = {
      "p",  "div", "li",      "ul",    "ol",     "dl",      "dt",      "dd",    "table", "tr",    "td",   "th",
      "h1", "h2",  "h3",      "h4",    "h5",     "h6",      "br",      "hr",    "section", "article", "main", "header",
      "footer", "nav", "aside", "form", "blockquote", "pre", "address", "tbody", "thead", "center", "body", "title"};
  return std::find(kBlocks.begin(), kBlocks.end(), tag) != kBlocks.end();
}

std::string CollapseSpace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 0;
    if (IsSpaceAt(s, i, &len)) {
      pending_space = true;
      i += len;
      continue;
    }
    // The run of bytes up to the next white space, copied at once. A space starts with a byte
    // of at most 0x20, or with the lead byte of NBSP (C2) or of the ideographic space (E3).
    std::size_t j = i + 1;
    for (; j < s.size(); ++j) {
      const auto c = static_cast<unsigned char>(s[j]);
      if ((c <= 0x20 || c == 0xC2 || c == 0xE3) && IsSpaceAt(s, j, &len)) break;
    }
    if (pending_space && !out.empty()) out.push_back(' ');
    pending_space = false;
    out.append(s.data() + i, j - i);
    i = j;
  }
  return out;
}

HtmlTree::HtmlTree(std::string_view html) {
  std::string repaired;
  std::string_view input = html;
  if (!IsValidUtf8(input)) {
    repaired = SanitizeUtf8(input);
    input = repaired;
  }
  // NUL and the other C0 controls (but tab, line feed, form feed, carriage return) make
  // libxml2 stop or drop text; a space keeps the words apart.
  auto is_control = [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f';
  };
  if (std::any_of(input.begin(), input.end(), is_control)) {
    if (repaired.empty()) repaired.assign(input);
    std::replace_if(repaired.begin(), repaired.end(), is_control, ' ');
    input = repaired;
  }
  if (input.empty()) return;
  // A page of millions of elements is read up to its millionth (what follows is not seen).
  std::size_t tags = 0;
  if (const std::size_t cut = CountStartTags(input, kMaxElements, &tags); cut != std::string_view::npos) {
    input = input.substr(0, cut);
  }
  // Every level of nesting opens with a start tag, so a page of fewer tags than the limit (most
  // pages) needs no tokenizer pass.
  if (tags > kMaxNesting && ScanNesting(input, kMaxNesting, nullptr) > kMaxNesting) {
    std::string limited;
    limited.reserve(input.size());
    ScanNesting(input, kMaxNesting, &limited);
    repaired = std::move(limited);
    input = repaired;
  }
  // COMPACT, which only shaped libxml2's DOM nodes, no longer matters.
  const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                      static_cast<int>(XML_PARSE_HUGE);
  bool fresh = false;
  htmlParserCtxt& context = ThreadParser(&fresh);
  if (fresh) Builder::Install(*context.sax);
  // Tags, attributes and text take no more bytes than the markup, as a rule.
  text_.reserve(input.size());
  Builder(*this).Parse(context, input, options);
  if (info_.empty()) return;
  ComputeEnds();
  ReadHidingStyles();
  Classify();
  MarkFooters();
}

void HtmlTree::ComputeEnds() {
  for (std::size_t i = 0; i < info_.size(); ++i) info_[i].end = i + 1;
  for (std::size_t i = info_.size(); i-- > 0;) {
    const int p = info_[i].parent;
    if (p >= 0) info_[p].end = std::max(info_[p].end, info_[i].end);
  }
}

void HtmlTree::ReadHidingStyles() {
  // Only simple ".class" and "#id" selectors: enough for the usual hidden-link trick.
  for (std::size_t i = 0; i < info_.size(); ++i) {
    if (!IsElement(i) || Tag(i) != "style") continue;
    std::string css;
    for (std::size_t j = i + 1; j < info_[i].end; ++j) css += RawText(j);
    for (std::string_view rule : Split(css, '}')) {
      const std::size_t brace = rule.find('{');
      if (brace == std::string_view::npos || !StyleHides(rule.substr(brace + 1))) continue;
      for (std::string_view selector : Split(rule.substr(0, brace), ',')) {
        selector = Trim(selector);
        if (selector.size() < 2) continue;
        const std::string_view name = selector.substr(1);
        const bool simple = std::all_of(name.begin(), name.end(), [](char c) {
          return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        });
        if (!simple) continue;
        if (selector[0] == '.') hidden_classes_.emplace_back(name);
        if (selector[0] == '#') hidden_ids_.emplace_back(name);
      }
    }
  }
}

bool HtmlTree::InsideArticle(std::size_t i) const {
  // HTML5 sections: the <header> of an <article> holds its title and byline, its <footer> the
  // source and date; only the page's own header, footer, nav and aside are furniture.
  const std::string_view tag = Tag(i);
  if (tag != "header" && tag != "footer") return false;
  for (int p = info_[i].parent; p >= 0; p = info_[static_cast<std::size_t>(p)].parent) {
    const std::string_view up = Tag(static_cast<std::size_t>(p));
    if (up == "article" || up == "main") return true;
  }
  return false;
}

void HtmlTree::Classify() {
  for (std::size_t i = 0; i < info_.size(); ++i) {
    NodeInfo& info = info_[i];
    if (info.parent >= 0) info.flags = info_[info.parent].flags;
    if (!IsElement(i)) continue;
    const std::string_view tag = Tag(i);
    if (std::find(kSkippedTags.begin(), kSkippedTags.end(), tag) != kSkippedTags.end()) info.flags |= kSkipped;
    if (std::find(kBoilerplateTags.begin(), kBoilerplateTags.end(), tag) != kBoilerplateTags.end() &&
        !InsideArticle(i)) {
      info.flags |= kBoilerplate;
    }
    if (HasBoilerplateWord(AttrView(i, "class")) || HasBoilerplateWord(AttrView(i, "id"))) info.flags |= kBoilerplate;
    if (HasAttr(i, "hidden")) {
      info.flags |= kHidden;
    } else if (const std::string_view style = AttrView(i, "style"); !style.empty() && StyleHides(style)) {
      info.flags |= kHidden;
    }
    if (!hidden_classes_.empty() || !hidden_ids_.empty()) {
      const std::string_view id = AttrView(i, "id");
      if (!id.empty() && std::find(hidden_ids_.begin(), hidden_ids_.end(), id) != hidden_ids_.end()) info.flags |= kHidden;
      // The class list must outlive the views Split returns into it.
      const std::string classes = CollapseSpace(AttrView(i, "class"));
      for (std::string_view cls : Split(classes, ' ')) {
        if (std::find(hidden_classes_.begin(), hidden_classes_.end(), cls) != hidden_classes_.end()) info.flags |= kHidden;
      }
    }
  }
  for (std::size_t i = info_.size(); i-- > 0;) {
    NodeInfo& info = info_[i];
    if (!IsElement(i) && (info.flags & kSkipped) == 0) info.text_bytes += RawText(i).size();
    if (info.parent >= 0) info_[info.parent].text_bytes += info.text_bytes;
  }
}

void HtmlTree::MarkFooters() {
  constexpr std::size_t kMaxFooterBytes = 1500;
  for (std::size_t i = 0; i < info_.size(); ++i) {
    if (IsElement(i) || (info_[i].flags & (kSkipped | kFooter)) != 0) continue;
    const std::string_view text = RawText(i);
    bool marker = false;
    for (std::string_view m : kFooterMarkers) marker = marker || govwatch::Contains(text, m);
    if (!marker) continue;
    int top = info_[i].parent;
    if (top < 0) continue;
    // Climb while the parent is small and mostly this footer: a parent with much more text
    // holds content too (small pages where everything is under 1,500 bytes).
    while (info_[top].parent >= 0) {
      const NodeInfo& up = info_[info_[top].parent];
      if (up.text_bytes >= kMaxFooterBytes || up.text_bytes > info_[top].text_bytes * 2 + 60 ||
          Tag(static_cast<std::size_t>(info_[top].parent)) == "body") {
        break;
      }
      top = info_[top].parent;
    }
    if (Tag(static_cast<std::size_t>(top)) == "body" || Tag(static_cast<std::size_t>(top)) == "html") continue;
    for (std::size_t j = static_cast<std::size_t>(top); j < info_[top].end; ++j) info_[j].flags |= kFooter | kBoilerplate;
  }
}

std::string_view HtmlTree::Tag(std::size_t i) const {
  const Stored& n = nodes_[i];
  return n.element ? Slice(n.offset, n.length) : std::string_view();
}

const HtmlTree::Attribute* HtmlTree::FindAttr(std::size_t i, std::string_view name) const {
  const Stored& n = nodes_[i];
  for (std::size_t k = n.first_attr; k < n.first_attr + n.attr_count; ++k) {
    if (EqualsIgnoringAsciiCase(Slice(attrs_[k].name, attrs_[k].name_length), name)) return &attrs_[k];
  }
  return nullptr;
}

std::string HtmlTree::Attr(std::size_t i, std::string_view name) const { return std::string(AttrView(i, name)); }

std::string_view HtmlTree::AttrView(std::size_t i, std::string_view name) const {
  const Attribute* a = FindAttr(i, name);
  return a == nullptr ? std::string_view() : Slice(a->value, a->value_length);
}

bool HtmlTree::HasAttr(std::size_t i, std::string_view name) const { return FindAttr(i, name) != nullptr; }

std::vector<std::pair<std::string_view, std::string_view>> HtmlTree::Attributes(std::size_t i) const {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  const Stored& n = nodes_[i];
  for (std::size_t k = n.first_attr; k < n.first_attr + n.attr_count; ++k) {
    out.emplace_back(Slice(attrs_[k].name, attrs_[k].name_length), Slice(attrs_[k].value, attrs_[k].value_length));
  }
  return out;
}

std::string_view HtmlTree::RawText(std::size_t i) const {
  const Stored& n = nodes_[i];
  return n.element ? std::string_view() : Slice(n.offset, n.length);
}

std::string HtmlTree::Text(std::size_t i, std::size_t max_bytes) const {
  std::string raw;
  for (std::size_t j = i; j < info_[i].end && raw.size() < max_bytes; ++j) {
    if ((info_[j].flags & kSkipped) != 0) {
      j = info_[j].end - 1;
      continue;
    }
    if (IsElement(j)) {
      if (j != i && IsBlockTag(Tag(j))) raw.push_back(' ');
      continue;
    }
    raw += RawText(j);
  }
  return CollapseSpace(raw);
}

int HtmlTree::FindFirst(std::string_view tag, int scope) const {
  const std::size_t begin = scope < 0 ? 0 : static_cast<std::size_t>(scope);
  const std::size_t end = scope < 0 ? info_.size() : info_[scope].end;
  for (std::size_t j = begin; j < end; ++j) {
    if (IsElement(j) && Tag(j) == tag) return static_cast<int>(j);
  }
  return -1;
}

std::string VisibleText(const HtmlTree& tree) {
  std::string visible;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if ((tree.Info(i).flags & (kSkipped | kHidden)) != 0) {
      i = tree.Info(i).end - 1;
      continue;
    }
    if (tree.IsElement(i)) {
      if (IsBlockTag(tree.Tag(i))) visible.push_back(' ');
      continue;
    }
    visible += tree.RawText(i);
  }
  return CollapseSpace(visible);
}

}  // namespace govwatch::extract::detail
