// URL normalisation and scope for the crawler.
#pragma once

#include <string>
#include <string_view>

namespace govwatch::crawl {

// "http://Host:80/a/../b#x" → "http://host/b": lower-case scheme and host, default port dropped,
// dot segments removed, fragment dropped, empty path → "/". Session identifiers that a cookie-less
// crawler would see change on every visit are dropped: ";jsessionid=…" path parameters, ASP.NET
// cookie-less session folders ("/(S(…))/", "/(A(…)S(…))/") and the jsessionid, phpsessid,
// sessionid and aspsessionid… query parameters.
std::string NormalizeUrl(std::string_view url);
// "scheme://host[:port]" of a URL, lower case; "" when it has none.
std::string OriginOf(std::string_view url);
// The folder prefix of a URL: everything up to and including the last '/' of its path.
std::string FolderOf(std::string_view url);
// True when the URL looks like a crawler trap: a path segment repeated three times or more, more
// than 16 query parameters or a key repeated three times, or a very long URL.
bool LooksLikeTrap(std::string_view url);
// True when the URL names a document or media file (.pdf .doc .docx .xls .xlsx .wps .zip .rar
// .jpg .png .gif .css .js …) that is checked but not parsed.
bool IsResourceUrl(std::string_view url);

// True when the URL carries a calendar date whose year is implausible for a page (before 1990 or
// after `this_year` + 1): the "next month" / "previous year" links of a calendar lead there.
// Years count only in a date context: a date-named query parameter (year, y, date, month, day,
// cal, time…) or a 4-digit number followed by a month ("2099-01", "2099/01", "209901" is not).
bool HasImplausibleYear(std::string_view url, int this_year);
// Path plus sorted query parameter names ("/cal?m&y"), "" for URLs without a query: URLs of one
// shape differ only in parameter values (calendars, filters, sort orders).
std::string QueryShapeOf(std::string_view url);
// True for http(s) URLs whose host is a loopback address (127.0.0.0/8, [::1], localhost).
bool IsLoopbackUrl(std::string_view url);
// True for http and https URLs.
bool IsHttpUrl(std::string_view url);
// The host a site is known by, whatever the scheme and the "www.": "http://www.qc.gov.cn/a" and
// "https://qc.gov.cn:443/" → "qc.gov.cn"; a port that is not the scheme's default stays
// ("127.0.0.1:18001"). "" for URLs without a host.
std::string SiteHostKey(std::string_view url);
// The path of a URL ("/a/b.html", "/" when empty), without query or fragment.
std::string PathOf(std::string_view url);

}  // namespace govwatch::crawl
