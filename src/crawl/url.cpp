#include "crawl/url.hpp"

#include <map>
#include <vector>

#include "common/strings.hpp"

namespace govwatch::crawl {

std::string NormalizeUrl(std::string_view url) {
  std::string_view u = Trim(url);
  if (auto hash = u.find('#'); hash != std::string_view::npos) u = u.substr(0, hash);
  const auto scheme_end = u.find("://");
  if (scheme_end == std::string_view::npos) return std::string(u);
  std::string scheme = ToLowerAscii(u.substr(0, scheme_end));
  std::string_view rest = u.substr(scheme_end + 3);
  const auto path_start = rest.find_first_of("/?");
  std::string host = ToLowerAscii(rest.substr(0, path_start));
  std::string_view path_query = path_start == std::string_view::npos ? std::string_view("/") : rest.substr(path_start);
  if ((scheme == "http" && EndsWith(host, ":80")) || (scheme == "https" && EndsWith(host, ":443"))) {
    host = host.substr(0, host.rfind(':'));
  }
  std::string_view path = path_query;
  std::string_view query;
  if (auto q = path_query.find('?'); q != std::string_view::npos) {
    path = path_query.substr(0, q);
    query = path_query.substr(q);
  }
  std::vector<std::string_view> out;
  const auto parts = Split(path, '/');
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const std::string_view seg = parts[i];
    if (seg == ".") continue;
    if (seg == "..") {
      if (out.size() > 1) out.pop_back();
      continue;
    }
    out.push_back(seg);
  }
  std::string joined;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (i > 0) joined.push_back('/');
    joined.append(out[i]);
  }
  if (joined.empty() || joined.front() != '/') joined.insert(joined.begin(), '/');
  if (!parts.empty() && (parts.back() == "." || parts.back() == "..") && joined.back() != '/') joined.push_back('/');
  return scheme + "://" + host + joined + std::string(query);
}

std::string OriginOf(std::string_view url) {
  const auto scheme_end = url.find("://");
  if (scheme_end == std::string_view::npos) return {};
  const auto path_start = url.find_first_of("/?#", scheme_end + 3);
  return ToLowerAscii(url.substr(0, path_start));
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
  if (!query.empty() && Split(query, '&').size() > 4) return true;
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

}  // namespace govwatch::crawl
