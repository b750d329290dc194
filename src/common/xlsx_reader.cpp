#include "common/xlsx_reader.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>

#include <fmt/core.h>

#include "common/strings.hpp"
#include "common/time.hpp"
#include "common/zip_reader.hpp"

namespace govwatch {
namespace {

struct DocFreer {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocFreer>;

// Null for a part that is not XML, or that declares a DTD in an encoding ZipReader::ReadXml does
// not look into (UTF-16): its entities would expand when the text is read.
Doc ParseXml(const std::string& xml) {
  Doc doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                        XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE |
                            XML_PARSE_RECOVER));
  if (doc && doc->intSubset != nullptr) doc.reset();
  return doc;
}

// The first child of the document's root element, or null for a document without a root.
const xmlNode* FirstTopLevel(const Doc& doc) {
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  return root == nullptr ? nullptr : root->children;
}

bool Is(const xmlNode* n, const char* name) {
  return n != nullptr && n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string out = v != nullptr ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

std::string Text(const xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string out = c != nullptr ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return out;
}

// The text of a string item (<si> or <is>): its <t> runs, skipping phonetic <rPh> runs.
std::string StringItem(const xmlNode* si) {
  std::string out;
  for (const xmlNode* c = si->children; c != nullptr; c = c->next) {
    if (Is(c, "t")) out += Text(c);
    if (Is(c, "r")) {
      for (const xmlNode* t = c->children; t != nullptr; t = t->next) {
        if (Is(t, "t")) out += Text(t);
      }
    }
  }
  return out;
}

// "AB12" → 27; -1 when the reference has no column letters.
int ColumnIndex(std::string_view ref) {
  int col = 0;
  for (char c : ref) {
    if (c < 'A' || c > 'Z') break;
    col = col * 26 + (c - 'A' + 1);
  }
  return col - 1;
}

// Excel serial (days since 1899-12-30, fraction = time of day) → "YYYY-MM-DD[ HH:MM:SS]".
std::string SerialToText(double serial) {
  const double days = std::floor(serial);
  const Date d = AddDays(Date{1899, 12, 30}, static_cast<std::int64_t>(days));
  const auto seconds = static_cast<int>(std::lround((serial - days) * 86400.0));
  if (seconds == 0) return FormatDate(d);
  return fmt::format("{} {:02}:{:02}:{:02}", FormatDate(d), seconds / 3600, seconds % 3600 / 60, seconds % 60);
}

bool IsDateFormat(int id, const std::map<int, std::string>& custom) {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58)) return true;
  auto it = custom.find(id);
  if (it == custom.end()) return false;
  std::string f = ToLowerAscii(it->second);
  // Drop quoted literals and colour/condition brackets before looking for date letters.
  std::string clean;
  bool quoted = false;
  bool bracket = false;
  for (char c : f) {
    if (c == '"') quoted = !quoted;
    else if (c == '[') bracket = true;
    else if (c == ']') bracket = false;
    else if (!quoted && !bracket) clean.push_back(c);
  }
  return clean.find('y') != std::string::npos || clean.find('d') != std::string::npos ||
         Contains(f, "年") || Contains(f, "月");
}

class Workbook {
 public:
  Workbook(const ZipReader& zip, std::string_view file, std::size_t max_part_bytes)
      : zip_(zip), file_(file), max_(max_part_bytes) {}

  // An absent part reads as "".
  Result<std::string> Part(const std::string& name) const {
    auto data = zip_.ReadXml(name, max_);
    if (!data && data.error().code == ErrorCode::kNotFound) return std::string();
    return data;
  }

  Result<void> ReadSharedStrings() {
    auto xml = Part("xl/sharedStrings.xml");
    if (!xml) return xml.error();
    if (xml->empty()) return Ok();
    const Doc doc = ParseXml(*xml);
    for (const xmlNode* si = FirstTopLevel(doc); si != nullptr; si = si->next) {
      if (!Is(si, "si")) continue;
      shared_.push_back(StringItem(si));
      if (!Charge(sizeof(std::string) + shared_.back().size())) return OverBudget("xl/sharedStrings.xml");
    }
    return Ok();
  }

  // Which cell styles (indices into cellXfs) show a date.
  Result<void> ReadStyles() {
    auto xml = Part("xl/styles.xml");
    if (!xml) return xml.error();
    if (xml->empty()) return Ok();
    const Doc doc = ParseXml(*xml);
    std::map<int, std::string> custom;
    for (const xmlNode* n = FirstTopLevel(doc); n != nullptr; n = n->next) {
      if (!Is(n, "numFmts")) continue;
      for (const xmlNode* f = n->children; f != nullptr; f = f->next) {
        if (Is(f, "numFmt")) custom[std::atoi(Attr(f, "numFmtId").c_str())] = Attr(f, "formatCode");
      }
    }
    for (const xmlNode* n = FirstTopLevel(doc); n != nullptr; n = n->next) {
      if (!Is(n, "cellXfs")) continue;
      for (const xmlNode* xf = n->children; xf != nullptr; xf = xf->next) {
        if (Is(xf, "xf")) date_style_.push_back(IsDateFormat(std::atoi(Attr(xf, "numFmtId").c_str()), custom));
      }
    }
    return Ok();
  }

  std::string CellValue(const xmlNode* c) const {
    const std::string type = Attr(c, "t");
    std::string value;
    for (const xmlNode* v = c->children; v != nullptr; v = v->next) {
      if (Is(v, "v")) value = Text(v);
      if (Is(v, "is")) value = StringItem(v);
    }
    if (type == "s") {
      const auto i = static_cast<std::size_t>(std::atol(value.c_str()));
      return i < shared_.size() ? shared_[i] : "";
    }
    if (type.empty() || type == "n") {
      const auto style = static_cast<std::size_t>(std::atoi(Attr(c, "s").c_str()));
      if (!value.empty() && style < date_style_.size() && date_style_[style]) return SerialToText(std::atof(value.c_str()));
      if (value.size() > 2 && EndsWith(value, ".0")) value.resize(value.size() - 2);
    }
    return value;
  }

  Result<XlsxSheet> ReadSheet(const std::string& name, const std::string& xml) {
    XlsxSheet sheet;
    sheet.name = name;
    const Doc doc = ParseXml(xml);
    for (const xmlNode* n = FirstTopLevel(doc); n != nullptr; n = n->next) {
      if (!Is(n, "sheetData")) continue;
      int previous_line = 0;
      for (const xmlNode* row = n->children; row != nullptr; row = row->next) {
        if (!Is(row, "row")) continue;
        XlsxRow out;
        const std::string r = Attr(row, "r");
        out.line = r.empty() ? previous_line + 1 : std::atoi(r.c_str());
        previous_line = out.line;
        for (const xmlNode* c = row->children; c != nullptr; c = c->next) {
          if (!Is(c, "c")) continue;
          const int col = ColumnIndex(Attr(c, "r"));
          const std::size_t index = col >= 0 ? static_cast<std::size_t>(col) : out.cells.size();
          if (index > 16384) continue;
          if (out.cells.size() <= index) {
            if (!Charge((index + 1 - out.cells.size()) * sizeof(std::string))) return OverBudget(name);
            out.cells.resize(index + 1);
          }
          std::string value = CellValue(c);
          if (!Charge(value.size())) return OverBudget(name);
          out.cells[index] = std::move(value);
        }
        bool blank = true;
        for (const std::string& cell : out.cells) blank = blank && Trim(cell).empty();
        if (!blank) {
          sheet.rows.push_back(std::move(out));
        } else {
          held_ -= std::min(held_, out.cells.size() * sizeof(std::string));  // dropped: holds nothing
        }
      }
    }
    return sheet;
  }

 private:
  // Counts `bytes` more against what the workbook may hold (max_ in all: strings and cells); false
  // once it is over. A few kilobytes of XML can otherwise ask for gigabytes: a row with a cell in
  // column XFD, a 50 MB shared string used by a thousand cells.
  bool Charge(std::size_t bytes) {
    held_ += bytes;
    return held_ <= max_;
  }
  Error OverBudget(std::string_view where) const {
    return MakeError(ErrorCode::kParseError,
                     fmt::format("{}: {}: the workbook holds more than {} bytes of cells", file_, where, max_));
  }

  const ZipReader& zip_;
  std::string file_;
  std::size_t max_;
  std::size_t held_ = 0;
  std::vector<std::string> shared_;
  std::vector<bool> date_style_;
};

}  // namespace

Result<std::vector<XlsxSheet>> ReadXlsx(std::string_view bytes, std::string_view file, std::size_t max_part_bytes) {
  auto zip = ZipReader::Open(bytes, file);
  if (!zip) return MakeError(ErrorCode::kParseError, fmt::format("{}: not an XLSX workbook (not a zip archive)", file));
  Workbook book(*zip, file, max_part_bytes);
  if (auto r = book.ReadSharedStrings(); !r) return r.error();
  if (auto r = book.ReadStyles(); !r) return r.error();
  // Sheet names and their parts, in workbook order.
  std::map<std::string, std::string> targets;
  if (auto xml = book.Part("xl/_rels/workbook.xml.rels"); xml && !xml->empty()) {
    const Doc doc = ParseXml(*xml);
    for (const xmlNode* r = FirstTopLevel(doc); r != nullptr; r = r->next) {
      if (!Is(r, "Relationship")) continue;
      std::string target = Attr(r, "Target");
      target = StartsWith(target, "/") ? target.substr(1) : "xl/" + target;
      targets[Attr(r, "Id")] = target;
    }
  }
  auto workbook = book.Part("xl/workbook.xml");
  if (!workbook) return workbook.error();
  // (name, part) in workbook order.
  std::vector<std::pair<std::string, std::string>> sheets;
  if (!workbook->empty()) {
    const Doc wb = ParseXml(*workbook);
    if (!wb) return MakeError(ErrorCode::kParseError, fmt::format("{}: workbook.xml is not XML", file));
    for (const xmlNode* n = FirstTopLevel(wb); n != nullptr; n = n->next) {
      if (!Is(n, "sheets")) continue;
      for (const xmlNode* s = n->children; s != nullptr; s = s->next) {
        if (!Is(s, "sheet")) continue;
        std::string rid;  // r:id, whatever the relationships namespace prefix is
        for (xmlAttr* a = s->properties; a != nullptr; a = a->next) {
          if (std::strcmp(reinterpret_cast<const char*>(a->name), "id") != 0) continue;
          xmlChar* v = xmlNodeListGetString(wb.get(), a->children, 1);
          rid = v != nullptr ? reinterpret_cast<const char*>(v) : "";
          xmlFree(v);
        }
        if (auto target = targets.find(rid); target != targets.end()) sheets.emplace_back(Attr(s, "name"), target->second);
      }
    }
  }
  if (sheets.empty()) {
    // Workbooks written by small generators may lack the workbook part or its relationships:
    // take xl/worksheets/sheetN.xml in N order.
    std::vector<std::pair<long, std::string>> numbered;
    for (const std::string& entry : zip->Names()) {
      const std::string_view e(entry);
      if (!StartsWith(e, "xl/worksheets/sheet") || !EndsWith(e, ".xml")) continue;
      numbered.emplace_back(std::strtol(entry.c_str() + 19, nullptr, 10), entry);
    }
    std::sort(numbered.begin(), numbered.end());
    for (const auto& [number, part] : numbered) sheets.emplace_back(fmt::format("Sheet{}", number), part);
  }
  if (sheets.empty()) return MakeError(ErrorCode::kParseError, fmt::format("{}: not an XLSX workbook (no worksheet)", file));
  std::vector<XlsxSheet> out;
  for (const auto& [name, part] : sheets) {
    auto xml = book.Part(part);
    if (!xml) return xml.error();
    if (xml->empty()) continue;
    auto sheet = book.ReadSheet(name, *xml);
    if (!sheet) return sheet.error();
    out.push_back(std::move(*sheet));
  }
  return out;
}

}  // namespace govwatch
