// Child processes with a memory limit (issue 7, hostile servers): poppler or Tesseract on a
// hostile attachment, or a converter program, may allocate without end; the child's allocations
// fail past SubprocessLimits::max_memory_bytes and it ends as a failure, while this process goes on.
#include "common/subprocess.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <string>
#include <vector>

namespace govwatch {
namespace {

// Allocates `blocks` blocks of 64 MB, touching one byte of each (so that little of it is ever
// resident), and answers how many it got.
std::string AllocateBlocks(int blocks) {
  std::vector<char*> kept;
  for (int i = 0; i < blocks; ++i) {
    char* block = new char[std::size_t{64} << 20];
    *static_cast<volatile char*>(block) = 1;
    kept.push_back(block);
  }
  return std::to_string(kept.size());  // the child leaves with _exit: nothing to free
}

TEST(SubprocessTest, ChildAllocatingPastItsMemoryLimitEndsAsAFailure) {
  // 8 GB of address space asked for in 64 MB blocks against a limit of 256 MB: without the limit
  // the child gets it all (untouched memory costs nothing) and answers "128".
  SubprocessLimits limits;
  limits.timeout_ms = 20000;
  limits.max_memory_bytes = std::size_t{256} << 20;

  auto run = RunInChildProcess("allocating child", [] { return AllocateBlocks(128); }, limits);

  ASSERT_TRUE(run) << run.error().message;
  EXPECT_FALSE(run->timed_out);
  EXPECT_NE(run->exit_code, 0) << "an allocation failed and the child ended: " << run->out;
  EXPECT_NE(run->out, "128");
}

TEST(SubprocessTest, ChildWithinItsMemoryLimitWorks) {
  // What the parent maps at the fork does not count: a child of a process far larger than the
  // limit still gets its own allowance.
  std::vector<char*> parent;
  for (int i = 0; i < 8; ++i) parent.push_back(new char[std::size_t{64} << 20]);
  SubprocessLimits limits;
  limits.max_memory_bytes = std::size_t{256} << 20;

  auto run = RunInChildProcess("modest child", [] { return AllocateBlocks(2); }, limits);

  for (char* block : parent) delete[] block;
  ASSERT_TRUE(run) << run.error().message;
  EXPECT_EQ(run->exit_code, 0);
  EXPECT_EQ(run->out, "2");
}

TEST(SubprocessTest, ConverterProgramRunsUnderTheMemoryLimit) {
  // The shell reports the address-space limit it runs under, in KB; it waits first, so that the
  // limit set once the program runs is in place when it looks.
  SubprocessLimits limits;
  limits.max_memory_bytes = std::size_t{300} << 20;

  auto run = RunSubprocess({"sh", "-c", "sleep 0.5; ulimit -v"}, limits);

  ASSERT_TRUE(run) << run.error().message;
  EXPECT_EQ(run->exit_code, 0);
  EXPECT_EQ(run->out, std::to_string(300 * 1024) + "\n");
}

}  // namespace
}  // namespace govwatch
