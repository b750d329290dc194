#include "fetch/body_decoder.hpp"

#include <array>
#include <cctype>

#include "common/charset.hpp"
#include "common/strings.hpp"

namespace govwatch::fetch {
namespace {

bool IsTokenChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == '.' || c == ':';
}

// Reads a charset label that starts at `pos` after optional spaces, quotes and '='.
std::string LabelAt(std::string_view s, std::size_t pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '=' || s[pos] == '"' || s[pos] == '\'')) ++pos;
  std::size_t end = pos;
  while (end < s.size() && IsTokenChar(s[end])) ++end;
  return std::string(s.substr(pos, end - pos));
}

bool LooksLikeMarkup(std::string_view bytes) {
  const std::string head = ToLowerAscii(bytes.substr(0, 512));
  return Contains(head, "<html") || Contains(head, "<!doctype") || Contains(head, "<?xml") ||
         Contains(head, "<head") || Contains(head, "<body");
}

// The media type of a binary format by its first bytes ("" when none is recognised). Servers of
// government sites often send attachments (.doc, .pdf, .xls) as text/html.
std::string_view SniffBinaryType(std::string_view bytes) {
  struct Magic {
    std::string_view prefix;
    std::string_view type;
  };
  static constexpr std::array<Magic, 11> kMagics = {{
      {"%PDF-", "application/pdf"},
      {std::string_view("PK\x03\x04", 4), "application/zip"},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "application/x-ole-storage"},
      {"\x89PNG\r\n\x1A\n", "image/png"},
      {"GIF87a", "image/gif"},
      {"GIF89a", "image/gif"},
      {"\xFF\xD8\xFF", "image/jpeg"},
      {"Rar!\x1A\x07", "application/vnd.rar"},
      {"7z\xBC\xAF\x27\x1C", "application/x-7z-compressed"},
      {"\x1F\x8B\x08", "application/gzip"},
      {"ID3", "audio/mpeg"},
  }};
  for (const Magic& m : kMagics) {
    if (StartsWith(bytes, m.prefix)) return m.type;
  }
  return "";
}

// True when the first bytes hold control characters that no text page has (beyond tab, line
// feed, form feed, carriage return and the escape of ISO-2022): random or compressed data.
bool HasBinaryControls(std::string_view bytes) {
  const std::string_view head = bytes.substr(0, 8192);
  std::size_t controls = 0;
  for (char c : head) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\f' && u != '\r' && u != 0x1B) ++controls;
  }
  return controls * 100 > head.size();  // more than 1 %
}

}  // namespace

std::string MediaTypeOf(std::string_view content_type_header) {
  const std::size_t semi = content_type_header.find(';');
  return ToLowerAscii(Trim(content_type_header.substr(0, semi)));
}

std::string CharsetParameterOf(std::string_view content_type_header) {
  const std::string lower = ToLowerAscii(content_type_header);
  const std::size_t at = lower.find("charset");
  if (at == std::string::npos) return "";
  return LabelAt(lower, at + 7);
}

std::string SniffDeclaredCharset(std::string_view bytes) {
  const std::string head = ToLowerAscii(bytes.substr(0, 4096));
  // An XML declaration comes first when present.
  if (StartsWith(head, "<?xml")) {
    const std::size_t end = head.find("?>");
    const std::size_t enc = head.find("encoding");
    if (enc != std::string::npos && enc < end) return LabelAt(head, enc + 8);
  }
  std::size_t pos = 0;
  while ((pos = head.find("<meta", pos)) != std::string::npos) {
    const std::size_t end = head.find('>', pos);
    const std::string_view tag =
        std::string_view(head).substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    const std::size_t cs = tag.find("charset");
    if (cs != std::string_view::npos) {
      std::string label = LabelAt(tag, cs + 7);
      if (!label.empty()) return label;
    }
    pos += 5;
  }
  return "";
}

bool IsUtf7Label(std::string_view label) {
  // Spellings differ ("UTF-7", "utf7", "UTF-7-IMAP", "unicode-1-1-utf-7", "x-unicode20utf7"):
  // compare the letters and digits only.
  std::string letters;
  for (char c : label) {
    if (std::isalnum(static_cast<unsigned char>(c)) != 0) letters += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return letters.find("utf7") != std::string::npos;
}

bool IsTextMediaType(std::string_view media_type) {
  if (StartsWith(media_type, "text/")) return true;
  for (std::string_view t : {"html", "xml", "json", "rss", "atom", "javascript", "ecmascript"}) {
    if (Contains(media_type, t)) return true;
  }
  return false;
}

DecodedBody DecodeBody(std::string_view bytes, std::string_view content_type_header) {
  DecodedBody out;
  out.media_type = MediaTypeOf(content_type_header);
  out.is_text = out.media_type.empty() ? LooksLikeMarkup(bytes) || IsValidUtf8(bytes.substr(0, 4096))
                                       : IsTextMediaType(out.media_type);
  if (!out.is_text) {
    out.body.assign(bytes);
    return out;
  }
  // A byte order mark outranks every label, as in browsers.
  const ByteOrderMark mark = ByteOrderMarkOf(bytes);
  const bool bom = mark.length > 0;
  std::string label(mark.charset);
  bytes.remove_prefix(mark.length);
  const std::string header_label = CharsetParameterOf(content_type_header);
  if (!bom && !IsWideCharset(header_label)) {
    const std::string_view sniffed = SniffBinaryType(bytes);
    if (!sniffed.empty() || HasBinaryControls(bytes)) {
      if (!sniffed.empty()) out.media_type = sniffed;
      out.is_text = false;
      out.body.assign(bytes);
      return out;
    }
  }
  // A label nobody can decode (misspelt, invented) is ignored, and so is a UTF-16 label on
  // bytes that cannot be UTF-16: markup in UTF-16 has a zero byte in every ASCII character.
  const auto usable = [&](const std::string& l) {
    if (l.empty() || !IsKnownCharset(l) || IsUtf7Label(l)) return false;
    return !IsWideCharset(l) || bytes.substr(0, 1024).find('\0') != std::string_view::npos;
  };
  if (!bom) {
    label = header_label;
    if (!usable(label)) label = SniffDeclaredCharset(bytes);
    if (!usable(label)) label.clear();
  }
  // A page labelled GBK (or anything else) whose bytes are valid UTF-8 with non-ASCII text is
  // mislabelled: GBK text is practically never valid UTF-8, so trust the bytes.
  if (!bom && !label.empty() && NormalizeCharsetLabel(label) != "UTF-8" &&
      !StartsWith(NormalizeCharsetLabel(label), "UTF-16") && IsValidUtf8(bytes)) {
    bool has_non_ascii = false;
    for (char c : bytes.substr(0, 64 * 1024)) {
      if (static_cast<unsigned char>(c) >= 0x80) {
        has_non_ascii = true;
        break;
      }
    }
    if (has_non_ascii) label = "UTF-8";
  }
  // ToUtf8 detects when the label is empty and re-detects when a UTF-8 label is wrong.
  Utf8Text text = ToUtf8(bytes, label);
  out.charset = text.charset;
  out.invalid_bytes = text.invalid_bytes;
  out.body = std::move(text.text);
  if (StartsWith(out.body, "\xEF\xBB\xBF")) out.body.erase(0, 3);
  return out;
}

}  // namespace govwatch::fetch
