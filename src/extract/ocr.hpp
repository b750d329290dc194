// OCR of images and scanned PDF pages (Tesseract with Debian's chi_sim model), run from a budgeted
// queue: the crawl only enqueues, and a later step drains as much as its budget allows, so OCR
// never stalls the crawl's hot path. Results are plain text, one recognised line per line.
#pragma once

#include <cstddef>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch::extract {

struct OcrBudget {
  int max_jobs = 20;                      // jobs per Run()
  double max_seconds = 120;               // wall time per Run(); a started job is finished (max_job_seconds)
  int max_pdf_pages = 10;                 // pages of one scanned PDF that are read
  int dpi = 200;                          // rendering resolution of PDF pages
  // Time one job may take (it runs in a child process); a job that takes longer fails.
  double max_job_seconds = 60;
  std::size_t max_pixels = 40'000'000;    // larger images (or rendered pages) are refused
  std::size_t max_input_bytes = 30 * 1024 * 1024;
};

struct OcrJob {
  std::string key;        // the caller's id (attachment URL)
  std::string file_name;  // decides image or PDF by extension
  std::string bytes;
};

struct OcrResult {
  std::string key;
  Result<std::string> text;
};

class OcrQueue {
 public:
  // `languages` as Tesseract names them; `data_path` "" uses the system tessdata folder.
  explicit OcrQueue(OcrBudget budget, std::string languages = "chi_sim+eng", std::string data_path = "");
  ~OcrQueue();
  OcrQueue(const OcrQueue&) = delete;
  OcrQueue& operator=(const OcrQueue&) = delete;

  void Push(OcrJob job);
  std::size_t Pending() const { return queue_.size(); }
  // True when a job with `key` waits in the queue.
  bool Has(std::string_view key) const;
  // Runs queued jobs, oldest first, until the queue is empty or the budget is spent; jobs not run
  // stay queued for the next call. Each result fails naming the file on unreadable input.
  std::vector<OcrResult> Run();

 private:
  // Runs RecogniseHere in a child process within budget_.max_job_seconds.
  Result<std::string> Recognise(const OcrJob& job);
  // The text of `job`, in this process, with no time limit; needs the engine.
  Result<std::string> RecogniseHere(const OcrJob& job);
  Result<void> EnsureEngine();

  struct Engine;
  OcrBudget budget_;
  std::string languages_;
  std::string data_path_;
  std::deque<OcrJob> queue_;
  std::unique_ptr<Engine> engine_;
};

}  // namespace govwatch::extract
