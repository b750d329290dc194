// Placeholder until this subcommand lands.
#include <cstdio>

#include "cli/commands.hpp"

namespace govwatch::cli {
int RunFarm(const Args&) {
  std::fputs("govwatch: not built yet\n", stderr);
  return kExitInternal;
}
}  // namespace govwatch::cli
