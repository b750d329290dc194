// RFC 3986 reference resolution (section 5.2) for the links of a page.
#include <string>
#include <vector>

#include "common/strings.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace {

struct UrlParts {
  std::string scheme;     // lower case, without ':'
  std::string authority;  // without "//"; empty when absent
  bool has_authority = false;
  std::string path;
  std::string query;  // without '?'
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
    for (std::size_t i = 0; i < colon; ++i) ok = ok && IsSchemeChar(s[i], i == 0);
    if (ok) {
      u.scheme = ToLowerAscii(s.substr(0, colon));
      s.remove_prefix(colon + 1);
    }
  }
  if (StartsWith(s, "//")) {
    s.remove_prefix(2);
    const std::size_t end = s.find_first_of("/?");
    u.authority = std::string(s.substr(0, end));
    u.has_authority = true;
    s = end == std::string_view::npos ? std::string_view() : s.substr(end);
  }
  const std::size_t q = s.find('?');
  u.path = std::string(s.substr(0, q));
  if (q != std::string_view::npos) {
    u.query = std::string(s.substr(q + 1));
    u.has_query = true;
  }
  return u;
}

// RFC 3986 5.2.4.
std::string RemoveDotSegments(std::string_view path) {
  std::vector<std::string_view> out;
  const bool absolute = StartsWith(path, "/");
  std::vector<std::string_view> parts = Split(path, '/');
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string_view seg = parts[i];
    const bool last = i + 1 == parts.size();
    if (seg == ".") {
      if (last) out.emplace_back("");
    } else if (seg == "..") {
      if (out.size() > (absolute ? 1u : 0u)) out.pop_back();
      if (last) out.emplace_back("");
    } else {
      out.push_back(seg);
    }
  }
  std::string result;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (i > 0) result.push_back('/');
    result += out[i];
  }
  if (absolute && !StartsWith(result, "/")) result.insert(result.begin(), '/');
  return result;
}

std::string Join(const UrlParts& u) {
  std::string s;
  if (!u.scheme.empty()) s += u.scheme + ":";
  if (u.has_authority) s += "//" + ToLowerAscii(u.authority);
  s += u.path;
  if (u.has_authority && u.path.empty()) s += "/";
  if (u.has_query) s += "?" + u.query;
  return s;
}

std::string Clean(std::string_view href) {
  std::string out;
  for (char c : Trim(href)) {
    if (c == '\t' || c == '\n' || c == '\r') continue;
    if (c == ' ') {
      out += "%20";
    } else if (c == '\\') {
      out.push_back('/');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::string ResolveUrl(std::string_view base, std::string_view href) {
  const std::string ref_text = Clean(href);
  if (StartsWith(ref_text, "#")) return "";
  UrlParts ref = SplitUrl(ref_text);
  for (std::string_view skipped : {"javascript", "mailto", "tel", "data", "about", "vbscript", "sms"}) {
    if (ref.scheme == skipped) return "";
  }
  if (!ref.scheme.empty()) {
    ref.path = RemoveDotSegments(ref.path);
    return Join(ref);
  }
  const UrlParts b = SplitUrl(Clean(base));
  if (b.scheme.empty() && !b.has_authority && b.path.empty()) return ref_text.substr(0, ref_text.find('#'));
  UrlParts t;
  t.scheme = b.scheme;
  if (ref.has_authority) {
    t.authority = ref.authority;
    t.has_authority = true;
    t.path = RemoveDotSegments(ref.path);
    t.query = ref.query;
    t.has_query = ref.has_query;
    return Join(t);
  }
  t.authority = b.authority;
  t.has_authority = b.has_authority;
  if (ref.path.empty()) {
    t.path = b.path;
    t.query = ref.has_query ? ref.query : b.query;
    t.has_query = ref.has_query || b.has_query;
    return Join(t);
  }
  if (StartsWith(ref.path, "/")) {
    t.path = RemoveDotSegments(ref.path);
  } else {
    std::string merged;
    if (b.has_authority && b.path.empty()) {
      merged = "/" + ref.path;
    } else {
      const std::size_t slash = b.path.rfind('/');
      merged = (slash == std::string::npos ? std::string() : b.path.substr(0, slash + 1)) + ref.path;
    }
    t.path = RemoveDotSegments(merged);
  }
  t.query = ref.query;
  t.has_query = ref.has_query;
  return Join(t);
}

}  // namespace govwatch::extract
