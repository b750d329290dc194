#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include <fmt/core.h>
#include <gtest/gtest.h>

#include "common/charset.hpp"
#include "common/strings.hpp"
#include "farm/farm_plan.hpp"
#include "farm_test_support.hpp"

namespace govwatch::farm {
namespace {

using testing::CsvRows;
using testing::DatesIn;
using testing::Fetch;
using testing::FetchUrl;
using testing::kAnchor;
using testing::LinkNamed;
using testing::Options;
using testing::PortAndPath;
using testing::RunningFarm;

namespace fs = std::filesystem;

fs::path TempDir(const std::string& name) {
  const fs::path dir = fs::temp_directory_path() / ("govwatch-farm-test-" + std::to_string(::getpid()) + "-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

const nlohmann::json* PlantOf(const nlohmann::json& manifest, const std::string& indicator) {
  for (const nlohmann::json& p : manifest["plants"]) {
    if (p["indicator"] == indicator) return &p;
  }
  return nullptr;
}

int SitePort(const Farm& farm, const std::string& site_name) {
  for (const FarmSite& s : farm.Sites()) {
    if (s.name == site_name) return s.port;
  }
  return 0;
}

TEST(FarmTest, SameSeedServesSameBytesAndOtherSeedDiffers) {
  RunningFarm a(Options(7));
  RunningFarm b(Options(7));
  RunningFarm c(Options(8));
  ASSERT_EQ(a.farm.Sites().size(), 10u);

  for (std::size_t i = 0; i < a.farm.Sites().size(); ++i) {
    const auto pa = Fetch(a.farm.Sites()[i].port, "/");
    const auto pb = Fetch(b.farm.Sites()[i].port, "/");
    ASSERT_EQ(pa.status, 200) << a.farm.Sites()[i].name;
    EXPECT_EQ(pa.body, pb.body) << a.farm.Sites()[i].name;
    const auto la = Fetch(a.farm.Sites()[i].port, "/gzdt/index_1.html");
    EXPECT_EQ(la.body, Fetch(b.farm.Sites()[i].port, "/gzdt/index_1.html").body);
  }
  EXPECT_NE(Fetch(a.farm.Sites()[0].port, "/").body, Fetch(c.farm.Sites()[0].port, "/").body);
  EXPECT_EQ(a.farm.Manifest()["plants"].size(), b.farm.Manifest()["plants"].size());
}

TEST(FarmTest, RegistryFilesAreByteIdenticalForTheSameSeedAndPorts) {
  FarmOptions options = Options(11);
  options.base_port = 21000;  // known ports without binding them
  ManualClock clock(EndOfDay(kAnchor));
  Farm one(options, clock);
  Farm two(options, clock);
  FarmOptions other_options = options;
  other_options.seed = 12;
  Farm other(other_options, clock);
  const fs::path d1 = TempDir("reg1");
  const fs::path d2 = TempDir("reg2");
  const fs::path d3 = TempDir("reg3");

  ASSERT_TRUE(one.WriteRegistry(d1).has_value());
  ASSERT_TRUE(two.WriteRegistry(d2).has_value());
  ASSERT_TRUE(other.WriteRegistry(d3).has_value());
  ASSERT_TRUE(one.WriteManifest(d1).has_value());
  ASSERT_TRUE(two.WriteManifest(d2).has_value());

  for (const char* f : {"units.csv", "sites.csv", "columns.csv", "accounts.csv", "messages.csv", "manifest.json"}) {
    EXPECT_EQ(ReadFile(d1 / f).value(), ReadFile(d2 / f).value()) << f;
  }
  EXPECT_NE(ReadFile(d1 / "columns.csv").value(), ReadFile(d3 / "columns.csv").value());
  EXPECT_EQ(one.Sites()[3].url, "http://127.0.0.1:21003/");
  fs::remove_all(d1);
  fs::remove_all(d2);
  fs::remove_all(d3);
}

TEST(FarmTest, RegistryFilesHaveTheImportHeaders) {
  RunningFarm f(Options(3));
  const fs::path dir = TempDir("headers");

  ASSERT_TRUE(f.farm.WriteRegistry(dir).has_value());

  const std::map<std::string, std::vector<std::string>> expected = {
      {"units.csv", {"单位名称", "单位类型", "上级单位"}},
      {"sites.csv", {"网站名称", "网站标识码", "首页网址", "主办单位", "网站类型", "运行状态", "对外服务职能", "留言平台"}},
      {"columns.csv", {"栏目名称", "所属网站", "主办单位", "栏目网址", "栏目类型", "上级栏目", "信息公开专栏"}},
      {"accounts.csv", {"账号名称", "平台", "主办单位", "账号ID", "数据源", "运行状态", "开通日期", "关停日期", "互动功能"}},
      {"messages.csv", {"留言编号", "所属网站", "受理单位", "留言时间", "答复时间", "留言类型", "标题"}},
  };
  for (const auto& [file, header] : expected) {
    const std::string raw = ReadFile(dir / file).value();
    EXPECT_TRUE(StartsWith(raw, "\xEF\xBB\xBF")) << file;
    const auto rows = CsvRows(dir / file);
    ASSERT_GE(rows.size(), 2u) << file;
    EXPECT_EQ(rows[0], header) << file;
    for (const auto& row : rows) EXPECT_EQ(row.size(), header.size()) << file;
  }
  const auto columns = CsvRows(dir / "columns.csv");
  int disclosure = 0;
  for (const auto& row : columns) disclosure += row[6] == "是" ? 1 : 0;
  EXPECT_GE(disclosure, 8);
  fs::remove_all(dir);
}

TEST(FarmTest, ManifestListsTwelvePlantsOnDistinctObjects) {
  RunningFarm f(Options(5));

  const nlohmann::json manifest = f.farm.Manifest();

  std::set<std::string> indicators;
  std::set<std::string> objects;
  for (const nlohmann::json& p : manifest["plants"]) {
    indicators.insert(p["indicator"].get<std::string>());
    objects.insert(p["object_kind"].get<std::string>() + "/" + p["object"].get<std::string>());
    EXPECT_TRUE(StartsWith(p["url"].get<std::string>(), "http://127.0.0.1:")) << p.dump();
    EXPECT_FALSE(p["unit"].get<std::string>().empty()) << p.dump();
  }
  const std::set<std::string> expected = {"W-V2", "W-V3",  "W-V4.1", "W-V4.3", "W-D4.2", "W-V1.1", "C-V1",
                                          "PI-2", "C-V2", "C-V3",   "N-V2",   "W-V5.2", "M-7",   "W-V1.3",
                                          "N-V3", "N-M8",   "W-V5.1", "W-V1.4", "TEXT-TYPO"};
  EXPECT_EQ(indicators, expected);
  // The 12 plants, the 错别字 of the corpus contrast and the 疑似错别字 of the language model (TEXT-TYPO, on two columns), the overdue
  // messages (M-7), on 10 sites two integrity plants (暗链 and 文不对题,
  // the latter under W-D4.2), two account plants (N-V3, N-M8), the missing consultation channel
  // (W-V5.1), which shares the dead-link site, and the tampered homepage (W-V1.4), which shares
  // the 文不对题 site.
  EXPECT_EQ(manifest["plants"].size(), 21u);
  EXPECT_EQ(objects.size(), 19u);
  EXPECT_EQ(manifest["anchor"], "2022-03-31");
  EXPECT_EQ(manifest["sites"].size(), 10u);
}

TEST(FarmTest, GbkSiteIsReallyGbk) {
  RunningFarm f(Options(9));
  const nlohmann::json manifest = f.farm.Manifest();
  std::string name;
  for (const auto& s : manifest["sites"]) {
    if (s["charset"] == "GBK") name = s["name"];
  }
  ASSERT_FALSE(name.empty());

  const auto page = Fetch(SitePort(f.farm, name), "/");

  EXPECT_EQ(page.content_type, "text/html; charset=gbk");
  EXPECT_FALSE(IsValidUtf8(page.body));
  EXPECT_TRUE(Contains(page.body, "<meta charset=\"gbk\">"));
  const Utf8Text text = ToUtf8(page.body, "gbk");
  EXPECT_EQ(text.invalid_bytes, 0u);
  EXPECT_TRUE(Contains(text.text, name));
  // The planted leader-name error sits on that site, in GBK too.
  const nlohmann::json* plant = PlantOf(manifest, "W-V1.1");
  ASSERT_NE(plant, nullptr);
  EXPECT_EQ((*plant)["object"], name);
  const auto article = FetchUrl((*plant)["url"]);
  ASSERT_EQ(article.status, 200);
  EXPECT_TRUE(Contains(ToUtf8(article.body, "gbk").text, "深入学习贯彻习近乎新时代中国特色社会主义思想"));
}

TEST(FarmTest, PaginationLeadsToOlderItems) {
  RunningFarm f(Options(4, 10, 3000));
  const int port = f.farm.Sites()[0].port;

  const auto first = Fetch(port, "/gzdt/");
  ASSERT_EQ(first.status, 200);
  const auto next = LinkNamed(first.body, "下一页");
  ASSERT_TRUE(next.has_value());
  const auto second = Fetch(port, "/gzdt/" + *next);
  ASSERT_EQ(second.status, 200);

  EXPECT_EQ(first.body, Fetch(port, "/gzdt/index.html").body);
  const std::vector<Date> d1 = DatesIn(first.body);
  const std::vector<Date> d2 = DatesIn(second.body);
  ASSERT_GE(d1.size(), 20u);
  ASSERT_FALSE(d2.empty());
  EXPECT_LE(*std::max_element(d2.begin(), d2.end()), *std::min_element(d1.begin(), d1.end()));
  EXPECT_TRUE(std::is_sorted(d1.rbegin(), d1.rend()));
  EXPECT_EQ(LinkNamed(second.body, "上一页"), std::optional<std::string>("index.html"));
  EXPECT_EQ(Fetch(port, "/gzdt/index_999.html").status, 404);
}

TEST(FarmTest, ListMarkupAndDateStylesVaryBetweenSites) {
  RunningFarm f(Options(2));
  std::set<std::string> markups;
  std::set<std::string> styles;

  for (const FarmSite& s : f.farm.Sites()) {
    const std::string body = ToUtf8(Fetch(s.port, "/gzdt/").body, "").text;
    if (Contains(body, "<ul class=\"news-list\">")) markups.insert("ul");
    if (Contains(body, "<table class=\"list-table\">")) markups.insert("table");
    if (Contains(body, "<div class=\"list-box\">")) markups.insert("div");
    if (std::regex_search(body, std::regex(R"(\[\d{4}-\d{2}-\d{2}\])"))) styles.insert("bracket");
    if (std::regex_search(body, std::regex(R"(\d{4}年\d{2}月\d{2}日)"))) styles.insert("chinese");
    if (std::regex_search(body, std::regex(R"(>\d{4}-\d{2}-\d{2}<)"))) styles.insert("plain");
  }

  EXPECT_EQ(markups.size(), 3u);
  EXPECT_EQ(styles.size(), 3u);
}

TEST(FarmTest, EveryPageCarriesTheSiteIdentity) {
  RunningFarm f(Options(6));
  const FarmSite& site = f.farm.Sites()[1];

  const std::string home = ToUtf8(Fetch(site.port, "/").body, "").text;
  const std::string list = ToUtf8(Fetch(site.port, "/tzgg/").body, "").text;

  for (const std::string& page : {home, list}) {
    EXPECT_TRUE(Contains(page, "<meta name=\"SiteIDCode\" content=\"" + site.site_code + "\">"));
    EXPECT_TRUE(Contains(page, "<meta name=\"SiteName\" content=\"" + site.name + "\">"));
    EXPECT_TRUE(Contains(page, "网站标识码：" + site.site_code));
    EXPECT_TRUE(Contains(page, "滇ICP备"));
    EXPECT_TRUE(Contains(page, "滇公网安备 "));
    EXPECT_TRUE(Contains(page, "bszs.conac.cn"));
    EXPECT_TRUE(Contains(page, "zfwzzc.www.gov.cn"));
    EXPECT_TRUE(std::regex_search(page, std::regex("联系电话：0883-\\d{7}")));
  }
  EXPECT_TRUE(Contains(list, "<meta name=\"ColumnType\" content=\"通知公告\">"));
  EXPECT_TRUE(Contains(home, "action=\"/search\""));
  const auto missing = Fetch(site.port, "/no/such/page.html");
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(Fetch(site.port, "/robots.txt").body, "User-agent: *\nAllow: /\n");
}

TEST(FarmTest, PiiPlantHoldsExactlyOneValidIdNumber) {
  RunningFarm f(Options(13));
  const nlohmann::json manifest = f.farm.Manifest();
  const nlohmann::json* plant = PlantOf(manifest, "PI-2");
  ASSERT_NE(plant, nullptr);
  EXPECT_EQ((*plant)["object_kind"], "column");

  const auto page = FetchUrl((*plant)["url"]);

  ASSERT_EQ(page.status, 200);
  static const std::regex kId(R"re(<td>(530902[0-9*]{11}[0-9X])</td>)re");
  int valid = 0;
  int masked = 0;
  for (auto it = std::sregex_iterator(page.body.begin(), page.body.end(), kId); it != std::sregex_iterator(); ++it) {
    const std::string id = (*it)[1].str();
    if (Contains(id, "*")) {
      ++masked;
      EXPECT_EQ(id.substr(6, 8), "********");
      continue;
    }
    EXPECT_EQ(IdCheckCharacter(id.substr(0, 17)), id[17]) << id;
    const int year = std::stoi(id.substr(6, 4));
    EXPECT_TRUE(year >= 1950 && year <= 2005) << id;
    EXPECT_TRUE(Contains((*plant)["note"].get<std::string>(), id));
    ++valid;
  }
  EXPECT_EQ(valid, 1);
  EXPECT_EQ(masked, 4);
  EXPECT_TRUE(Contains(page.body, "<th>身份证号码</th>"));
}

TEST(FarmTest, UnreachableSiteFailsInSomeSlotsOnly) {
  RunningFarm f(Options(21));
  const nlohmann::json manifest = f.farm.Manifest();
  const nlohmann::json* plant = PlantOf(manifest, "W-V2");
  ASSERT_NE(plant, nullptr);
  const int port = PortAndPath((*plant)["url"]).first;
  const int other_port = f.farm.Sites()[0].port;

  int down = 0;
  int up = 0;
  int other_down = 0;
  const Timestamp from = EndOfDay(kAnchor) + 1 - 7 * kSecondsPerDay;
  for (Timestamp t = from; t < StartOfDay(kAnchor) + 22 * 3600; t += 900) {
    f.clock.Set(t + 60);
    const int status = Fetch(port, "/").status;
    (status == 503 ? down : up) += 1;
    if (status == 503) other_down += Fetch(other_port, "/").status == 503 ? 1 : 0;
  }

  EXPECT_GE(down * 10, down + up);  // at least 10 % of the slots
  EXPECT_GT(up, down);
  EXPECT_EQ(other_down, 0);
  f.clock.Set(StartOfDay(kAnchor) + 22 * 3600 + 1800);
  EXPECT_EQ(Fetch(port, "/").status, 200);
  for (Timestamp t = from - 3 * kSecondsPerDay; t < from; t += 900) {
    f.clock.Set(t);
    ASSERT_EQ(Fetch(port, "/robots.txt").status, 200) << FormatTime(t);
  }
}

TEST(FarmTest, StaleAccountNewestPostIsTwentyOneDaysOld) {
  RunningFarm f(Options(17));
  const nlohmann::json manifest = f.farm.Manifest();
  const nlohmann::json* plant = PlantOf(manifest, "N-V2");
  ASSERT_NE(plant, nullptr);

  const auto feed = FetchUrl((*plant)["url"]);

  ASSERT_EQ(feed.status, 200);
  EXPECT_TRUE(Contains(feed.body, "<rss version=\"2.0\">"));
  static const std::regex kPubDate(R"re(<pubDate>\w{3}, (\d{2}) (\w{3}) (\d{4}) \d{2}:\d{2}:\d{2} \+0800</pubDate>)re");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(feed.body, m, kPubDate));
  static const std::vector<std::string> kMonths = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const int month = static_cast<int>(std::find(kMonths.begin(), kMonths.end(), m[2].str()) - kMonths.begin()) + 1;
  EXPECT_EQ((Date{std::stoi(m[3].str()), month, std::stoi(m[1].str())}), AddDays(kAnchor, -21));
  // A running account on the same portal posted within the last three days.
  const fs::path dir = TempDir("accounts");
  ASSERT_TRUE(f.farm.WriteRegistry(dir).has_value());
  const auto accounts = CsvRows(dir / "accounts.csv");
  int fresh = 0;
  int closed = 0;
  for (std::size_t i = 1; i < accounts.size(); ++i) {
    if (accounts[i][5] == "关停") {
      ++closed;
      EXPECT_EQ(accounts[i][7], FormatDate(AddDays(kAnchor, -50)));
      continue;
    }
    const auto other = FetchUrl(accounts[i][4]);
    ASSERT_TRUE(std::regex_search(other.body, m, kPubDate)) << accounts[i][4];
    fresh += std::stoi(m[1].str()) >= 28 && m[2].str() == "Mar" ? 1 : 0;
  }
  EXPECT_EQ(closed, 1);
  EXPECT_EQ(fresh, static_cast<int>(accounts.size()) - 1 - 2);  // all but the closed and the stale one
  fs::remove_all(dir);
}

TEST(FarmTest, ContentDatedAfterTheClockIsHidden) {
  RunningFarm f(Options(19));
  const int port = f.farm.Sites()[0].port;
  const std::string list = Fetch(port, "/gzdt/").body;
  static const std::regex kHref(R"re(href="(/gzdt/\d{6}/t\d{8}_\d+\.html)")re");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(list, m, kHref));
  const std::string newest = m[1].str();
  ASSERT_EQ(Fetch(port, newest).status, 200);

  f.clock.Set(StartOfDay(AddDays(kAnchor, -10)) + 12 * 3600);

  EXPECT_EQ(Fetch(port, newest).status, 404);
  const std::string past = Fetch(port, "/gzdt/").body;
  EXPECT_FALSE(Contains(past, newest));
  for (const Date& d : DatesIn(past)) EXPECT_LE(d, AddDays(kAnchor, -10));
  for (const Date& d : DatesIn(Fetch(port, "/").body)) EXPECT_LE(d, AddDays(kAnchor, -10));
}

TEST(FarmTest, ColumnPlantsShowOnTheirPages) {
  RunningFarm f(Options(23));
  const nlohmann::json manifest = f.farm.Manifest();
  const fs::path dir = TempDir("columns");
  ASSERT_TRUE(f.farm.WriteRegistry(dir).has_value());
  const auto columns = CsvRows(dir / "columns.csv");
  const auto sites = CsvRows(dir / "sites.csv");
  auto site_code_of = [&](const std::string& name) {
    for (const auto& row : sites) {
      if (row[0] == name) return row[1];
    }
    return std::string();
  };

  // W-V4.3: exactly five registered columns of that site say 暂无信息.
  const nlohmann::json* empty = PlantOf(manifest, "W-V4.3");
  ASSERT_NE(empty, nullptr);
  int empty_columns = 0;
  for (const auto& row : columns) {
    if (row[1] != site_code_of((*empty)["object"])) continue;
    empty_columns += Contains(FetchUrl(row[3]).body, "暂无信息") ? 1 : 0;
  }
  EXPECT_EQ(empty_columns, 5);

  // W-V4.1: exactly five 动态要闻 columns whose newest item is 30 days old; the homepage is fresh.
  const nlohmann::json* stale = PlantOf(manifest, "W-V4.1");
  ASSERT_NE(stale, nullptr);
  int stale_columns = 0;
  for (const auto& row : columns) {
    if (row[1] != site_code_of((*stale)["object"]) || row[4] != "动态要闻") continue;
    const std::vector<Date> dates = DatesIn(FetchUrl(row[3]).body);
    ASSERT_FALSE(dates.empty()) << row[3];
    stale_columns += dates.front() == AddDays(kAnchor, -30) ? 1 : 0;
  }
  EXPECT_EQ(stale_columns, 5);
  const std::vector<Date> home = DatesIn(FetchUrl((*stale)["url"]).body);
  ASSERT_FALSE(home.empty());
  EXPECT_GE(*std::max_element(home.begin(), home.end()), AddDays(kAnchor, -1));

  // W-V3: nothing on the site is newer than 20 days, and it has at most 4 columns.
  const nlohmann::json* stale_home = PlantOf(manifest, "W-V3");
  ASSERT_NE(stale_home, nullptr);
  const std::vector<Date> stale_dates = DatesIn(FetchUrl((*stale_home)["url"]).body);
  ASSERT_FALSE(stale_dates.empty());
  EXPECT_EQ(*std::max_element(stale_dates.begin(), stale_dates.end()), AddDays(kAnchor, -20));
  int own_columns = 0;
  for (const auto& row : columns) own_columns += row[1] == site_code_of((*stale_home)["object"]) ? 1 : 0;
  EXPECT_LE(own_columns, 4);

  // C-V2 / C-V3: a 40-day-old and an empty 信息公开专栏.
  const auto c_v2 = FetchUrl((*PlantOf(manifest, "C-V2"))["url"]);
  ASSERT_EQ(c_v2.status, 200);
  EXPECT_EQ(DatesIn(c_v2.body).front(), AddDays(kAnchor, -40));
  EXPECT_TRUE(Contains(FetchUrl((*PlantOf(manifest, "C-V3"))["url"]).body, "暂无信息"));
  EXPECT_TRUE(Contains(FetchUrl((*PlantOf(manifest, "C-V1"))["url"]).body, "《中华人民共合国政府信息公开条例》"));
  fs::remove_all(dir);
}

TEST(FarmTest, DeadLinksAnswer404) {
  RunningFarm f(Options(29));
  const nlohmann::json manifest = f.farm.Manifest();
  const nlohmann::json* plant = PlantOf(manifest, "W-D4.2");
  ASSERT_NE(plant, nullptr);
  const auto [port, path] = PortAndPath((*plant)["url"]);

  const std::string home = ToUtf8(Fetch(port, "/").body, "").text;

  static const std::regex kHref(R"re(href="(/[^"]*)")re");
  int dead = 0;
  int alive = 0;
  for (auto it = std::sregex_iterator(home.begin(), home.end(), kHref); it != std::sregex_iterator(); ++it) {
    (Fetch(port, (*it)[1].str()).status == 404 ? dead : alive) += 1;
  }
  EXPECT_EQ(dead, 2);
  EXPECT_GT(alive, 10);
}

// W-V5.1: every site links its 领导信箱 (市长信箱 on the portal), a page with a message form,
// except the planted site, which links only 网上信访 and 纪检举报 pages and has no mailbox.
TEST(FarmTest, EverySiteButThePlantOffersAMailboxWithAForm) {
  RunningFarm f(Options(31));
  const nlohmann::json manifest = f.farm.Manifest();
  const nlohmann::json* plant = PlantOf(manifest, "W-V5.1");
  ASSERT_NE(plant, nullptr);
  const int plant_port = SitePort(f.farm, (*plant)["object"]);
  ASSERT_NE(plant_port, 0);
  int mailboxes = 0;
  for (const FarmSite& s : f.farm.Sites()) {
    const std::string home = ToUtf8(Fetch(s.port, "/").body, "").text;
    const auto mailbox = Fetch(s.port, FarmPlan::kMailboxPath);
    if (s.port == plant_port) {
      EXPECT_FALSE(Contains(home, FarmPlan::kMailboxPath)) << s.name;
      EXPECT_FALSE(Contains(home, "信箱")) << s.name;
      EXPECT_EQ(mailbox.status, 404);
      for (const char* path : {FarmPlan::kPetitionPath, FarmPlan::kDisciplinePath}) {
        EXPECT_TRUE(Contains(home, std::string("href=\"") + path + "\"")) << path;
        const auto page = Fetch(s.port, path);
        EXPECT_EQ(page.status, 200) << path;
        EXPECT_TRUE(Contains(page.body, "<textarea")) << path;
      }
      continue;
    }
    EXPECT_TRUE(Contains(home, std::string("href=\"") + FarmPlan::kMailboxPath + "\"")) << s.name;
    EXPECT_TRUE(Contains(home, s.url == f.farm.Sites().front().url ? "市长信箱" : "领导信箱")) << s.name;
    ASSERT_EQ(mailbox.status, 200) << s.name;
    EXPECT_TRUE(Contains(mailbox.body, "<textarea")) << s.name;
    EXPECT_EQ(Fetch(s.port, FarmPlan::kPetitionPath).status, 404) << s.name;
    ++mailboxes;
  }
  EXPECT_EQ(mailboxes, static_cast<int>(f.farm.Sites().size()) - 1);
}

// W-V1.3: the injected block is hidden only by a rule of the linked style sheet, which every
// page links and which answers on every site.
TEST(FarmTest, HiddenLinkBlockIsHiddenByTheLinkedStyleSheetOnly) {
  RunningFarm f(Options(37));
  const nlohmann::json manifest = f.farm.Manifest();
  const nlohmann::json* plant = PlantOf(manifest, "W-V1.3");
  ASSERT_NE(plant, nullptr);
  const int plant_port = SitePort(f.farm, (*plant)["object"]);
  for (const FarmSite& s : f.farm.Sites()) {
    const std::string home = ToUtf8(Fetch(s.port, "/").body, "").text;
    EXPECT_TRUE(Contains(home, std::string("<link rel=\"stylesheet\" type=\"text/css\" href=\"") +
                                   FarmPlan::kStylesheetPath + "\">"))
        << s.name;
    const auto css = Fetch(s.port, FarmPlan::kStylesheetPath);
    ASSERT_EQ(css.status, 200) << s.name;
    EXPECT_TRUE(StartsWith(css.content_type, "text/css")) << css.content_type;
    EXPECT_EQ(Contains(css.body, ".gg-x{position:absolute;left:-9999px"), s.port == plant_port) << s.name;
    EXPECT_EQ(Contains(home, "<div class=\"gg-x\">"), s.port == plant_port) << s.name;
    EXPECT_FALSE(Contains(home, "-9999px")) << s.name;
  }
}

// W-V1.4: the tampered homepage carries the injected script from noon of the anchor day on only.
TEST(FarmTest, TamperedHomepageGetsItsScriptAtTheTamperInstant) {
  RunningFarm f(Options(41), StartOfDay(kAnchor) + 12 * 3600 - 1);
  const nlohmann::json manifest = f.farm.Manifest();
  const nlohmann::json* plant = PlantOf(manifest, "W-V1.4");
  ASSERT_NE(plant, nullptr);
  const int port = SitePort(f.farm, (*plant)["object"]);
  const std::string tag = std::string("<script type=\"text/javascript\" src=\"") + FarmPlan::kInjectedScript + "\">";
  EXPECT_FALSE(Contains(Fetch(port, "/").body, tag));
  f.clock.Set(StartOfDay(kAnchor) + 12 * 3600);
  EXPECT_TRUE(Contains(Fetch(port, "/").body, tag));
  for (const FarmSite& s : f.farm.Sites()) {
    if (s.port == port) continue;
    EXPECT_FALSE(Contains(Fetch(s.port, "/").body, FarmPlan::kInjectedScript)) << s.name;
  }
  EXPECT_TRUE(Contains((*plant)["note"].get<std::string>(), "2022-03-31 12:00"));
}

TEST(FarmTest, PolicyAndInterpretationLinkBothWays) {
  RunningFarm f(Options(31));
  const int port = f.farm.Sites()[0].port;
  const std::string list = Fetch(port, "/zcjd/").body;
  static const std::regex kHref(R"re(href="(/zcjd/\d{6}/t\d{8}_\d+\.html)")re");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(list, m, kHref));

  const std::string interpretation = Fetch(port, m[1].str()).body;
  static const std::regex kRelation(R"re(相关文件：<a href="([^"]+)">)re");
  std::smatch r;
  ASSERT_TRUE(std::regex_search(interpretation, r, kRelation));
  const std::string policy = Fetch(port, r[1].str()).body;

  EXPECT_TRUE(StartsWith(r[1].str(), "/zcwj/"));
  EXPECT_TRUE(Contains(policy, "相关解读：<a href=\"" + m[1].str() + "\">"));
  EXPECT_TRUE(Contains(interpretation, "<meta name=\"PubDate\" content=\""));
  EXPECT_TRUE(Contains(interpretation, "发布时间："));
  EXPECT_TRUE(Contains(interpretation, "相关文章"));
}

TEST(FarmTest, MessagesHoldTheUnansweredPlants) {
  RunningFarm f(Options(37));
  const fs::path dir = TempDir("messages");
  ASSERT_TRUE(f.farm.WriteRegistry(dir).has_value());

  const auto rows = CsvRows(dir / "messages.csv");

  // The W-V5.2 site's messages are on its HTML board, not in the file.
  ASSERT_GE(rows.size(), 20u);
  int unanswered = 0;
  std::set<std::string> sites;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    sites.insert(rows[i][1]);
    EXPECT_FALSE(rows[i][2].empty());
    EXPECT_FALSE(rows[i][6].empty());
    if (rows[i][4].empty()) {
      ++unanswered;
      continue;
    }
    EXPECT_LT(ParseTime(rows[i][3]).value(), ParseTime(rows[i][4]).value());
    EXPECT_LE(ParseTime(rows[i][4]).value(), EndOfDay(kAnchor));
  }
  EXPECT_EQ(unanswered, 2);
  EXPECT_EQ(sites.size(), 2u);
  const nlohmann::json manifest = f.farm.Manifest();
  const std::string note = (*PlantOf(manifest, "W-V5.2"))["note"];
  EXPECT_TRUE(Contains(note, FormatDate(AddMonths(kAnchor, -4))));
  fs::remove_all(dir);
}

// The W-V5.2 site's 网民留言 board: list pages newest first with pagination, detail pages with
// 留言时间, 答复时间 in the board's Chinese form or 办理中, and the settings that read them.
TEST(FarmTest, HtmlMessageBoardServesListAndDetailPages) {
  RunningFarm f(Options(47));
  const nlohmann::json manifest = f.farm.Manifest();
  const nlohmann::json* plant = PlantOf(manifest, "W-V5.2");
  ASSERT_NE(plant, nullptr);
  const int port = SitePort(f.farm, (*plant)["object"]);
  ASSERT_NE(port, 0);
  EXPECT_TRUE(EndsWith((*plant)["url"].get<std::string>(), "/hdjl/wsly/index.html"));

  const auto first = Fetch(port, "/hdjl/wsly/index.html");
  ASSERT_EQ(first.status, 200);
  EXPECT_TRUE(Contains(first.body, "<table class=\"ly_list\">"));
  ASSERT_TRUE(Contains(first.body, "下一页"));
  std::vector<std::string> pages = {first.body};
  for (int n = 1; n < 10; ++n) {
    const auto page = Fetch(port, fmt::format("/hdjl/wsly/index_{}.html", n));
    if (page.status == 404) break;
    EXPECT_EQ(page.status, 200);
    pages.push_back(page.body);
  }
  EXPECT_GE(pages.size(), 2u);
  EXPECT_FALSE(Contains(pages.back(), "下一页"));

  static const std::regex kRow(R"re(<td>(YL\d+)</td><td><a href="(YL\d+\.html)"[^>]*>[^<]+</a></td><td>(\d{4}年\d{2}月\d{2}日)</td><td>(已办结|办理中)</td>)re");
  int rows = 0, unanswered = 0;
  for (const std::string& body : pages) {
    for (auto it = std::sregex_iterator(body.begin(), body.end(), kRow); it != std::sregex_iterator(); ++it) {
      ++rows;
      const auto detail = Fetch(port, "/hdjl/wsly/" + (*it)[2].str());
      ASSERT_EQ(detail.status, 200) << (*it)[2];
      EXPECT_TRUE(Contains(detail.body, "留言时间：")) << (*it)[2];
      if ((*it)[4] == "办理中") {
        ++unanswered;
        EXPECT_TRUE(Contains(detail.body, "正在办理中"));
        EXPECT_FALSE(Contains(detail.body, "答复时间："));
      } else {
        EXPECT_TRUE(std::regex_search(detail.body, std::regex("答复时间：\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{1,2}时\\d{2}分")));
      }
    }
  }
  EXPECT_GE(rows, 6);
  EXPECT_EQ(unanswered, 1);
  EXPECT_EQ(Fetch(port, "/hdjl/wsly/YL0000.html").status, 404);

  const fs::path dir = TempDir("board");
  ASSERT_TRUE(f.farm.WriteRegistry(dir).has_value());
  const std::string toml = ReadFile(dir / "connectors.toml").value();
  EXPECT_TRUE(Contains(toml, "[[board]]"));
  EXPECT_TRUE(Contains(toml, fmt::format("list_url = \"http://127.0.0.1:{}/hdjl/wsly/index.html\"", port)));
  fs::remove_all(dir);
}

TEST(FarmTest, HeadSearchAndPostPagesAnswer) {
  RunningFarm f(Options(41));
  const int port = f.farm.Sites()[0].port;
  httplib::Client client("127.0.0.1", port);

  const auto head = client.Head("/");
  const auto search = Fetch(port, "/search?q=%E9%80%9A%E7%9F%A5");  // 通知
  const auto feed = Fetch(port, "/feeds/ylfb_wx.xml");
  static const std::regex kLink(R"re(<link>http://127\.0\.0\.1:\d+(/feeds/ylfb_wx/\d+\.html)</link>)re");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(feed.body, m, kLink));
  const auto post = Fetch(port, m[1].str());

  ASSERT_TRUE(head);
  EXPECT_EQ(head->status, 200);
  EXPECT_TRUE(head->body.empty());
  EXPECT_EQ(search.status, 200);
  EXPECT_TRUE(std::regex_search(search.body, std::regex("共找到[1-9]\\d*条结果")));
  EXPECT_EQ(post.status, 200);
  EXPECT_TRUE(Contains(post.body, "发布时间："));
  EXPECT_EQ(Fetch(port, "/feeds/nobody.xml").status, 404);
}

TEST(FarmTest, PortalHostsTheDisclosureColumns) {
  RunningFarm f(Options(43));
  const int port = f.farm.Sites()[0].port;

  const std::string home = Fetch(port, "/").body;

  static const std::regex kColumn(R"re(<li><a href="(/zfxxgk/[a-z]+/)">([^<]+信息公开专栏)</a></li>)re");
  int columns = 0;
  int with_items = 0;
  for (auto it = std::sregex_iterator(home.begin(), home.end(), kColumn); it != std::sregex_iterator(); ++it) {
    ++columns;
    const std::string list = Fetch(port, (*it)[1].str()).body;
    EXPECT_TRUE(Contains(list, "<meta name=\"ColumnName\" content=\"" + (*it)[2].str() + "\">"));
    with_items += std::regex_search(list, std::regex("href=\"" + (*it)[1].str() + "\\d{6}/t\\d{8}_\\d+\\.html\"")) ? 1 : 0;
  }
  EXPECT_GE(columns, 8);
  EXPECT_EQ(with_items, columns - 1);  // the empty one is the C-V3 plant
}

TEST(FarmTest, LargeFarmStartsQuicklyAndServes) {
  RunningFarm f(Options(1, 20, 20000));

  ASSERT_EQ(f.farm.Sites().size(), 20u);
  const auto page = Fetch(f.farm.Sites()[19].port, "/gzdt/index_3.html");

  EXPECT_EQ(page.status, 200);
  EXPECT_GT(f.farm.RequestCount(), 0u);
}

TEST(FarmTest, StartRejectsSiteCountsOutOfRange) {
  ManualClock clock(EndOfDay(kAnchor));
  Farm farm(Options(1, 7), clock);

  auto r = farm.Start();

  ASSERT_FALSE(r.has_value());
  EXPECT_TRUE(Contains(r.error().message, "--sites"));
}

}  // namespace
}  // namespace govwatch::farm
