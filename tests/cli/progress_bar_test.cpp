// The crawl's progress line: figures and rate, throttling, quiet mode, terminal and log output.
#include "cli/progress_bar.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace govwatch::cli {
namespace {

// Everything written to `f` so far.
std::string Contents(std::FILE* f) {
  std::fflush(f);
  const long size = std::ftell(f);
  std::string out(static_cast<std::size_t>(size), '\0');
  std::rewind(f);
  const std::size_t n = std::fread(out.data(), 1, out.size(), f);
  out.resize(n);
  std::fseek(f, 0, SEEK_END);
  return out;
}

CrawlFigures Figures(std::size_t pages, std::size_t resources, std::size_t queued, std::size_t errors) {
  CrawlFigures f;
  f.pages = pages;
  f.resources = resources;
  f.queued = queued;
  f.errors = errors;
  return f;
}

TEST(ProgressBarTest, FormatsDoneAgainstKnownRateQueueAndErrors) {
  EXPECT_EQ(FormatCrawlProgress(Figures(300, 100, 400, 4), 2.0, 24),
            "[############------------]  50% 页 pages 300 资源 resources 100 队列 queued 400 · 150 页/s · 错误 errors 4");
  // Rate counts pages only (resources are cheap HEADs); rounding of the bar to the nearest cell.
  EXPECT_EQ(FormatCrawlProgress(Figures(2, 0, 1, 0), 3.0, 10),
            "[#######---]  67% 页 pages 2 资源 resources 0 队列 queued 1 · 1 页/s · 错误 errors 0");
}

TEST(ProgressBarTest, StartOfCrawlAndDegenerateWidthsDoNotDivideByZero) {
  EXPECT_EQ(FormatCrawlProgress(CrawlFigures{}, 0.0, 4), "[----]   0% 页 pages 0 资源 resources 0 队列 queued 0 · 0 页/s · 错误 errors 0");
  EXPECT_EQ(FormatCrawlProgress(Figures(5, 0, 0, 0), 1.0, 0).substr(0, 3), "[#]") << "width clamps to one cell";
  EXPECT_EQ(FormatCrawlProgress(Figures(5, 0, 0, 0), 1.0, -7).substr(0, 3), "[#]");
}

TEST(ProgressBarTest, UnchangedAndExternalAppearOnlyWhenThereAreAny) {
  CrawlFigures f = Figures(10, 0, 0, 0);
  EXPECT_EQ(FormatCrawlProgress(f, 1.0).find("未变"), std::string::npos);
  EXPECT_EQ(FormatCrawlProgress(f, 1.0).find("外链"), std::string::npos);
  f.unchanged = 7;
  f.external = 12;
  const std::string line = FormatCrawlProgress(f, 1.0);
  EXPECT_NE(line.find(" · 未变 unchanged 7"), std::string::npos) << line;
  EXPECT_NE(line.find(" · 外链 external 12"), std::string::npos) << line;
}

TEST(ProgressBarTest, QuietModeWritesNothingAtAll) {
  std::FILE* out = std::tmpfile();
  ASSERT_NE(out, nullptr);
  {
    ProgressBar bar(out, true, true);
    bar.Crawl(Figures(1, 0, 1, 0));
    bar.Line("探测 probes 20");
    bar.Finish();
  }
  EXPECT_EQ(Contents(out), "");
  std::fclose(out);
}

TEST(ProgressBarTest, LogOutputIsPlainLinesThrottledWithTheNewestFiguresAtTheEnd) {
  std::FILE* out = std::tmpfile();
  ASSERT_NE(out, nullptr);
  ProgressBar bar(out, false, false, std::chrono::hours(1));
  bar.Crawl(Figures(1, 0, 9, 0));   // the first figures are written at once
  bar.Crawl(Figures(2, 0, 8, 0));   // within the interval: held back
  bar.Line("附件 attachments: 3 已读 read");  // other lines are never held back
  bar.Crawl(Figures(3, 0, 7, 1));   // held back, then written by Finish
  bar.Finish();
  const std::string text = Contents(out);
  EXPECT_EQ(text.find('\r'), std::string::npos);
  EXPECT_EQ(text.find("\033["), std::string::npos) << "no terminal codes in a log";
  EXPECT_NE(text.find("页 pages 1 "), std::string::npos);
  EXPECT_EQ(text.find("页 pages 2 "), std::string::npos);
  EXPECT_NE(text.find("附件 attachments: 3 已读 read\n"), std::string::npos);
  EXPECT_NE(text.find("页 pages 3 资源 resources 0 队列 queued 7"), std::string::npos);
  EXPECT_EQ(text.back(), '\n');
  int lines = 0;
  for (char c : text) lines += c == '\n' ? 1 : 0;
  EXPECT_EQ(lines, 3) << text;
  bar.Finish();  // a second Finish adds nothing
  EXPECT_EQ(Contents(out), text);
  std::fclose(out);
}

TEST(ProgressBarTest, TerminalRedrawsInPlaceAndEndsTheLineOnFinish) {
  std::FILE* out = std::tmpfile();
  ASSERT_NE(out, nullptr);
  {
    ProgressBar bar(out, true, false);
    bar.Crawl(Figures(4, 1, 5, 0));
    bar.Finish();
  }
  const std::string text = Contents(out);
  EXPECT_EQ(text.rfind("\r\033[K[", 0), 0u) << text;
  EXPECT_NE(text.find("页 pages 4 资源 resources 1 队列 queued 5"), std::string::npos);
  EXPECT_EQ(text.back(), '\n');
  EXPECT_EQ(text.find('\n'), text.size() - 1) << "one line, redrawn in place";
  std::fclose(out);
}

}  // namespace
}  // namespace govwatch::cli
