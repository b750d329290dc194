// Plain data structs shared by every module: the registry objects (units, sites, columns,
// accounts), the observations govwatch makes of them, and the findings and verdicts it derives.
// No behaviour beyond conversions between enums and their Chinese and English names.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/clock.hpp"

namespace govwatch::model {

enum class UnitKind { kCounty, kDepartment, kTownship, kOther };
enum class ObjectStatus { kRunning, kShutdown };
enum class SiteKind { kPortal, kDepartment };
enum class ColumnType {
  kNews,            // 动态要闻
  kNotice,          // 通知公告
  kPolicy,          // 政策文件
  kInterpretation,  // 政策解读
  kPersonnel,       // 人事
  kPlanning,        // 规划计划
  kInteraction,     // 互动
  kService,         // 服务
  kOther,           // 其他
};
enum class Platform { kWeChat, kDouyin, kWeibo, kToutiao, kKuaishou, kChannels, kApp, kOther };
enum class MessageKind { kSimpleConsultation, kConsultation, kSuggestion, kComplaint, kOther };
enum class ObjectKind { kSite, kColumn, kAccount, kMessageBoard };
enum class Severity { kVeto, kDeduction, kInfo };

// 单位.
struct Unit {
  std::int64_t id = 0;
  std::string name;  // key
  UnitKind kind = UnitKind::kOther;
  std::string parent;  // parent unit name, may be empty
};

// 政府网站.
struct Site {
  std::int64_t id = 0;
  std::string name;
  std::string site_code;  // 网站标识码, may be empty
  std::string url;        // homepage
  std::string unit;       // 主办单位 name
  SiteKind kind = SiteKind::kPortal;
  ObjectStatus status = ObjectStatus::kRunning;
  bool has_services = true;
  bool has_message_board = false;
};

// 栏目; a 信息公开专栏 when `disclosure` is set.
struct Column {
  std::int64_t id = 0;
  std::string name;
  std::int64_t site_id = 0;
  std::string unit;  // 主办单位 name, may be empty (the site's)
  std::string url;   // key
  std::optional<ColumnType> type;  // unset: classify from name and page
  std::string parent;              // parent column URL or name
  bool disclosure = false;
};

// 政务新媒体账号.
struct MediaAccount {
  std::int64_t id = 0;
  std::string name;
  Platform platform = Platform::kOther;
  std::string unit;
  std::string account_id;
  std::string source;  // feed URL or export path
  ObjectStatus status = ObjectStatus::kRunning;
  std::optional<Timestamp> opened_at;
  std::optional<Timestamp> closed_at;
  std::optional<bool> interaction;  // 互动功能 as registered (comments, messages, replies); unknown when absent
};

// 网民留言.
struct CitizenMessage {
  std::int64_t id = 0;
  std::string message_id;  // 留言编号
  std::int64_t site_id = 0;
  std::string unit;  // 受理单位, may be empty
  Timestamp received_at = 0;
  std::optional<Timestamp> replied_at;
  MessageKind kind = MessageKind::kOther;
  std::string title;
  Timestamp seen_at = 0;  // when govwatch observed (imported or crawled) this record
};

// One availability probe of a site's homepage.
struct Probe {
  std::int64_t site_id = 0;
  Timestamp at = 0;
  int http_status = 0;  // 0 = no response
  std::int64_t elapsed_ms = 0;
  bool ok = false;      // 200/3xx within the timeout
  std::string error;    // "timeout", "connect", … when not ok
};

// One stored fetch of a page (a snapshot).
struct Page {
  std::int64_t id = 0;  // snapshot id
  std::int64_t site_id = 0;
  std::string url;
  Timestamp fetched_at = 0;
  int http_status = 0;
  std::string error;         // fetch error kind when http_status == 0
  std::string content_hash;  // of the UTF-8 body
  std::string charset;
  std::string title;
  std::optional<std::string> publish_date;  // YYYY-MM-DD of the page's own content
  bool is_list = false;     // recognised as a column list page
  bool empty_list = false;  // a list page with no items ("暂无信息")
  std::string text;         // extracted main text (UTF-8)
  std::string body;         // UTF-8 HTML (stored compressed)
  std::map<std::string, std::string> meta;  // <meta name=… content=…>
  std::string site_code;    // 网站标识码 in the footer
  std::string icp;          // ICP备案号
  std::string psb;          // 公安机关备案号
  bool party_badge = false;  // 党政机关网站标识
  bool error_entry = false;  // 我为政府网站找错 entry
};

// A list entry seen on a page (homepage or column list page).
struct Item {
  std::int64_t page_id = 0;
  std::string title;
  std::string url;
  std::optional<std::string> date;  // YYYY-MM-DD
};

// A link seen on a page and what became of it.
struct Link {
  std::int64_t page_id = 0;
  std::string from_url;
  std::string to_url;
  std::string text;
  int http_status = 0;  // 0 = not checked or no response
  std::string error;    // "404", "dns", "connect", "timeout", …
  bool broken = false;
};

// 新媒体发文.
struct Post {
  std::int64_t account_id = 0;
  Timestamp published_at = 0;
  std::string title;
  std::string url;
  std::string text;
  Timestamp seen_at = 0;
};

// 问题 with its 证据.
struct Finding {
  std::string indicator;    // most specific id of spec/indicators.md, e.g. "W-V3", "N-V2", "PI-2"
  std::string problem;      // the notice label, e.g. 首页不更新
  ObjectKind object_kind = ObjectKind::kSite;
  std::string object;       // object name
  std::string unit;
  Severity severity = Severity::kVeto;
  std::string url;
  std::string excerpt;      // offending text in context
  std::string detail;       // what was measured, in Chinese
  std::string suggestion;   // correction or masked replacement, may be empty
  double points = 0;        // points a deduction takes off the object's score (0 for vetoes and info)
  std::int64_t snapshot_id = 0;  // page snapshot, 0 when none
  Timestamp seen_at = 0;    // first seen
  Timestamp last_seen_at = 0;
  Timestamp instant = 0;    // the check instant T at which it held
  std::string source = "市";  // checker: 市 (govwatch) or 省 … for external findings
};

// Pass/fail of one object over a period.
struct Verdict {
  ObjectKind object_kind = ObjectKind::kSite;
  std::string object;
  std::string unit;
  std::string group;  // the annex heading: the 县（区） or 市直部门
  std::string category;  // accounts: the platform (微信公众号, 抖音, …); empty otherwise
  bool passed = true;
  double score = 100;
  std::vector<std::string> problems;  // distinct labels, in the order first found
};

// Chinese names used in import tables and reports.
std::string_view ToChinese(UnitKind v);
std::string_view ToChinese(ColumnType v);
std::string_view ToChinese(Platform v);
std::string_view ToChinese(MessageKind v);
std::string_view ToChinese(ObjectKind v);
// English identifiers used in JSON ("site", "column", "account", …).
std::string_view ToEnglish(ObjectKind v);
std::string_view ToEnglish(ColumnType v);
std::string_view ToEnglish(Platform v);

// Parsers accept the Chinese label or the English identifier; nullopt when neither matches.
std::optional<UnitKind> ParseUnitKind(std::string_view s);
std::optional<ColumnType> ParseColumnType(std::string_view s);
std::optional<Platform> ParsePlatform(std::string_view s);
std::optional<MessageKind> ParseMessageKind(std::string_view s);

// 办理状态 as message boards and their exports write it.
enum class MessageStatus { kUnknown, kFinished, kInProgress };
// 已办结 / 已答复 / 已回复 / 已办理 … → finished; 办理中 / 未答复 / 待回复 / 正在办理 / 已受理 / 已转办 … → in
// progress; looked for inside the text (办理状态：已办结). The words of progress are tried first.
MessageStatus ParseMessageStatus(std::string_view text);
std::optional<ObjectStatus> ParseObjectStatus(std::string_view s);
std::optional<SiteKind> ParseSiteKind(std::string_view s);
std::optional<bool> ParseYesNo(std::string_view s);

}  // namespace govwatch::model
