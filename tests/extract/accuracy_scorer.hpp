// Scores ExtractPage against the hand-written expectations of the accuracy corpus
// (tests/data/extract/corpus/manifest.json) or of the held-out blind set
// (tests/data/extract/blind/, same format): exact publish dates (and none for a page marked
// "undated"), list items (precision and recall by URL, their dates and titles), the newest item,
// empty columns, pagination, footer identity facts, column types and <meta> tags. Shared by the
// CTest floor (accuracy_test.cpp) and the bench/extract_accuracy report.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace govwatch::extract::accuracy {

// A count of right answers out of a total.
struct Tally {
  std::size_t right = 0;
  std::size_t total = 0;
  double Ratio() const { return total == 0 ? 1.0 : static_cast<double>(right) / static_cast<double>(total); }
  void Add(bool ok) {
    ++total;
    if (ok) ++right;
  }
};

struct Report {
  std::size_t pages = 0;
  std::size_t bytes = 0;        // decoded HTML bytes extracted
  double extract_seconds = 0;   // time spent in ExtractPage only (one pass)
  Tally dates;                  // pages with a known own date: exact match
  Tally page_kind;              // list page or not
  Tally newest;                 // list pages and homepages: newest item date (none for an empty column)
  Tally empty;                  // empty-column flag
  Tally item_dates;             // matched items: date exact
  Tally item_titles;            // matched items: title exact
  Tally pagination;             // pages with known pagination: same URL set
  Tally identity;               // site code, ICP, 公安备案, party badge, error-report entry
  Tally column_type;            // pages with a known column type
  Tally meta;                   // expected <meta> name/content pairs reported as written
  std::size_t items_expected = 0;
  std::size_t items_found = 0;
  std::size_t items_matched = 0;  // found items whose URL is an expected item
  double ItemPrecision() const {
    return items_found == 0 ? 1.0 : static_cast<double>(items_matched) / static_cast<double>(items_found);
  }
  double ItemRecall() const {
    return items_expected == 0 ? 1.0 : static_cast<double>(items_matched) / static_cast<double>(items_expected);
  }
  std::vector<std::string> misses;  // one line per wrong answer: "page: what (got … want …)"
};

// Scores every page listed in `dir`/manifest.json. Fails (throws std::runtime_error naming the
// file) when the manifest or a page cannot be read.
Report ScoreCorpus(const std::filesystem::path& dir);
// The report as the lines a person reads (ratios, counts, and throughput).
std::string FormatReport(const Report& report);

}  // namespace govwatch::extract::accuracy
