// govwatch farm [--port P] [--seed N] [--sites N] [--pages N] [--dir DIR] [--anchor YYYY-MM-DD]:
// the synthetic site farm alone, on the real clock, until SIGINT or SIGTERM.
#include <chrono>
#include <csignal>
#include <cstdio>
#include <string>
#include <thread>

#include "cli/args.hpp"
#include "cli/commands.hpp"
#include "common/clock.hpp"
#include "common/time.hpp"
#include "farm/farm.hpp"

namespace govwatch::cli {

namespace {

volatile std::sig_atomic_t g_farm_stop = 0;
void OnFarmSignal(int) { g_farm_stop = 1; }

constexpr const char* kUsage =
    "usage: govwatch farm [--port P] [--seed N] [--sites N] [--pages N] [--dir DIR] [--anchor YYYY-MM-DD]\n";

int BadInput(const std::string& message) {
  std::fprintf(stderr, "govwatch farm: %s\n%s", message.c_str(), kUsage);
  return kExitBadInput;
}

}  // namespace

int RunFarm(const Args& args) {
  auto parsed = ParseArgs(args, {"--port", "--seed", "--sites", "--pages", "--dir", "--anchor"}, {});
  if (!parsed) return BadInput(parsed.error().message);
  if (!parsed->positional.empty()) return BadInput("unexpected argument '" + parsed->positional.front() + "'");

  RealClock clock;
  farm::FarmOptions options;
  options.anchor = DateOf(clock.Now());
  struct IntOption {
    const char* name;
    long long low;
    long long high;
  };
  for (const IntOption& o : {IntOption{"--port", 0, 65535 - 50}, IntOption{"--seed", 0, 1LL << 62},
                             IntOption{"--sites", 8, 50}, IntOption{"--pages", 1, 10000000}}) {
    const auto v = parsed->Get(o.name);
    if (!v) continue;
    auto n = ParseInt(o.name, *v);
    if (!n) return BadInput(n.error().message);
    if (*n < o.low || *n > o.high) {
      return BadInput(std::string(o.name) + ": " + *v + " is outside " + std::to_string(o.low) + ".." +
                      std::to_string(o.high));
    }
    const std::string name = o.name;
    if (name == "--port") options.base_port = static_cast<int>(*n);
    if (name == "--seed") options.seed = static_cast<std::uint64_t>(*n);
    if (name == "--sites") options.sites = static_cast<int>(*n);
    if (name == "--pages") options.pages = static_cast<int>(*n);
  }
  if (const auto v = parsed->Get("--anchor")) {
    auto d = ParseDate(*v);
    if (!d) return BadInput("--anchor: " + d.error().message);
    options.anchor = *d;
  }
  const std::string dir = parsed->GetOr("--dir", "farm");
  if (dir.empty()) return BadInput("--dir: empty path");

  farm::Farm farm(options, clock);
  if (auto r = farm.Start(); !r) {
    std::fprintf(stderr, "govwatch farm: %s\n", r.error().message.c_str());
    return kExitInternal;
  }
  if (auto r = farm.WriteRegistry(dir); !r) {
    std::fprintf(stderr, "govwatch farm: %s\n", r.error().message.c_str());
    return kExitInternal;
  }
  if (auto r = farm.WriteManifest(dir); !r) {
    std::fprintf(stderr, "govwatch farm: %s\n", r.error().message.c_str());
    return kExitInternal;
  }
  std::signal(SIGINT, OnFarmSignal);
  std::signal(SIGTERM, OnFarmSignal);
  for (const farm::FarmSite& s : farm.Sites()) std::printf("%s %s\n", s.name.c_str(), s.url.c_str());
  std::printf("farm ready\n");
  std::fflush(stdout);
  while (g_farm_stop == 0) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  farm.Stop();
  return kExitOk;
}

}  // namespace govwatch::cli
