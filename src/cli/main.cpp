#include <cstdio>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "cli/commands.hpp"

namespace {

constexpr const char* kUsage =
    "govwatch — 政府网站与政务新媒体监管 / government website and new-media supervision\n"
    "usage:\n"
    "  govwatch demo [--dir DIR] [--serve]\n"
    "  govwatch import FILE... --db DB\n"
    "  govwatch inspect --db DB [--period 2022Q1] [--at TIME] [--only sites|columns|accounts|messages]\n"
    "                   [--judge-only] [--fail-on-findings] [--quiet]\n"
    "  govwatch probe --db DB [--for 7d] [--per-day 96] [--workers 64] [--quiet]\n"
    "  govwatch report --db DB --period 2022Q1 --format docx|xlsx|html|md|json --out PATH\n"
    "  govwatch scan-text [FILE|-] [--at DATE] [--html] [--lines] [--fail-on-findings] [--pinyin-initials]\n"
    "  govwatch extract FILE|URL [--at DATE]\n"
    "  govwatch farm [--port P] [--seed N] [--sites N] [--pages N] [--dir DIR]\n";

}  // namespace

int main(int argc, char** argv) {
  using govwatch::cli::Args;
  if (argc < 2 || std::string_view(argv[1]) == "--help" || std::string_view(argv[1]) == "-h") {
    std::fputs(kUsage, argc < 2 ? stderr : stdout);
    return argc < 2 ? govwatch::cli::kExitBadInput : govwatch::cli::kExitOk;
  }
  const std::string command = argv[1];
  const Args args(argv + 2, argv + argc);
  try {
    if (command == "demo") return govwatch::cli::RunDemo(args);
    if (command == "import") return govwatch::cli::RunImport(args);
    if (command == "inspect") return govwatch::cli::RunInspect(args);
    if (command == "report") return govwatch::cli::RunReport(args);
    if (command == "scan-text") return govwatch::cli::RunScanText(args);
    if (command == "extract") return govwatch::cli::RunExtract(args);
    if (command == "farm") return govwatch::cli::RunFarm(args);
    if (command == "probe") return govwatch::cli::RunProbe(args);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "govwatch: internal error: %s\n", e.what());
    return govwatch::cli::kExitInternal;
  }
  std::fprintf(stderr, "govwatch: unknown command '%s'\n%s", command.c_str(), kUsage);
  return govwatch::cli::kExitBadInput;
}
