#include "extract/attachment_text.hpp"

#include <fcntl.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <map>
#include <memory>
#include <vector>

#include "common/charset.hpp"
#include "common/strings.hpp"
#include "common/xlsx_reader.hpp"
#include "common/zip_reader.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace {

struct DocFreer {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using DocPtr = std::unique_ptr<xmlDoc, DocFreer>;

// Reads one part; an absent part gives "" when `optional`.
Result<std::string> ReadPart(const ZipReader& archive, const char* part, bool optional) {
  auto data = archive.ReadXml(part, kMaxAttachmentPartBytes);
  if (!data && optional && data.error().code == ErrorCode::kNotFound) return std::string();
  return data;
}

// Null for a part that is not XML, or that declares a DTD in an encoding ZipReader::ReadXml does
// not look into (UTF-16).
DocPtr ParseXml(const std::string& xml) {
  DocPtr doc(xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_RECOVER));
  if (doc && doc->intSubset != nullptr) doc.reset();
  return doc;
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

Result<std::string> DocxText(std::string_view bytes, std::string_view name) {
  auto archive = ZipReader::Open(bytes, name);
  if (!archive) return archive.error();
  auto xml = ReadPart(*archive, "word/document.xml", false);
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

// Every sheet, in workbook order, a line per row with its cells TAB-separated, so that the
// column headers of a 公示 list stay above the cells they name.
Result<std::string> XlsxText(std::string_view bytes, std::string_view name) {
  auto book = ReadXlsx(bytes, name, kMaxAttachmentPartBytes);
  if (!book) return book.error();
  std::string out;
  for (const XlsxSheet& sheet : *book) {
    for (const XlsxRow& row : sheet.rows) {
      for (std::size_t k = 0; k < row.cells.size(); ++k) out += (k > 0 ? "\t" : "") + row.cells[k];
      out += "\n";
    }
  }
  return out;
}

}  // namespace

AttachmentKind AttachmentKindOf(std::string_view file_name) {
  // Called for every link of every page (ReadAttachments): no lower-case copy.
  const std::string_view name = file_name.substr(0, file_name.find_first_of("?#"));
  const auto ends = [name](std::string_view ext) { return EndsWithIgnoringAsciiCase(name, ext); };
  if (ends(".docx")) return AttachmentKind::kDocx;
  if (ends(".xlsx")) return AttachmentKind::kXlsx;
  if (ends(".pdf")) return AttachmentKind::kPdf;
  if (ends(".doc") || ends(".wps")) return AttachmentKind::kDoc;
  if (ends(".xls") || ends(".et")) return AttachmentKind::kXls;
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".gif", ".bmp", ".tif", ".tiff", ".webp"}) {
    if (ends(ext)) return AttachmentKind::kImage;
  }
  return AttachmentKind::kUnknown;
}

namespace {

void QuietPoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

// Page text with the form feeds and trailing blanks of each line removed, blank lines dropped.
std::string CleanPage(const std::string& raw) {
  std::string out;
  for (std::string_view line : Split(raw, '\n')) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\f')) line.remove_suffix(1);
    while (!line.empty() && line.front() == '\f') line.remove_prefix(1);
    if (Trim(line).empty()) continue;
    out += line;
    out.push_back('\n');
  }
  return out;
}

// ReadPdfText in this process, with no limit of time.
Result<PdfText> ReadPdfTextHere(std::string_view bytes, std::string_view file_name) {
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return MakeError(ErrorCode::kParseError, std::string(file_name) + ": not a readable PDF");
  if (doc->is_locked()) return MakeError(ErrorCode::kParseError, std::string(file_name) + ": encrypted PDF");
  PdfText out;
  out.pages = doc->pages();
  for (int i = 0; i < std::min(out.pages, kMaxPdfPages); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) {
      out.pages_without_text.push_back(i);
      continue;
    }
    const poppler::byte_array utf8 = page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
    const std::string text = CleanPage(SanitizeUtf8(std::string_view(utf8.data(), utf8.size())));
    if (text.empty()) {
      out.pages_without_text.push_back(i);
      continue;
    }
    out.text += text;
  }
  return out;
}

// The child's answer to ReadPdfText: "E" and the message, or "T", the page count, the pages
// without text (each a line of digits ending in '\n', the list ended by an empty line), then
// the text.
std::string EncodePdfText(const Result<PdfText>& read) {
  if (!read) return "E" + read.error().message;
  std::string out = "T" + std::to_string(read->pages) + "\n";
  for (int page : read->pages_without_text) out += std::to_string(page) + "\n";
  out += "\n";
  return out + read->text;
}

Result<PdfText> DecodePdfText(std::string_view encoded, std::string_view file_name) {
  const auto broken = [&] { return MakeError(ErrorCode::kParseError, std::string(file_name) + ": PDF reader failed"); };
  if (StartsWith(encoded, "E")) return MakeError(ErrorCode::kParseError, std::string(encoded.substr(1)));
  if (!StartsWith(encoded, "T")) return broken();
  encoded.remove_prefix(1);
  std::vector<int> numbers;
  for (;;) {
    const std::size_t end = encoded.find('\n');
    if (end == std::string_view::npos || end > 10) return broken();
    const std::string_view line = encoded.substr(0, end);
    encoded.remove_prefix(end + 1);
    if (line.empty()) break;
    if (!std::all_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) return broken();
    numbers.push_back(std::stoi(std::string(line)));
  }
  if (numbers.empty()) return broken();
  PdfText out;
  out.pages = numbers.front();
  out.pages_without_text.assign(numbers.begin() + 1, numbers.end());
  out.text = std::string(encoded);
  return out;
}

}  // namespace

Result<PdfText> ReadPdfText(std::string_view bytes, std::string_view file_name, const SubprocessLimits& limits) {
  QuietPoppler();
  if (bytes.size() > 0x7fffffff) return MakeError(ErrorCode::kParseError, std::string(file_name) + ": PDF too large");
  // poppler cannot be stopped, and a page of a few hundred kilobytes can hold millions of drawing
  // operations (a compressed content stream) that keep it busy for minutes: it runs in a child
  // process, killed at the time limit.
  auto run = RunInChildProcess(
      file_name, [&] { return EncodePdfText(ReadPdfTextHere(bytes, file_name)); }, limits);
  if (!run) return run.error();
  if (run->timed_out) return MakeError(ErrorCode::kParseError, std::string(file_name) + ": PDF reading timed out");
  if (run->truncated) return MakeError(ErrorCode::kParseError, std::string(file_name) + ": PDF text too large");
  if (run->exit_code != 0) return MakeError(ErrorCode::kParseError, std::string(file_name) + ": PDF reader failed");
  return DecodePdfText(run->out, file_name);
}

Result<std::string> LegacyOfficeText(std::string_view bytes, std::string_view file_name,
                                     const SubprocessLimits& limits) {
  const AttachmentKind kind = AttachmentKindOf(file_name);
  if (kind != AttachmentKind::kDoc && kind != AttachmentKind::kXls) {
    return MakeError(ErrorCode::kInvalidArgument, std::string(file_name) + ": not a .doc or .xls attachment");
  }
  if (bytes.size() > kMaxLegacyInputBytes) {
    return MakeError(ErrorCode::kParseError, std::string(file_name) + ": too large for conversion");
  }
  // The converters read a file: a private temporary one, removed afterwards.
  const char* tmp = std::getenv("TMPDIR");
  std::string path = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/govwatch-attachment-XXXXXX";
  std::vector<char> templ(path.begin(), path.end());
  templ.push_back('\0');
  const int fd = mkstemp(templ.data());
  if (fd < 0) return MakeError(ErrorCode::kIoError, std::string(file_name) + ": cannot create a temporary file");
  path.assign(templ.data());
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = write(fd, bytes.data() + written, bytes.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  close(fd);
  if (written != bytes.size()) {
    unlink(path.c_str());
    return MakeError(ErrorCode::kIoError, std::string(file_name) + ": cannot write a temporary file");
  }
  const std::vector<std::string> argv =
      kind == AttachmentKind::kDoc
          ? std::vector<std::string>{"catdoc", "-d", "utf-8", "-w", path}
          : std::vector<std::string>{"xls2csv", "-d", "utf-8", "-q", "0", "-c", "\t", "-b", "\n", path};
  auto run = RunSubprocess(argv, limits);
  unlink(path.c_str());
  if (!run) return MakeError(run.error().code, std::string(file_name) + ": " + run.error().message);
  if (run->timed_out) return MakeError(ErrorCode::kParseError, std::string(file_name) + ": " + argv[0] + " timed out");
  if (run->truncated) return MakeError(ErrorCode::kParseError, std::string(file_name) + ": " + argv[0] + " output too large");
  if (run->exit_code != 0) {
    return MakeError(ErrorCode::kParseError,
                     std::string(file_name) + ": " + argv[0] + " failed (exit " + std::to_string(run->exit_code) + ")");
  }
  return CleanPage(SanitizeUtf8(run->out));
}

namespace {

// True for a web page saved under an office file's name: Word's and Excel's 另存为网页, and the
// 导出Excel of many CMS lists, are HTML named .doc or .xls (or .docx, .xlsx), which the converters
// cannot read: xls2csv writes nothing at all, catdoc the markup in the wrong charset.
bool IsWebPage(std::string_view bytes) {
  bytes.remove_prefix(ByteOrderMarkOf(bytes).length);
  bytes = Trim(bytes.substr(0, 2048));
  if (bytes.empty() || bytes.front() != '<') return false;
  const std::string head = ToLowerAscii(bytes);
  return Contains(head, "<html") || Contains(head, "<table") || Contains(head, "<!doctype html");
}

}  // namespace

Result<std::string> ExtractAttachmentText(std::string_view bytes, std::string_view file_name,
                                          const SubprocessLimits& limits) {
  const AttachmentKind kind = AttachmentKindOf(file_name);
  if (kind != AttachmentKind::kPdf && kind != AttachmentKind::kImage && IsWebPage(bytes)) {
    return ExtractPage(AnyToUtf8(bytes).text, file_name).main_text;
  }
  switch (kind) {
    case AttachmentKind::kDocx: return DocxText(bytes, file_name);
    case AttachmentKind::kXlsx: return XlsxText(bytes, file_name);
    case AttachmentKind::kPdf: {
      auto pdf = ReadPdfText(bytes, file_name, limits);
      if (!pdf) return pdf.error();
      return std::move(pdf->text);
    }
    case AttachmentKind::kDoc:
    case AttachmentKind::kXls: return LegacyOfficeText(bytes, file_name, limits);
    default: break;
  }
  return MakeError(ErrorCode::kInvalidArgument,
                   std::string(file_name) + ": not a .docx, .xlsx, .pdf, .doc or .xls attachment");
}

}  // namespace govwatch::extract
