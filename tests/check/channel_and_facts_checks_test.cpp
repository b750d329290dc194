// W-V5 ① consultation channels, P-14 HTTPS and W-D4.5 / P-13 IPv6 findings, and the word lists
// of rules/hidden_links.tsv and rules/channels.tsv.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "check/channel_check.hpp"
#include "check/hidden_link_check.hpp"
#include "check/integrity_check.hpp"
#include "check/site_facts_check.hpp"

namespace govwatch::check {
namespace {

const Timestamp kT = EndOfDay(Date{2022, 3, 31});

std::string ReadRuleFile(const std::string& name) {
  std::ifstream in(std::filesystem::path(GOVWATCH_SOURCE_DIR) / "rules" / name);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

SiteObservations Site() {
  SiteObservations s;
  s.site.name = "青川县人民政府门户网站";
  s.site.unit = "青川县人民政府";
  s.site.url = "http://www.qc.gov.cn/";
  ListSnapshot home;
  home.url = "http://www.qc.gov.cn/";
  home.snapshot_id = 11;
  home.fetched_at = kT - 7200;
  home.http_status = 200;
  s.homepage = home;
  return s;
}

ChannelObservation Channel(std::string text, std::string url, int status, bool form, bool list = false) {
  ChannelObservation c;
  c.from_url = "http://www.qc.gov.cn/";
  c.url = std::move(url);
  c.text = std::move(text);
  c.checked = status != 0;
  c.http_status = status;
  c.has_form = form;
  c.has_list = list;
  c.snapshot_id = 21;
  c.seen_at = kT - 3600;
  return c;
}

// ---- rule word files ----

TEST(RuleWordsTest, BuiltInListsAreTheRuleFiles) {
  for (const char* file : {"hidden_links.tsv", "channels.tsv"}) {
    const std::string text = ReadRuleFile(file);
    ASSERT_FALSE(text.empty()) << file;
    Rules from_file;
    ASSERT_TRUE(from_file.MergeWords(text, file, true)) << file;
    for (std::string_view list : Rules::WordListNames()) {
      if (!from_file.Words(list).empty()) {
        EXPECT_EQ(from_file.Words(list), Rules::Defaults().Words(list)) << list;
      }
    }
  }
  EXPECT_EQ(Rules::Defaults().Words("gambling_words").front(), "博彩");
  EXPECT_GE(Rules::Defaults().Words("channel_words").size(), 20u);
}

TEST(RuleWordsTest, MalformedRowsFailNamingFileAndLine) {
  Rules rules;
  auto bad = rules.MergeWords("# local words\nspam_words\t代写论文\nspam_words\n", "rules/local/words.tsv");
  ASSERT_FALSE(bad);
  EXPECT_NE(bad.error().message.find("rules/local/words.tsv line 3:"), std::string::npos) << bad.error().message;
  auto unknown = rules.MergeWords("gambling_wrods\t赌\n", "w.tsv");
  ASSERT_FALSE(unknown);
  EXPECT_NE(unknown.error().message.find("w.tsv line 1: unknown word list 'gambling_wrods'"), std::string::npos)
      << unknown.error().message;
  auto spaced = rules.MergeWords("\n\nporn_host_words\tfree porn\n", "w.tsv");
  ASSERT_FALSE(spaced);
  EXPECT_NE(spaced.error().message.find("w.tsv line 3:"), std::string::npos);
  EXPECT_FALSE(rules.MergeWords("channel_words\t!\n", "w.tsv"));
  // A failed file changes nothing: 代写论文 of the first (failed) file was not added.
  EXPECT_EQ(ClassifyLinkTarget("http://x.com/", "代写论文", rules).kind, LinkTargetKind::kNone);
}

TEST(RuleWordsTest, LocalFilesAddAndRemoveWordsAndBaseFilesReplaceLists) {
  Rules rules;
  EXPECT_EQ(ClassifyLinkTarget("http://x.com/", "百家乐", rules).kind, LinkTargetKind::kGambling);
  ASSERT_TRUE(rules.MergeWords("gambling_words\t!百家乐\nspam_words\t代写论文\tlocal\nporn_host_words\tPornHub\n", "l"));
  EXPECT_EQ(ClassifyLinkTarget("http://x.com/", "百家乐", rules).kind, LinkTargetKind::kNone);
  EXPECT_EQ(ClassifyLinkTarget("http://x.com/", "代写论文", rules).kind, LinkTargetKind::kSpam);
  EXPECT_EQ(ClassifyLinkTarget("http://www.mypornhub.net/", "", rules).kind, LinkTargetKind::kPorn);
  ASSERT_TRUE(rules.MergeWords("channel_words\t书记信箱\n", "base", true));
  EXPECT_EQ(rules.Words("channel_words"), std::vector<std::string>{"书记信箱"});
  EXPECT_EQ(ClassifyChannelLink("政务咨询", "http://www.qc.gov.cn/zwzx/", rules), ChannelLinkKind::kNone);
  EXPECT_FALSE(rules.Words("channel_excluded_words").empty());  // lists the file does not name stay
}

// ---- W-V5 ① channels ----

TEST(ChannelLinkTest, ChannelsExcludedChannelsAndHubs) {
  const Rules& r = Rules::Defaults();
  const std::string u = "http://www.qc.gov.cn/x/";
  for (const char* text : {"领导信箱", "市长信箱", "书记信箱", "县长信箱", "政务咨询", "咨询投诉", "建言献策",
                           "网民留言", "我要写信 领导信箱", "12345政务服务便民热线", "在线咨询", " 局长信箱 "}) {
    EXPECT_EQ(ClassifyChannelLink(text, u, r), ChannelLinkKind::kChannel) << text;
  }
  for (const char* text : {"网上信访", "纪检举报", "投诉举报", "纪委监委信箱", "信访信箱", "在线访谈", "调查征集"}) {
    EXPECT_EQ(ClassifyChannelLink(text, u, r), ChannelLinkKind::kExcluded) << text;
  }
  EXPECT_EQ(ClassifyChannelLink("互动交流", u, r), ChannelLinkKind::kHub);
  EXPECT_EQ(ClassifyChannelLink("政民互动", u, r), ChannelLinkKind::kHub);
  EXPECT_EQ(ClassifyChannelLink("政务公开", u, r), ChannelLinkKind::kNone);
  // An article title that mentions a mailbox is not the mailbox.
  EXPECT_EQ(ClassifyChannelLink("关于市长信箱2022年第一季度来信办理情况的通报及典型问题答复选登", u, r),
            ChannelLinkKind::kNone);
  EXPECT_EQ(ClassifyChannelLink("关于征求防汛减灾工作意见建议的公告", u, r), ChannelLinkKind::kNone);
  EXPECT_EQ(ClassifyChannelLink("我要咨询/投诉/建议", u, r), ChannelLinkKind::kChannel);
  // Image links: the URL decides.
  EXPECT_EQ(ClassifyChannelLink("", "http://www.qc.gov.cn/hdjl/zxzx/index.html", r), ChannelLinkKind::kChannel);
  EXPECT_EQ(ClassifyChannelLink("", "http://www.qc.gov.cn/hdjl/wsxf/index.html", r), ChannelLinkKind::kExcluded);
  EXPECT_EQ(ClassifyChannelLink("", "http://mailbox.example.com/", r), ChannelLinkKind::kNone);  // host is not path
  EXPECT_EQ(ClassifyChannelLink("", "http://www.qc.gov.cn/xwzx/", r), ChannelLinkKind::kNone);
}

TEST(ChannelCheckTest, OnlyPetitionAndDisciplineChannelsIsAVeto) {
  SiteIntegrityObservations obs;
  obs.channels_read = true;
  obs.excluded_channels = {Channel("网上信访", "http://www.qc.gov.cn/hdjl/wsxf/", 200, true),
                           Channel("纪检举报", "http://www.qc.gov.cn/hdjl/jjjb/", 200, true)};
  auto f = CheckChannel(Site(), obs, kT, Rules::Defaults());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->indicator, "W-V5.1");
  EXPECT_EQ(f->problem, "互动回应差");
  EXPECT_EQ(f->severity, model::Severity::kVeto);
  EXPECT_EQ(f->url, "http://www.qc.gov.cn/");
  EXPECT_EQ(f->snapshot_id, 11);
  EXPECT_EQ(f->seen_at, kT - 7200);
  EXPECT_NE(f->excerpt.find("“网上信访”→http://www.qc.gov.cn/hdjl/wsxf/"), std::string::npos) << f->excerpt;
  EXPECT_NE(f->excerpt.find("不计入"), std::string::npos) << f->excerpt;
  EXPECT_EQ(f->excerpt.find("表单"), std::string::npos) << f->excerpt;  // excluded channels are only named
  EXPECT_EQ(f->detail, "未提供网上有效咨询建言渠道");

  Rules info;
  ASSERT_TRUE(info.Merge("channel.veto\t0\n", "local"));
  EXPECT_EQ(CheckChannel(Site(), obs, kT, info)->severity, model::Severity::kInfo);
  // Nothing read: no judgement (no homepage, homepage after T, or the gatherer did not look).
  SiteObservations no_home = Site();
  no_home.homepage.reset();
  EXPECT_FALSE(CheckChannel(no_home, obs, kT, Rules::Defaults()));
  EXPECT_FALSE(CheckChannel(Site(), obs, kT - 7201, Rules::Defaults()));
  obs.channels_read = false;
  EXPECT_FALSE(CheckChannel(Site(), obs, kT, Rules::Defaults()));
}

TEST(ChannelCheckTest, AChannelWorksWithAFormAListOrAsASharedPlatform) {
  SiteIntegrityObservations obs;
  obs.channels_read = true;
  obs.channels = {Channel("领导信箱", "http://www.qc.gov.cn/hdjl/ldxx/", 200, true)};
  EXPECT_FALSE(CheckChannel(Site(), obs, kT, Rules::Defaults()));
  obs.channels = {Channel("网民留言", "http://www.qc.gov.cn/hdjl/wsly/", 200, false, true)};
  EXPECT_FALSE(CheckChannel(Site(), obs, kT, Rules::Defaults()));
  // The provincial 12345 platform, not fetched by the crawl (another site): taken as working.
  ChannelObservation shared = Channel("12345政务服务便民热线", "http://12345.yn.gov.cn/", 0, false);
  shared.external = true;
  obs.channels = {shared};
  EXPECT_FALSE(CheckChannel(Site(), obs, kT, Rules::Defaults()));
  // A page of the site that the crawl never reached cannot be judged.
  obs.channels = {Channel("政务咨询", "http://www.qc.gov.cn/zwzx/", 0, false)};
  EXPECT_FALSE(CheckChannel(Site(), obs, kT, Rules::Defaults()));
  // One dead and one working channel: the site offers a channel.
  obs.channels = {Channel("市长信箱", "http://www.qc.gov.cn/szxx/", 404, false),
                  Channel("领导信箱", "http://www.qc.gov.cn/hdjl/ldxx/", 200, true)};
  EXPECT_FALSE(CheckChannel(Site(), obs, kT, Rules::Defaults()));
}

TEST(ChannelCheckTest, DeadOrEmptyChannelsAreAVetoNamingEach) {
  SiteIntegrityObservations obs;
  obs.channels_read = true;
  ChannelObservation shared = Channel("12345", "http://12345.yn.gov.cn/", 0, false);
  shared.external = true;
  shared.checked = true;
  shared.error = "dns";
  ChannelObservation maintenance = Channel("政务咨询", "http://www.qc.gov.cn/zwzx/", 200, false);
  obs.channels = {Channel("市长信箱", "http://www.qc.gov.cn/szxx/", 404, true), maintenance, shared};
  auto f = CheckChannel(Site(), obs, kT, Rules::Defaults());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->severity, model::Severity::kVeto);
  EXPECT_EQ(f->url, "http://www.qc.gov.cn/szxx/");
  EXPECT_EQ(f->snapshot_id, 21);
  EXPECT_NE(f->excerpt.find("“市长信箱”→http://www.qc.gov.cn/szxx/（返回HTTP 404）"), std::string::npos) << f->excerpt;
  EXPECT_NE(f->excerpt.find("“政务咨询”→http://www.qc.gov.cn/zwzx/（页面无留言表单或留言列表）"), std::string::npos)
      << f->excerpt;
  EXPECT_NE(f->excerpt.find("（无法访问（dns））"), std::string::npos) << f->excerpt;
  EXPECT_NE(f->detail.find("3个"), std::string::npos) << f->detail;
  EXPECT_FALSE(ChannelWorks(obs.channels[0]));
  obs.channels[0].http_status = 302;  // a redirect that was followed to a form is an answer
  EXPECT_TRUE(ChannelWorks(obs.channels[0]));
}

// ---- P-14 HTTPS, W-D4.5 / P-13 IPv6 ----

SiteFactsObservation GoodFacts() {
  SiteFactsObservation f;
  f.checked_at = kT - 600;
  f.https_ok = true;
  f.http_redirects_to_https = true;
  f.tls_version = "TLSv1.3";
  f.cert_chain_valid = true;
  f.cert_not_after = kT + 200 * kSecondsPerDay;
  f.aaaa = true;
  f.ipv6_ok = true;
  return f;
}

std::vector<model::Finding> Facts(const SiteFactsObservation& f, const Rules& rules = Rules::Defaults()) {
  SiteIntegrityObservations obs;
  obs.facts = f;
  return CheckSiteFacts(Site(), obs, kT, rules);
}

TEST(SiteFactsCheckTest, NothingMeasuredOrAllGoodGivesNothing) {
  SiteIntegrityObservations none;
  EXPECT_TRUE(CheckSiteFacts(Site(), none, kT, Rules::Defaults()).empty());
  EXPECT_TRUE(Facts(GoodFacts()).empty());
  SiteFactsObservation later = GoodFacts();
  later.https_ok = false;
  later.checked_at = kT + 1;  // measured after T
  EXPECT_TRUE(Facts(later).empty());
}

TEST(SiteFactsCheckTest, NoHttpsIsInformationOrAConfiguredDeduction) {
  SiteFactsObservation f = GoodFacts();
  f.https_ok = false;
  f.cert_chain_valid = false;
  f.tls_version.clear();
  f.cert_not_after.reset();
  f.https_error = "connect";
  auto findings = Facts(f);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].indicator, "P-14");
  EXPECT_EQ(findings[0].problem, "未启用HTTPS");
  EXPECT_EQ(findings[0].severity, model::Severity::kInfo);
  EXPECT_EQ(findings[0].points, 0);
  EXPECT_EQ(findings[0].url, "https://www.qc.gov.cn/");
  EXPECT_NE(findings[0].excerpt.find("（connect）"), std::string::npos);
  EXPECT_EQ(findings[0].seen_at, kT - 600);
  Rules strict;
  ASSERT_TRUE(strict.Merge("https.missing_points\t2\n", "local"));
  findings = Facts(f, strict);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, model::Severity::kDeduction);
  EXPECT_EQ(findings[0].points, 2);
  EXPECT_NE(findings[0].detail.find("扣2分"), std::string::npos);
}

TEST(SiteFactsCheckTest, CertificateExpiryAndChainAtTheirBoundaries) {
  SiteFactsObservation f = GoodFacts();
  f.cert_not_after = f.checked_at;  // valid up to this instant: not expired, but within 30 days
  auto findings = Facts(f);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].problem, "HTTPS证书即将到期");
  f.cert_not_after = f.checked_at - 1;
  f.https_ok = false;
  f.cert_chain_valid = false;
  f.https_error = "tls";
  findings = Facts(f);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].problem, "HTTPS证书已过期");
  EXPECT_EQ(findings[0].severity, model::Severity::kInfo);

  f = GoodFacts();
  f.cert_not_after = f.checked_at + 30 * kSecondsPerDay;  // exactly 30 days left: not reported
  EXPECT_TRUE(Facts(f).empty());
  f.cert_not_after = f.checked_at + 30 * kSecondsPerDay - 1;
  ASSERT_EQ(Facts(f).size(), 1u);
  Rules no_warning;
  ASSERT_TRUE(no_warning.Merge("https.cert_warn_days\t0\n", "local"));
  EXPECT_TRUE(Facts(f, no_warning).empty());

  f = GoodFacts();
  f.https_ok = false;
  f.cert_chain_valid = false;  // self-signed, still in date
  f.https_error = "tls";
  Rules strict;
  ASSERT_TRUE(strict.Merge("https.cert_points\t1\n", "local"));
  findings = Facts(f, strict);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].problem, "HTTPS证书无效");
  EXPECT_EQ(findings[0].severity, model::Severity::kDeduction);
  EXPECT_EQ(findings[0].points, 1);
}

TEST(SiteFactsCheckTest, OutdatedTlsBelowTheConfiguredVersion) {
  EXPECT_EQ(TlsVersionNumber("TLSv1.3"), 1.3);
  EXPECT_EQ(TlsVersionNumber("TLSv1"), 1.0);
  EXPECT_EQ(TlsVersionNumber("SSLv3"), 0.3);
  EXPECT_FALSE(TlsVersionNumber("QUIC"));
  EXPECT_FALSE(TlsVersionNumber("TLSv1.2.9"));
  SiteFactsObservation f = GoodFacts();
  f.tls_version = "TLSv1.2";  // the minimum itself is fine
  EXPECT_TRUE(Facts(f).empty());
  f.tls_version = "TLSv1.1";
  auto findings = Facts(f);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].problem, "TLS协议版本过低");
  EXPECT_NE(findings[0].excerpt.find("TLSv1.1"), std::string::npos);
}

TEST(SiteFactsCheckTest, Ipv6MissingOrFailing) {
  SiteFactsObservation f = GoodFacts();
  f.aaaa = false;
  f.ipv6_ok = false;
  f.ipv6_error = "no_aaaa";
  auto findings = Facts(f);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].indicator, "W-D4.5");
  EXPECT_EQ(findings[0].problem, "未支持IPv6访问");
  EXPECT_EQ(findings[0].severity, model::Severity::kInfo);
  EXPECT_NE(findings[0].excerpt.find("www.qc.gov.cn无IPv6地址"), std::string::npos);
  f.aaaa = true;
  f.ipv6_error = "timeout";
  Rules strict;
  ASSERT_TRUE(strict.Merge("ipv6.points\t0.5\n", "local"));
  findings = Facts(f, strict);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].problem, "IPv6访问失败");
  EXPECT_EQ(findings[0].severity, model::Severity::kDeduction);
  EXPECT_EQ(findings[0].points, 0.5);
  EXPECT_NE(findings[0].excerpt.find("（timeout）"), std::string::npos);
}

TEST(SiteFactsCheckTest, CheckSiteIntegrityRunsTheNewChecks) {
  SiteIntegrityObservations obs;
  obs.channels_read = true;
  SiteFactsObservation f = GoodFacts();
  f.ipv6_ok = false;
  obs.facts = f;
  std::set<std::string> indicators;
  for (const model::Finding& finding : CheckSiteIntegrity(Site(), obs, kT, Rules::Defaults())) {
    indicators.insert(finding.indicator);
  }
  EXPECT_EQ(indicators, (std::set<std::string>{"W-V5.1", "W-D4.5"}));
}

}  // namespace
}  // namespace govwatch::check
