// URL normalisation and scope for the crawler.
#pragma once

#include <string>
#include <string_view>

namespace govwatch::crawl {

// "http://Host:80/a/../b#x" → "http://host/b": lower-case scheme and host, default port dropped,
// dot segments removed, fragment dropped, empty path → "/".
std::string NormalizeUrl(std::string_view url);
// "scheme://host[:port]" of a URL, lower case; "" when it has none.
std::string OriginOf(std::string_view url);
// The folder prefix of a URL: everything up to and including the last '/' of its path.
std::string FolderOf(std::string_view url);
// True when the URL looks like a crawler trap: a path segment repeated three times or more, more
// than 4 query parameters, or a very long URL.
bool LooksLikeTrap(std::string_view url);
// True when the URL names a document or media file (.pdf .doc .docx .xls .xlsx .wps .zip .rar
// .jpg .png .gif .css .js …) that is checked but not parsed.
bool IsResourceUrl(std::string_view url);

}  // namespace govwatch::crawl
