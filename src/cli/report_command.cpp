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
                         "docx|xlsx|html|md|json --out PATH\n",
                 parsed ? "needs --db, --period, --format and --out" : parsed.error().message.c_str());
    return kExitBadInput;
  }
  auto period = ParsePeriod(*parsed->Get("--period"));
  if (!period) {
    std::fprintf(stderr, "govwatch report: --period: %s\n", period.error().message.c_str());
    return kExitBadInput;
  }
  auto ctx = OpenContext(*parsed->Get("--db"));
  if (!ctx) {
    std::fprintf(stderr, "govwatch report: %s\n", ctx.error().message.c_str());
    return kExitBadInput;
  }
  auto result = LoadPeriod(*ctx, *period);
  if (!result) {
    std::fprintf(stderr, "govwatch report: %s\n", result.error().message.c_str());
    return result.error().code == ErrorCode::kNotFound ? kExitBadInput : kExitInternal;
  }
  if (auto r = WriteReport(*result, ctx->notice, *parsed->Get("--format"), *parsed->Get("--out")); !r) {
    std::fprintf(stderr, "govwatch report: %s\n", r.error().message.c_str());
    return r.error().code == ErrorCode::kInvalidArgument ? kExitBadInput : kExitInternal;
  }
  std::printf("%s\n", parsed->Get("--out")->c_str());
  return kExitOk;
}

}  // namespace govwatch::cli
