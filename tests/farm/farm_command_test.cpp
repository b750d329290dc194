// `govwatch farm` as a process: it prints its sites and "farm ready", serves, writes its registry
// and manifest, stops cleanly on SIGTERM, and rejects bad options with exit code 2.
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "common/strings.hpp"
#include "farm_test_support.hpp"

extern char** environ;

namespace govwatch::farm {
namespace {

// The binary under test; GOVWATCH_TEST_BINARY overrides the one of this build.
std::string Binary() {
  const char* env = std::getenv("GOVWATCH_TEST_BINARY");
  return env != nullptr ? env : GOVWATCH_BINARY;
}

// A child process with its stdout (and stderr) on a pipe.
struct Child {
  pid_t pid = -1;
  FILE* out = nullptr;
};

Child Spawn(const std::vector<std::string>& args) {
  int fds[2];
  if (::pipe(fds) != 0) return {};
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 1);
  posix_spawn_file_actions_adddup2(&actions, fds[1], 2);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  Child c;
  if (posix_spawn(&c.pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) c.pid = -1;
  posix_spawn_file_actions_destroy(&actions);
  ::close(fds[1]);
  c.out = ::fdopen(fds[0], "r");
  return c;
}

std::string ReadLine(FILE* f) {
  std::string line;
  for (int ch = std::fgetc(f); ch != EOF && ch != '\n'; ch = std::fgetc(f)) line += static_cast<char>(ch);
  return line;
}

int Wait(pid_t pid) {
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST(FarmCommandTest, ServesUntilSigtermAndWritesRegistry) {
  if (!std::filesystem::exists(Binary())) GTEST_SKIP() << Binary() << " not built";
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("govwatch-farm-command-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);

  Child child = Spawn({Binary(), "farm", "--seed", "5", "--sites", "9", "--pages", "200", "--anchor", "2022-03-31",
                       "--dir", dir.string()});
  ASSERT_GT(child.pid, 0);
  std::vector<std::string> lines;
  for (std::string line = ReadLine(child.out); !line.empty() && line != "farm ready"; line = ReadLine(child.out)) {
    lines.push_back(line);
  }
  const std::size_t space = lines.empty() ? 0 : lines[0].rfind(' ');
  const auto home = testing::FetchUrl(lines.empty() ? "" : lines[0].substr(space + 1));
  ::kill(child.pid, SIGTERM);
  const int code = Wait(child.pid);
  std::fclose(child.out);

  ASSERT_EQ(lines.size(), 9u);
  EXPECT_TRUE(StartsWith(lines[0], "云岭市人民政府门户网站 http://127.0.0.1:"));
  EXPECT_EQ(home.status, 200);
  EXPECT_TRUE(Contains(home.body, "云岭市人民政府门户网站"));
  EXPECT_EQ(code, 0);
  for (const char* f : {"units.csv", "sites.csv", "columns.csv", "accounts.csv", "messages.csv", "manifest.json"}) {
    EXPECT_TRUE(std::filesystem::exists(dir / f)) << f;
  }
  std::filesystem::remove_all(dir);
}

TEST(FarmCommandTest, BadOptionsExitWithTwoNamingTheOption) {
  if (!std::filesystem::exists(Binary())) GTEST_SKIP() << Binary() << " not built";
  const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      {{"--sites", "7"}, "--sites"},
      {{"--pages", "many"}, "--pages"},
      {{"--anchor", "2022-13-01"}, "--anchor"},
      {{"--port", "-1"}, "--port"},
      {{"--colour", "red"}, "--colour"},
  };
  for (const auto& [args, option] : cases) {
    std::vector<std::string> argv = {Binary(), "farm"};
    argv.insert(argv.end(), args.begin(), args.end());

    Child child = Spawn(argv);
    ASSERT_GT(child.pid, 0);
    std::string output;
    for (std::string line = ReadLine(child.out); !line.empty(); line = ReadLine(child.out)) output += line + "\n";
    const int code = Wait(child.pid);
    std::fclose(child.out);

    EXPECT_EQ(code, 2) << option;
    EXPECT_TRUE(Contains(output, option)) << option << ": " << output;
  }
}

}  // namespace
}  // namespace govwatch::farm
