#include "registry/importer.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/files.hpp"
#include "common/strings.hpp"
#include "common/time.hpp"
#include "registry/csv_reader.hpp"
#include "registry/xlsx_reader.hpp"

namespace govwatch::registry {

namespace {

struct FieldSpec {
  const char* key;
  const char* chinese;
  const char* english;
  bool required;
  // Other headers real exports give the column ('|'-separated), taken when no column has the
  // field's own name: message-board systems write 来信时间 or 提交时间 for 留言时间.
  const char* aliases = "";
};

struct TableSpec {
  TableKind kind;
  std::vector<FieldSpec> fields;
};

const std::vector<TableSpec>& Specs() {
  static const std::vector<TableSpec> kSpecs = {
      {TableKind::kUnits,
       {{"name", "单位名称", "name", true, "机构名称"},
        {"kind", "单位类型", "kind", false, "机构类型|单位级别"},
        {"parent", "上级单位", "parent", false, "上级机构|主管单位"}}},
      {TableKind::kSites,
       {{"name", "网站名称", "name", true},
        {"site_code", "网站标识码", "site_code", false},
        {"url", "首页网址", "url", true, "网站地址|网站网址|首页地址|首页URL|网址|域名"},
        {"unit", "主办单位", "unit", true, "开办单位|开办主体|主办主体"},
        {"kind", "网站类型", "kind", false, "网站分类|网站类别"},
        {"status", "运行状态", "status", false, "网站状态|状态"},
        {"has_services", "对外服务职能", "has_services", false},
        {"has_message_board", "留言平台", "has_message_board", false, "互动交流平台|网民留言平台"}}},
      {TableKind::kColumns,
       {{"name", "栏目名称", "name", true},
        {"site", "所属网站", "site", true},
        {"unit", "主办单位", "unit", false},
        {"url", "栏目网址", "url", true, "栏目地址|栏目链接|栏目URL|链接地址|网址"},
        {"type", "栏目类型", "type", false, "栏目分类|栏目类别"},
        {"parent", "上级栏目", "parent", false},
        {"disclosure", "信息公开专栏", "disclosure", false}}},
      {TableKind::kAccounts,
       {{"name", "账号名称", "name", true, "政务新媒体名称|新媒体名称|账号昵称"},
        {"platform", "平台", "platform", true, "平台类型|所属平台|平台名称|新媒体类型"},
        {"unit", "主办单位", "unit", true, "开办主体|开办单位|主办主体|运营主体"},
        {"account_id", "账号ID", "account_id", false, "账号|原始ID|微信号|账号标识"},
        {"source", "数据源", "source", false},
        {"status", "运行状态", "status", false, "账号状态|状态"},
        {"opened_at", "开通日期", "opened_at", false, "开通时间|注册时间|注册日期"},
        {"closed_at", "关停日期", "closed_at", false, "关停时间|注销时间|注销日期"},
        {"interaction", "互动功能", "interaction", false}}},
      {TableKind::kMessages,
       {{"id", "留言编号", "id", true, "信件编号|留言ID|信件ID|编号|受理编号|留言序号|信件序号"},
        {"site", "所属网站", "site", true, "网站名称|网站|网站标识码|来源网站|留言网站"},
        {"unit", "受理单位", "unit", false, "办理单位|答复单位|回复单位|承办单位|处理单位|交办单位"},
        {"received_at", "留言时间", "received_at", true, "来信时间|写信时间|提交时间|留言日期|来信日期|提问时间|咨询时间|创建时间"},
        {"replied_at", "答复时间", "replied_at", false, "回复时间|办结时间|答复日期|回复日期|办结日期|处理时间"},
        {"kind", "留言类型", "kind", false, "信件类型|留言分类|信件分类|类型|类别|诉求类型"},
        {"title", "标题", "title", false, "留言标题|信件标题|主题|留言主题|信件主题"},
        // Read only to warn when it contradicts the reply time, which decides.
        {"status", "办理状态", "status", false, "处理状态|答复状态|回复状态|状态"}}},
      {TableKind::kPosts,
       {{"account_id", "账号ID", "account_id", true},
        {"platform", "平台", "platform", true},
        {"published_at", "发布时间", "published_at", true},
        {"title", "标题", "title", false},
        {"url", "链接", "url", false},
        {"text", "正文", "text", false}}},
      {TableKind::kExternalFindings,
       {{"object", "对象名称", "object", true},
        {"object_kind", "对象类型", "object_kind", true},
        {"problem", "问题", "problem", true},
        {"checker", "检查单位", "checker", true},
        {"checked_at", "检查日期", "checked_at", true},
        {"evidence", "证据", "evidence", false}}},
  };
  return kSpecs;
}

std::string NormalizeHeader(std::string_view h) {
  std::string s = ToLowerAscii(Trim(h));
  // Real exports mark required columns with * or （必填）.
  s = ReplaceAll(s, "*", "");
  s = ReplaceAll(s, "（必填）", "");
  s = ReplaceAll(s, "(必填)", "");
  s = ReplaceAll(s, " ", "");
  return s;
}

// Maps header cells to field keys of `spec`; -1 for a cell that is not a field.
std::vector<std::string> MapHeader(const TableSpec& spec, const std::vector<std::string>& header) {
  std::vector<std::string> keys;
  for (const std::string& h : header) {
    const std::string n = NormalizeHeader(h);
    std::string key;
    for (const FieldSpec& f : spec.fields) {
      if (n == NormalizeHeader(f.chinese) || n == NormalizeHeader(f.english)) key = f.key;
    }
    keys.push_back(key);
  }
  // Then the aliases, each for a field no column has yet, first matching column only.
  for (const FieldSpec& f : spec.fields) {
    if (std::find(keys.begin(), keys.end(), f.key) != keys.end()) continue;
    bool taken = false;
    for (std::string_view alias : Split(f.aliases, '|')) {
      if (alias.empty() || taken) continue;
      for (std::size_t i = 0; i < header.size() && !taken; ++i) {
        if (keys[i].empty() && NormalizeHeader(header[i]) == NormalizeHeader(alias)) {
          keys[i] = f.key;
          taken = true;
        }
      }
    }
  }
  return keys;
}

int FileOrder(TableKind k) { return static_cast<int>(k); }

bool IsValidUrl(std::string_view url) {
  static const std::regex kUrl(R"(^https?://[^\s/?#:]+(:\d{1,5})?([/?#][^\s]*)?$)", std::regex::icase);
  return std::regex_match(url.begin(), url.end(), kUrl);
}

bool IsValidSiteCode(std::string_view code) {
  static const std::regex kCode(R"(^([1-8]\d{5}\d{4}|bm\d{8})$)");
  return std::regex_match(code.begin(), code.end(), kCode);
}

// One row as key → trimmed value.
using Row = std::map<std::string, std::string>;

class RowChecker {
 public:
  RowChecker(std::string file, std::vector<std::string>* problems) : file_(std::move(file)), problems_(problems) {}
  void Problem(int line, std::string_view field, std::string_view why) {
    problems_->push_back(fmt::format("{}:{}: {}: {}", file_, line, field, why));
  }
  bool HasProblems() const { return !problems_->empty(); }

 private:
  std::string file_;
  std::vector<std::string>* problems_;
};

}  // namespace

std::string_view TableKindName(TableKind kind) {
  switch (kind) {
    case TableKind::kUnits: return "单位";
    case TableKind::kSites: return "网站";
    case TableKind::kColumns: return "栏目";
    case TableKind::kAccounts: return "政务新媒体";
    case TableKind::kMessages: return "网民留言";
    case TableKind::kPosts: return "新媒体发文";
    case TableKind::kExternalFindings: return "外部检查结果";
  }
  return "";
}

Result<TableKind> RecognizeTable(const std::vector<std::string>& header, const std::string& file) {
  std::optional<TableKind> best;
  int best_score = -1;
  for (const TableSpec& spec : Specs()) {
    const std::vector<std::string> keys = MapHeader(spec, header);
    std::set<std::string> present(keys.begin(), keys.end());
    bool all_required = true;
    for (const FieldSpec& f : spec.fields) {
      if (f.required && present.count(f.key) == 0) all_required = false;
    }
    if (!all_required) continue;
    int score = 0;
    for (const std::string& k : keys) score += k.empty() ? 0 : 1;
    if (score > best_score) {
      best_score = score;
      best = spec.kind;
    }
  }
  if (!best) {
    std::string joined;
    for (const std::string& h : header) joined += (joined.empty() ? "" : ",") + h;
    return MakeError(ErrorCode::kParseError,
                     fmt::format("{}:1: header: not a known table (units, sites, columns, accounts, messages, "
                                 "posts, external findings); header was: {}",
                                 file, joined));
  }
  return *best;
}

namespace {

Result<std::vector<Row>> RowsOf(const Table& table, TableKind kind, const std::string& file, FileReport& report) {
  const TableSpec* spec = nullptr;
  for (const TableSpec& s : Specs()) {
    if (s.kind == kind) spec = &s;
  }
  const std::vector<std::string> keys = MapHeader(*spec, table.header);
  for (std::size_t i = 0; i < keys.size(); ++i) {
    if (keys[i].empty() && !table.header[i].empty()) {
      report.warnings.push_back(fmt::format("{}:1: 忽略未知列 / ignored column '{}'", file, table.header[i]));
    }
  }
  std::vector<Row> rows;
  for (const auto& cells : table.rows) {
    Row row;
    for (std::size_t i = 0; i < keys.size() && i < cells.size(); ++i) {
      if (!keys[i].empty()) row[keys[i]] = std::string(Trim(cells[i]));
    }
    rows.push_back(std::move(row));
  }
  return rows;
}

const std::string& Field(const Row& row, const std::string& key) {
  static const std::string kEmpty;
  auto it = row.find(key);
  return it == row.end() ? kEmpty : it->second;
}

// Validates required fields of a row; returns false when one is missing.
bool CheckRequired(const Row& row, TableKind kind, int line, RowChecker& check) {
  bool ok = true;
  for (const TableSpec& spec : Specs()) {
    if (spec.kind != kind) continue;
    for (const FieldSpec& f : spec.fields) {
      if (f.required && Field(row, f.key).empty()) {
        check.Problem(line, f.chinese, "必填项为空 / required value is missing");
        ok = false;
      }
    }
  }
  return ok;
}

template <typename T>
std::optional<T> ParseEnum(const Row& row, const std::string& key, const char* label, int line, RowChecker& check,
                           std::optional<T> (*parse)(std::string_view), T fallback) {
  const std::string& v = Field(row, key);
  if (v.empty()) return fallback;
  auto parsed = parse(v);
  if (!parsed) check.Problem(line, label, fmt::format("无法识别的值 / unknown value '{}'", v));
  return parsed;
}

// What exports write in an optional date cell that has no date: 答复时间 "—" or "未回复" for a
// message not answered yet.
bool IsNoDate(std::string_view v) {
  static constexpr std::string_view kMarkers[] = {"-",    "--",   "—",    "——",   "－",   "/",    "无",
                                                  "暂无", "未答复", "未回复", "待答复", "待回复", "未办结", "办理中",
                                                  "null", "NULL", "N/A",  "n/a",  "none", "None"};
  // A status written where the reply time belongs (正在办理, 已受理) says there is none yet.
  return std::find(std::begin(kMarkers), std::end(kMarkers), v) != std::end(kMarkers) ||
         model::ParseMessageStatus(v) == model::MessageStatus::kInProgress;
}

// `optional_field`: a cell without a date (IsNoDate) is empty, not an error.
std::optional<Timestamp> ParseOptionalTime(const Row& row, const std::string& key, const char* label, int line,
                                           RowChecker& check, bool* bad, bool optional_field = false) {
  const std::string& v = Field(row, key);
  if (v.empty() || (optional_field && IsNoDate(v))) return std::nullopt;
  auto t = ParseTimeStartOfDay(v);
  if (!t) {
    check.Problem(line, label, t.error().message);
    *bad = true;
    return std::nullopt;
  }
  return *t;
}

struct Importer {
  store::Repository& repo;
  const Clock& clock;
  RowChecker& check;
  FileReport& report;

  void Count(const store::UpsertOutcome& o, std::string_view what, std::string_view name) {
    if (o.created) {
      ++report.created;
    } else if (!o.changed.empty()) {
      ++report.updated;
      std::string fields;
      for (const std::string& f : o.changed) fields += (fields.empty() ? "" : ", ") + f;
      report.changes.push_back(fmt::format("{} '{}': {}", what, name, fields));
    } else {
      ++report.unchanged;
    }
  }

  Result<std::optional<model::Site>> SiteRef(const std::string& ref) { return repo.FindSite(ref); }

  Result<bool> UnitExists(const std::string& name, const std::set<std::string>& in_file) {
    if (in_file.count(name) != 0) return true;
    auto units = repo.ListUnits();
    if (!units) return units.error();
    for (const model::Unit& u : *units) {
      if (u.name == name) return true;
    }
    return false;
  }
};

Result<void> ImportRows(Importer& im, TableKind kind, const std::vector<Row>& rows, const std::vector<int>& lines) {
  RowChecker& check = im.check;
  std::map<std::string, int> seen_keys;
  const auto duplicate = [&](const std::string& key, int line, const char* field) {
    auto [it, inserted] = seen_keys.emplace(key, line);
    if (!inserted) {
      check.Problem(line, field, fmt::format("与第 {} 行重复 / duplicate key '{}' (also on line {})", it->second, key,
                                             it->second));
    }
  };
  std::set<std::string> units_in_file;
  if (kind == TableKind::kUnits) {
    for (const Row& r : rows) units_in_file.insert(Field(r, "name"));
  }
  auto known_units = im.repo.ListUnits();
  if (!known_units) return known_units.error();
  std::set<std::string> unit_names = units_in_file;
  for (const model::Unit& u : *known_units) unit_names.insert(u.name);
  const auto check_unit = [&](const std::string& name, int line, const char* label) {
    if (!name.empty() && unit_names.count(name) == 0) {
      check.Problem(line, label, fmt::format("未登记的单位 / unknown unit '{}'", name));
    }
  };

  // Validate everything first, then write: a file is all-or-nothing.
  std::vector<std::function<Result<void>()>> writes;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const Row& row = rows[i];
    const int line = lines[i];
    if (!CheckRequired(row, kind, line, check)) continue;
    switch (kind) {
      case TableKind::kUnits: {
        model::Unit u;
        u.name = Field(row, "name");
        duplicate(u.name, line, "单位名称");
        auto k = ParseEnum(row, "kind", "单位类型", line, check, &model::ParseUnitKind, model::UnitKind::kOther);
        u.parent = Field(row, "parent");
        if (!u.parent.empty() && unit_names.count(u.parent) == 0) {
          check.Problem(line, "上级单位", fmt::format("未登记的单位 / unknown unit '{}'", u.parent));
        }
        if (!k) continue;
        u.kind = *k;
        writes.emplace_back([&im, u]() -> Result<void> {
          auto o = im.repo.UpsertUnit(u);
          if (!o) return o.error();
          im.Count(*o, "单位", u.name);
          return Ok();
        });
        break;
      }
      case TableKind::kSites: {
        model::Site s;
        s.name = Field(row, "name");
        s.site_code = Field(row, "site_code");
        s.url = Field(row, "url");
        s.unit = Field(row, "unit");
        duplicate(s.site_code.empty() ? s.url : s.site_code, line, s.site_code.empty() ? "首页网址" : "网站标识码");
        if (!IsValidUrl(s.url)) check.Problem(line, "首页网址", fmt::format("不是有效网址 / not a valid URL '{}'", s.url));
        if (!s.site_code.empty() && !IsValidSiteCode(s.site_code)) {
          check.Problem(line, "网站标识码",
                        fmt::format("格式应为6位行政区划代码+4位数字或bm+8位数字 / bad site code '{}'", s.site_code));
        }
        check_unit(s.unit, line, "主办单位");
        auto kind_v = ParseEnum(row, "kind", "网站类型", line, check, &model::ParseSiteKind, model::SiteKind::kPortal);
        auto status = ParseEnum(row, "status", "运行状态", line, check, &model::ParseObjectStatus,
                                model::ObjectStatus::kRunning);
        auto services = ParseEnum(row, "has_services", "对外服务职能", line, check, &model::ParseYesNo, true);
        auto board = ParseEnum(row, "has_message_board", "留言平台", line, check, &model::ParseYesNo, false);
        if (!kind_v || !status || !services || !board) continue;
        s.kind = *kind_v;
        s.status = *status;
        s.has_services = *services;
        s.has_message_board = *board;
        writes.emplace_back([&im, s]() -> Result<void> {
          auto o = im.repo.UpsertSite(s);
          if (!o) return o.error();
          im.Count(*o, "网站", s.name);
          return Ok();
        });
        break;
      }
      case TableKind::kColumns: {
        model::Column c;
        c.name = Field(row, "name");
        c.url = Field(row, "url");
        c.unit = Field(row, "unit");
        c.parent = Field(row, "parent");
        duplicate(c.url, line, "栏目网址");
        if (!IsValidUrl(c.url)) check.Problem(line, "栏目网址", fmt::format("不是有效网址 / not a valid URL '{}'", c.url));
        check_unit(c.unit, line, "主办单位");
        auto site = im.SiteRef(Field(row, "site"));
        if (!site) return site.error();
        if (!*site) {
          check.Problem(line, "所属网站", fmt::format("未登记的网站 / unknown site '{}'", Field(row, "site")));
          continue;
        }
        c.site_id = (*site)->id;
        if (!Field(row, "type").empty()) {
          auto t = model::ParseColumnType(Field(row, "type"));
          if (!t) {
            check.Problem(line, "栏目类型", fmt::format("无法识别的值 / unknown value '{}'", Field(row, "type")));
            continue;
          }
          c.type = *t;
        }
        auto disclosure = ParseEnum(row, "disclosure", "信息公开专栏", line, check, &model::ParseYesNo, false);
        if (!disclosure) continue;
        c.disclosure = *disclosure;
        writes.emplace_back([&im, c]() -> Result<void> {
          auto o = im.repo.UpsertColumn(c);
          if (!o) return o.error();
          im.Count(*o, "栏目", c.name);
          return Ok();
        });
        break;
      }
      case TableKind::kAccounts: {
        model::MediaAccount a;
        a.name = Field(row, "name");
        a.unit = Field(row, "unit");
        a.account_id = Field(row, "account_id");
        a.source = Field(row, "source");
        check_unit(a.unit, line, "主办单位");
        auto platform = ParseEnum(row, "platform", "平台", line, check, &model::ParsePlatform, model::Platform::kOther);
        auto status = ParseEnum(row, "status", "运行状态", line, check, &model::ParseObjectStatus,
                                model::ObjectStatus::kRunning);
        bool bad = false;
        a.opened_at = ParseOptionalTime(row, "opened_at", "开通日期", line, check, &bad, /*optional_field=*/true);
        a.closed_at = ParseOptionalTime(row, "closed_at", "关停日期", line, check, &bad, /*optional_field=*/true);
        if (!Field(row, "interaction").empty()) {  // 互动功能 (是/否): unknown when empty
          auto interaction = ParseEnum(row, "interaction", "互动功能", line, check, &model::ParseYesNo, false);
          if (!interaction) bad = true;
          a.interaction = interaction.value_or(false);
        }
        if (!platform || !status || bad) continue;
        a.platform = *platform;
        a.status = *status;
        duplicate(fmt::format("{}/{}", model::ToChinese(a.platform), a.account_id.empty() ? a.name : a.account_id),
                  line, a.account_id.empty() ? "账号名称" : "账号ID");
        if (!a.source.empty() && !IsValidUrl(a.source) && a.source.find('/') == std::string::npos) {
          check.Problem(line, "数据源", fmt::format("应为订阅网址或导出文件路径 / not a feed URL or path '{}'", a.source));
        }
        if (a.opened_at && a.closed_at && *a.closed_at < *a.opened_at) {
          check.Problem(line, "关停日期", "早于开通日期 / earlier than the opening date");
        }
        writes.emplace_back([&im, a]() -> Result<void> {
          auto o = im.repo.UpsertAccount(a);
          if (!o) return o.error();
          im.Count(*o, "政务新媒体", a.name);
          return Ok();
        });
        break;
      }
      case TableKind::kMessages: {
        model::CitizenMessage m;
        m.message_id = Field(row, "id");
        m.unit = Field(row, "unit");
        m.title = Field(row, "title");
        // An imported record is an observation of its own time: a past quarter re-judged later sees it.
        m.seen_at = 0;
        // A board routes messages to offices the registry may not list (a 街道办事处, a county bureau):
        // the message counts under the name it gives, with a warning.
        if (!m.unit.empty() && unit_names.count(m.unit) == 0) {
          im.report.warnings.push_back(
              fmt::format("{}:{}: 受理单位: 未登记的单位，按原名统计 / unregistered unit kept as written: '{}'",
                          im.report.file, line, m.unit));
        }
        auto site = im.SiteRef(Field(row, "site"));
        if (!site) return site.error();
        if (!*site) {
          check.Problem(line, "所属网站", fmt::format("未登记的网站 / unknown site '{}'", Field(row, "site")));
          continue;
        }
        m.site_id = (*site)->id;
        duplicate(fmt::format("{}/{}", m.site_id, m.message_id), line, "留言编号");
        bool bad = false;
        auto received = ParseOptionalTime(row, "received_at", "留言时间", line, check, &bad);
        m.replied_at = ParseOptionalTime(row, "replied_at", "答复时间", line, check, &bad, /*optional_field=*/true);
        // Boards sort messages their own way (求助, 举报, 表扬 …): what is not one of the indicators'
        // kinds is 其他, with a warning, not a bad row.
        if (const std::string& k = Field(row, "kind"); !k.empty()) {
          if (auto parsed = model::ParseMessageKind(k)) {
            m.kind = *parsed;
          } else {
            im.report.warnings.push_back(fmt::format("{}:{}: 留言类型: 按“其他”处理 / read as 其他: '{}'", im.report.file, line, k));
            m.kind = model::MessageKind::kOther;
          }
        }
        if (bad || !received) continue;
        m.received_at = *received;
        m.seen_at = m.received_at;
        // The reply time decides whether a message was answered (and when); a board's status that
        // says otherwise is pointed out, since 答复时间 must be published (W-D3.1).
        if (const std::string& status = Field(row, "status"); !status.empty()) {
          const model::MessageStatus parsed = model::ParseMessageStatus(status);
          const bool done = parsed == model::MessageStatus::kFinished;
          const bool open = parsed == model::MessageStatus::kInProgress;
          if (done && !m.replied_at) {
            im.report.warnings.push_back(fmt::format(
                "{}:{}: 办理状态: “{}”但无答复时间，按未答复统计 / marked answered without a reply time: counted as unanswered",
                im.report.file, line, status));
          } else if (open && m.replied_at) {
            im.report.warnings.push_back(fmt::format(
                "{}:{}: 办理状态: “{}”但有答复时间，按答复时间统计 / marked open with a reply time: the reply time counts",
                im.report.file, line, status));
          }
        }
        if (m.replied_at && *m.replied_at < m.received_at) {
          check.Problem(line, "答复时间", "早于留言时间 / earlier than the message time");
          continue;
        }
        writes.emplace_back([&im, m]() -> Result<void> {
          auto o = im.repo.UpsertMessage(m);
          if (!o) return o.error();
          im.Count(*o, "网民留言", m.message_id);
          return Ok();
        });
        break;
      }
      case TableKind::kPosts: {
        auto platform = ParseEnum(row, "platform", "平台", line, check, &model::ParsePlatform, model::Platform::kOther);
        bool bad = false;
        auto published = ParseOptionalTime(row, "published_at", "发布时间", line, check, &bad);
        if (!platform || bad || !published) continue;
        auto account = im.repo.FindAccount(*platform, Field(row, "account_id"));
        if (!account) return account.error();
        if (!*account) {
          check.Problem(line, "账号ID", fmt::format("未登记的账号 / unknown account '{}'", Field(row, "account_id")));
          continue;
        }
        model::Post p;
        p.account_id = (*account)->id;
        p.published_at = *published;
        p.title = Field(row, "title");
        p.url = Field(row, "url");
        p.text = Field(row, "text");
        p.seen_at = p.published_at;  // imported: observed as of its own time
        if (!p.url.empty() && !IsValidUrl(p.url)) {
          check.Problem(line, "链接", fmt::format("不是有效网址 / not a valid URL '{}'", p.url));
          continue;
        }
        duplicate(fmt::format("{}/{}/{}/{}", p.account_id, p.url, p.published_at, p.title), line, "发布时间");
        writes.emplace_back([&im, p]() -> Result<void> {
          auto n = im.repo.AddPosts({p});
          if (!n) return n.error();
          if (*n > 0) {
            ++im.report.created;
          } else {
            ++im.report.unchanged;
          }
          return Ok();
        });
        break;
      }
      case TableKind::kExternalFindings: {
        store::ExternalFinding f;
        f.object = Field(row, "object");
        f.problem = Field(row, "problem");
        f.checker = Field(row, "checker");
        f.evidence = Field(row, "evidence");
        const std::string& k = Field(row, "object_kind");
        if (k == "网站" || k == "site") {
          f.object_kind = model::ObjectKind::kSite;
        } else if (k == "栏目" || k == "专栏" || k == "column") {
          f.object_kind = model::ObjectKind::kColumn;
        } else if (k == "新媒体" || k == "政务新媒体" || k == "account") {
          f.object_kind = model::ObjectKind::kAccount;
        } else {
          check.Problem(line, "对象类型", fmt::format("应为 网站/栏目/新媒体 / unknown object kind '{}'", k));
          continue;
        }
        bool bad = false;
        auto at = ParseOptionalTime(row, "checked_at", "检查日期", line, check, &bad);
        if (bad || !at) continue;
        f.checked_at = *at;
        writes.emplace_back([&im, f]() -> Result<void> {
          if (auto r = im.repo.AddExternalFinding(f); !r) return r;
          ++im.report.created;
          return Ok();
        });
        break;
      }
    }
  }
  if (check.HasProblems()) return Ok();
  return im.repo.InTransaction([&]() -> Result<void> {
    for (const auto& w : writes) {
      if (auto r = w(); !r) return r;
    }
    return Ok();
  });
}

}  // namespace

namespace {

// Exports put a title row or two above the header (2022年第一季度网民留言办理情况, 导出时间：…):
// the header is the first of the top rows that names a table. Unchanged when the first row does
// or none of them does.
void SkipTitleRows(Table& table) {
  constexpr std::size_t kMaxTitleRows = 5;
  if (RecognizeTable(table.header, "")) return;
  for (std::size_t i = 0; i < table.rows.size() && i < kMaxTitleRows; ++i) {
    std::vector<std::string> header;
    for (const std::string& cell : table.rows[i]) header.emplace_back(Trim(cell));
    if (!RecognizeTable(header, "")) continue;
    table.header = std::move(header);
    table.rows.erase(table.rows.begin(), table.rows.begin() + static_cast<std::ptrdiff_t>(i + 1));
    table.lines.erase(table.lines.begin(), table.lines.begin() + static_cast<std::ptrdiff_t>(i + 1));
    return;
  }
}

// `table`'s title rows are skipped already (SkipTitleRows).
Result<FileReport> ImportTable(store::Repository& repo, const Table& table, const std::string& file,
                               const Clock& clock, std::vector<std::string>* problems) {
  FileReport report;
  report.file = file;
  auto kind = RecognizeTable(table.header, file);
  if (!kind) {
    problems->push_back(kind.error().message);
    return kind.error();
  }
  report.kind = *kind;
  report.rows = static_cast<int>(table.rows.size());
  auto rows = RowsOf(table, *kind, file, report);
  if (!rows) return rows.error();
  RowChecker check(file, problems);
  Importer im{repo, clock, check, report};
  if (auto r = ImportRows(im, *kind, *rows, table.lines); !r) {
    problems->push_back(fmt::format("{}: {}", file, r.error().message));
    return r.error();
  }
  if (!problems->empty()) {
    return MakeError(ErrorCode::kParseError, fmt::format("{}: {} problem(s)", file, problems->size()));
  }
  return report;
}

bool LooksLikeXlsx(const std::string& name, std::string_view bytes) {
  return EndsWith(ToLowerAscii(name), ".xlsx") || StartsWith(bytes, std::string_view("PK\x03\x04", 4));
}

}  // namespace

Result<FileReport> ImportBytes(store::Repository& repo, std::string_view bytes, const std::string& file,
                               const Clock& clock, std::vector<std::string>* problems) {
  auto table = ParseCsv(bytes, file);
  if (!table) {
    problems->push_back(table.error().message);
    return table.error();
  }
  SkipTitleRows(*table);
  return ImportTable(repo, *table, file, clock, problems);
}

ImportOutcome ImportFiles(store::Repository& repo, const std::vector<std::filesystem::path>& files,
                          const Clock& clock) {
  ImportOutcome outcome;
  struct Pending {
    std::string name;  // the file, or "file.xlsx[sheet]"
    Table table;
    TableKind kind;
  };
  std::vector<Pending> pending;
  const auto fail = [&](const std::string& name, const std::string& why) {
    outcome.failed_file = name;
    outcome.problems.push_back(why);
    return outcome;
  };
  for (const auto& path : files) {
    auto bytes = ReadFile(path);
    if (!bytes) return fail(path.string(), bytes.error().message);
    std::vector<std::pair<std::string, Table>> tables;
    if (LooksLikeXlsx(path.string(), *bytes)) {
      auto sheets = ParseXlsx(*bytes, path.string());
      if (!sheets) return fail(path.string(), sheets.error().message);
      for (Sheet& sh : *sheets) tables.emplace_back(fmt::format("{}[{}]", path.string(), sh.name), std::move(sh.table));
    } else {
      auto table = ParseCsv(*bytes, path.string());
      if (!table) return fail(path.string(), table.error().message);
      tables.emplace_back(path.string(), std::move(*table));
    }
    std::size_t kept = 0;
    for (auto& [name, table] : tables) {
      SkipTitleRows(table);
      auto kind = RecognizeTable(table.header, name);
      if (!kind) {
        // A workbook's other sheets (填表说明, 统计) are not tables of ours; one of them must be.
        if (tables.size() > 1) {
          outcome.warnings.push_back(fmt::format("{}: 不是可导入的表，已跳过 / not a table govwatch imports, skipped", name));
          continue;
        }
        return fail(name, kind.error().message);
      }
      pending.push_back({name, std::move(table), *kind});
      ++kept;
    }
    if (kept == 0) {
      return fail(path.string(), fmt::format("{}: no sheet of the workbook is a table govwatch imports "
                                             "(units, sites, columns, accounts, messages, posts, external findings)",
                                             path.string()));
    }
  }
  std::stable_sort(pending.begin(), pending.end(),
                   [](const Pending& a, const Pending& b) { return FileOrder(a.kind) < FileOrder(b.kind); });
  for (const Pending& p : pending) {
    std::vector<std::string> problems;
    auto report = ImportTable(repo, p.table, p.name, clock, &problems);
    if (!report) {
      outcome.failed_file = p.name;
      outcome.problems = std::move(problems);
      if (outcome.problems.empty()) outcome.problems.push_back(report.error().message);
      return outcome;
    }
    outcome.imported.push_back(std::move(*report));
  }
  return outcome;
}

}  // namespace govwatch::registry
