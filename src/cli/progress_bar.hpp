// The crawl's progress as one line: a bar of pages done against pages known, the rate, the
// queue and the errors. Drawn in place on a terminal; printed at most every few seconds otherwise.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdio>
#include <string>

namespace govwatch::cli {

struct CrawlFigures {
  std::size_t pages = 0;      // HTML pages stored
  std::size_t resources = 0;  // resources checked
  std::size_t queued = 0;     // URLs still in the frontier
  std::size_t errors = 0;
  std::size_t unchanged = 0;  // 304 answers
  std::size_t external = 0;   // external links checked
};

// "[#########-----------]  45% 页 pages 1200 资源 300 队列 queued 1800 · 320 页/s · 错误 errors 4".
// `width` is the bar's width in cells; `seconds` the time since the crawl began.
std::string FormatCrawlProgress(const CrawlFigures& f, double seconds, int width = 24);

// Writes progress lines to a FILE (stderr): in place (\r, erase line) on a terminal, at most
// every `interval` as plain lines otherwise, nothing when quiet. Not thread-safe.
class ProgressBar {
 public:
  ProgressBar(std::FILE* out, bool tty, bool quiet, std::chrono::milliseconds interval = std::chrono::seconds(5));
  ~ProgressBar();
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  // The crawl's figures now.
  void Crawl(const CrawlFigures& f);
  // Any other line of progress (probes, feeds, boards).
  void Line(const std::string& text);
  // Ends an in-place line (call before printing anything else).
  void Finish();

 private:
  void Write(const std::string& text, bool force);
  std::FILE* out_;
  bool tty_;
  bool quiet_;
  std::chrono::milliseconds interval_;
  std::chrono::steady_clock::time_point start_;
  std::chrono::steady_clock::time_point last_;
  bool open_line_ = false;
};

}  // namespace govwatch::cli
