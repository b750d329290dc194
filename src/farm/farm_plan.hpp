// FarmPlan: the whole synthetic farm as data — sites, columns, dated items, accounts and their
// posts, citizen messages and the planted problems — computed once from (seed, options, anchor).
// The renderers and the registry writer only read it. Immutable after BuildPlan() except for
// the ports, which Farm::Start() fills in before serving.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/time.hpp"
#include "farm/farm.hpp"

namespace govwatch::farm {

// What a column publishes; decides its registry type, its titles and its update rhythm.
enum class ColumnRole { kNews, kNotice, kPolicy, kInterpretation, kPersonnel, kPlan };

// Content planted inside one article.
// kCorpusTypo: a rare misspelling (进一布) of a phrase frequent over the farm (进一步), which only
// the site-corpus contrast finds. kModelTypo: a misspelling (营业执造) of a word the farm never
// writes correctly, which only the statistical tier's language model finds.
enum class ItemSpecial { kNone, kLeaderNameTypo, kCountryNameTypo, kIdNumberTable, kDeadLink, kCorpusTypo, kModelTypo };

// One article.
struct PlanItem {
  std::string title;
  Date date;
  int minute_of_day = 600;  // publication time, minutes after midnight (CST)
  int id = 0;               // unique in the farm
  int topic = 0;            // index into Topics()
  std::string path;         // "/gzdt/202203/t20220301_1234.html"
  int column = 0;           // index into PlanSite::columns
  int linked_item = -1;     // policy <-> interpretation partner (index into PlanSite::items)
  ItemSpecial special = ItemSpecial::kNone;
  std::uint64_t hash = 0;   // picks the body sentences
};

// One column (ordinary column or 信息公开专栏).
struct PlanColumn {
  std::string name;        // "工作动态", or "云岭市民政局信息公开专栏"
  std::string path;        // "/gzdt/" or "/zfxxgk/mzj/"
  std::string type_label;  // registry 栏目类型: 动态要闻/通知公告/政策文件/政策解读/人事/规划计划
  ColumnRole role = ColumnRole::kNews;
  bool disclosure = false;  // a 信息公开专栏 hosted on the portal
  std::string unit;         // 主办单位
  std::vector<int> items;   // newest first, indices into PlanSite::items
};

// The kind of a site's owner.
enum class SiteKind { kPortal, kCounty, kDepartment };

// One site.
struct PlanSite {
  std::string name;        // "青岚县人民政府门户网站"
  std::string unit;        // "青岚县人民政府"
  std::string site_code;   // "5399210001"
  std::string domain;      // fictional host name shown in <meta name="SiteDomain">
  std::string phone;       // office landline
  std::string icp;         // "滇ICP备05001234号-1"
  std::string psb;         // "滇公网安备 53990202000012号"
  std::string psb_digits;  // "53990202000012"
  SiteKind kind = SiteKind::kDepartment;
  bool gbk = false;             // served in GBK
  bool has_board = false;       // 留言平台
  bool has_services = false;    // 对外服务职能
  bool unreachable = false;     // answers 503 in some 15-minute slots (W-V2 plant)
  int markup = 0;               // list markup variant 0..2
  int date_style = 0;           // list date style 0..2
  std::vector<PlanColumn> columns;  // ordinary columns first, then 专栏 (portal only)
  std::vector<PlanItem> items;
  std::vector<std::string> dead_links;  // homepage links that answer 404 (W-D4.2 plant)
  bool hidden_links = false;    // homepage carries an injected off-screen gambling link block (W-V1.3 plant)
  bool broken_search = false;   // site search answers but finds nothing (W-D4.1 plant)
  bool no_channel = false;      // offers only 网上信访 and 纪检举报, no 领导信箱 (W-V5.1 plant)
  Timestamp tamper_from = 0;    // from this instant the homepage carries an injected external
                                // script (W-V1.4 plant); 0: never
  int mismatched_item = -1;     // item whose list links show another title (文不对题, W-D4.2 plant)
  std::unordered_map<std::string, int> item_by_path;
  std::unordered_map<std::string, int> column_by_path;
  int port = 0;  // set when known
};

// One unit of units.csv.
struct PlanUnit {
  std::string name;
  std::string kind;    // 县区政府 / 市直部门 / 其他
  std::string parent;  // empty for the city government
};

// One new-media post.
struct PlanPost {
  Timestamp published = 0;  // shown from this instant on
  std::string title;
  std::string text;
};

// One new-media account and its posts.
struct PlanAccount {
  std::string name;        // unique in the farm
  std::string platform;    // 微信公众号 / 抖音 / 微博 / 今日头条
  std::string unit;        // 主办单位
  std::string account_id;  // also names its feed: /feeds/<account_id>.xml on the portal
  bool closed = false;     // registered 关停
  Date opened;             // 开通日期
  std::optional<Date> closed_on;  // 关停日期
  bool interaction = true;        // 互动功能 as registered (the N-V3 plant says 否)
  std::string feed_title;         // the name its feed shows, "" = its registered name (N-M8 plant: renamed)
  std::vector<PlanPost> posts;  // newest first
};

// One citizen message of messages.csv.
struct PlanMessage {
  std::string id;    // 留言编号
  int site = 0;      // index into FarmPlan::sites
  std::string unit;  // 受理单位
  Timestamp received = 0;
  std::optional<Timestamp> replied;  // unset: never answered
  std::string kind;  // 简单咨询 / 咨询 / 建议 / 投诉
  std::string title;
  bool on_board = false;  // published on the site's HTML board (FarmPlan::kBoardPath), not in messages.csv
};

// One planted problem. `site` and `path` give its URL once the ports are known; `note` may hold
// "{base}" for the site's URL without the trailing slash.
struct PlanPlant {
  std::string indicator;
  std::string problem;
  std::string object_kind;  // site | column | account
  std::string object;
  std::string unit;
  int site = 0;
  std::string path;       // "/" for a site, the column or article path, or the feed path
  std::string note;
};

// The farm.
struct FarmPlan {
  FarmOptions options;
  std::vector<PlanSite> sites;
  std::vector<PlanUnit> units;
  std::vector<PlanAccount> accounts;
  std::vector<PlanMessage> messages;
  std::vector<PlanPlant> plants;
  std::string id_number;  // the unmasked ID number of the PII plant

  // "http://127.0.0.1:PORT" of site `i` (no trailing slash).
  std::string BaseUrl(int i) const;
  // The 网民留言 board of a site whose messages are on_board: list pages index.html, index_1.html …
  // and one detail page per message, <id>.html.
  static constexpr const char* kBoardPath = "/hdjl/wsly/";
  // The 领导信箱 of every site (a message form), and the 网上信访 / 纪检举报 pages of the site
  // that has no consultation channel (PlanSite::no_channel).
  static constexpr const char* kMailboxPath = "/hdjl/mailbox/";
  static constexpr const char* kPetitionPath = "/hdjl/wsxf/";
  static constexpr const char* kDisciplinePath = "/hdjl/jjjb/";
  // The style sheet every page links; on the W-V1.3 site it holds the rule that hides the block.
  static constexpr const char* kStylesheetPath = "/css/site.css";
  // The script injected into the W-V1.4 site's homepage (a reserved .example name, never fetched).
  static constexpr const char* kInjectedScript = "http://tj.cnzz-stat.example/c.js?id=1278";
  // The feed path of an account on site 0: "/feeds/<account_id>.xml".
  static std::string FeedPath(const PlanAccount& account);
};

// Builds the farm. `options.sites` must be in [8, 50] (the caller validates).
FarmPlan BuildPlan(const FarmOptions& options);

// When content dated `d` becomes visible: 08:00 CST on that day.
Timestamp VisibleFrom(const Date& d);

// True when the W-V2 site answers 503 at `now_millis` (the slot rule of the farm).
bool IsDownSlot(const FarmPlan& plan, std::int64_t now_millis);

// The ISO 7064 MOD 11-2 check character of the first 17 digits of an ID number.
char IdCheckCharacter(std::string_view first17);

}  // namespace govwatch::farm
