#include "crawl/url.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "common/strings.hpp"

namespace govwatch::crawl {

namespace {

// True for a query parameter that only carries a server session (a new value on every visit of a
// cookie-less crawler, so the same page under endless URLs).
bool IsSessionParameter(std::string_view name) {
  const std::string lower = ToLowerAscii(name);
  return lower == "jsessionid" || lower == "phpsessid" || lower == "sessionid" || StartsWith(lower, "aspsessionid");
}

// `query` ("?a=1&b=2", or empty) without its session parameters; "" when none is left.
std::string WithoutSessionParameters(std::string_view query) {
  if (query.empty()) return {};
  std::string kept;
  for (std::string_view pair : Split(query.substr(1), '&')) {
    if (IsSessionParameter(pair.substr(0, pair.find('=')))) continue;
    kept += kept.empty() ? "?" : "&";
    kept.append(pair);
  }
  // A bare "?" stays as written: "/list?" and "/list" may be different resources to a server.
  if (kept.empty() && query == "?") return "?";
  return kept;
}

// A path segment without a ";jsessionid=…" (any case) parameter, which Java servers add to every
// link when the client keeps no cookie.
std::string_view WithoutSessionPathParameter(std::string_view segment) {
  const std::size_t semicolon = segment.find(';');
  if (semicolon == std::string_view::npos) return segment;
  if (ToLowerAscii(segment.substr(semicolon + 1, 11)) != "jsessionid=") return segment;
  return segment.substr(0, semicolon);
}

// True for an ASP.NET cookie-less session segment: "(S(lit3py55t21z5v55vlm25s55))", or with the
// anonymous and forms tickets, "(A(…)S(…)F(…))": one letter and a parenthesised token, repeated,
// inside one pair of parentheses. The server puts a new one in front of every path when the
// visitor keeps no cookie.
bool IsCookielessSessionSegment(std::string_view segment) {
  if (segment.size() < 5 || segment.front() != '(' || segment.back() != ')') return false;
  std::string_view inner = segment.substr(1, segment.size() - 2);
  while (!inner.empty()) {
    const char letter = inner.front();
    if (letter < 'A' || letter > 'Z' || inner.size() < 3 || inner[1] != '(') return false;
    const std::size_t close = inner.find(')', 2);
    if (close == std::string_view::npos || inner.substr(2, close - 2).find('(') != std::string_view::npos) return false;
    inner.remove_prefix(close + 1);
  }
  return true;
}

}  // namespace

std::string NormalizeUrl(std::string_view url) {
  // Called for every link of every page: the result is built in one string, with no lower-case
  // copies, split lists or temporaries.
  std::string_view u = Trim(url);
  if (auto hash = u.find('#'); hash != std::string_view::npos) u = u.substr(0, hash);
  const auto scheme_end = u.find("://");
  if (scheme_end == std::string_view::npos) return std::string(u);
  const auto append_lower = [](std::string& out, std::string_view s) {
    for (char c : s) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
  };
  std::string out;
  out.reserve(u.size() + 2);
  append_lower(out, u.substr(0, scheme_end));
  const bool http = out == "http";
  const bool https = out == "https";
  out += "://";
  std::string_view rest = u.substr(scheme_end + 3);
  const auto path_start = rest.find_first_of("/?");
  std::string_view host = rest.substr(0, path_start);
  if (http && EndsWith(host, ":80")) host.remove_suffix(3);
  if (https && EndsWith(host, ":443")) host.remove_suffix(4);
  append_lower(out, host);
  std::string_view path_query = path_start == std::string_view::npos ? std::string_view("/") : rest.substr(path_start);
  std::string_view path = path_query;
  std::string_view query;
  if (auto q = path_query.find('?'); q != std::string_view::npos) {
    path = path_query.substr(0, q);
    query = path_query.substr(q);
  }
  // The path's segments ("/a/./b/../c" is "", "a", ".", "b", "..", "c") with "." dropped and
  // ".." removing the one before it (never the leading empty one), joined with "/".
  std::vector<std::string_view> kept;
  std::string_view last;
  for (std::size_t from = 0;;) {
    const std::size_t slash = path.find('/', from);
    last = path.substr(from, slash == std::string_view::npos ? std::string_view::npos : slash - from);
    if (last == "..") {
      if (kept.size() > 1) kept.pop_back();
    } else if (IsCookielessSessionSegment(last) && slash != std::string_view::npos) {
      // Dropped like ";jsessionid=": the same page under a new address on every visit.
    } else if (last != ".") {
      kept.push_back(WithoutSessionPathParameter(last));
    }
    if (slash == std::string_view::npos) break;
    from = slash + 1;
  }
  const std::size_t path_at = out.size();
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (i > 0) out.push_back('/');
    out.append(kept[i]);
  }
  if (out.size() == path_at || out[path_at] != '/') out.insert(out.begin() + static_cast<std::ptrdiff_t>(path_at), '/');
  if ((last == "." || last == "..") && out.back() != '/') out.push_back('/');
  bool session_query = false;
  for (std::size_t i = 0; query.size() > 1 && i + 4 <= query.size() && !session_query; ++i) {
    session_query = EndsWithIgnoringAsciiCase(query.substr(i, 4), "sess");
  }
  if (session_query) {
    out += WithoutSessionParameters(query);
  } else {
    out.append(query);
  }
  return out;
}

std::string OriginOf(std::string_view url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return {};
  const auto path_start = url.find_first_of("/?#", scheme_end + 3);
  return ToLowerAscii(url.substr(0, path_start));
}

std::string SiteHostKey(std::string_view url) {
  // The host of OriginOf(url), read in place and lowered once (the crawl asks for every link).
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return {};
  const std::string_view scheme = url.substr(0, scheme_end);
  std::string_view host = url.substr(0, url.find_first_of("/?#", scheme_end + 3)).substr(scheme_end + 3);
  if (auto at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  const bool http = scheme.size() == 4 && EndsWithIgnoringAsciiCase(scheme, "http");
  const bool https = scheme.size() == 5 && EndsWithIgnoringAsciiCase(scheme, "https");
  if ((http && EndsWith(host, ":80")) || (https && EndsWith(host, ":443"))) host.remove_suffix(http ? 3 : 4);
  if (host.size() >= 4 && EndsWithIgnoringAsciiCase(host.substr(0, 4), "www.")) host.remove_prefix(4);
  return ToLowerAscii(host);
}

std::string PathOf(std::string_view url) {
  const auto scheme_end = url.find("://");
  std::string_view rest = scheme_end == std::string_view::npos ? url : url.substr(scheme_end + 3);
  const auto slash = rest.find('/');
  if (slash == std::string_view::npos) return "/";
  rest = rest.substr(slash);
  rest = rest.substr(0, rest.find_first_of("?#"));
  return std::string(rest);
}

std::string FolderOf(std::string_view url) {
  std::string_view u = url;
  if (auto q = u.find_first_of("?#"); q != std::string_view::npos) u = u.substr(0, q);
  const auto scheme_end = u.find("://");
  const auto last = u.rfind('/');
  if (last == std::string_view::npos || (scheme_end != std::string_view::npos && last < scheme_end + 3)) {
    return std::string(u) + "/";
  }
  return std::string(u.substr(0, last + 1));
}

bool LooksLikeTrap(std::string_view url) {
  if (url.size() > 512) return true;
  std::string_view path = url;
  if (auto scheme_end = path.find("://"); scheme_end != std::string_view::npos) {
    const auto slash = path.find('/', scheme_end + 3);
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
  }
  std::string_view query;
  if (auto q = path.find('?'); q != std::string_view::npos) {
    query = path.substr(q + 1);
    path = path.substr(0, q);
  }
  // Real CMS lists carry many parameters (大汉 jpage and xxgk lists have eight or more:
  // startrecord, endrecord, perpage, unitid, webid, path, columnid…); variants of one query shape
  // are bounded by CrawlOptions::max_query_variants. A key repeated three times, or a query of
  // more than 16 parameters, is a generator appending to itself.
  if (!query.empty()) {
    const std::vector<std::string_view> params = Split(query, '&');
    if (params.size() > 16) return true;
    std::map<std::string_view, int> keys;
    for (std::string_view param : params) {
      if (!param.empty() && ++keys[param.substr(0, param.find('='))] >= 3) return true;
    }
  }
  std::map<std::string_view, int> counts;
  for (std::string_view seg : Split(path, '/')) {
    if (seg.empty()) continue;
    if (++counts[seg] >= 3) return true;
  }
  return false;
}

bool IsResourceUrl(std::string_view url) {
  std::string_view path = url;
  if (auto q = path.find_first_of("?#"); q != std::string_view::npos) path = path.substr(0, q);
  const std::string lower = ToLowerAscii(path.substr(path.rfind('/') == std::string_view::npos ? 0 : path.rfind('/')));
  static constexpr std::string_view kExtensions[] = {
      ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et",  ".ppt", ".pptx", ".zip", ".rar", ".7z",
      ".jpg", ".jpeg", ".png", ".gif", ".bmp", ".webp", ".svg", ".ico", ".css", ".js",  ".mp4", ".mp3",
      ".flv", ".avi", ".txt", ".ofd", ".tif", ".woff", ".woff2", ".ttf", ".swf"};
  for (std::string_view ext : kExtensions) {
    if (EndsWith(lower, ext)) return true;
  }
  return false;
}

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// The host of an absolute URL, lower case, without port or brackets.
std::string HostOf(std::string_view url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return {};
  std::string_view rest = url.substr(scheme_end + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (auto at = rest.rfind('@'); at != std::string_view::npos) rest = rest.substr(at + 1);
  if (!rest.empty() && rest.front() == '[') {
    const auto close = rest.find(']');
    return ToLowerAscii(rest.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1));
  }
  return ToLowerAscii(rest.substr(0, rest.find(':')));
}

bool DateNamedKey(std::string_view key) {
  const std::string k = ToLowerAscii(key);
  if (k == "y" || k == "m" || k == "d" || k == "yr" || k == "ym") return true;
  for (std::string_view word : {"year", "date", "month", "day", "cal", "time", "riqi", "nian"}) {
    if (Contains(k, word)) return true;
  }
  return false;
}

// Years (4-digit runs 1000-2999) in a date context within `text`; `date_named` says the whole
// text is the value of a date-named parameter.
bool ImplausibleYearIn(std::string_view text, bool date_named, int this_year) {
  for (std::size_t i = 0; i < text.size();) {
    if (!IsDigit(text[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && IsDigit(text[j])) ++j;
    if (j - i == 4 && (text[i] == '1' || text[i] == '2')) {
      const int year = std::stoi(std::string(text.substr(i, 4)));
      // A month after a separator: "2099-01", "2099/1", "2099_12", "2099.01".
      bool month_follows = false;
      if (j + 1 < text.size() && (text[j] == '-' || text[j] == '/' || text[j] == '_' || text[j] == '.') &&
          IsDigit(text[j + 1])) {
        std::size_t k = j + 1;
        while (k < text.size() && IsDigit(text[k])) ++k;
        const int month = k - j - 1 <= 2 ? std::stoi(std::string(text.substr(j + 1, k - j - 1))) : 0;
        month_follows = month >= 1 && month <= 12;
      }
      if ((date_named || month_follows) && (year < 1990 || year > this_year + 1)) return true;
    }
    i = j;
  }
  return false;
}

}  // namespace

bool HasImplausibleYear(std::string_view url, int this_year) {
  std::string_view u = url;
  if (auto hash = u.find('#'); hash != std::string_view::npos) u = u.substr(0, hash);
  if (auto scheme_end = u.find("://"); scheme_end != std::string_view::npos) {
    const auto slash = u.find_first_of("/?", scheme_end + 3);
    u = slash == std::string_view::npos ? std::string_view() : u.substr(slash);
  }
  std::string_view path = u;
  std::string_view query;
  if (auto q = u.find('?'); q != std::string_view::npos) {
    path = u.substr(0, q);
    query = u.substr(q + 1);
  }
  if (ImplausibleYearIn(path, false, this_year)) return true;
  for (std::string_view pair : Split(query, '&')) {
    const auto eq = pair.find('=');
    const std::string_view key = pair.substr(0, eq);
    const std::string_view value = eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
    if (ImplausibleYearIn(value, DateNamedKey(key), this_year)) return true;
  }
  return false;
}

std::string QueryShapeOf(std::string_view url) {
  std::string_view u = url;
  if (auto hash = u.find('#'); hash != std::string_view::npos) u = u.substr(0, hash);
  const auto q = u.find('?');
  if (q == std::string_view::npos || q + 1 >= u.size()) return {};
  std::vector<std::string_view> keys;
  for (std::string_view pair : Split(u.substr(q + 1), '&')) {
    if (!pair.empty()) keys.push_back(pair.substr(0, pair.find('=')));
  }
  std::sort(keys.begin(), keys.end());
  std::string shape(u.substr(0, q));
  shape.push_back('?');
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (i > 0) shape.push_back('&');
    shape.append(keys[i]);
  }
  return shape;
}

bool IsLoopbackUrl(std::string_view url) {
  if (!IsHttpUrl(url)) return false;
  const std::string host = HostOf(url);
  const bool numeric = !host.empty() && host.find_first_not_of("0123456789.") == std::string::npos;
  return (numeric && StartsWith(host, "127.")) || host == "::1" || host == "localhost" ||
         EndsWith(host, ".localhost");
}

bool IsHttpUrl(std::string_view url) {
  const std::string scheme = ToLowerAscii(url.substr(0, std::min<std::size_t>(url.size(), 8)));
  return StartsWith(scheme, "http://") || StartsWith(scheme, "https://");
}

}  // namespace govwatch::crawl
