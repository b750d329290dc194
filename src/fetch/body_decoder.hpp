// Turns the bytes of an HTTP body into UTF-8 text: picks the charset the way browsers do
// (Content-Type header, then BOM, then <meta> / XML declaration, then detection) and converts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace govwatch::fetch {

// A decoded body.
struct DecodedBody {
  std::string media_type;  // lower case, without parameters ("text/html"); may be empty
  std::string charset;     // charset used for the conversion ("" when kept raw)
  std::string body;        // UTF-8 when is_text, raw bytes otherwise
  bool is_text = false;
  std::size_t invalid_bytes = 0;  // bytes replaced by U+FFFD
};

// Lower-case media type of a Content-Type header value, without parameters.
std::string MediaTypeOf(std::string_view content_type_header);
// The charset parameter of a Content-Type header value, or "".
std::string CharsetParameterOf(std::string_view content_type_header);
// The charset declared by <meta charset>, <meta http-equiv content="…charset=…"> or an XML
// declaration within the first 4 KB of `bytes`, or "".
std::string SniffDeclaredCharset(std::string_view bytes);
// True for UTF-7 labels in any spelling (UTF-7, UTF-7-IMAP, unicode-1-1-utf-7, …). Browsers
// refuse UTF-7 (it hides markup from filters: "+ADw-script+AD4-" is "<script>"), and no
// government page is written in it, so such a label is ignored like an unknown one.
bool IsUtf7Label(std::string_view label);
// True for media types whose bodies are converted to UTF-8 (html, xml, json, plain, rss, atom,
// javascript, css); an empty media type counts as text when the bytes look like markup.
bool IsTextMediaType(std::string_view media_type);
// Decodes `bytes` served with `content_type_header` (may be empty). Never fails: undecodable
// bytes are counted and replaced. Thread-safe.
DecodedBody DecodeBody(std::string_view bytes, std::string_view content_type_header);

}  // namespace govwatch::fetch
