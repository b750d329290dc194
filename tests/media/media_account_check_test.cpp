// N-M2, N-M5, N-M8, N-M9 and N-V3 at their boundaries.
#include "check/media_account_check.hpp"

#include <gtest/gtest.h>

#include <string>

#include "common/files.hpp"
#include "common/time.hpp"

namespace govwatch::check {
namespace {

Timestamp T(std::string_view s) { return *ParseTime(s); }

model::MediaAccount Account(std::string name, model::Platform p, std::string unit,
                            std::optional<std::string_view> opened = std::nullopt,
                            std::optional<std::string_view> closed = std::nullopt) {
  model::MediaAccount a;
  a.name = std::move(name);
  a.platform = p;
  a.unit = std::move(unit);
  a.account_id = a.name;
  a.source = "http://127.0.0.1:1200/" + a.account_id;
  if (opened) a.opened_at = T(*opened);
  if (closed) {
    a.closed_at = T(*closed);
    a.status = model::ObjectStatus::kShutdown;
  }
  return a;
}

model::Post PostAt(std::string_view published, std::string title = "发文") {
  model::Post p;
  p.published_at = T(published);
  p.seen_at = p.published_at;
  p.title = std::move(title);
  p.url = "http://127.0.0.1:1200/p/" + std::to_string(p.published_at);
  return p;
}

using P = model::Platform;

TEST(MediaAccountCheckTest, RuleFileLoads) {
  Rules rules = Rules::Defaults();
  auto tsv = ReadFile(std::string(GOVWATCH_SOURCE_DIR) + "/rules/media.tsv");
  ASSERT_TRUE(tsv);
  ASSERT_TRUE(rules.Merge(*tsv, "rules/media.tsv"));
  const MediaRuleParams p = MediaRuleParams::FromRules(rules);
  EXPECT_EQ(p.zombie_days, 90);
  EXPECT_EQ(p.duplicate_min_accounts, 2);
  EXPECT_EQ(p.notice_shutdown_count, 2);
  EXPECT_EQ(InteractionRuleParams::FromRules(rules).severity, model::Severity::kVeto);
}

TEST(MediaAccountCheckTest, DuplicateAccountsPerUnitAndPlatformRunningAtT) {
  const std::vector<model::MediaAccount> accounts = {
      Account("云岭教育", P::kWeChat, "云岭市教育体育局"),
      Account("云岭教体", P::kWeChat, "云岭市教育体育局", "2022-01-10"),
      Account("云岭教育发布", P::kWeChat, "云岭市教育体育局", "2022-04-01"),  // opened after T
      Account("云岭教育", P::kDouyin, "云岭市教育体育局"),                     // other platform
      Account("临翔发布", P::kWeChat, "临翔区人民政府"),
      Account("临翔发布旧号", P::kWeChat, "临翔区人民政府", "2019-01-01", "2022-03-01"),  // closed before T
      Account("其他一", P::kOther, "临翔区人民政府"),
      Account("其他二", P::kOther, "临翔区人民政府"),
  };
  MediaRuleParams p;
  auto findings = CheckDuplicateAccounts(accounts, T("2022-03-31"), p);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].indicator, "N-M2");
  EXPECT_EQ(findings[0].severity, model::Severity::kInfo);
  EXPECT_EQ(findings[0].object_kind, model::ObjectKind::kAccount);
  EXPECT_EQ(findings[0].excerpt, "云岭教育、云岭教体");
  EXPECT_NE(findings[0].detail.find("云岭市教育体育局在微信公众号平台运行2个账号"), std::string::npos) << findings[0].detail;

  // The day before the old 临翔 account closed, 临翔 had two; after 4/1 the bureau has three.
  EXPECT_EQ(CheckDuplicateAccounts(accounts, T("2022-02-28"), p).size(), 2u);
  auto april = CheckDuplicateAccounts(accounts, T("2022-04-01"), p);
  ASSERT_EQ(april.size(), 1u);
  EXPECT_EQ(april[0].excerpt, "云岭教育、云岭教体、云岭教育发布");
  p.duplicate_min_accounts = 3;
  EXPECT_TRUE(CheckDuplicateAccounts(accounts, T("2022-03-31"), p).empty());
}

TEST(MediaAccountCheckTest, ZombieAfterNinetyDaysOfSilence) {
  MediaRuleParams p;
  AccountObservations obs;
  obs.account = Account("云岭林草", P::kWeibo, "云岭市林业和草原局", "2020-05-01");
  obs.observed = true;
  obs.posts = {PostAt("2021-11-01 09:00"), PostAt("2021-12-31 23:00")};
  // 12/31 + 90 days = 3/31: exactly 90 days old at T is not yet a zombie.
  EXPECT_FALSE(CheckZombieAccount(obs, T("2022-03-31"), p));
  auto f = CheckZombieAccount(obs, T("2022-04-01 00:00"), p);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->indicator, "N-M5");
  EXPECT_NE(f->detail.find("最近一次发布于2021-12-31，已91天无更新"), std::string::npos) << f->detail;
  EXPECT_EQ(f->seen_at, T("2021-12-31 23:00"));

  // A post published before T but only seen after T does not count at T.
  AccountObservations late_seen = obs;
  late_seen.posts.push_back(PostAt("2022-03-01 10:00"));
  late_seen.posts.back().seen_at = T("2022-05-01");
  EXPECT_TRUE(CheckZombieAccount(late_seen, T("2022-04-01 00:00"), p));
  EXPECT_FALSE(CheckZombieAccount(late_seen, T("2022-05-02"), p));

  // Never observed: no judgement. Observed with no post, opened long ago: zombie.
  AccountObservations unseen = obs;
  unseen.observed = false;
  EXPECT_FALSE(CheckZombieAccount(unseen, T("2022-06-01"), p));
  AccountObservations silent = obs;
  silent.posts.clear();
  auto never = CheckZombieAccount(silent, T("2022-06-01"), p);
  ASSERT_TRUE(never);
  EXPECT_NE(never->detail.find("未发现任何发布"), std::string::npos);
  // Opened 90 days before T: too young to be a zombie; 91 days: old enough.
  silent.account.opened_at = T("2022-03-03 10:00");
  EXPECT_FALSE(CheckZombieAccount(silent, T("2022-06-01"), p));
  EXPECT_TRUE(CheckZombieAccount(silent, T("2022-06-02"), p));
  // Closed accounts are not zombies.
  silent.account.closed_at = T("2022-05-01");
  EXPECT_FALSE(CheckZombieAccount(silent, T("2022-09-01"), p));
  // Configurable span.
  p.zombie_days = 180;
  EXPECT_FALSE(CheckZombieAccount(obs, T("2022-04-01 00:00"), p));
}

TEST(MediaAccountCheckTest, RegistrySelfCheckAgainstTheSource) {
  AccountObservations obs;
  obs.account = Account("云岭发布", P::kWeibo, "云岭市人民政府");
  obs.observed = true;
  AccountSourceFact fact;
  fact.account_id = 1;
  fact.fetched_at = T("2022-03-20 09:00");
  fact.http_status = 200;
  fact.ok = true;
  fact.feed_title = "云岭发布的微博";
  EXPECT_FALSE(CheckRegistryAgainstSource(obs, fact, T("2022-03-31")));
  fact.feed_title = "微博 - 云岭 发布";  // spaces differ only
  EXPECT_FALSE(CheckRegistryAgainstSource(obs, fact, T("2022-03-31")));

  fact.feed_title = "云岭融媒的微博";  // renamed
  auto renamed = CheckRegistryAgainstSource(obs, fact, T("2022-03-31"));
  ASSERT_TRUE(renamed);
  EXPECT_EQ(renamed->indicator, "N-M8");
  EXPECT_EQ(renamed->problem, "登记信息与实际不符");
  EXPECT_NE(renamed->detail.find("登记名称为“云岭发布”，数据源显示为“云岭融媒的微博”"), std::string::npos);
  // A fact from after T is not seen at T.
  EXPECT_FALSE(CheckRegistryAgainstSource(obs, fact, T("2022-03-19")));

  // Redirected elsewhere: moved. A switch to https or a trailing slash is not a move.
  fact.feed_title = "云岭发布的微博";
  fact.final_url = "https://127.0.0.1:1200/云岭发布/";
  EXPECT_FALSE(CheckRegistryAgainstSource(obs, fact, T("2022-03-31")));
  fact.final_url = "http://127.0.0.1:1200/yunling_rongmei";
  auto moved = CheckRegistryAgainstSource(obs, fact, T("2022-03-31"));
  ASSERT_TRUE(moved);
  EXPECT_NE(moved->detail.find("已跳转至http://127.0.0.1:1200/yunling_rongmei"), std::string::npos) << moved->detail;

  AccountSourceFact gone;
  gone.fetched_at = T("2022-03-20 09:00");
  gone.http_status = 410;
  auto closed = CheckRegistryAgainstSource(obs, gone, T("2022-03-31"));
  ASSERT_TRUE(closed);
  EXPECT_NE(closed->detail.find("HTTP 410"), std::string::npos);
  gone.http_status = 503;  // a server error is unreachability, not a registry difference
  EXPECT_FALSE(CheckRegistryAgainstSource(obs, gone, T("2022-03-31")));
  gone.http_status = 0;
  EXPECT_FALSE(CheckRegistryAgainstSource(obs, gone, T("2022-03-31")));
  EXPECT_FALSE(CheckRegistryAgainstSource(obs, std::nullopt, T("2022-03-31")));

  // Registered as closed on 3/1 but posting on 3/5.
  AccountObservations zombie_closed;
  zombie_closed.account = Account("云岭旧号", P::kWeChat, "云岭市人民政府", "2019-01-01", "2022-03-01");
  zombie_closed.posts = {PostAt("2022-02-27 10:00"), PostAt("2022-03-05 10:00", "关停后仍在发布")};
  EXPECT_FALSE(CheckRegistryAgainstSource(zombie_closed, std::nullopt, T("2022-03-04")));
  auto still = CheckRegistryAgainstSource(zombie_closed, std::nullopt, T("2022-03-31"));
  ASSERT_TRUE(still);
  EXPECT_EQ(still->excerpt, "关停后仍在发布");
  EXPECT_NE(still->detail.find("登记为2022-03-01关停"), std::string::npos) << still->detail;
}

TEST(MediaAccountCheckTest, RegistrySelfCheckReadsClosureAndMigrationNoticesAndNormalisesNames) {
  AccountObservations obs;
  obs.account = Account("云岭发布", P::kDouyin, "云岭市人民政府", "2020-01-01");
  obs.observed = true;
  AccountSourceFact fact;
  fact.fetched_at = T("2022-03-20 09:00");
  fact.http_status = 200;
  fact.ok = true;
  // Full-width letters, punctuation and case do not make a new name.
  obs.account.name = "ＹＬ·发布";
  fact.feed_title = "yl发布 - 抖音";
  EXPECT_FALSE(CheckRegistryAgainstSource(obs, fact, T("2022-03-31")));
  obs.account.name = "云岭发布";
  fact.feed_title = "【云岭发布】的抖音";
  EXPECT_FALSE(CheckRegistryAgainstSource(obs, fact, T("2022-03-31")));

  // Closed: the source says so, with HTTP 200 (a 停更公告 or the platform's notice).
  fact.closed_marker = "停更公告";
  auto closed = CheckRegistryAgainstSource(obs, fact, T("2022-03-31"));
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->indicator, "N-M8");
  EXPECT_EQ(closed->excerpt, "停更公告");
  EXPECT_NE(closed->detail.find("登记为运行，但数据源显示账号“停更公告”"), std::string::npos) << closed->detail;
  EXPECT_EQ(closed->url, obs.account.source);
  // The same account registered as closed before the fetch: the registry is right.
  AccountObservations registered_closed = obs;
  registered_closed.account.closed_at = T("2022-03-16");
  registered_closed.account.status = model::ObjectStatus::kShutdown;
  EXPECT_FALSE(CheckRegistryAgainstSource(registered_closed, fact, T("2022-03-31")));

  // Gone with the platform's page: the page's words are the evidence.
  AccountSourceFact gone;
  gone.fetched_at = T("2022-03-20 09:00");
  gone.http_status = 404;
  gone.closed_marker = "账号已注销";
  auto cancelled = CheckRegistryAgainstSource(obs, gone, T("2022-03-31"));
  ASSERT_TRUE(cancelled);
  EXPECT_EQ(cancelled->excerpt, "账号已注销");
  EXPECT_NE(cancelled->detail.find("HTTP 404"), std::string::npos);

  // Moved: a migration notice, or a redirect to another host or path; a query string alone is not.
  fact.closed_marker = "已迁移至";
  fact.migration = true;
  auto migrated = CheckRegistryAgainstSource(obs, fact, T("2022-03-31"));
  ASSERT_TRUE(migrated);
  EXPECT_NE(migrated->detail.find("已迁移至"), std::string::npos);
  EXPECT_EQ(migrated->suggestion, "核实账号是否迁移并更新登记信息");
  fact.closed_marker.clear();
  fact.migration = false;
  fact.url = "http://127.0.0.1:1200/douyin/yl";
  fact.final_url = "http://127.0.0.1:1200/douyin/yl?utm=rss";
  EXPECT_FALSE(CheckRegistryAgainstSource(obs, fact, T("2022-03-31")));
  fact.final_url = "http://127.0.0.1:1201/douyin/yl";  // another host (port)
  auto moved = CheckRegistryAgainstSource(obs, fact, T("2022-03-31"));
  ASSERT_TRUE(moved);
  EXPECT_EQ(moved->url, "http://127.0.0.1:1200/douyin/yl");
  EXPECT_EQ(moved->excerpt, "http://127.0.0.1:1201/douyin/yl");
  // A redirect that ends on a page that is no feed is still a move.
  fact.ok = false;
  fact.feed_title.clear();
  fact.final_url = "http://127.0.0.1:1200/home.html";
  EXPECT_TRUE(CheckRegistryAgainstSource(obs, fact, T("2022-03-31")));
}

TEST(MediaAccountCheckTest, NoInteractionFromTheRegistryUnlessTheSourceShowsComments) {
  InteractionRuleParams params;
  AccountObservations obs;
  obs.account = Account("云岭发布", P::kWeChat, "云岭市人民政府", "2020-01-01");
  obs.observed = true;
  // Not stated in the registry: not judged.
  EXPECT_FALSE(CheckInteraction(obs, std::nullopt, T("2022-03-31"), params));
  obs.account.interaction = true;
  EXPECT_FALSE(CheckInteraction(obs, std::nullopt, T("2022-03-31"), params));

  obs.account.interaction = false;
  auto none = CheckInteraction(obs, std::nullopt, T("2022-03-31"), params);
  ASSERT_TRUE(none);
  EXPECT_EQ(none->indicator, "N-V3");
  EXPECT_EQ(none->problem, "互动回应差");
  EXPECT_EQ(none->severity, model::Severity::kVeto);
  EXPECT_NE(none->detail.find("未提供有效互动功能"), std::string::npos);

  // The source shows posts open to comments (read by T): no finding.
  AccountSourceFact fact;
  fact.fetched_at = T("2022-03-20 09:00");
  fact.ok = true;
  fact.interactive_posts = 4;
  EXPECT_FALSE(CheckInteraction(obs, fact, T("2022-03-31"), params));
  // … but that read came after T.
  EXPECT_TRUE(CheckInteraction(obs, fact, T("2022-03-19"), params));
  // A feed that does not say (-1) or shows none (0) does not clear it.
  fact.interactive_posts = -1;
  EXPECT_TRUE(CheckInteraction(obs, fact, T("2022-03-31"), params));

  // Closed or not yet opened at T: not judged. A local rule may weigh it less.
  AccountObservations closed = obs;
  closed.account.closed_at = T("2022-02-01");
  closed.account.status = model::ObjectStatus::kShutdown;
  EXPECT_FALSE(CheckInteraction(closed, std::nullopt, T("2022-03-31"), params));
  params.severity = model::Severity::kInfo;
  EXPECT_EQ(CheckInteraction(obs, std::nullopt, T("2022-03-31"), params)->severity, model::Severity::kInfo);
}

model::Finding Notice(std::string object, std::string_view at, std::string source = "省",
                      model::ObjectKind kind = model::ObjectKind::kAccount) {
  model::Finding f;
  f.indicator = "EXT";
  f.problem = "内容不更新";
  f.object = std::move(object);
  f.object_kind = kind;
  f.instant = T(at);
  f.source = std::move(source);
  return f;
}

TEST(MediaAccountCheckTest, NamedTwiceInAYearByTheProvinceIsOrderedShut) {
  const auto account = Account("云岭农业", P::kWeChat, "云岭市农业农村局");
  MediaRuleParams p;
  const std::vector<model::Finding> findings = {
      Notice("云岭农业", "2021-11-20"),                      // previous year
      Notice("云岭农业", "2022-02-15"),                      // Q1
      Notice("云岭农业", "2022-03-10"),                      // Q1 again: the same notice period
      Notice("云岭农业", "2022-05-20", "市"),                // the city's own check does not count
      Notice("云岭农业", "2022-08-01", "省", model::ObjectKind::kSite),  // another object kind
      Notice("云岭农业网", "2022-08-01"),                    // another account
      Notice("云岭农业", "2022-08-12"),                      // Q3
  };
  EXPECT_FALSE(CheckNoticeShutdown(account, findings, T("2022-08-11"), p));
  auto shut = CheckNoticeShutdown(account, findings, T("2022-08-12"), p);
  ASSERT_TRUE(shut);
  EXPECT_EQ(shut->indicator, "N-M9");
  EXPECT_EQ(shut->suggestion, "责令关停");
  EXPECT_NE(shut->detail.find("2022年被省季度通报点名2次"), std::string::npos) << shut->detail;
  EXPECT_EQ(shut->excerpt, "第1季度：内容不更新；第3季度：内容不更新");
  // The next year starts afresh.
  EXPECT_FALSE(CheckNoticeShutdown(account, findings, T("2023-01-05"), p));
  p.notice_shutdown_count = 3;
  EXPECT_FALSE(CheckNoticeShutdown(account, findings, T("2022-12-31"), p));
}

}  // namespace
}  // namespace govwatch::check
