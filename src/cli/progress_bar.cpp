#include "cli/progress_bar.hpp"

#include <algorithm>

#include <fmt/core.h>

namespace govwatch::cli {

std::string FormatCrawlProgress(const CrawlFigures& f, double seconds, int width) {
  const std::size_t done = f.pages + f.resources;
  const std::size_t known = done + f.queued;
  const double fraction = known == 0 ? 0.0 : static_cast<double>(done) / static_cast<double>(known);
  width = std::max(width, 1);
  const int filled = std::clamp(static_cast<int>(fraction * width + 0.5), 0, width);
  const double rate = seconds > 0 ? static_cast<double>(f.pages) / seconds : 0.0;
  std::string line = "[" + std::string(static_cast<std::size_t>(filled), '#') +
                     std::string(static_cast<std::size_t>(width - filled), '-') + "]";
  line += fmt::format(" {:3.0f}% 页 pages {} 资源 resources {} 队列 queued {} · {:.0f} 页/s · 错误 errors {}",
                      fraction * 100, f.pages, f.resources, f.queued, rate, f.errors);
  if (f.unchanged > 0) line += fmt::format(" · 未变 unchanged {}", f.unchanged);
  if (f.external > 0) line += fmt::format(" · 外链 external {}", f.external);
  return line;
}

ProgressBar::ProgressBar(std::FILE* out, bool tty, bool quiet, std::chrono::milliseconds interval)
    : out_(out),
      tty_(tty),
      quiet_(quiet),
      interval_(interval),
      start_(std::chrono::steady_clock::now()),
      last_(start_ - interval) {}

ProgressBar::~ProgressBar() { Finish(); }

void ProgressBar::Crawl(const CrawlFigures& f) {
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  Write(FormatCrawlProgress(f, seconds), false);
}

void ProgressBar::Line(const std::string& text) { Write(text, true); }

void ProgressBar::Write(const std::string& text, bool force) {
  if (quiet_) return;
  const auto now = std::chrono::steady_clock::now();
  // A terminal is redrawn at most 10 times a second; a log gets a line every interval.
  const auto gap = tty_ ? std::chrono::milliseconds(100) : interval_;
  if (!force && now - last_ < gap) return;
  last_ = now;
  if (tty_) {
    std::fprintf(out_, "\r\033[K%s", text.c_str());
    open_line_ = true;
  } else {
    std::fprintf(out_, "%s\n", text.c_str());
  }
  std::fflush(out_);
}

void ProgressBar::Finish() {
  if (open_line_) std::fputc('\n', out_);
  open_line_ = false;
}

}  // namespace govwatch::cli
