// The subcommands of the govwatch binary; each lives in its own file under src/cli/.
// Each returns the process exit code: 0 done, 1 findings under --fail-on-findings, 2 bad input
// or usage, 3 internal error.
#pragma once

#include <string>
#include <vector>

namespace govwatch::cli {

using Args = std::vector<std::string>;

int RunDemo(const Args& args);
int RunImport(const Args& args);
int RunInspect(const Args& args);
int RunReport(const Args& args);
int RunScanText(const Args& args);
int RunExtract(const Args& args);
int RunFarm(const Args& args);
int RunProbe(const Args& args);

inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitBadInput = 2;
inline constexpr int kExitInternal = 3;

}  // namespace govwatch::cli
