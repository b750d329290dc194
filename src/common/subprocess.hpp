// Runs a converter program (catdoc, xls2csv …), or a function of this program (a library that
// cannot be stopped, such as poppler on a hostile PDF), as a child process with a time limit, a
// memory limit and an output limit, capturing its output. A program gets no shell, an empty
// standard input and /dev/null as standard error; a child is killed (SIGKILL) when the time or
// output limit is hit, and its allocations fail past the memory limit (it then ends as a failure).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch {

struct SubprocessLimits {
  std::int64_t timeout_ms = 20000;
  std::size_t max_output_bytes = 16 * 1024 * 1024;
  // Memory the child may map (bytes): a program's whole address space (RLIMIT_AS, from the moment
  // it runs); for RunInChildProcess, the address space it may add to the copy of this process it
  // starts as (RLIMIT_AS), or under AddressSanitizer, whose shadow maps terabytes, the private
  // writable memory it may add (RLIMIT_DATA). 0: unbounded.
  std::size_t max_memory_bytes = std::size_t{1} << 30;
};

struct SubprocessResult {
  int exit_code = -1;      // -1 when killed or ended by a signal
  bool timed_out = false;
  bool truncated = false;  // output exceeded the limit (the child was killed)
  std::string out;
};

// Runs argv[0] (searched on PATH) with argv. Fails naming the program when it cannot be started.
Result<SubprocessResult> RunSubprocess(const std::vector<std::string>& argv, const SubprocessLimits& limits);

// Runs `work` in a forked copy of this process and returns what it returned as `out`, within
// `limits`: past the time or output limit the child is killed and the result says so
// (timed_out, truncated); a child that crashes, or fails to allocate past the memory limit, has
// exit_code -1 (or the sanitizer's exit code). Only the calling thread exists
// in the child, so `work` must not wait on anything other threads hold. Fails naming `name` when
// no child can be started.
Result<SubprocessResult> RunInChildProcess(std::string_view name, const std::function<std::string()>& work,
                                           const SubprocessLimits& limits);

}  // namespace govwatch
