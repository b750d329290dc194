#include "common/charset.hpp"

#include <iconv.h>
#include <uchardet.h>

#include <cerrno>
#include <memory>

#include "common/strings.hpp"

namespace govwatch {

std::string NormalizeCharsetLabel(std::string_view label) {
  std::string l = ToLowerAscii(Trim(label));
  if (l.size() >= 2 && (l.front() == '"' || l.front() == '\'')) l = l.substr(1, l.size() - 2);
  if (l == "utf8" || l == "utf-8" || l == "unicode-1-1-utf-8") return "UTF-8";
  if (l == "gbk" || l == "gb2312" || l == "x-gbk" || l == "gb_2312-80" || l == "cp936" ||
      l == "gb18030" || l == "euc-cn" || l == "x-euc-cn" || l == "windows-936" || l == "hz-gb-2312") {
    return "GB18030";
  }
  if (l == "big5" || l == "big5-hkscs" || l == "x-x-big5" || l == "cn-big5") return "BIG5-HKSCS";
  if (l == "iso-8859-1" || l == "latin1" || l == "us-ascii" || l == "ascii") return "WINDOWS-1252";
  std::string up;
  for (char c : l) up.push_back(c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c);
  return up;
}

bool IsKnownCharset(std::string_view label) {
  const std::string name = NormalizeCharsetLabel(label);
  if (name.empty()) return false;
  if (name == "UTF-8") return true;
  iconv_t cd = iconv_open("UTF-8", name.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  iconv_close(cd);
  return true;
}

ByteOrderMark ByteOrderMarkOf(std::string_view bytes) {
  if (StartsWith(bytes, "\xEF\xBB\xBF")) return {"UTF-8", 3};
  if (StartsWith(bytes, "\xFF\xFE")) return {"UTF-16LE", 2};
  if (StartsWith(bytes, "\xFE\xFF")) return {"UTF-16BE", 2};
  return {};
}

bool IsWideCharset(std::string_view label) {
  const std::string name = NormalizeCharsetLabel(label);
  return StartsWith(name, "UTF-16") || StartsWith(name, "UTF-32");
}

std::string DetectCharset(std::string_view bytes) {
  if (const ByteOrderMark bom = ByteOrderMarkOf(bytes); bom.length > 0) return std::string(bom.charset);
  if (IsValidUtf8(bytes)) return "UTF-8";
  uchardet_t detector = uchardet_new();
  // Feeding a bounded prefix keeps detection fast on huge bodies.
  const std::string_view sample = bytes.substr(0, 256 * 1024);
  std::string result = "GB18030";
  if (uchardet_handle_data(detector, sample.data(), sample.size()) == 0) {
    uchardet_data_end(detector);
    const char* name = uchardet_get_charset(detector);
    if (name != nullptr && *name != '\0') result = NormalizeCharsetLabel(name);
  }
  uchardet_delete(detector);
  // Chinese government pages that are not UTF-8 are nearly always GBK; uchardet sometimes
  // answers a Western code page for short GBK samples, or even UTF-8 and ASCII for bytes that
  // are known by now not to be UTF-8 (a page of seven GBK characters is enough to fool it).
  if (result == "UTF-8" || result == "ASCII" || result == "WINDOWS-1252" || result == "ISO-8859-1" || result == "WINDOWS-1250" ||
      result == "ISO-8859-2" || result == "MAC-CENTRALEUROPE" || result == "ISO-8859-15") {
    result = "GB18030";
  }
  return result;
}

Utf8Text ToUtf8(std::string_view bytes, std::string_view charset) {
  Utf8Text out;
  std::string name = charset.empty() ? DetectCharset(bytes) : NormalizeCharsetLabel(charset);
  if (name == "UTF-8") {
    if (StartsWith(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
    out.charset = name;
    if (IsValidUtf8(bytes)) {
      out.text.assign(bytes);
      return out;
    }
    // Mislabelled: try detection before replacing bytes.
    const std::string detected = DetectCharset(bytes);
    if (detected != "UTF-8") return ToUtf8(bytes, detected);
    std::vector<std::size_t> offsets;
    const std::u32string cps = DecodeUtf8(bytes, &offsets);
    for (char32_t c : cps) out.invalid_bytes += c == 0xFFFD ? 1 : 0;
    out.text = EncodeUtf8(cps);
    return out;
  }
  iconv_t cd = iconv_open("UTF-8", name.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    name = DetectCharset(bytes);
    if (name == "UTF-8") return ToUtf8(bytes, "UTF-8");
    cd = iconv_open("UTF-8", name.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) return ToUtf8(bytes, "UTF-8");
  }
  out.charset = name;
  out.text.reserve(bytes.size() * 3 / 2 + 16);
  char buffer[16384];
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  while (in_left > 0) {
    char* dst = buffer;
    std::size_t dst_left = sizeof(buffer);
    const std::size_t rc = iconv(cd, &in, &in_left, &dst, &dst_left);
    out.text.append(buffer, static_cast<std::size_t>(dst - buffer));
    if (rc == static_cast<std::size_t>(-1)) {
      if (errno == E2BIG) continue;
      // EILSEQ or EINVAL: skip one byte, mark it.
      out.text.append("\xEF\xBF\xBD");
      ++out.invalid_bytes;
      ++in;
      --in_left;
      iconv(cd, nullptr, nullptr, nullptr, nullptr);
    }
  }
  iconv_close(cd);
  return out;
}

Utf8Text AnyToUtf8(std::string_view bytes) { return ToUtf8(bytes, DetectCharset(bytes)); }

}  // namespace govwatch
