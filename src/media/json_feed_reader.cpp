// JSON Feed reader and the dispatch between feed kinds (declared in feed_reader.hpp).
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include <cstring>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/strings.hpp"
#include "media/feed_reader.hpp"

namespace govwatch::media {

namespace {

std::string StringField(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || !it->is_string()) return "";
  return std::string(Trim(it->get<std::string>()));
}

bool IsElement(const xmlNode* n, const char* name) {
  return n != nullptr && n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

std::string NodeText(const xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string out = c != nullptr ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return std::string(Trim(out));
}

struct XmlFeedHead {
  std::string kind;
  std::string title;
  std::string description;
};

// The <channel><title> and <description> of RSS, or the <title> and <subtitle> of an Atom feed.
XmlFeedHead XmlFeedKindAndTitle(std::string_view xml, const std::string& source) {
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), source.c_str(), nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_RECOVER);
  if (doc == nullptr) return {};
  const xmlNode* root = xmlDocGetRootElement(doc);
  XmlFeedHead head;
  if (IsElement(root, "feed")) {
    head.kind = "atom";
    for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
      if (IsElement(n, "title") && head.title.empty()) head.title = NodeText(n);
      if (IsElement(n, "subtitle") && head.description.empty()) head.description = NodeText(n);
    }
  } else if (IsElement(root, "rss") || IsElement(root, "RDF")) {
    head.kind = "rss";
    for (const xmlNode* c = root->children; c != nullptr && head.title.empty(); c = c->next) {
      if (!IsElement(c, "channel")) continue;
      for (const xmlNode* n = c->children; n != nullptr; n = n->next) {
        if (IsElement(n, "title") && head.title.empty()) head.title = NodeText(n);
        if (IsElement(n, "description") && head.description.empty()) head.description = NodeText(n);
      }
    }
  }
  xmlFreeDoc(doc);
  return head;
}

}  // namespace

Result<ParsedFeed> ParseJsonFeed(std::string_view json, const std::string& source) {
  const nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    return MakeError(ErrorCode::kParseError, fmt::format("{}: not a JSON object", source));
  }
  const std::string version = StringField(doc, "version");
  if (!StartsWith(version, "https://jsonfeed.org/version/")) {
    return MakeError(ErrorCode::kParseError, fmt::format("{}: not a JSON Feed (version is '{}')", source, version));
  }
  auto items = doc.find("items");
  if (items == doc.end() || !items->is_array()) {
    return MakeError(ErrorCode::kParseError, fmt::format("{}: JSON Feed without an items array", source));
  }
  ParsedFeed feed;
  feed.kind = "json";
  feed.title = StringField(doc, "title");
  feed.description = StringField(doc, "description");
  for (const nlohmann::json& it : *items) {
    if (!it.is_object()) continue;
    FeedItem item;
    item.title = StringField(it, "title");
    item.url = StringField(it, "url");
    if (item.url.empty()) item.url = StringField(it, "external_url");
    item.text = StringField(it, "content_text");
    if (item.text.empty()) item.text = StringField(it, "content_html");
    if (item.text.empty()) item.text = StringField(it, "summary");
    if (item.title.empty()) item.title = TruncateUtf8(item.text, 60);
    item.published_at = ParseFeedDate(StringField(it, "date_published"));
    if (!item.published_at) item.published_at = ParseFeedDate(StringField(it, "date_modified"));
    // JSON Feed has no standard comment field; RSSHub-style extensions name one.
    item.offers_comments = it.contains("_comments") || it.contains("comments") || it.contains("_comment_count");
    feed.items.push_back(std::move(item));
  }
  return feed;
}

Result<ParsedFeed> ParseAnyFeed(std::string_view body, std::string_view content_type, const std::string& source) {
  std::string_view start = Trim(body);
  if (StartsWith(start, "\xEF\xBB\xBF")) start.remove_prefix(3);
  if (Contains(content_type, "json") || StartsWith(start, "{")) return ParseJsonFeed(start, source);
  // A feed cut short or broken is a failed read, not a shorter feed: libxml2's recovery (which
  // ParseFeed uses) would silently keep what parsed.
  xmlResetLastError();
  xmlDocPtr strict = xmlReadMemory(start.data(), static_cast<int>(start.size()), source.c_str(), nullptr,
                                   XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  if (strict == nullptr) {
    const xmlError* e = xmlGetLastError();
    return MakeError(ErrorCode::kParseError,
                     fmt::format("{}: malformed feed{}", source,
                                 e != nullptr && e->message != nullptr
                                     ? fmt::format(" (line {}: {})", e->line, Trim(e->message))
                                     : std::string()));
  }
  xmlFreeDoc(strict);
  auto items = ParseFeed(start, source);
  if (!items) return items.error();
  ParsedFeed feed;
  XmlFeedHead head = XmlFeedKindAndTitle(start, source);
  feed.kind = std::move(head.kind);
  feed.title = std::move(head.title);
  feed.description = std::move(head.description);
  feed.items = std::move(*items);
  return feed;
}

}  // namespace govwatch::media
