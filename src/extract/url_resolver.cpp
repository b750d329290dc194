// RFC 3986 reference resolution (section 5.2) for the links of a page. Called for every link of
// every crawled page, so the parts are views into the (cleaned) input and the result is built in
// one string; only a path with "." or ".." segments is rewritten.
#include <string>
#include <vector>

#include "common/strings.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace {

struct UrlParts {
  std::string_view scheme;     // as written, without ':'
  std::string_view authority;  // without "//"; empty when absent
  bool has_authority = false;
  std::string_view path;
  std::string_view query;  // without '?'
  bool has_query = false;
};

bool IsSchemeChar(char c, bool first) {
  const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return first ? alpha : alpha || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
}

UrlParts SplitUrl(std::string_view s) {
  UrlParts u;
  s = s.substr(0, s.find('#'));
  const std::size_t colon = s.find(':');
  if (colon != std::string_view::npos && colon > 0) {
    bool ok = true;
    for (std::size_t i = 0; i < colon && ok; ++i) ok = IsSchemeChar(s[i], i == 0);
    if (ok) {
      u.scheme = s.substr(0, colon);
      s.remove_prefix(colon + 1);
    }
  }
  if (StartsWith(s, "//")) {
    s.remove_prefix(2);
    const std::size_t end = s.find_first_of("/?");
    u.authority = s.substr(0, end);
    u.has_authority = true;
    s = end == std::string_view::npos ? std::string_view() : s.substr(end);
  }
  const std::size_t q = s.find('?');
  u.path = s.substr(0, q);
  if (q != std::string_view::npos) {
    u.query = s.substr(q + 1);
    u.has_query = true;
  }
  return u;
}

bool EqualsIgnoreCase(std::string_view a, std::string_view lower) {
  if (a.size() != lower.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    const char c = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (c != lower[i]) return false;
  }
  return true;
}

void AppendLower(std::string& out, std::string_view s) {
  for (char c : s) out.push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c);
}

// True when a segment of `path` is "." or "..".
bool HasDotSegment(std::string_view path) {
  for (std::size_t at = path.find('.'); at != std::string_view::npos; at = path.find('.', at + 1)) {
    if (at > 0 && path[at - 1] != '/') continue;
    std::size_t end = at + 1;
    if (end < path.size() && path[end] == '.') ++end;
    if (end == path.size() || path[end] == '/') return true;
  }
  return false;
}

// RFC 3986 5.2.4, appended to `out`.
void AppendWithoutDotSegments(std::string& out, std::string_view path) {
  if (!HasDotSegment(path)) {
    out += path;
    return;
  }
  std::vector<std::string_view> kept;
  const bool absolute = StartsWith(path, "/");
  std::vector<std::string_view> parts = Split(path, '/');
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string_view seg = parts[i];
    const bool last = i + 1 == parts.size();
    if (seg == ".") {
      if (last) kept.emplace_back("");
    } else if (seg == "..") {
      if (kept.size() > (absolute ? 1u : 0u)) kept.pop_back();
      if (last) kept.emplace_back("");
    } else {
      kept.push_back(seg);
    }
  }
  const std::size_t start = out.size();
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (i > 0) out.push_back('/');
    out += kept[i];
  }
  if (absolute && out.compare(start, 1, "/") != 0) out.insert(out.begin() + static_cast<std::ptrdiff_t>(start), '/');
}

// scheme ":" "//" authority path "?" query, with the scheme and host in lower case. `path` has
// its dot segments removed when `dots` is set.
std::string Join(std::string_view scheme, bool has_authority, std::string_view authority, std::string_view path,
                 bool dots, bool has_query, std::string_view query) {
  std::string s;
  s.reserve(scheme.size() + authority.size() + path.size() + query.size() + 5);
  if (!scheme.empty()) {
    AppendLower(s, scheme);
    s.push_back(':');
  }
  if (has_authority) {
    s += "//";
    AppendLower(s, authority);
  }
  const std::size_t path_at = s.size();
  if (dots) {
    AppendWithoutDotSegments(s, path);
  } else {
    s += path;
  }
  if (has_authority && s.size() == path_at) s.push_back('/');
  if (has_query) {
    s.push_back('?');
    s += query;
  }
  return s;
}

// `href` without surrounding white space and line breaks, spaces as %20 and backslashes as
// slashes: a view of `href` itself when nothing changes, else of `storage`.
std::string_view Clean(std::string_view href, std::string& storage) {
  href = Trim(href);
  bool plain = true;
  for (const char c : href) plain = plain && c != '\t' && c != '\n' && c != '\r' && c != ' ' && c != '\\';
  if (plain) return href;
  storage.clear();
  for (char c : href) {
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c == ' ') {
      storage += "%20";
    } else if (c == '\\') {
      storage.push_back('/');
    } else {
      storage.push_back(c);
    }
  }
  return storage;
}

}  // namespace

std::string ResolveUrl(std::string_view base, std::string_view href) {
  std::string ref_storage;
  const std::string_view ref_text = Clean(href, ref_storage);
  if (StartsWith(ref_text, "#")) return "";
  const UrlParts ref = SplitUrl(ref_text);
  for (std::string_view skipped : {"javascript", "mailto", "tel", "data", "about", "vbscript", "sms"}) {
    if (EqualsIgnoreCase(ref.scheme, skipped)) return "";
  }
  if (!ref.scheme.empty()) {
    return Join(ref.scheme, ref.has_authority, ref.authority, ref.path, true, ref.has_query, ref.query);
  }
  std::string base_storage;
  const UrlParts b = SplitUrl(Clean(base, base_storage));
  if (b.scheme.empty() && !b.has_authority && b.path.empty()) return std::string(ref_text.substr(0, ref_text.find('#')));
  if (ref.has_authority) {
    return Join(b.scheme, true, ref.authority, ref.path, true, ref.has_query, ref.query);
  }
  if (ref.path.empty()) {
    return Join(b.scheme, b.has_authority, b.authority, b.path, false, ref.has_query || b.has_query,
                ref.has_query ? ref.query : b.query);
  }
  if (StartsWith(ref.path, "/")) {
    return Join(b.scheme, b.has_authority, b.authority, ref.path, true, ref.has_query, ref.query);
  }
  std::string merged;
  if (b.has_authority && b.path.empty()) {
    merged.reserve(ref.path.size() + 1);
    merged.push_back('/');
  } else {
    const std::size_t slash = b.path.rfind('/');
    if (slash != std::string_view::npos) merged.assign(b.path.substr(0, slash + 1));
  }
  merged += ref.path;
  return Join(b.scheme, b.has_authority, b.authority, merged, true, ref.has_query, ref.query);
}

}  // namespace govwatch::extract
