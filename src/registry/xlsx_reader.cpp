#include "registry/xlsx_reader.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <set>

#include <fmt/core.h>

#include "common/strings.hpp"
#include "common/zip_reader.hpp"
#include "common/time.hpp"

namespace govwatch::registry {

namespace {

struct DocFreer {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using Doc = std::unique_ptr<xmlDoc, DocFreer>;

Result<std::string> ReadEntry(const ZipReader& zip, const std::string& name, const std::string& file) {
  auto data = zip.Read(name, 200u * 1024 * 1024);
  if (!data && data.error().code == ErrorCode::kNotFound) {
    return MakeError(ErrorCode::kNotFound, fmt::format("{}: workbook has no {}", file, name));
  }
  return data;
}

Doc ParseXml(const std::string& xml) {
  return Doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_HUGE));
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

}  // namespace

Result<std::vector<Sheet>> ParseXlsx(std::string_view bytes, const std::string& file) {
  auto zip = ZipReader::Open(bytes, file);
  if (!zip) {
    return MakeError(ErrorCode::kParseError, fmt::format("{}: not an XLSX workbook (not a zip archive)", file));
  }
  std::vector<std::string> shared;
  if (auto xml = ReadEntry(*zip, "xl/sharedStrings.xml", file)) {
    Doc doc = ParseXml(*xml);
    if (doc) {
      for (const xmlNode* si = xmlDocGetRootElement(doc.get())->children; si != nullptr; si = si->next) {
        if (Is(si, "si")) shared.push_back(StringItem(si));
      }
    }
  }
  // Styles: which cell formats are dates.
  std::vector<bool> date_style;
  if (auto xml = ReadEntry(*zip, "xl/styles.xml", file)) {
    Doc doc = ParseXml(*xml);
    std::map<int, std::string> custom;
    if (doc) {
      for (const xmlNode* n = xmlDocGetRootElement(doc.get())->children; n != nullptr; n = n->next) {
        if (Is(n, "numFmts")) {
          for (const xmlNode* f = n->children; f != nullptr; f = f->next) {
            if (Is(f, "numFmt")) custom[std::atoi(Attr(f, "numFmtId").c_str())] = Attr(f, "formatCode");
          }
        }
      }
      for (const xmlNode* n = xmlDocGetRootElement(doc.get())->children; n != nullptr; n = n->next) {
        if (!Is(n, "cellXfs")) continue;
        for (const xmlNode* xf = n->children; xf != nullptr; xf = xf->next) {
          if (Is(xf, "xf")) date_style.push_back(IsDateFormat(std::atoi(Attr(xf, "numFmtId").c_str()), custom));
        }
      }
    }
  }
  // Sheet names and their parts, in workbook order.
  std::map<std::string, std::string> targets;
  if (auto xml = ReadEntry(*zip, "xl/_rels/workbook.xml.rels", file)) {
    Doc doc = ParseXml(*xml);
    if (doc) {
      for (const xmlNode* r = xmlDocGetRootElement(doc.get())->children; r != nullptr; r = r->next) {
        if (!Is(r, "Relationship")) continue;
        std::string target = Attr(r, "Target");
        if (StartsWith(target, "/")) target = target.substr(1);
        else target = "xl/" + target;
        targets[Attr(r, "Id")] = target;
      }
    }
  }
  auto workbook = ReadEntry(*zip, "xl/workbook.xml", file);
  if (!workbook) return MakeError(ErrorCode::kParseError, fmt::format("{}: not an XLSX workbook (no workbook part)", file));
  Doc wb = ParseXml(*workbook);
  if (!wb) return MakeError(ErrorCode::kParseError, fmt::format("{}: workbook.xml is not XML", file));
  std::vector<std::pair<std::string, std::string>> sheets;
  for (const xmlNode* n = xmlDocGetRootElement(wb.get())->children; n != nullptr; n = n->next) {
    if (!Is(n, "sheets")) continue;
    for (const xmlNode* s = n->children; s != nullptr; s = s->next) {
      if (!Is(s, "sheet")) continue;
      std::string rid;
      for (xmlAttr* a = s->properties; a != nullptr; a = a->next) {
        if (std::strcmp(reinterpret_cast<const char*>(a->name), "id") == 0) {
          xmlChar* v = xmlNodeListGetString(wb.get(), a->children, 1);
          rid = v != nullptr ? reinterpret_cast<const char*>(v) : "";
          xmlFree(v);
        }
      }
      sheets.emplace_back(Attr(s, "name"), targets.count(rid) != 0 ? targets[rid] : "");
    }
  }
  std::vector<Sheet> out;
  for (const auto& [name, part] : sheets) {
    if (part.empty()) continue;
    auto xml = ReadEntry(*zip, part, file);
    if (!xml) return xml.error();
    Doc doc = ParseXml(*xml);
    if (!doc) return MakeError(ErrorCode::kParseError, fmt::format("{}: sheet '{}' is not XML", file, name));
    Sheet sheet;
    sheet.name = name;
    const xmlNode* root = xmlDocGetRootElement(doc.get());
    for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
      if (!Is(n, "sheetData")) continue;
      for (const xmlNode* row = n->children; row != nullptr; row = row->next) {
        if (!Is(row, "row")) continue;
        std::vector<std::string> cells;
        for (const xmlNode* c = row->children; c != nullptr; c = c->next) {
          if (!Is(c, "c")) continue;
          const int col = ColumnIndex(Attr(c, "r"));
          const std::size_t index = col >= 0 ? static_cast<std::size_t>(col) : cells.size();
          if (index > 16384) continue;
          if (cells.size() <= index) cells.resize(index + 1);
          const std::string type = Attr(c, "t");
          std::string value;
          for (const xmlNode* v = c->children; v != nullptr; v = v->next) {
            if (Is(v, "v")) value = Text(v);
            if (Is(v, "is")) value = StringItem(v);
          }
          if (type == "s") {
            const auto i = static_cast<std::size_t>(std::atol(value.c_str()));
            value = i < shared.size() ? shared[i] : "";
          } else if (type.empty() || type == "n") {
            const auto style = static_cast<std::size_t>(std::atoi(Attr(c, "s").c_str()));
            if (!value.empty() && style < date_style.size() && date_style[style]) {
              value = SerialToText(std::atof(value.c_str()));
            } else if (value.size() > 2 && EndsWith(value, ".0")) {
              value.resize(value.size() - 2);
            }
          }
          cells[index] = std::move(value);
        }
        bool blank = true;
        for (const std::string& cell : cells) blank = blank && Trim(cell).empty();
        if (blank) continue;
        const int line = std::atoi(Attr(row, "r").c_str());
        if (sheet.table.header.empty()) {
          for (const std::string& cell : cells) sheet.table.header.emplace_back(Trim(cell));
        } else {
          sheet.table.rows.push_back(std::move(cells));
          sheet.table.lines.push_back(line);
        }
      }
    }
    if (!sheet.table.header.empty()) out.push_back(std::move(sheet));
  }
  if (out.empty()) return MakeError(ErrorCode::kParseError, fmt::format("{}: workbook has no non-empty sheet", file));
  return out;
}

}  // namespace govwatch::registry
