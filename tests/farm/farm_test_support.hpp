// Helpers of the farm tests: a started farm on free ports with a manual clock, HTTP fetches and
// small parsers for what the pages and registry files hold.
#pragma once

#include <httplib.h>

#include <memory>
#include <optional>
#include <regex>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "common/clock.hpp"
#include "common/files.hpp"
#include "common/time.hpp"
#include "farm/farm.hpp"

namespace govwatch::farm::testing {

inline constexpr Date kAnchor{2022, 3, 31};

// A started farm and the clock it reads.
struct RunningFarm {
  explicit RunningFarm(FarmOptions options, Timestamp now = EndOfDay(kAnchor) - 3600)
      : clock(now), farm(std::move(options), clock) {
    auto r = farm.Start();
    EXPECT_TRUE(r.has_value()) << (r ? "" : r.error().message);
  }
  ManualClock clock;
  Farm farm;
};

inline FarmOptions Options(std::uint64_t seed, int sites = 10, int pages = 600) {
  FarmOptions o;
  o.seed = seed;
  o.sites = sites;
  o.pages = pages;
  o.anchor = kAnchor;
  return o;
}

// An HTTP answer: status 0 when the request failed.
struct Fetched {
  int status = 0;
  std::string content_type;
  std::string body;
};

inline Fetched Fetch(int port, const std::string& path) {
  httplib::Client client("127.0.0.1", port);
  client.set_connection_timeout(5);
  client.set_read_timeout(10);
  Fetched f;
  if (auto res = client.Get(path.c_str())) {
    f.status = res->status;
    f.content_type = res->get_header_value("Content-Type");
    f.body = res->body;
  }
  return f;
}

// Splits "http://127.0.0.1:PORT/path" into port and path.
inline std::pair<int, std::string> PortAndPath(const std::string& url) {
  static const std::regex kUrl(R"(http://127\.0\.0\.1:(\d+)(/.*))");
  std::smatch m;
  if (!std::regex_match(url, m, kUrl)) return {0, ""};
  return {std::stoi(m[1].str()), m[2].str()};
}

inline Fetched FetchUrl(const std::string& url) {
  const auto [port, path] = PortAndPath(url);
  return Fetch(port, path);
}

// Every date in a page, in the farm's three list styles (2022-03-01, [2022-03-01], 2022年03月01日).
inline std::vector<Date> DatesIn(const std::string& html) {
  static const std::regex kDate(R"((\d{4})(?:-|年)(\d{2})(?:-|月)(\d{2}))");
  std::vector<Date> out;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), kDate); it != std::sregex_iterator(); ++it) {
    out.push_back(Date{std::stoi((*it)[1].str()), std::stoi((*it)[2].str()), std::stoi((*it)[3].str())});
  }
  return out;
}

// The href of the first link whose text is `text`.
inline std::optional<std::string> LinkNamed(const std::string& html, const std::string& text) {
  const std::regex link("<a href=\"([^\"]+)\">" + text + "</a>");
  std::smatch m;
  if (!std::regex_search(html, m, link)) return std::nullopt;
  return m[1].str();
}

// The rows of a farm registry CSV (BOM stripped; the farm only quotes fields that need it, and
// its values hold no commas).
inline std::vector<std::vector<std::string>> CsvRows(const std::filesystem::path& file) {
  auto text = ReadFile(file);
  EXPECT_TRUE(text.has_value()) << file;
  std::string s = text ? *text : "";
  if (s.rfind("\xEF\xBB\xBF", 0) == 0) s.erase(0, 3);
  std::vector<std::vector<std::string>> rows;
  std::size_t pos = 0;
  while (pos < s.size()) {
    std::size_t end = s.find("\r\n", pos);
    if (end == std::string::npos) end = s.size();
    std::vector<std::string> row;
    const std::string line = s.substr(pos, end - pos);
    std::size_t start = 0;
    while (true) {
      const std::size_t comma = line.find(',', start);
      row.push_back(line.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    rows.push_back(std::move(row));
    pos = end + 2;
  }
  return rows;
}

}  // namespace govwatch::farm::testing
