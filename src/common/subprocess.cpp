#include "common/subprocess.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
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
    const std::string out = work();
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
