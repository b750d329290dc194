#include "extract/attachment_text.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <map>
#include <memory>
#include <vector>

#include "common/strings.hpp"

namespace govwatch::extract {
namespace {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct DocFreer {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;
using DocPtr = std::unique_ptr<xmlDoc, DocFreer>;

Result<ZipPtr> OpenArchive(std::string_view bytes, std::string_view name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return MakeError(ErrorCode::kParseError, std::string(name) + ": cannot read the archive");
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    const std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return MakeError(ErrorCode::kParseError, std::string(name) + ": not a zip archive (" + why + ")");
  }
  zip_error_fini(&error);
  return ZipPtr(archive);
}

// Reads one part; an absent part gives "" when `optional`.
Result<std::string> ReadPart(zip_t* archive, const char* part, std::string_view name, bool optional) {
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(archive, part, 0, &st) != 0) {
    if (optional) return std::string();
    return MakeError(ErrorCode::kParseError, std::string(name) + ": missing " + part);
  }
  if ((st.valid & ZIP_STAT_SIZE) == 0 || st.size > kMaxAttachmentPartBytes) {
    return MakeError(ErrorCode::kParseError, std::string(name) + ": " + part + " is too large");
  }
  zip_file_t* file = zip_fopen(archive, part, 0);
  if (file == nullptr) return MakeError(ErrorCode::kParseError, std::string(name) + ": cannot open " + part);
  std::string data(static_cast<std::size_t>(st.size), '\0');
  std::size_t got = 0;
  while (got < data.size()) {
    const zip_int64_t n = zip_fread(file, data.data() + got, data.size() - got);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  zip_fclose(file);
  // The declared size is only trusted up to what really inflates.
  data.resize(got);
  return data;
}

DocPtr ParseXml(const std::string& xml) {
  return DocPtr(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                              XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_RECOVER));
}

std::string_view LocalName(const xmlNode* n) { return n->name == nullptr ? "" : reinterpret_cast<const char*>(n->name); }

// Calls `visit(element, entering)` when entering and when leaving every element of the subtree
// of `root`, in document order, without recursion.
template <typename Visit>
void Walk(xmlNode* root, Visit&& visit) {
  if (root == nullptr) return;
  xmlNode* n = root;
  for (;;) {
    if (n->type == XML_ELEMENT_NODE) visit(n, true);
    if (n->type == XML_ELEMENT_NODE && n->children != nullptr) {
      n = n->children;
      continue;
    }
    for (;;) {
      if (n->type == XML_ELEMENT_NODE) visit(n, false);
      if (n == root) return;
      if (n->next != nullptr) {
        n = n->next;
        break;
      }
      n = n->parent;
      if (n == nullptr) return;
    }
  }
}

std::string TextContent(xmlNode* n) {
  std::string out;
  Walk(n, [&](xmlNode* e, bool entering) {
    if (!entering) return;
    for (xmlNode* c = e->children; c != nullptr; c = c->next) {
      if (c->type == XML_TEXT_NODE && c->content != nullptr) out += reinterpret_cast<const char*>(c->content);
    }
  });
  return out;
}

Result<std::string> DocxText(std::string_view bytes, std::string_view name) {
  auto archive = OpenArchive(bytes, name);
  if (!archive) return archive.error();
  auto xml = ReadPart(archive->get(), "word/document.xml", name, false);
  if (!xml) return xml.error();
  DocPtr doc = ParseXml(*xml);
  if (!doc) return MakeError(ErrorCode::kParseError, std::string(name) + ": broken word/document.xml");
  std::string out;
  std::string paragraph;
  Walk(xmlDocGetRootElement(doc.get()), [&](xmlNode* e, bool entering) {
    const std::string_view tag = LocalName(e);
    if (entering) {
      if (tag == "t") {
        for (xmlNode* c = e->children; c != nullptr; c = c->next) {
          if (c->content != nullptr) paragraph += reinterpret_cast<const char*>(c->content);
        }
      } else if (tag == "tab") {
        paragraph.push_back('\t');
      } else if (tag == "br" || tag == "cr") {
        paragraph.push_back('\n');
      }
      return;
    }
    if (tag == "p") {
      if (!Trim(paragraph).empty()) out += paragraph + "\n";
      paragraph.clear();
    }
  });
  return out;
}

int ColumnIndex(std::string_view ref) {
  int col = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + (c - 'A' + 1);
  }
  return col - 1;
}

Result<std::string> XlsxText(std::string_view bytes, std::string_view name) {
  auto archive = OpenArchive(bytes, name);
  if (!archive) return archive.error();
  std::vector<std::string> shared;
  auto strings_xml = ReadPart(archive->get(), "xl/sharedStrings.xml", name, true);
  if (!strings_xml) return strings_xml.error();
  if (!strings_xml->empty()) {
    DocPtr doc = ParseXml(*strings_xml);
    if (doc) {
      xmlNode* root = xmlDocGetRootElement(doc.get());
      for (xmlNode* si = root == nullptr ? nullptr : root->children; si != nullptr; si = si->next) {
        if (si->type == XML_ELEMENT_NODE && LocalName(si) == "si") shared.push_back(TextContent(si));
      }
    }
  }
  // Sheets are xl/worksheets/sheetN.xml; read them in N order.
  std::vector<std::pair<int, std::string>> sheets;
  const zip_int64_t entries = zip_get_num_entries(archive->get(), 0);
  for (zip_int64_t i = 0; i < entries; ++i) {
    const char* entry = zip_get_name(archive->get(), static_cast<zip_uint64_t>(i), 0);
    if (entry == nullptr) continue;
    const std::string_view e(entry);
    if (!StartsWith(e, "xl/worksheets/sheet") || !EndsWith(e, ".xml")) continue;
    const std::string_view number = e.substr(19, e.size() - 19 - 4);
    int n = 0;
    for (char c : number) n = n * 10 + (c >= '0' && c <= '9' ? c - '0' : 0);
    sheets.emplace_back(n, std::string(e));
  }
  std::sort(sheets.begin(), sheets.end());
  if (sheets.empty()) return MakeError(ErrorCode::kParseError, std::string(name) + ": no worksheets");
  std::string out;
  for (const auto& [number, part] : sheets) {
    auto xml = ReadPart(archive->get(), part.c_str(), name, false);
    if (!xml) return xml.error();
    DocPtr doc = ParseXml(*xml);
    if (!doc) continue;
    std::vector<std::string> row;
    Walk(xmlDocGetRootElement(doc.get()), [&](xmlNode* e, bool entering) {
      const std::string_view tag = LocalName(e);
      if (entering && tag == "c") {
        std::string type;
        std::string ref;
        if (xmlChar* t = xmlGetProp(e, reinterpret_cast<const xmlChar*>("t"))) {
          type = reinterpret_cast<const char*>(t);
          xmlFree(t);
        }
        if (xmlChar* r = xmlGetProp(e, reinterpret_cast<const xmlChar*>("r"))) {
          ref = reinterpret_cast<const char*>(r);
          xmlFree(r);
        }
        std::string value = TextContent(e);
        if (type == "s") {
          const std::size_t index = static_cast<std::size_t>(std::strtoul(value.c_str(), nullptr, 10));
          value = index < shared.size() ? shared[index] : "";
        }
        const int col = ColumnIndex(ref);
        if (col >= 0 && col < 16384 && static_cast<std::size_t>(col) >= row.size()) row.resize(static_cast<std::size_t>(col));
        row.push_back(std::move(value));
      } else if (!entering && tag == "row") {
        std::string line;
        for (std::size_t k = 0; k < row.size(); ++k) line += (k > 0 ? "\t" : "") + row[k];
        if (!Trim(line).empty()) out += line + "\n";
        row.clear();
      }
    });
  }
  return out;
}

}  // namespace

Result<std::string> ExtractAttachmentText(std::string_view bytes, std::string_view file_name) {
  const std::string lower = ToLowerAscii(file_name.substr(0, file_name.find_first_of("?#")));
  if (EndsWith(lower, ".docx")) return DocxText(bytes, file_name);
  if (EndsWith(lower, ".xlsx")) return XlsxText(bytes, file_name);
  return MakeError(ErrorCode::kInvalidArgument, std::string(file_name) + ": not a .docx or .xlsx attachment");
}

}  // namespace govwatch::extract
