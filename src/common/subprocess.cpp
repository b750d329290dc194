#include "common/subprocess.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <algorithm>
#include <chrono>
#include <cstring>
#include <functional>
#include <string_view>

extern char** environ;

namespace govwatch {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

// The figure of the "<name> <n> kB" line of /proc/self/status, in bytes; 0 when it cannot be
// read. Plain system calls and a stack buffer: it runs in a forked child.
std::size_t ProcessStatusBytes(std::string_view name) {
  const int fd = open("/proc/self/status", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  char buffer[8192];
  std::size_t size = 0;
  for (;;) {
    const ssize_t n = read(fd, buffer + size, sizeof buffer - size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    size += static_cast<std::size_t>(n);
    if (size == sizeof buffer) break;
  }
  close(fd);
  const std::string_view status(buffer, size);
  for (std::size_t at = 0; at < status.size();) {
    const std::size_t end = std::min(status.find('\n', at), status.size());
    std::string_view line = status.substr(at, end - at);
    at = end + 1;
    if (line.substr(0, name.size()) != name) continue;
    line.remove_prefix(name.size());
    std::size_t kilobytes = 0;
    bool digits = false;
    for (char c : line) {
      if (c >= '0' && c <= '9') {
        kilobytes = kilobytes * 10 + static_cast<std::size_t>(c - '0');
        digits = true;
      } else if (digits) {
        break;
      }
    }
    return kilobytes * 1024;
  }
  return 0;
}

// Lets the calling process (a forked child) map at most `extra` bytes more than it maps now, so
// that what the parent had at the fork (thread stacks, caches, a loaded OCR model) does not count.
// Address space under RLIMIT_AS; private writable memory under RLIMIT_DATA when built with
// AddressSanitizer, whose shadow already takes terabytes of address space (an RLIMIT_AS below that
// made every allocation of the child fail). Nothing is limited when /proc cannot be read.
void LimitAddedMemory(std::size_t extra) {
  if (extra == 0) return;
  const std::size_t now = ProcessStatusBytes(kAddressSanitizer ? "VmData:" : "VmSize:");
  if (now == 0) return;
  rlimit limit{};
  limit.rlim_cur = static_cast<rlim_t>(now + extra);
  limit.rlim_max = limit.rlim_cur;
  (void)setrlimit(kAddressSanitizer ? RLIMIT_DATA : RLIMIT_AS, &limit);
}

// Reads the output of child `pid` from `read_fd` (which it closes) within `limits`, kills the
// child when a limit is hit, and reaps it.
SubprocessResult Collect(pid_t pid, int read_fd, const SubprocessLimits& limits) {
  SubprocessResult result;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(limits.timeout_ms);
  char buffer[65536];
  bool killed = false;
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) {
      result.timed_out = true;
      break;
    }
    pollfd p{read_fd, POLLIN, 0};
    const int ready = poll(&p, 1, static_cast<int>(std::min<std::int64_t>(left.count(), 1000)));
    if (ready < 0 && errno == EINTR) continue;
    if (ready < 0) break;
    if (ready == 0) continue;
    const ssize_t n = read(read_fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;  // end of output
    const std::size_t room = limits.max_output_bytes - result.out.size();
    result.out.append(buffer, std::min(room, static_cast<std::size_t>(n)));
    if (static_cast<std::size_t>(n) > room) {
      result.truncated = true;
      break;
    }
  }
  close(read_fd);
  if (result.timed_out || result.truncated) {
    kill(pid, SIGKILL);
    killed = true;
  }
  // A child that closed its output may still run: it gets the rest of the time, then is killed.
  int status = 0;
  for (;;) {
    const pid_t r = waitpid(pid, &status, WNOHANG);
    if (r == pid || (r < 0 && errno != EINTR)) break;
    if (!killed && std::chrono::steady_clock::now() >= deadline) {
      kill(pid, SIGKILL);
      killed = true;
      result.timed_out = true;
    }
    usleep(2000);
  }
  result.exit_code = !killed && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

}  // namespace

Result<SubprocessResult> RunSubprocess(const std::vector<std::string>& argv, const SubprocessLimits& limits) {
  if (argv.empty()) return MakeError(ErrorCode::kInvalidArgument, "subprocess: no program");
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
    return MakeError(ErrorCode::kIoError, argv[0] + ": cannot create a pipe: " + std::strerror(errno));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], 1);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = 0;
  const int spawned = posix_spawnp(&pid, argv[0].c_str(), &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(pipe_fds[1]);
  if (spawned != 0) {
    close(pipe_fds[0]);
    return MakeError(ErrorCode::kIoError, argv[0] + ": cannot run: " + std::strerror(spawned));
  }
  if (limits.max_memory_bytes > 0) {
    // posix_spawnp returns once the program is executing (glibc waits for the exec), long before
    // a converter has read much of its file: the limit holds for what a hostile file makes it
    // allocate. The program is not ours, never built with a sanitizer: its whole address space
    // is bounded.
    rlimit limit{};
    limit.rlim_cur = static_cast<rlim_t>(limits.max_memory_bytes);
    limit.rlim_max = limit.rlim_cur;
    (void)prlimit(pid, RLIMIT_AS, &limit, nullptr);
  }
  return Collect(pid, pipe_fds[0], limits);
}

Result<SubprocessResult> RunInChildProcess(std::string_view name, const std::function<std::string()>& work,
                                           const SubprocessLimits& limits) {
  int pipe_fds[2];
  if (pipe2(pipe_fds, O_CLOEXEC) != 0) {
    return MakeError(ErrorCode::kIoError, std::string(name) + ": cannot create a pipe: " + std::strerror(errno));
  }
  const pid_t pid = fork();
  if (pid < 0) {
    const int error = errno;
    close(pipe_fds[0]);
    close(pipe_fds[1]);
    return MakeError(ErrorCode::kIoError,
                     std::string(name) + ": cannot start a child process: " + std::strerror(error));
  }
  if (pid == 0) {
    // The child: only this thread exists here. It writes its answer and leaves without running
    // the parent's exit handlers or destructors.
    close(pipe_fds[0]);
    LimitAddedMemory(limits.max_memory_bytes);
    std::string out;
    try {
      out = work();
    } catch (...) {
      // Past the memory limit an allocation throws std::bad_alloc: unwound out of here, this copy
      // of the process would go on running its parent's code (the crawl, a test runner).
      _exit(1);
    }
    std::size_t written = 0;
    while (written < out.size()) {
      const ssize_t n = write(pipe_fds[1], out.data() + written, out.size() - written);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) _exit(1);
      written += static_cast<std::size_t>(n);
    }
    _exit(0);
  }
  close(pipe_fds[1]);
  return Collect(pid, pipe_fds[0], limits);
}

}  // namespace govwatch
