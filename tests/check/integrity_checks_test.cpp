#include <gtest/gtest.h>

#include "check/forged_date_check.hpp"
#include "check/hidden_link_check.hpp"
#include "check/integrity_check.hpp"
#include "check/search_check.hpp"
#include "check/tamper_check.hpp"
#include "check/title_mismatch_check.hpp"

namespace govwatch::check {
namespace {

const Timestamp kT = EndOfDay(Date{2022, 3, 31});

SiteObservations Site() {
  SiteObservations s;
  s.site.name = "青川县人民政府门户网站";
  s.site.unit = "青川县人民政府";
  s.site.url = "http://www.qc.gov.cn/";
  return s;
}

HiddenLinkObservation Hidden(std::string url, std::string text, std::string how = "left:-9999px（#yq）") {
  HiddenLinkObservation h;
  h.page_url = "http://www.qc.gov.cn/";
  h.snapshot_id = 7;
  h.seen_at = kT - 3600;
  h.url = std::move(url);
  h.text = std::move(text);
  h.how = std::move(how);
  return h;
}

// ---- 暗链 ----

TEST(LinkTargetTest, GamblingAndPornByWordAndByHostName) {
  EXPECT_EQ(ClassifyLinkTarget("http://www.a8.com/", "澳门金沙娱乐城", Rules::Defaults()).kind, LinkTargetKind::kGambling);
  EXPECT_EQ(ClassifyLinkTarget("http://baijiale-88.net/x", "", Rules::Defaults()).kind, LinkTargetKind::kGambling);
  EXPECT_EQ(ClassifyLinkTarget("https://bet365.vip/", "体育", Rules::Defaults()).kind, LinkTargetKind::kGambling);
  EXPECT_EQ(ClassifyLinkTarget("http://hg0088.com/", "", Rules::Defaults()).kind, LinkTargetKind::kGambling);
  EXPECT_EQ(ClassifyLinkTarget("http://x.com/s?q=%E7%99%BE%E5%AE%B6%E4%B9%90", "", Rules::Defaults()).kind, LinkTargetKind::kGambling);
  EXPECT_EQ(ClassifyLinkTarget("http://www.av99.cc/", "", Rules::Defaults()).kind, LinkTargetKind::kPorn);
  EXPECT_EQ(ClassifyLinkTarget("http://t.cn/", "成人视频在线", Rules::Defaults()).kind, LinkTargetKind::kPorn);
  EXPECT_EQ(ClassifyLinkTarget("http://t.cn/", "专业代开发票", Rules::Defaults()).kind, LinkTargetKind::kSpam);
  // Legitimate targets: the state lotteries, ordinary media, words that merely contain a code.
  EXPECT_EQ(ClassifyLinkTarget("https://www.sporttery.cn/", "中国体育彩票", Rules::Defaults()).kind, LinkTargetKind::kNone);
  EXPECT_EQ(ClassifyLinkTarget("http://www.people.com.cn/", "人民网", Rules::Defaults()).kind, LinkTargetKind::kNone);
  EXPECT_EQ(ClassifyLinkTarget("http://www.alphabet.com/", "", Rules::Defaults()).kind, LinkTargetKind::kNone);
  EXPECT_EQ(ClassifyLinkTarget("http://www.baidu.com/", "澳门特别行政区", Rules::Defaults()).kind, LinkTargetKind::kNone);
}

TEST(LinkTargetTest, OutsideTheSiteByRegistrableDomain) {
  EXPECT_FALSE(IsOutsideSite("http://zwgk.qc.gov.cn/a", "http://www.qc.gov.cn/"));
  EXPECT_TRUE(IsOutsideSite("http://www.lc.gov.cn/a", "http://www.qc.gov.cn/"));
  EXPECT_TRUE(IsOutsideSite("https://x.bet365.com:8443/", "http://www.qc.gov.cn/"));
  EXPECT_FALSE(IsOutsideSite("http://127.0.0.1:9001/a", "http://127.0.0.1:9000/"));
  EXPECT_FALSE(IsOutsideSite("/relative", "http://www.qc.gov.cn/"));
  EXPECT_TRUE(IsGovernmentHost("http://www.gov.cn/"));
  EXPECT_TRUE(IsGovernmentHost("http://WWW.YN.GOV.CN./x"));
  EXPECT_FALSE(IsGovernmentHost("http://gov.cn.evil.com/"));
}

TEST(LinkTargetTest, ConacBadgeHostIsGovernment) {
  EXPECT_TRUE(IsGovernmentHost("http://bszs.conac.cn/sitename?method=show&id=1"));
  EXPECT_FALSE(IsGovernmentHost("http://conac.cn.example.com/"));
}

// A page of www.qc.gov.cn whose links all stay on the site or go to government hosts.
std::string QuietPage(std::string_view extra) {
  return std::string(
             "<html><head><link rel=\"stylesheet\" href=\"/css/main.css\"><script>// menu\n"
             "var m = $('#nav'); m.show(); /* http://www.qc.gov.cn/old */</script></head><body>"
             "<a href=\"/xxgk/\">信息公开</a><a href=\"http://www.qc.gov.cn/zwdt/\">政务动态</a>"
             "<a href=\"https://zwgk.qc.gov.cn/list.html\">公开目录</a><a href=\"http://www.yn.gov.cn/\">云南省人民政府</a>"
             "<a href=\"https://bszs.conac.cn/sitename?method=show&id=5308\"><img src=\"//dcs.conac.cn/image/red.png\"></a>"
             "<a href=\"https://beian.miit.gov.cn/\">滇ICP备05000001号</a> 网址：www.qc.gov.cn") +
         std::string(extra) + "</body></html>";
}

TEST(HiddenLinkPrefilterTest, PagesWithoutOutsideTargetsNeedNoParse) {
  EXPECT_FALSE(MayHoldReportableHiddenLink(QuietPage(""), "http://www.qc.gov.cn/"));
  EXPECT_FALSE(MayHoldReportableHiddenLink(QuietPage("<!-- a// b -->"), "http://www.qc.gov.cn/"));
  EXPECT_FALSE(MayHoldReportableHiddenLink("", "http://www.qc.gov.cn/"));
}

TEST(HiddenLinkPrefilterTest, EveryWayToSpellAnOutsideTargetNeedsTheParse) {
  const std::string site = "http://www.qc.gov.cn/";
  for (const char* extra : {
           "<div style=\"display:none\"><a href=\"http://www.amjs-8888.com/\">澳门金沙</a></div>",
           "<a href=\"//bet365.com/\" class=\"f3x\">x</a>",
           "<A HREF=\"HTTP://WWW.AV99.CC/\">x</A>",
           "<a href=\"https://user@hg0088.com:8443/\">x</a>",
           "<script>document.write('<a href=\"ht'+'tp:/'+'/x.com\">x</a>');</script>",
           "<script>el.innerHTML = s;</script>",
           "<base href=\"https://www.amjs-8888.com/\">",
           "<a href=\"http:&#47;&#47;bad.example\">x</a>",
           "<a href=\"http:&#x2F;&#x2F;bad.example\">x</a>",
           "<a href=\"http:\\\\bad.example\">x</a>",
           "<iframe src=\"https://www.people.com.cn/\" width=\"0\"></iframe>",
           "<a href=\"http://www.qc-gov.cn.bad.com/\">x</a>",
           // after the site's own host, twice in a row
           "<a href=\"http://www.qc.gov.cn/a\">a</a><a href=\"http://www.qc.gov.cn/b\">b</a><a href=\"http://hg0088.com/\">x</a>",
       }) {
    EXPECT_TRUE(MayHoldReportableHiddenLink(QuietPage(extra), site)) << extra;
  }
}

// The spellings that make a page's links other than its bytes show are found in any case of
// their letters, wherever they stand; a spelling cut short or broken up is none of them.
TEST(HiddenLinkPrefilterTest, RiskySpellingsCountInAnyCaseAndOnlyWhole) {
  const std::string site = "http://www.qc.gov.cn/";
  for (const char* extra : {"<script>DOCUMENT.WRITE(s)</script>", "<script>Document.Write(s)</script>",
                            "<script>el.OuterHTML = s;</script>", "<script>el.insertAdjacentHTML('beforeend', s)</script>",
                            "<BASE target=\"_blank\">", "<Base href=\"/\">", "http:&#47;x", "http:&#X2F;x", "http:&SOL;x",
                            "http:&Sol;x", "a:\\b", "a:/\\b", "a\\/b"}) {
    EXPECT_TRUE(MayHoldReportableHiddenLink(QuietPage(extra), site)) << extra;
    // At the very start and the very end of the page's bytes too.
    EXPECT_TRUE(MayHoldReportableHiddenLink(std::string(extra) + QuietPage(""), site)) << extra;
    EXPECT_TRUE(MayHoldReportableHiddenLink(QuietPage("") + extra, site)) << extra;
  }
  for (const char* extra : {"<script>document.wr ite(s)</script>", "<script>document_write(s)</script>",
                            "<script>el.inner_html = s;</script>", "<bas e>", "&#4 7;", "&#x2e;", "&so l;", ": \\",
                            "\\ /", "documentwrite innerhtm outerhtm l"}) {
    EXPECT_FALSE(MayHoldReportableHiddenLink(QuietPage(extra), site)) << extra;
  }
  // A needle cut off by the end of the page.
  for (const char* tail : {"document.writ", "innerhtm", "<bas", "&#4", "&#x2", "&sol", ":/", "\\"}) {
    EXPECT_FALSE(MayHoldReportableHiddenLink(QuietPage("") + tail, site)) << tail;
  }
}

TEST(HiddenLinkCheckTest, GamblingLinksAreAVetoWithTextTargetAndHow) {
  SiteIntegrityObservations obs;
  obs.hidden_links = {Hidden("http://www.amjs-8888.com/", "澳门金沙娱乐城", "display:none（.f3x）"),
                      Hidden("http://www.amjs-8888.com/", "澳门金沙娱乐城"),  // same target on another page
                      Hidden("http://www.qc.gov.cn/xxgk/", "信息公开"),      // own site
                      Hidden("http://www.yn.gov.cn/", "云南省人民政府")};    // government
  const auto findings = CheckHiddenLinks(Site(), obs, kT, Rules::Defaults());
  ASSERT_EQ(findings.size(), 1u);
  const model::Finding& f = findings[0];
  EXPECT_EQ(f.indicator, "W-V1.3");
  EXPECT_EQ(f.severity, model::Severity::kVeto);
  EXPECT_EQ(f.url, "http://www.qc.gov.cn/");
  EXPECT_EQ(f.snapshot_id, 7);
  EXPECT_NE(f.excerpt.find("“澳门金沙娱乐城”→http://www.amjs-8888.com/（display:none（.f3x）"), std::string::npos) << f.excerpt;
  EXPECT_NE(f.excerpt.find("疑似赌博"), std::string::npos) << f.excerpt;
  EXPECT_NE(f.detail.find("1个"), std::string::npos) << f.detail;
}

TEST(HiddenLinkCheckTest, UnrelatedHiddenLinksAreForReviewOnlyAndMenusAreIgnored) {
  SiteIntegrityObservations obs;
  obs.hidden_links = {Hidden("http://www.people.com.cn/", "人民网", "display:none（.drop）"),  // a dropdown
                      Hidden("http://shop.example.com/", "优惠商城", "font-size:0（<div>）")};
  auto findings = CheckHiddenLinks(Site(), obs, kT, Rules::Defaults());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].severity, model::Severity::kInfo);
  EXPECT_EQ(findings[0].problem, "疑似暗链");
  EXPECT_EQ(findings[0].excerpt.find("人民网"), std::string::npos);

  Rules quiet;
  ASSERT_TRUE(quiet.Merge("hidden_link.report_unrelated\t0\n", "local"));
  EXPECT_TRUE(CheckHiddenLinks(Site(), obs, kT, quiet).empty());
  obs.hidden_links.pop_back();
  EXPECT_TRUE(CheckHiddenLinks(Site(), obs, kT, Rules::Defaults()).empty());
}

// ---- 篡改 ----

PageVersion Version(Timestamp at, std::string title, std::string text, std::vector<std::string> scripts = {}) {
  PageVersion v;
  v.snapshot_id = at;
  v.fetched_at = at;
  v.title = std::move(title);
  v.text = std::move(text);
  v.scripts = std::move(scripts);
  return v;
}

const std::string kHomeText =
    "青川县人民政府 首页 政务公开 政务服务 互动交流 走进青川 县政府召开常务会议研究部署春耕生产工作 "
    "全县安全生产工作会议召开 关于做好2022年春节期间疫情防控工作的通知 青川县2021年国民经济和社会发展统计公报";

TEST(TamperCheckTest, NewsUpdatesOnAStableHomepageAreNotTampering) {
  StablePageHistory h;
  h.url = "http://www.qc.gov.cn/";
  h.role = "首页";
  const Timestamp day = kSecondsPerDay;
  h.versions = {Version(kT - 3 * day, "青川县人民政府", kHomeText, {"http://www.qc.gov.cn/js/a.js"}),
                Version(kT - 2 * day, "青川县人民政府", kHomeText + " 县长主持召开专题会议"),
                Version(kT - day, "青川县人民政府", "县领导调研乡村振兴工作 " + kHomeText,
                        {"http://www.qc.gov.cn/js/a.js", "https://hm.baidu.com/hm.js?x"})};
  SiteIntegrityObservations obs;
  obs.stable_pages = {h};
  // hm.baidu.com is new but the analytics script came with the last version only: it is reported
  // as a new external script, which is the one signal that needs no agreement of versions.
  auto findings = CheckTampering(Site(), obs, kT, Rules::Defaults());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_NE(findings[0].excerpt.find("新增外部脚本或框架https://hm.baidu.com/hm.js?x"), std::string::npos);
  EXPECT_EQ(findings[0].excerpt.find("正文"), std::string::npos);
  EXPECT_EQ(findings[0].excerpt.find("标题"), std::string::npos);

  obs.stable_pages[0].versions[2].scripts = {"http://www.qc.gov.cn/js/a.js"};
  EXPECT_TRUE(CheckTampering(Site(), obs, kT, Rules::Defaults()).empty());
}

TEST(TamperCheckTest, ReplacedTextAndTitleAreReportedWithTheDiff) {
  StablePageHistory h;
  h.url = "http://www.qc.gov.cn/";
  h.role = "首页";
  const Timestamp day = kSecondsPerDay;
  h.versions = {Version(kT - 3 * day, "青川县人民政府", kHomeText), Version(kT - 2 * day, "青川县人民政府", kHomeText),
                Version(kT - day, "Hacked by 黑客联盟", "青川县人民政府 Hacked by 黑客联盟 网站已被接管 联系QQ 123456")};
  SiteIntegrityObservations obs;
  obs.stable_pages = {h};
  auto findings = CheckTampering(Site(), obs, kT, Rules::Defaults());
  ASSERT_EQ(findings.size(), 1u);
  const model::Finding& f = findings[0];
  EXPECT_EQ(f.indicator, "W-V1.4");
  EXPECT_EQ(f.severity, model::Severity::kInfo);
  EXPECT_EQ(f.snapshot_id, kT - day);
  EXPECT_NE(f.excerpt.find("标题由“青川县人民政府”变为“Hacked by 黑客联盟”"), std::string::npos) << f.excerpt;
  EXPECT_NE(f.excerpt.find("现为“青川县人民政府 Hacked by"), std::string::npos) << f.excerpt;

  // With a single earlier version the page is not known to be stable: only the title counts.
  obs.stable_pages[0].versions.erase(obs.stable_pages[0].versions.begin());
  findings = CheckTampering(Site(), obs, kT, Rules::Defaults());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].excerpt.find("正文"), std::string::npos);

  Rules veto;
  ASSERT_TRUE(veto.Merge("tamper.veto\t1\n", "local"));
  EXPECT_EQ(CheckTampering(Site(), obs, kT, veto)[0].severity, model::Severity::kVeto);
}

TEST(TamperCheckTest, TextSimilarityIgnoresPunctuationAndSpaces) {
  EXPECT_DOUBLE_EQ(TextSimilarity("", ""), 1.0);
  EXPECT_DOUBLE_EQ(TextSimilarity("政务 公开，", "政务公开"), 1.0);
  EXPECT_DOUBLE_EQ(TextSimilarity("政务公开", "招商引资"), 0.0);
  EXPECT_NEAR(TextSimilarity("abcd", "abce"), 2.0 / 3.0, 1e-9);
}

// ---- 伪造发稿日期 ----

ListSnapshot Snap(Timestamp at, std::vector<std::pair<std::string, std::string>> items) {
  ListSnapshot s;
  s.url = "http://www.qc.gov.cn/gzdt/";
  s.snapshot_id = at;
  s.fetched_at = at;
  s.http_status = 200;
  s.is_list = true;
  for (auto& [title, date] : items) {
    model::Item it;
    it.title = title;
    it.url = "http://www.qc.gov.cn/gzdt/" + date + ".html";
    it.date = date;
    s.items.push_back(std::move(it));
  }
  return s;
}

ColumnHistory News(std::vector<ListSnapshot> snaps) {
  ColumnHistory h;
  h.column.name = "工作动态";
  h.column.url = "http://www.qc.gov.cn/gzdt/";
  h.type = model::ColumnType::kNews;
  h.snapshots = std::move(snaps);
  return h;
}

TEST(ForgedDateCheckTest, AnItemClaimingADateTheEarlierListsWouldHaveShownIsForged) {
  // Crawled every 5 days from 2022-01-01; on 2022-03-17 an item dated 2022-01-05 appears between
  // items the earlier lists already showed.
  std::vector<ListSnapshot> snaps;
  for (Date d = Date{2022, 1, 1}; d <= Date{2022, 3, 15}; d = AddDays(d, 5)) {
    snaps.push_back(Snap(StartOfDay(d) + 3600, {{"动态甲", "2022-01-10"}, {"动态乙", "2021-12-20"}}));
  }
  snaps.push_back(Snap(StartOfDay(Date{2022, 3, 17}) + 3600,
                       {{"动态甲", "2022-01-10"}, {"补发的会议报道", "2022-01-05"}, {"动态乙", "2021-12-20"}}));
  SiteIntegrityObservations obs;
  obs.columns = {News(snaps)};
  auto findings = CheckForgedDates(Site(), obs, kT, Rules::Defaults());
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].indicator, "W-V1.5");
  EXPECT_EQ(findings[0].severity, model::Severity::kVeto);
  EXPECT_NE(findings[0].excerpt.find("“补发的会议报道”标注发布日期2022-01-05"), std::string::npos) << findings[0].excerpt;

  // A gap of more than 7 days in the crawls: coverage is not continuous, nothing is claimed.
  SiteIntegrityObservations gappy = obs;
  gappy.columns[0].snapshots.erase(gappy.columns[0].snapshots.begin() + 5, gappy.columns[0].snapshots.begin() + 7);
  EXPECT_TRUE(CheckForgedDates(Site(), gappy, kT, Rules::Defaults()).empty());
  // Policy columns list documents by their 成文日期.
  SiteIntegrityObservations policy = obs;
  policy.columns[0].type = model::ColumnType::kPolicy;
  EXPECT_TRUE(CheckForgedDates(Site(), policy, kT, Rules::Defaults()).empty());
}

TEST(ForgedDateCheckTest, BoundaryOfDaysAndItemsBelowTheListAreNotForged) {
  const Timestamp first = StartOfDay(Date{2022, 3, 1}) + 3600;
  const Timestamp second = StartOfDay(Date{2022, 3, 5}) + 3600;
  // Exactly 30 days before the earlier crawl (2022-03-01): not more than 30, not forged.
  SiteIntegrityObservations obs;
  obs.columns = {News({Snap(StartOfDay(Date{2022, 1, 25}), {{"旧", "2022-01-20"}}), Snap(first, {{"旧", "2022-01-20"}}),
                       Snap(second, {{"旧", "2022-01-20"}, {"边界", "2022-01-30"}})})};
  obs.columns[0].snapshots[0].fetched_at = StartOfDay(Date{2022, 1, 25});
  // Gap 2022-01-25 → 2022-03-01 breaks the run, so extend it with weekly crawls.
  std::vector<ListSnapshot> weekly;
  for (Date d = Date{2022, 1, 25}; d < Date{2022, 3, 1}; d = AddDays(d, 6)) weekly.push_back(Snap(StartOfDay(d), {{"旧", "2022-01-20"}}));
  weekly.push_back(Snap(first, {{"旧", "2022-01-20"}}));
  weekly.push_back(Snap(second, {{"旧", "2022-01-20"}, {"边界", "2022-01-30"}}));
  obs.columns[0].snapshots = weekly;
  EXPECT_TRUE(CheckForgedDates(Site(), obs, kT, Rules::Defaults()).empty());
  // 31 days: forged.
  obs.columns[0].snapshots.back() = Snap(second, {{"旧", "2022-01-20"}, {"边界", "2022-01-29"}});
  EXPECT_EQ(CheckForgedDates(Site(), obs, kT, Rules::Defaults()).size(), 1u);
  // Older than anything the earlier list showed: it may have dropped in from page 2.
  obs.columns[0].snapshots.back() = Snap(second, {{"旧", "2022-01-20"}, {"更旧", "2022-01-10"}});
  EXPECT_TRUE(CheckForgedDates(Site(), obs, kT, Rules::Defaults()).empty());
}

// ---- 文不对题 ----

PageObservation Article(std::string url, std::string title) {
  PageObservation p;
  p.page.url = std::move(url);
  p.page.title = std::move(title);
  p.page.http_status = 200;
  p.page.fetched_at = kT - 7200;
  p.role = PageRole::kArticle;
  return p;
}

TEST(TitleMismatchTest, TextsThatNameTheirPage) {
  const std::string title = "关于开展2022年度全县安全生产大检查工作的通知";
  EXPECT_TRUE(LinkTextMatchesTitle(title, title, 0.3));
  EXPECT_TRUE(LinkTextMatchesTitle("关于开展2022年度全县安全生产大检查…", title, 0.3));
  EXPECT_TRUE(LinkTextMatchesTitle("关于开展2022年度全县安全生产大检查工作的", title, 0.3));
  EXPECT_TRUE(LinkTextMatchesTitle("［通知］关于开展2022年度全县安全生产大检查工作的通知", title, 0.3));
  EXPECT_TRUE(LinkTextMatchesTitle("更多>>", title, 0.3));
  EXPECT_TRUE(LinkTextMatchesTitle("查看详情 ›", title, 0.3));
  EXPECT_TRUE(LinkTextMatchesTitle("MORE+", title, 0.3));
  EXPECT_TRUE(LinkTextMatchesTitle("2022年度安全生产大检查通知", title, 0.3));
  EXPECT_FALSE(LinkTextMatchesTitle("县政府召开春耕生产工作会议", title, 0.3));
  EXPECT_FALSE(LinkTextMatchesTitle("关于开展森林防火宣传月活动…", title, 0.3));
}

TEST(TitleMismatchTest, ReportsLinksWhoseTextNamesAnotherPage) {
  SiteObservations s = Site();
  PageObservation list;
  list.page.url = "http://www.qc.gov.cn/tzgg/";
  list.page.id = 11;
  list.page.http_status = 200;
  list.page.fetched_at = kT - 3600;
  list.role = PageRole::kColumnList;
  const auto link = [&](std::string to, std::string text) {
    model::Link l;
    l.from_url = list.page.url;
    l.to_url = std::move(to);
    l.text = std::move(text);
    list.links.push_back(std::move(l));
  };
  link("http://www.qc.gov.cn/tzgg/1.html", "关于开展2022年度全县安全生产大检查工作的通知");
  link("http://www.qc.gov.cn/tzgg/2.html", "县政府召开春耕生产工作会议");  // leads to a notice about fires
  link("http://www.qc.gov.cn/tzgg/2.html", "更多");
  link("http://www.qc.gov.cn/tzgg/3.html", "青川县2021年国民经济和社会发展统计公报");  // template title
  s.pages = {list, Article("http://www.qc.gov.cn/tzgg/1.html", "关于开展2022年度全县安全生产大检查工作的通知"),
             Article("http://www.qc.gov.cn/tzgg/2.html", "关于做好森林草原防灭火工作的紧急通知")};
  for (int i = 3; i < 6; ++i) s.pages.push_back(Article("http://www.qc.gov.cn/tzgg/" + std::to_string(i) + ".html", "青川县人民政府"));
  auto f = CheckTitleMismatch(s, kT, Rules::Defaults());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->indicator, "W-D4.2");
  EXPECT_EQ(f->problem, "文不对题");
  EXPECT_EQ(f->severity, model::Severity::kInfo);
  EXPECT_EQ(f->snapshot_id, 11);
  EXPECT_NE(f->excerpt.find("链接“县政府召开春耕生产工作会议”指向http://www.qc.gov.cn/tzgg/2.html，该页标题为“关于做好森林草原防灭火工作的紧急通知”"),
            std::string::npos)
      << f->excerpt;
  EXPECT_NE(f->detail.find("1个"), std::string::npos);
}

// ---- 站内搜索 ----

TEST(SearchCheckTest, MissingFailingAndWorkingSearch) {
  SiteIntegrityObservations obs;
  EXPECT_FALSE(CheckSearch(Site(), obs, kT, Rules::Defaults()));  // not probed
  obs.search = SearchProbe{};
  obs.search->at = kT - 60;
  auto f = CheckSearch(Site(), obs, kT, Rules::Defaults());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->problem, "未提供站内搜索");
  EXPECT_EQ(f->severity, model::Severity::kDeduction);
  EXPECT_NE(f->detail.find("扣1分"), std::string::npos);
  EXPECT_DOUBLE_EQ(f->points, 1.0);
  obs.search->form_found = true;
  obs.search->query = "县政府召开常务会议";
  obs.search->result_url = "http://www.qc.gov.cn/search?q=x";
  obs.search->http_status = 500;
  f = CheckSearch(Site(), obs, kT, Rules::Defaults());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->problem, "站内搜索不可用");
  EXPECT_NE(f->excerpt.find("HTTP 500"), std::string::npos);
  obs.search->answered = true;
  obs.search->http_status = 200;
  f = CheckSearch(Site(), obs, kT, Rules::Defaults());
  ASSERT_TRUE(f);
  EXPECT_NE(f->excerpt.find("未列出该文章"), std::string::npos);
  obs.search->found = true;
  EXPECT_FALSE(CheckSearch(Site(), obs, kT, Rules::Defaults()));
  EXPECT_TRUE(CheckSiteIntegrity(Site(), obs, kT, Rules::Defaults()).empty());
}

}  // namespace
}  // namespace govwatch::check
