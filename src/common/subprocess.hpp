// Runs a converter program (catdoc, xls2csv …) as a child process with a time limit and an
// output limit, capturing its standard output. The child gets no shell, an empty standard input
// and /dev/null as standard error; it is killed (SIGKILL) when a limit is hit.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace govwatch {

struct SubprocessLimits {
  std::int64_t timeout_ms = 20000;
  std::size_t max_output_bytes = 16 * 1024 * 1024;
};

struct SubprocessResult {
  int exit_code = -1;      // -1 when killed or ended by a signal
  bool timed_out = false;
  bool truncated = false;  // output exceeded the limit (the child was killed)
  std::string out;
};

// Runs argv[0] (searched on PATH) with argv. Fails naming the program when it cannot be started.
Result<SubprocessResult> RunSubprocess(const std::vector<std::string>& argv, const SubprocessLimits& limits);

}  // namespace govwatch
