#include <gtest/gtest.h>

#include "common/time.hpp"
#include "store/repository.hpp"

namespace govwatch::store {
namespace {

TEST(SearchProbeStoreTest, LatestProbeAtOrBeforeTheInstantPerSite) {
  auto r = OpenSqlite(":memory:");
  ASSERT_TRUE(r) << r.error().message;
  Repository& repo = **r;
  const Timestamp t = EndOfDay(Date{2022, 3, 31});
  SearchProbeRecord a;
  a.site_id = 1;
  a.at = t - 7200;
  a.form_found = true;
  a.form_url = "http://127.0.0.1:1/search";
  a.query = "县政府召开常务会议";
  a.target_url = "http://127.0.0.1:1/gzdt/1.html";
  a.result_url = "http://127.0.0.1:1/search?q=x";
  a.http_status = 200;
  a.found = true;
  SearchProbeRecord b = a;
  b.at = t - 3600;
  b.http_status = 500;
  b.error = "";
  b.found = false;
  SearchProbeRecord later = a;
  later.at = t + 3600;
  SearchProbeRecord other = a;
  other.site_id = 2;
  other.form_found = false;
  for (const auto& p : {a, b, later, other}) ASSERT_TRUE(repo.AddSearchProbe(p));

  auto got = repo.LatestSearchProbe(1, t);
  ASSERT_TRUE(got);
  ASSERT_TRUE(*got);
  EXPECT_EQ((*got)->at, t - 3600);
  EXPECT_EQ((*got)->http_status, 500);
  EXPECT_FALSE((*got)->found);
  EXPECT_EQ((*got)->query, "县政府召开常务会议");
  EXPECT_EQ((*got)->target_url, "http://127.0.0.1:1/gzdt/1.html");
  auto earlier = repo.LatestSearchProbe(1, t - 7200);
  ASSERT_TRUE(earlier && *earlier);
  EXPECT_TRUE((*earlier)->found);
  auto none = repo.LatestSearchProbe(3, t);
  ASSERT_TRUE(none);
  EXPECT_FALSE(*none);
  auto second = repo.LatestSearchProbe(2, t);
  ASSERT_TRUE(second && *second);
  EXPECT_FALSE((*second)->form_found);
}

}  // namespace
}  // namespace govwatch::store
