#include "media/html_xpath.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/uri.h>
#include <libxml/xpath.h>

#include <cmath>

#include <fmt/core.h>

namespace govwatch::media {

struct HtmlXPathDocument::Impl {
  htmlDocPtr doc = nullptr;
  std::string base;
  ~Impl() {
    if (doc != nullptr) xmlFreeDoc(doc);
  }
};

namespace {

// Evaluates `xpath` at `context`; the caller frees the result.
Result<xmlXPathObjectPtr> Eval(htmlDocPtr doc, const std::string& xpath, xmlNodePtr context) {
  xmlXPathContextPtr ctx = xmlXPathNewContext(doc);
  if (ctx == nullptr) return MakeError(ErrorCode::kInternal, "xpath: out of memory");
  ctx->node = context != nullptr ? context : xmlDocGetRootElement(doc);
  // A bad expression is reported through the Result, not on stderr.
  ctx->error = [](void*, xmlErrorPtr) {};
  xmlXPathObjectPtr obj = xmlXPathEvalExpression(reinterpret_cast<const xmlChar*>(xpath.c_str()), ctx);
  xmlXPathFreeContext(ctx);
  if (obj == nullptr) return MakeError(ErrorCode::kInvalidArgument, fmt::format("invalid XPath '{}'", xpath));
  return obj;
}

}  // namespace

std::string CollapseWhitespace(std::string_view s) {
  std::string out;
  bool space = false;
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t len = 0;
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
      len = 1;
    } else if (s.substr(i, 2) == "\xC2\xA0") {  // U+00A0
      len = 2;
    } else if (s.substr(i, 3) == "\xE3\x80\x80") {  // U+3000
      len = 3;
    }
    if (len > 0) {
      space = true;
      i += len;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(s[i]);
    ++i;
  }
  return out;
}

Result<HtmlXPathDocument> HtmlXPathDocument::Parse(std::string_view html, const std::string& url) {
  HtmlXPathDocument d;
  d.impl_ = std::make_unique<Impl>();
  d.url_ = url;
  d.impl_->doc = htmlReadMemory(html.data(), static_cast<int>(html.size()), url.c_str(), "UTF-8",
                                HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (d.impl_->doc == nullptr || xmlDocGetRootElement(d.impl_->doc) == nullptr) {
    return MakeError(ErrorCode::kParseError, fmt::format("{}: not an HTML page", url));
  }
  d.impl_->base = url;
  if (auto base = d.Text("//base/@href"); base && !base->empty()) d.impl_->base = d.Resolve(*base);
  return d;
}

HtmlXPathDocument::HtmlXPathDocument(HtmlXPathDocument&&) noexcept = default;
HtmlXPathDocument& HtmlXPathDocument::operator=(HtmlXPathDocument&&) noexcept = default;
HtmlXPathDocument::~HtmlXPathDocument() = default;

Result<std::vector<HtmlXPathDocument::Node>> HtmlXPathDocument::Select(const std::string& xpath) const {
  auto obj = Eval(impl_->doc, xpath, nullptr);
  if (!obj) return obj.error();
  std::vector<Node> out;
  if ((*obj)->type == XPATH_NODESET && (*obj)->nodesetval != nullptr) {
    for (int i = 0; i < (*obj)->nodesetval->nodeNr; ++i) out.push_back((*obj)->nodesetval->nodeTab[i]);
  }
  xmlXPathFreeObject(*obj);
  return out;
}

Result<std::string> HtmlXPathDocument::Text(const std::string& xpath, Node context) const {
  auto obj = Eval(impl_->doc, xpath, static_cast<xmlNodePtr>(const_cast<void*>(context)));
  if (!obj) return obj.error();
  std::string out;
  switch ((*obj)->type) {
    case XPATH_NODESET:
      if ((*obj)->nodesetval != nullptr && (*obj)->nodesetval->nodeNr > 0) {
        xmlChar* s = xmlXPathCastNodeToString((*obj)->nodesetval->nodeTab[0]);
        if (s != nullptr) out = reinterpret_cast<const char*>(s);
        xmlFree(s);
      }
      break;
    case XPATH_STRING:
      if ((*obj)->stringval != nullptr) out = reinterpret_cast<const char*>((*obj)->stringval);
      break;
    case XPATH_NUMBER:
      if (!std::isnan((*obj)->floatval)) {
        out = (*obj)->floatval == std::floor((*obj)->floatval) ? fmt::format("{}", static_cast<long long>((*obj)->floatval))
                                                               : fmt::format("{}", (*obj)->floatval);
      }
      break;
    case XPATH_BOOLEAN: out = (*obj)->boolval != 0 ? "true" : "false"; break;
    default: break;
  }
  xmlXPathFreeObject(*obj);
  return CollapseWhitespace(out);
}

std::string HtmlXPathDocument::Resolve(const std::string& href) const {
  const std::string base = impl_ ? impl_->base : url_;
  xmlChar* r = xmlBuildURI(reinterpret_cast<const xmlChar*>(href.c_str()), reinterpret_cast<const xmlChar*>(base.c_str()));
  if (r == nullptr) return href;
  std::string out = reinterpret_cast<const char*>(r);
  xmlFree(r);
  return out;
}

}  // namespace govwatch::media
