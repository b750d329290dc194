// The farm's registry files go through the real importer into SQLite without a single problem.
#include <unistd.h>

#include <filesystem>

#include <gtest/gtest.h>

#include "farm_test_support.hpp"
#include "registry/importer.hpp"
#include "store/repository.hpp"

namespace govwatch::farm {
namespace {

using testing::kAnchor;
using testing::Options;

TEST(FarmRegistryTest, RegistryFilesImportCleanly) {
  FarmOptions options = Options(47, 12, 400);
  options.base_port = 23000;
  ManualClock clock(EndOfDay(kAnchor) - 7 * kSecondsPerDay);
  Farm farm(options, clock);
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() / ("govwatch-farm-registry-" + std::to_string(::getpid()));
  ASSERT_TRUE(farm.WriteRegistry(dir).has_value());
  auto repo = store::OpenSqlite(":memory:");
  ASSERT_TRUE(repo.has_value()) << repo.error().message;
  std::vector<std::filesystem::path> files;
  for (const char* f : {"units.csv", "sites.csv", "columns.csv", "accounts.csv", "messages.csv"}) {
    files.push_back(dir / f);
  }

  const registry::ImportOutcome outcome = registry::ImportFiles(**repo, files, clock);

  ASSERT_TRUE(outcome.failed_file.empty()) << outcome.failed_file << ": "
                                           << (outcome.problems.empty() ? "" : outcome.problems.front());
  ASSERT_EQ(outcome.imported.size(), 5u);
  for (const registry::FileReport& r : outcome.imported) EXPECT_TRUE(r.warnings.empty()) << r.file;
  EXPECT_EQ((*repo)->ListSites()->size(), 12u);
  int disclosure = 0;
  for (const model::Column& c : *(*repo)->ListColumns()) {
    disclosure += c.disclosure ? 1 : 0;
    EXPECT_TRUE(c.type.has_value()) << c.url;
  }
  EXPECT_GE(disclosure, 8);
  int closed = 0;
  for (const model::MediaAccount& a : *(*repo)->ListAccounts()) {
    closed += a.status == model::ObjectStatus::kRunning ? 0 : 1;
  }
  EXPECT_EQ(closed, 1);
  int unanswered = 0;
  for (const model::CitizenMessage& m : *(*repo)->ListMessages()) unanswered += m.replied_at ? 0 : 1;
  // The W-V5.2 site's messages are on its HTML 网民留言 board, not in the export: the two overdue
  // messages of the M-7 plant remain.
  EXPECT_EQ(unanswered, 2);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace govwatch::farm
