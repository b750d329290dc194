#include "accuracy_scorer.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

#include "common/time.hpp"
#include "extract/page_extractor.hpp"
#include "fetch/body_decoder.hpp"
#include "model/model.hpp"

namespace govwatch::extract::accuracy {
namespace {

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error(p.string() + ": cannot read");
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string DateText(const std::optional<Date>& d) { return d ? FormatDate(*d) : "null"; }
std::string JsonText(const nlohmann::json& j) { return j.is_null() ? "null" : j.get<std::string>(); }

// Filing numbers are compared without white space: "京公网安备 110…号" and "京公网安备110…号" name
// the same filing.
std::string NoSpace(std::string s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ' ' || s[i] == '\t') continue;
    if (s.compare(i, 3, "\u3000") == 0) {
      i += 2;
      continue;
    }
    out.push_back(s[i]);
  }
  return out;
}

void Check(Report& r, Tally& tally, bool ok, const std::string& page, const std::string& what, const std::string& got,
           const std::string& want) {
  tally.Add(ok);
  if (!ok) r.misses.push_back(page + ": " + what + " (got " + got + ", want " + want + ")");
}

}  // namespace

Report ScoreCorpus(const std::filesystem::path& dir) {
  const std::filesystem::path manifest_path = dir / "manifest.json";
  nlohmann::json manifest;
  try {
    manifest = nlohmann::json::parse(Slurp(manifest_path));
  } catch (const nlohmann::json::exception& e) {
    throw std::runtime_error(manifest_path.string() + ": " + e.what());
  }
  Report r;
  for (const nlohmann::json& want : manifest.at("pages")) {
    const std::string name = want.at("file").get<std::string>();
    const std::string bytes = Slurp(dir / name);
    const fetch::DecodedBody decoded = fetch::DecodeBody(bytes, "");
    const auto start = std::chrono::steady_clock::now();
    const PageFacts f = ExtractPage(decoded.body, want.at("url").get<std::string>());
    r.extract_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.bytes += decoded.body.size();
    ++r.pages;

    const nlohmann::json& want_date = want.at("publish_date");
    // "undated": the page has no date of its own, so reporting any date is wrong.
    if (!want_date.is_null() || want.value("undated", false)) {
      Check(r, r.dates, DateText(f.publish_date) == JsonText(want_date), name, "publish date", DateText(f.publish_date),
            JsonText(want_date));
    }
    const bool want_list = want.at("is_list_page").get<bool>();
    Check(r, r.page_kind, f.is_list_page == want_list, name, "list page", f.is_list_page ? "yes" : "no",
          want_list ? "yes" : "no");
    if (want.contains("empty_list")) {
      const bool e = want["empty_list"].get<bool>();
      Check(r, r.empty, f.empty_list == e, name, "empty column", f.empty_list ? "yes" : "no", e ? "yes" : "no");
    }
    if (want.contains("newest_item")) {
      std::optional<Date> newest;
      for (const ListItem& it : f.items) {
        if (it.date && (!newest || *it.date > *newest)) newest = it.date;
      }
      Check(r, r.newest, DateText(newest) == JsonText(want["newest_item"]), name, "newest item", DateText(newest),
            JsonText(want["newest_item"]));
    }
    if (want.contains("items")) {
      std::map<std::string, const nlohmann::json*> expected;
      for (const nlohmann::json& it : want["items"]) expected[it.at("url").get<std::string>()] = &it;
      r.items_expected += expected.size();
      std::set<std::string> seen;
      for (const ListItem& it : f.items) {
        if (!seen.insert(it.url).second) continue;
        ++r.items_found;
        auto e = expected.find(it.url);
        if (e == expected.end()) {
          r.misses.push_back(name + ": unexpected item " + it.url + " " + it.title);
          continue;
        }
        ++r.items_matched;
        Check(r, r.item_dates, DateText(it.date) == JsonText(e->second->at("date")), name, "item date " + it.url,
              DateText(it.date), JsonText(e->second->at("date")));
        const std::string want_title = e->second->at("title").get<std::string>();
        Check(r, r.item_titles, it.title == want_title, name, "item title", it.title, want_title);
      }
      for (const auto& [url, it] : expected) {
        if (seen.count(url) == 0) r.misses.push_back(name + ": missed item " + url);
      }
    }
    if (want.contains("pagination")) {
      std::vector<std::string> got = f.pagination;
      std::vector<std::string> expected = want["pagination"].get<std::vector<std::string>>();
      std::sort(got.begin(), got.end());
      std::sort(expected.begin(), expected.end());
      Check(r, r.pagination, got == expected, name, "pagination", std::to_string(got.size()) + " urls",
            std::to_string(expected.size()) + " urls");
    }
    if (want.contains("identity")) {
      const nlohmann::json& id = want["identity"];
      auto text_fact = [&](const char* key, const std::string& got) {
        if (!id.contains(key)) return;
        const std::string w = id[key].get<std::string>();
        Check(r, r.identity, NoSpace(got) == NoSpace(w), name, key, "'" + got + "'", "'" + w + "'");
      };
      auto flag_fact = [&](const char* key, bool got) {
        if (!id.contains(key)) return;
        const bool w = id[key].get<bool>();
        Check(r, r.identity, got == w, name, key, got ? "yes" : "no", w ? "yes" : "no");
      };
      text_fact("site_code", f.identity.site_code);
      text_fact("icp", f.identity.icp);
      text_fact("psb", f.identity.psb);
      flag_fact("party_badge", f.identity.has_party_badge);
      flag_fact("error_report_entry", f.identity.has_error_report_entry);
    }
    if (want.contains("meta")) {
      for (const auto& [key, value] : want["meta"].items()) {
        auto it = f.meta.find(key);
        const std::string got = it == f.meta.end() ? "null" : it->second;
        Check(r, r.meta, got == value.get<std::string>(), name, "meta " + key, "'" + got + "'",
              "'" + value.get<std::string>() + "'");
      }
    }
    if (want.contains("column_type")) {
      const std::string got = f.column_type ? std::string(model::ToChinese(*f.column_type)) : "null";
      Check(r, r.column_type, got == JsonText(want["column_type"]), name, "column type", got,
            JsonText(want["column_type"]));
    }
  }
  return r;
}

std::string FormatReport(const Report& r) {
  std::string out;
  char line[256];
  auto tally = [&](const char* label, const Tally& t) {
    std::snprintf(line, sizeof line, "%-28s %6.2f %%  (%zu/%zu)\n", label, 100.0 * t.Ratio(), t.right, t.total);
    out += line;
  };
  std::snprintf(line, sizeof line, "pages                        %zu (%.1f KB of HTML)\n", r.pages,
                static_cast<double>(r.bytes) / 1024.0);
  out += line;
  tally("publish date exact", r.dates);
  tally("list page / article", r.page_kind);
  std::snprintf(line, sizeof line, "%-28s %6.2f %%  (%zu/%zu)\n", "list item precision", 100.0 * r.ItemPrecision(),
                r.items_matched, r.items_found);
  out += line;
  std::snprintf(line, sizeof line, "%-28s %6.2f %%  (%zu/%zu)\n", "list item recall", 100.0 * r.ItemRecall(),
                r.items_matched, r.items_expected);
  out += line;
  tally("list item date exact", r.item_dates);
  tally("list item title exact", r.item_titles);
  tally("newest item date", r.newest);
  tally("empty column", r.empty);
  tally("pagination", r.pagination);
  tally("identity facts", r.identity);
  tally("column type", r.column_type);
  tally("meta tags", r.meta);
  if (r.extract_seconds > 0) {
    std::snprintf(line, sizeof line, "extract speed                %.0f pages/s, %.1f MB/s (one pass, this build)\n",
                  static_cast<double>(r.pages) / r.extract_seconds,
                  static_cast<double>(r.bytes) / r.extract_seconds / 1e6);
    out += line;
  }
  return out;
}

}  // namespace govwatch::extract::accuracy
