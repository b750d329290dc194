#include "common/directory_cache.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "common/files.hpp"

namespace govwatch {
namespace {

namespace fs = std::filesystem;

class DirectoryCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("govwatch-directory-cache-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    fs::remove_all(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(DirectoryCacheTest, PutThenGetReturnsTheBytesAndLeavesNoTemporaryFile) {
  DirectoryCache cache(dir_ / "govwatch");
  constexpr char kBytes[] = "database\0with\xff" "binary bytes";
  const std::string bytes(kBytes, sizeof kBytes - 1);

  cache.Put("literals-0123abcd.hsdb", bytes);

  EXPECT_EQ(cache.Get("literals-0123abcd.hsdb"), bytes);
  EXPECT_EQ(cache.Get("literals-ffff.hsdb"), std::nullopt);
  std::size_t files = 0;
  for (const auto& entry : fs::directory_iterator(dir_ / "govwatch")) {
    ++files;
    EXPECT_EQ(entry.path().filename(), "literals-0123abcd.hsdb");
  }
  EXPECT_EQ(files, 1u);
}

TEST_F(DirectoryCacheTest, PutPrunesEntriesUnusedForAMonthAndAHitKeepsAnEntry) {
  DirectoryCache cache(dir_ / "govwatch");
  cache.Put("literals-old.hsdb", "stale");
  cache.Put("literals-used.hsdb", "in use");
  cache.Put("literals-old.hsdb.tmp.123", "left by an interrupted write");
  const auto long_ago = fs::file_time_type::clock::now() - DirectoryCache::kMaxIdle - std::chrono::hours(24);
  for (const char* name : {"literals-old.hsdb", "literals-used.hsdb", "literals-old.hsdb.tmp.123"}) {
    fs::last_write_time(dir_ / "govwatch" / name, long_ago);
  }
  ASSERT_EQ(cache.Get("literals-used.hsdb"), "in use");  // read today: not idle any more

  cache.Put("literals-new.hsdb", "fresh");

  EXPECT_FALSE(fs::exists(dir_ / "govwatch" / "literals-old.hsdb"));
  EXPECT_FALSE(fs::exists(dir_ / "govwatch" / "literals-old.hsdb.tmp.123"));
  EXPECT_EQ(cache.Get("literals-used.hsdb"), "in use");
  EXPECT_EQ(cache.Get("literals-new.hsdb"), "fresh");
}

TEST_F(DirectoryCacheTest, KeysThatAreNotPlainFileNamesAreNeitherStoredNorRead) {
  DirectoryCache cache(dir_ / "govwatch");
  ASSERT_TRUE(WriteFileAtomic(dir_ / "outside", "secret").has_value());

  cache.Put("../escaped", "x");
  cache.Put("", "x");

  EXPECT_FALSE(fs::exists(dir_ / "escaped"));
  EXPECT_EQ(cache.Get("../outside"), std::nullopt);
  EXPECT_EQ(cache.Get(".hidden"), std::nullopt);
}

TEST_F(DirectoryCacheTest, UnwritableFolderIsNotAnError) {
  ASSERT_TRUE(WriteFileAtomic(dir_ / "a-file", "x").has_value());
  DirectoryCache cache(dir_ / "a-file" / "govwatch");  // a folder under a regular file

  cache.Put("key", "bytes");

  EXPECT_EQ(cache.Get("key"), std::nullopt);
}

TEST(DirectoryCacheDefaultTest, FollowsXdgHomeAndTheOffSwitch) {
  const char* saved_xdg = std::getenv("XDG_CACHE_HOME");
  const char* saved_home = std::getenv("HOME");
  const char* saved_off = std::getenv("GOVWATCH_NO_CACHE");
  const std::string xdg = saved_xdg ? saved_xdg : "";
  const std::string home = saved_home ? saved_home : "";
  const std::string off = saved_off ? saved_off : "";

  ::unsetenv("GOVWATCH_NO_CACHE");
  ::setenv("XDG_CACHE_HOME", "/var/tmp/xdg", 1);
  ::setenv("HOME", "/home/clerk", 1);
  EXPECT_EQ(DirectoryCache::DefaultDirectory(), fs::path("/var/tmp/xdg/govwatch"));
  ::setenv("XDG_CACHE_HOME", "", 1);
  EXPECT_EQ(DirectoryCache::DefaultDirectory(), fs::path("/home/clerk/.cache/govwatch"));
  ::setenv("GOVWATCH_NO_CACHE", "0", 1);
  EXPECT_EQ(DirectoryCache::DefaultDirectory(), fs::path("/home/clerk/.cache/govwatch"));
  ::setenv("GOVWATCH_NO_CACHE", "1", 1);
  EXPECT_EQ(DirectoryCache::DefaultDirectory(), std::nullopt);

  auto restore = [](const char* name, const char* saved, const std::string& value) {
    if (saved) ::setenv(name, value.c_str(), 1); else ::unsetenv(name);
  };
  restore("XDG_CACHE_HOME", saved_xdg, xdg);
  restore("HOME", saved_home, home);
  restore("GOVWATCH_NO_CACHE", saved_off, off);
}

}  // namespace
}  // namespace govwatch
