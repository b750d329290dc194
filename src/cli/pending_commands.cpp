// Placeholder for the spine's subcommands while they are written.
#include <cstdio>

#include "cli/commands.hpp"

namespace govwatch::cli {
int RunDemo(const Args&) { return kExitInternal; }
int RunImport(const Args&) { return kExitInternal; }
int RunInspect(const Args&) { return kExitInternal; }
int RunReport(const Args&) { return kExitInternal; }
}  // namespace govwatch::cli
