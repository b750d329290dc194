// govwatch report --db DB --period 2022Q1 --format docx|xlsx|html|md|json --out PATH
#include <cstdio>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "cli/inspection.hpp"
#include "cli/report_writer.hpp"

namespace govwatch::cli {

int RunReport(const Args& args) {
  auto parsed = ParseArgs(args, {"--db", "--period", "--format", "--out"}, {});
  if (!parsed || !parsed->Has("--db") || !parsed->Has("--period") || !parsed->Has("--format") ||
      !parsed->Has("--out")) {
    std::fprintf(stderr, "govwatch report: %s\nusage: govwatch report --db DB --period 2022Q1 --format "
                         "docx|xlsx|html|md|json|rectification --out PATH\n",
                 parsed ? "needs --db, --period, --format and --out" : parsed.error().message.c_str());
    return kExitBadInput;
  }
  auto period = ParsePeriod(*parsed->Get("--period"));
  if (!period) {
    std::fprintf(stderr, "govwatch report: --period: %s\n", period.error().message.c_str());
    return kExitBadInput;
  }
  auto ctx = OpenContext(*parsed->Get("--db"), /*language_model=*/false);
  if (!ctx) {
    std::fprintf(stderr, "govwatch report: %s\n", ctx.error().message.c_str());
    return kExitBadInput;
  }
  auto result = LoadPeriod(*ctx, *period);
  if (!result) {
    std::fprintf(stderr, "govwatch report: %s\n", result.error().message.c_str());
    return result.error().code == ErrorCode::kNotFound ? kExitBadInput : kExitInternal;
  }
  if (*parsed->Get("--format") == "rectification") {
    // One 整改通知 per unit with findings, written into the folder --out.
    auto written = WriteRectifications(*result, ctx->notice, *parsed->Get("--out"));
    if (!written) {
      std::fprintf(stderr, "govwatch report: %s\n", written.error().message.c_str());
      return kExitInternal;
    }
    for (const std::string& w : *written) std::printf("%s\n", w.c_str());
    return kExitOk;
  }
  if (auto r = WriteReport(*result, ctx->notice, *parsed->Get("--format"), *parsed->Get("--out")); !r) {
    std::fprintf(stderr, "govwatch report: %s\n", r.error().message.c_str());
    return r.error().code == ErrorCode::kInvalidArgument ? kExitBadInput : kExitInternal;
  }
  std::printf("%s\n", parsed->Get("--out")->c_str());
  return kExitOk;
}

}  // namespace govwatch::cli
