#include "store/sqlite/sqlite_repository.hpp"

#include <algorithm>
#include <set>
#include <unordered_map>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "common/strings.hpp"
#include "store/body_codec.hpp"
#include "store/link_codec.hpp"
#include "store/migrations.hpp"
#include "store/sqlite/statement.hpp"

namespace govwatch::store::sqlite {

namespace {

model::ObjectKind ParseObjectKind(std::string_view s) {
  if (s == "column" || s == "栏目") return model::ObjectKind::kColumn;
  if (s == "account" || s == "新媒体") return model::ObjectKind::kAccount;
  if (s == "message_board") return model::ObjectKind::kMessageBoard;
  return model::ObjectKind::kSite;
}

std::string_view SeverityToText(model::Severity s) {
  switch (s) {
    case model::Severity::kVeto: return "veto";
    case model::Severity::kDeduction: return "deduction";
    case model::Severity::kInfo: return "info";
  }
  return "info";
}

model::Severity SeverityFromText(std::string_view s) {
  if (s == "veto") return model::Severity::kVeto;
  if (s == "deduction") return model::Severity::kDeduction;
  return model::Severity::kInfo;
}

std::string StatusText(model::ObjectStatus s) { return s == model::ObjectStatus::kRunning ? "运行" : "关停"; }
std::string KindText(model::SiteKind k) { return k == model::SiteKind::kPortal ? "门户" : "部门"; }

template <typename T>
void NoteChange(std::vector<std::string>& changed, const char* field, const T& before, const T& after) {
  if (!(before == after)) changed.emplace_back(field);
}

}  // namespace

Result<std::unique_ptr<SqliteRepository>> SqliteRepository::Open(const std::string& path) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (rc != SQLITE_OK) {
    std::string why = db != nullptr ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close(db);
    return MakeError(ErrorCode::kIoError, fmt::format("{}: cannot open database: {}", path, why));
  }
  sqlite3_busy_timeout(db, 10000);
  std::unique_ptr<SqliteRepository> repo(new SqliteRepository(db));
  // Pages of 16 KiB for a new database (an existing one keeps its size): a crawl's rows are body
  // and link records of a few KiB, which 4 KiB pages held one to a page; the farm's database is a
  // quarter smaller and a crawl writes (to the WAL, then to the file) that much less.
  if (auto r = repo->Exec(fmt::format("PRAGMA page_size={}", kPageSize), path); !r) return r.error();
  if (path != ":memory:") {
    if (auto r = repo->Exec("PRAGMA journal_mode=WAL", path); !r) return r.error();
  }
  if (auto r = repo->Exec("PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL", path); !r) return r.error();
  if (auto r = repo->Migrate(); !r) {
    return MakeError(r.error().code, fmt::format("{}: {}", path, r.error().message));
  }
  return repo;
}

SqliteRepository::~SqliteRepository() {
  ReleaseStatements(db_);
  sqlite3_close(db_);
}

Result<void> SqliteRepository::Exec(const std::string& sql, std::string_view context) {
  char* err = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string why = err != nullptr ? err : "unknown error";
    sqlite3_free(err);
    return MakeError(ErrorCode::kIoError, fmt::format("database: {}: {}", context, why));
  }
  return Ok();
}

Result<void> SqliteRepository::Migrate() {
  if (auto r = Exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY)", "migrations");
      !r) {
    return r;
  }
  // Every migration not yet applied runs, in version order, even one numbered below the newest
  // applied (branches add numbered migrations independently).
  std::set<std::int64_t> applied;
  {
    Statement s(db_, "SELECT version FROM schema_migrations");
    while (s.Step()) applied.insert(s.Int(0));
    if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: schema_migrations: " + s.ErrorMessage());
  }
  for (const Migration& m : SqliteMigrations()) {
    if (applied.count(m.version) != 0) continue;
    auto r = InTransaction([&]() -> Result<void> {
      if (auto e = Exec(std::string(m.sql), fmt::format("migration {}", m.name)); !e) return e;
      Statement s(db_, "INSERT INTO schema_migrations(version) VALUES (?)");
      s.Bind(1, m.version);
      return s.Run("schema_migrations");
    });
    if (!r) return r;
  }
  return Ok();
}

Result<void> SqliteRepository::InTransaction(const std::function<Result<void>()>& body) {
  const bool outer = transaction_depth_ == 0;
  const std::string savepoint = fmt::format("sp{}", transaction_depth_);
  // Begin and commit run as (cached) prepared statements: a crawl opens one savepoint per page.
  const auto run = [&](const std::string& sql, std::string_view context) -> Result<void> {
    Statement s(db_, sql);
    if (!s.Prepared()) return MakeError(ErrorCode::kIoError, fmt::format("database: {}: {}", context, s.ErrorMessage()));
    return s.Run(context);
  };
  if (auto r = run(outer ? "BEGIN IMMEDIATE" : "SAVEPOINT " + savepoint, "begin"); !r) return r;
  ++transaction_depth_;
  Result<void> result = body();
  --transaction_depth_;
  if (result) {
    if (auto r = run(outer ? "COMMIT" : "RELEASE " + savepoint, "commit"); !r) {
      if (outer) (void)Exec("ROLLBACK", "rollback");
      return r;
    }
    return Ok();
  }
  if (outer) {
    (void)Exec("ROLLBACK", "rollback");
  } else {
    (void)Exec("ROLLBACK TO " + savepoint + "; RELEASE " + savepoint, "rollback");
  }
  return result;
}

Result<UpsertOutcome> SqliteRepository::UpsertUnit(const model::Unit& unit) {
  UpsertOutcome out;
  Statement find(db_, "SELECT id, kind, parent FROM units WHERE name = ?");
  find.Bind(1, unit.name);
  const std::string kind(model::ToChinese(unit.kind));
  if (find.Step()) {
    out.id = find.Int(0);
    NoteChange(out.changed, "kind", find.Text(1), kind);
    NoteChange(out.changed, "parent", find.Text(2), unit.parent);
    if (!out.changed.empty()) {
      Statement up(db_, "UPDATE units SET kind = ?, parent = ? WHERE id = ?");
      up.Bind(1, kind).Bind(2, unit.parent).Bind(3, out.id);
      if (auto r = up.Run(fmt::format("units '{}'", unit.name)); !r) return r.error();
    }
    return out;
  }
  Statement ins(db_, "INSERT INTO units(name, kind, parent) VALUES (?, ?, ?)");
  ins.Bind(1, unit.name).Bind(2, kind).Bind(3, unit.parent);
  if (auto r = ins.Run(fmt::format("units '{}'", unit.name)); !r) return r.error();
  out.id = sqlite3_last_insert_rowid(db_);
  out.created = true;
  return out;
}

namespace {
constexpr const char* kSiteColumns =
    "id, name, site_code, url, unit, kind, status, has_services, has_message_board";

model::Site ReadSite(const Statement& s) {
  model::Site site;
  site.id = s.Int(0);
  site.name = s.Text(1);
  site.site_code = s.Text(2);
  site.url = s.Text(3);
  site.unit = s.Text(4);
  site.kind = model::ParseSiteKind(s.Text(5)).value_or(model::SiteKind::kPortal);
  site.status = model::ParseObjectStatus(s.Text(6)).value_or(model::ObjectStatus::kRunning);
  site.has_services = s.Int(7) != 0;
  site.has_message_board = s.Int(8) != 0;
  return site;
}
}  // namespace

Result<UpsertOutcome> SqliteRepository::UpsertSite(const model::Site& site) {
  UpsertOutcome out;
  std::optional<model::Site> existing;
  {
    Statement find(db_, site.site_code.empty()
                            ? fmt::format("SELECT {} FROM sites WHERE url = ? AND site_code = ''", kSiteColumns)
                            : fmt::format("SELECT {} FROM sites WHERE site_code = ?", kSiteColumns));
    find.Bind(1, site.site_code.empty() ? site.url : site.site_code);
    if (find.Step()) existing = ReadSite(find);
  }
  const std::string context = fmt::format("sites '{}'", site.name);
  if (existing) {
    out.id = existing->id;
    NoteChange(out.changed, "name", existing->name, site.name);
    NoteChange(out.changed, "url", existing->url, site.url);
    NoteChange(out.changed, "unit", existing->unit, site.unit);
    NoteChange(out.changed, "kind", existing->kind, site.kind);
    NoteChange(out.changed, "status", existing->status, site.status);
    NoteChange(out.changed, "has_services", existing->has_services, site.has_services);
    NoteChange(out.changed, "has_message_board", existing->has_message_board, site.has_message_board);
    if (out.changed.empty()) return out;
    Statement up(db_,
                 "UPDATE sites SET name=?, url=?, unit=?, kind=?, status=?, has_services=?, has_message_board=? "
                 "WHERE id=?");
    up.Bind(1, site.name).Bind(2, site.url).Bind(3, site.unit).Bind(4, KindText(site.kind));
    up.Bind(5, StatusText(site.status)).Bind(6, site.has_services).Bind(7, site.has_message_board).Bind(8, out.id);
    if (auto r = up.Run(context); !r) return r.error();
    return out;
  }
  Statement ins(db_,
                "INSERT INTO sites(name, site_code, url, unit, kind, status, has_services, has_message_board) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  ins.Bind(1, site.name).Bind(2, site.site_code).Bind(3, site.url).Bind(4, site.unit).Bind(5, KindText(site.kind));
  ins.Bind(6, StatusText(site.status)).Bind(7, site.has_services).Bind(8, site.has_message_board);
  if (auto r = ins.Run(context); !r) return r.error();
  out.id = sqlite3_last_insert_rowid(db_);
  out.created = true;
  return out;
}

namespace {
constexpr const char* kColumnColumns = "id, name, site_id, unit, url, type, parent, disclosure";

model::Column ReadColumn(const Statement& s) {
  model::Column c;
  c.id = s.Int(0);
  c.name = s.Text(1);
  c.site_id = s.Int(2);
  c.unit = s.Text(3);
  c.url = s.Text(4);
  c.type = model::ParseColumnType(s.Text(5));
  c.parent = s.Text(6);
  c.disclosure = s.Int(7) != 0;
  return c;
}

std::string ColumnTypeText(const std::optional<model::ColumnType>& t) {
  return t ? std::string(model::ToChinese(*t)) : std::string();
}
}  // namespace

Result<UpsertOutcome> SqliteRepository::UpsertColumn(const model::Column& column) {
  UpsertOutcome out;
  std::optional<model::Column> existing;
  {
    Statement find(db_, fmt::format("SELECT {} FROM columns WHERE url = ?", kColumnColumns));
    find.Bind(1, column.url);
    if (find.Step()) existing = ReadColumn(find);
  }
  const std::string context = fmt::format("columns '{}'", column.name);
  if (existing) {
    out.id = existing->id;
    NoteChange(out.changed, "name", existing->name, column.name);
    NoteChange(out.changed, "site", existing->site_id, column.site_id);
    NoteChange(out.changed, "unit", existing->unit, column.unit);
    NoteChange(out.changed, "type", existing->type, column.type);
    NoteChange(out.changed, "parent", existing->parent, column.parent);
    NoteChange(out.changed, "disclosure", existing->disclosure, column.disclosure);
    if (out.changed.empty()) return out;
    Statement up(db_, "UPDATE columns SET name=?, site_id=?, unit=?, type=?, parent=?, disclosure=? WHERE id=?");
    up.Bind(1, column.name).Bind(2, column.site_id).Bind(3, column.unit).Bind(4, ColumnTypeText(column.type));
    up.Bind(5, column.parent).Bind(6, column.disclosure).Bind(7, out.id);
    if (auto r = up.Run(context); !r) return r.error();
    return out;
  }
  Statement ins(db_, "INSERT INTO columns(name, site_id, unit, url, type, parent, disclosure) VALUES (?,?,?,?,?,?,?)");
  ins.Bind(1, column.name).Bind(2, column.site_id).Bind(3, column.unit).Bind(4, column.url);
  ins.Bind(5, ColumnTypeText(column.type)).Bind(6, column.parent).Bind(7, column.disclosure);
  if (auto r = ins.Run(context); !r) return r.error();
  out.id = sqlite3_last_insert_rowid(db_);
  out.created = true;
  return out;
}

namespace {
constexpr const char* kAccountColumns =
    "id, name, platform, unit, account_id, source, status, opened_at, closed_at, interaction";

model::MediaAccount ReadAccount(const Statement& s) {
  model::MediaAccount a;
  a.id = s.Int(0);
  a.name = s.Text(1);
  a.platform = model::ParsePlatform(s.Text(2)).value_or(model::Platform::kOther);
  a.unit = s.Text(3);
  a.account_id = s.Text(4);
  a.source = s.Text(5);
  a.status = model::ParseObjectStatus(s.Text(6)).value_or(model::ObjectStatus::kRunning);
  a.opened_at = s.OptInt(7);
  a.closed_at = s.OptInt(8);
  if (auto v = s.OptInt(9)) a.interaction = *v != 0;
  return a;
}

// The registry's 互动功能 as stored: 1, 0 or NULL.
std::optional<std::int64_t> InteractionValue(const model::MediaAccount& a) {
  if (!a.interaction) return std::nullopt;
  return *a.interaction ? 1 : 0;
}
}  // namespace

Result<UpsertOutcome> SqliteRepository::UpsertAccount(const model::MediaAccount& account) {
  UpsertOutcome out;
  std::optional<model::MediaAccount> existing;
  const std::string platform(model::ToChinese(account.platform));
  {
    Statement find(db_, account.account_id.empty()
                            ? fmt::format("SELECT {} FROM accounts WHERE platform = ? AND name = ? AND account_id = ''",
                                          kAccountColumns)
                            : fmt::format("SELECT {} FROM accounts WHERE platform = ? AND account_id = ?",
                                          kAccountColumns));
    find.Bind(1, platform).Bind(2, account.account_id.empty() ? account.name : account.account_id);
    if (find.Step()) existing = ReadAccount(find);
  }
  const std::string context = fmt::format("accounts '{}'", account.name);
  if (existing) {
    out.id = existing->id;
    NoteChange(out.changed, "name", existing->name, account.name);
    NoteChange(out.changed, "unit", existing->unit, account.unit);
    NoteChange(out.changed, "source", existing->source, account.source);
    NoteChange(out.changed, "status", existing->status, account.status);
    NoteChange(out.changed, "opened_at", existing->opened_at, account.opened_at);
    NoteChange(out.changed, "closed_at", existing->closed_at, account.closed_at);
    NoteChange(out.changed, "interaction", existing->interaction, account.interaction);
    if (out.changed.empty()) return out;
    Statement up(db_,
                 "UPDATE accounts SET name=?, unit=?, source=?, status=?, opened_at=?, closed_at=?, interaction=? "
                 "WHERE id=?");
    up.Bind(1, account.name).Bind(2, account.unit).Bind(3, account.source).Bind(4, StatusText(account.status));
    up.Bind(5, account.opened_at).Bind(6, account.closed_at).Bind(7, InteractionValue(account)).Bind(8, out.id);
    if (auto r = up.Run(context); !r) return r.error();
    return out;
  }
  Statement ins(db_,
                "INSERT INTO accounts(name, platform, unit, account_id, source, status, opened_at, closed_at, "
                "interaction) VALUES (?,?,?,?,?,?,?,?,?)");
  ins.Bind(1, account.name).Bind(2, platform).Bind(3, account.unit).Bind(4, account.account_id);
  ins.Bind(5, account.source).Bind(6, StatusText(account.status)).Bind(7, account.opened_at).Bind(8, account.closed_at);
  ins.Bind(9, InteractionValue(account));
  if (auto r = ins.Run(context); !r) return r.error();
  out.id = sqlite3_last_insert_rowid(db_);
  out.created = true;
  return out;
}

namespace {
constexpr const char* kMessageColumns =
    "id, message_id, site_id, unit, received_at, replied_at, kind, title, seen_at";

model::CitizenMessage ReadMessage(const Statement& s) {
  model::CitizenMessage m;
  m.id = s.Int(0);
  m.message_id = s.Text(1);
  m.site_id = s.Int(2);
  m.unit = s.Text(3);
  m.received_at = s.Int(4);
  m.replied_at = s.OptInt(5);
  m.kind = model::ParseMessageKind(s.Text(6)).value_or(model::MessageKind::kOther);
  m.title = s.Text(7);
  m.seen_at = s.Int(8);
  return m;
}
}  // namespace

Result<UpsertOutcome> SqliteRepository::UpsertMessage(const model::CitizenMessage& message) {
  UpsertOutcome out;
  std::optional<model::CitizenMessage> existing;
  {
    Statement find(db_, fmt::format("SELECT {} FROM messages WHERE site_id = ? AND message_id = ?", kMessageColumns));
    find.Bind(1, message.site_id).Bind(2, message.message_id);
    if (find.Step()) existing = ReadMessage(find);
  }
  const std::string context = fmt::format("messages '{}'", message.message_id);
  const std::string kind(model::ToChinese(message.kind));
  if (existing) {
    out.id = existing->id;
    NoteChange(out.changed, "unit", existing->unit, message.unit);
    NoteChange(out.changed, "received_at", existing->received_at, message.received_at);
    NoteChange(out.changed, "replied_at", existing->replied_at, message.replied_at);
    NoteChange(out.changed, "kind", existing->kind, message.kind);
    NoteChange(out.changed, "title", existing->title, message.title);
    if (out.changed.empty()) return out;
    Statement up(db_, "UPDATE messages SET unit=?, received_at=?, replied_at=?, kind=?, title=?, seen_at=? WHERE id=?");
    up.Bind(1, message.unit).Bind(2, message.received_at).Bind(3, message.replied_at).Bind(4, kind);
    up.Bind(5, message.title).Bind(6, message.seen_at).Bind(7, out.id);
    if (auto r = up.Run(context); !r) return r.error();
    return out;
  }
  Statement ins(db_,
                "INSERT INTO messages(message_id, site_id, unit, received_at, replied_at, kind, title, seen_at) "
                "VALUES (?,?,?,?,?,?,?,?)");
  ins.Bind(1, message.message_id).Bind(2, message.site_id).Bind(3, message.unit).Bind(4, message.received_at);
  ins.Bind(5, message.replied_at).Bind(6, kind).Bind(7, message.title).Bind(8, message.seen_at);
  if (auto r = ins.Run(context); !r) return r.error();
  out.id = sqlite3_last_insert_rowid(db_);
  out.created = true;
  return out;
}

Result<std::vector<model::Unit>> SqliteRepository::ListUnits() {
  std::vector<model::Unit> out;
  Statement s(db_, "SELECT id, name, kind, parent FROM units ORDER BY id");
  while (s.Step()) {
    model::Unit u;
    u.id = s.Int(0);
    u.name = s.Text(1);
    u.kind = model::ParseUnitKind(s.Text(2)).value_or(model::UnitKind::kOther);
    u.parent = s.Text(3);
    out.push_back(std::move(u));
  }
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: units: " + s.ErrorMessage());
  return out;
}

Result<std::vector<model::Site>> SqliteRepository::ListSites() {
  std::vector<model::Site> out;
  Statement s(db_, fmt::format("SELECT {} FROM sites ORDER BY id", kSiteColumns));
  while (s.Step()) out.push_back(ReadSite(s));
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: sites: " + s.ErrorMessage());
  return out;
}

Result<std::vector<model::Column>> SqliteRepository::ListColumns() {
  std::vector<model::Column> out;
  Statement s(db_, fmt::format("SELECT {} FROM columns ORDER BY id", kColumnColumns));
  while (s.Step()) out.push_back(ReadColumn(s));
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: columns: " + s.ErrorMessage());
  return out;
}

Result<std::vector<model::MediaAccount>> SqliteRepository::ListAccounts() {
  std::vector<model::MediaAccount> out;
  Statement s(db_, fmt::format("SELECT {} FROM accounts ORDER BY id", kAccountColumns));
  while (s.Step()) out.push_back(ReadAccount(s));
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: accounts: " + s.ErrorMessage());
  return out;
}

Result<std::vector<model::CitizenMessage>> SqliteRepository::ListMessages() {
  std::vector<model::CitizenMessage> out;
  Statement s(db_, fmt::format("SELECT {} FROM messages ORDER BY received_at, id", kMessageColumns));
  while (s.Step()) out.push_back(ReadMessage(s));
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: messages: " + s.ErrorMessage());
  return out;
}

Result<std::optional<model::Site>> SqliteRepository::FindSite(const std::string& code_or_name) {
  Statement s(db_, fmt::format("SELECT {} FROM sites WHERE (site_code <> '' AND site_code = ?1) OR name = ?1 "
                               "OR url = ?1 ORDER BY (site_code = ?1) DESC LIMIT 1",
                               kSiteColumns));
  s.Bind(1, code_or_name);
  if (s.Step()) return std::optional<model::Site>(ReadSite(s));
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: sites: " + s.ErrorMessage());
  return std::optional<model::Site>();
}

Result<std::optional<model::MediaAccount>> SqliteRepository::FindAccount(model::Platform platform,
                                                                         const std::string& account_id) {
  Statement s(db_, fmt::format("SELECT {} FROM accounts WHERE platform = ? AND (account_id = ? OR "
                               "(account_id = '' AND name = ?3)) LIMIT 1",
                               kAccountColumns));
  s.Bind(1, model::ToChinese(platform)).Bind(2, account_id).Bind(3, account_id);
  if (s.Step()) return std::optional<model::MediaAccount>(ReadAccount(s));
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: accounts: " + s.ErrorMessage());
  return std::optional<model::MediaAccount>();
}

Result<void> SqliteRepository::AddProbes(const std::vector<model::Probe>& probes) {
  return InTransaction([&]() -> Result<void> {
    Statement s(db_, "INSERT INTO probes(site_id, at, http_status, elapsed_ms, ok, error) VALUES (?,?,?,?,?,?)");
    for (const model::Probe& p : probes) {
      s.Reset();
      s.Bind(1, p.site_id).Bind(2, p.at).Bind(3, p.http_status).Bind(4, p.elapsed_ms).Bind(5, p.ok).Bind(6, p.error);
      if (auto r = s.Run("probes"); !r) return r;
    }
    return Ok();
  });
}

Result<std::vector<model::Probe>> SqliteRepository::ProbesBetween(std::int64_t site_id, Timestamp from,
                                                                   Timestamp to) {
  std::vector<model::Probe> out;
  Statement s(db_,
              "SELECT at, http_status, elapsed_ms, ok, error FROM probes WHERE site_id = ? AND at >= ? AND at <= ? "
              "ORDER BY at");
  s.Bind(1, site_id).Bind(2, from).Bind(3, to);
  while (s.Step()) {
    model::Probe p;
    p.site_id = site_id;
    p.at = s.Int(0);
    p.http_status = static_cast<int>(s.Int(1));
    p.elapsed_ms = s.Int(2);
    p.ok = s.Int(3) != 0;
    p.error = s.Text(4);
    out.push_back(std::move(p));
  }
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: probes: " + s.ErrorMessage());
  return out;
}

Result<void> SqliteRepository::AddSearchProbe(const SearchProbeRecord& p) {
  Statement s(db_,
              "INSERT INTO search_probes(site_id, at, form_found, form_url, query, target_url, result_url, "
              "http_status, error, found) VALUES (?,?,?,?,?,?,?,?,?,?)");
  s.Bind(1, p.site_id).Bind(2, p.at).Bind(3, p.form_found).Bind(4, p.form_url).Bind(5, p.query);
  s.Bind(6, p.target_url).Bind(7, p.result_url).Bind(8, p.http_status).Bind(9, p.error).Bind(10, p.found);
  return s.Run("search_probes");
}

Result<std::optional<SearchProbeRecord>> SqliteRepository::LatestSearchProbe(std::int64_t site_id, Timestamp at) {
  Statement s(db_,
              "SELECT at, form_found, form_url, query, target_url, result_url, http_status, error, found FROM "
              "search_probes WHERE site_id = ? AND at <= ? ORDER BY at DESC, id DESC LIMIT 1");
  s.Bind(1, site_id).Bind(2, at);
  if (!s.Step()) {
    if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: search_probes: " + s.ErrorMessage());
    return std::optional<SearchProbeRecord>();
  }
  SearchProbeRecord p;
  p.site_id = site_id;
  p.at = s.Int(0);
  p.form_found = s.Int(1) != 0;
  p.form_url = s.Text(2);
  p.query = s.Text(3);
  p.target_url = s.Text(4);
  p.result_url = s.Text(5);
  p.http_status = static_cast<int>(s.Int(6));
  p.error = s.Text(7);
  p.found = s.Int(8) != 0;
  return std::optional<SearchProbeRecord>(std::move(p));
}

Result<std::int64_t> SqliteRepository::SavePage(const PageRecord& record) {
  std::int64_t page_id = 0;
  auto r = InTransaction([&]() -> Result<void> {
    const model::Page& p = record.page;
    bool body_stored = false;
    // A crawl hands the body over compressed only, with its size (PageRecord::body_size).
    const std::size_t body_size = p.body.empty() ? record.body_size : p.body.size();
    if (body_size > 0 && record.compressed_body.empty()) {
      // A body already stored under its hash is not compressed again (re-crawls, shared pages).
      // One handed over compressed goes to INSERT OR IGNORE as it is.
      Statement known(db_, "SELECT 1 FROM bodies WHERE hash = ?");
      known.Bind(1, p.content_hash);
      body_stored = known.Step();
    }
    if (body_size > 0 && !body_stored) {
      Statement b(db_, "INSERT OR IGNORE INTO bodies(hash, size, data) VALUES (?,?,?)");
      b.Bind(1, p.content_hash).Bind(2, static_cast<std::int64_t>(body_size));
      b.BindBlob(3, record.compressed_body.empty() ? CompressBody(p.body) : record.compressed_body);
      if (auto e = b.Run("bodies"); !e) return e;
    }
    Statement s(db_,
                "INSERT INTO pages(site_id, url, fetched_at, http_status, error, content_hash, charset, title, "
                "publish_date, is_list, empty_list, text, meta, site_code, icp, psb, party_badge, error_entry) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    s.Bind(1, p.site_id).Bind(2, p.url).Bind(3, p.fetched_at).Bind(4, p.http_status).Bind(5, p.error);
    s.Bind(6, p.content_hash).Bind(7, p.charset).Bind(8, p.title).Bind(9, p.publish_date);
    s.Bind(10, p.is_list).Bind(11, p.empty_list).Bind(12, p.text);
    s.Bind(13, nlohmann::json(p.meta).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    s.Bind(14, p.site_code).Bind(15, p.icp).Bind(16, p.psb).Bind(17, p.party_badge).Bind(18, p.error_entry);
    if (auto e = s.Run(fmt::format("pages '{}'", p.url)); !e) return e;
    page_id = sqlite3_last_insert_rowid(db_);
    Statement items(db_, "INSERT INTO items(page_id, title, url, date) VALUES (?,?,?,?)");
    for (const model::Item& it : record.items) {
      items.Reset();
      items.Bind(1, page_id).Bind(2, it.title).Bind(3, it.url).Bind(4, it.date);
      if (auto e = items.Run("items"); !e) return e;
    }
    if (!record.links.empty()) {
      Statement links(db_, "INSERT INTO page_links(page_id, count, data) VALUES (?,?,?)");
      links.Bind(1, page_id).Bind(2, static_cast<std::int64_t>(record.links.size()));
      links.BindBlob(3, record.compressed_links.empty() ? EncodeLinks(record.links, p.url) : record.compressed_links);
      if (auto e = links.Run(fmt::format("page_links '{}'", p.url)); !e) return e;
    }
    return Ok();
  });
  if (!r) return r.error();
  return page_id;
}

namespace {
constexpr const char* kPageColumns =
    "id, site_id, url, fetched_at, http_status, error, content_hash, charset, title, publish_date, is_list, "
    "empty_list, text, meta, site_code, icp, psb, party_badge, error_entry";

// A row of kPageColumns; `with_meta` false leaves page.meta empty (no JSON parse).
model::Page ReadPage(const Statement& s, bool with_meta = true) {
  model::Page p;
  p.id = s.Int(0);
  p.site_id = s.Int(1);
  p.url = s.Text(2);
  p.fetched_at = s.Int(3);
  p.http_status = static_cast<int>(s.Int(4));
  p.error = s.Text(5);
  p.content_hash = s.Text(6);
  p.charset = s.Text(7);
  p.title = s.Text(8);
  p.publish_date = s.OptText(9);
  p.is_list = s.Int(10) != 0;
  p.empty_list = s.Int(11) != 0;
  p.text = s.Text(12);
  if (with_meta) {
    const nlohmann::json meta = nlohmann::json::parse(s.Text(13), nullptr, false);
    if (meta.is_object()) {
      for (const auto& [k, v] : meta.items()) {
        if (v.is_string()) p.meta[k] = v.get<std::string>();
      }
    }
  }
  p.site_code = s.Text(14);
  p.icp = s.Text(15);
  p.psb = s.Text(16);
  p.party_badge = s.Int(17) != 0;
  p.error_entry = s.Int(18) != 0;
  return p;
}
}  // namespace

Result<void> SqliteRepository::LoadItemsAndLinks(PageRecord& record) {
  Statement items(db_, "SELECT title, url, date FROM items WHERE page_id = ? ORDER BY rowid");
  items.Bind(1, record.page.id);
  while (items.Step()) {
    model::Item it;
    it.page_id = record.page.id;
    it.title = items.Text(0);
    it.url = items.Text(1);
    it.date = items.OptText(2);
    record.items.push_back(std::move(it));
  }
  if (items.Failed()) return MakeError(ErrorCode::kIoError, "database: items: " + items.ErrorMessage());
  // One compressed record per page; pages stored before migration 0011 have rows in links.
  Statement packed(db_, "SELECT data FROM page_links WHERE page_id = ?");
  packed.Bind(1, record.page.id);
  if (packed.Step()) {
    auto links = DecodeLinks(packed.Text(0), record.page.id, record.page.url);
    if (!links) return links.error();
    record.links = std::move(*links);
    return Ok();
  }
  if (packed.Failed()) return MakeError(ErrorCode::kIoError, "database: page_links: " + packed.ErrorMessage());
  return HasLegacyLinks() ? ReadLegacyLinks(record) : Ok();
}

Result<void> SqliteRepository::ReadLegacyLinks(PageRecord& record) {
  Statement links(db_,
                  "SELECT from_url, to_url, text, http_status, error, broken FROM links WHERE page_id = ? ORDER BY rowid");
  links.Bind(1, record.page.id);
  while (links.Step()) {
    model::Link l;
    l.page_id = record.page.id;
    l.from_url = links.Text(0);
    l.to_url = links.Text(1);
    l.text = links.Text(2);
    l.http_status = static_cast<int>(links.Int(3));
    l.error = links.Text(4);
    l.broken = links.Int(5) != 0;
    record.links.push_back(std::move(l));
  }
  if (links.Failed()) return MakeError(ErrorCode::kIoError, "database: links: " + links.ErrorMessage());
  return Ok();
}

Result<std::optional<PageRecord>> SqliteRepository::LatestPage(const std::string& url, Timestamp at) {
  Statement s(db_, fmt::format("SELECT {} FROM pages WHERE url = ? AND fetched_at <= ? ORDER BY fetched_at DESC, id "
                               "DESC LIMIT 1",
                               kPageColumns));
  s.Bind(1, url).Bind(2, at);
  if (!s.Step()) {
    if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: pages: " + s.ErrorMessage());
    return std::optional<PageRecord>();
  }
  PageRecord record;
  record.page = ReadPage(s);
  if (auto r = LoadItemsAndLinks(record); !r) return r.error();
  return std::optional<PageRecord>(std::move(record));
}

bool SqliteRepository::HasLegacyLinks() {
  if (!legacy_links_) {
    Statement s(db_, "SELECT EXISTS(SELECT 1 FROM links)");
    legacy_links_ = s.Step() && s.Int(0) != 0;
  }
  return *legacy_links_;
}

Result<std::vector<PageRecord>> SqliteRepository::LatestPagesOfSite(std::int64_t site_id, Timestamp at) {
  return LatestOfSite(site_id, at, SiteRead::kFull);
}

Result<std::vector<PageRecord>> SqliteRepository::LatestLinksOfSite(std::int64_t site_id, Timestamp at) {
  return LatestOfSite(site_id, at, SiteRead::kLinks);
}

Result<std::vector<PageRecord>> SqliteRepository::LatestTextsOfSite(std::int64_t site_id, Timestamp at) {
  return LatestOfSite(site_id, at, SiteRead::kTexts);
}

Result<std::vector<PageRecord>> SqliteRepository::LatestOfSite(std::int64_t site_id, Timestamp at, SiteRead read) {
  const bool full = read != SiteRead::kLinks;
  const bool with_links = read != SiteRead::kTexts;
  // Three queries for the whole site (pages with their link records, then their items) instead
  // of two per page: a judgement reads every page of every site.
  constexpr const char* kLatest =
      "p.site_id = ?1 AND p.fetched_at <= ?2 AND p.id = (SELECT id FROM pages q WHERE q.url = p.url AND "
      "q.fetched_at <= ?2 ORDER BY fetched_at DESC, id DESC LIMIT 1)";
  // Without the extracted facts: the first eight of kPageColumns.
  constexpr const char* kLinkPassColumns = "id, site_id, url, fetched_at, http_status, error, content_hash, charset";
  std::vector<PageRecord> out;
  // In the order of the site's index, sorted by id below: an ORDER BY p.id copied every row, text
  // and link record included, through a temporary b-tree.
  Statement s(db_, with_links ? fmt::format("SELECT {}, pl.data FROM pages p LEFT JOIN page_links pl ON pl.page_id = p.id "
                                           "WHERE {}",
                                           full ? kPageColumns : kLinkPassColumns, kLatest)
                              : fmt::format("SELECT {} FROM pages p WHERE {}", kPageColumns, kLatest));
  s.Bind(1, site_id).Bind(2, at);
  const int links_column = full ? 19 : 8;
  while (s.Step()) {
    PageRecord record;
    if (full) {
      record.page = ReadPage(s, read == SiteRead::kFull);
    } else {
      model::Page& p = record.page;
      p.id = s.Int(0);
      p.site_id = s.Int(1);
      p.url = s.Text(2);
      p.fetched_at = s.Int(3);
      p.http_status = static_cast<int>(s.Int(4));
      p.error = s.Text(5);
      p.content_hash = s.Text(6);
      p.charset = s.Text(7);
    }
    if (std::optional<std::string_view> data = with_links ? s.OptView(links_column) : std::nullopt) {
      auto links = DecodeLinks(*data, record.page.id, record.page.url);
      if (!links) return links.error();
      record.links = std::move(*links);
    }
    out.push_back(std::move(record));
  }
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: pages: " + s.ErrorMessage());
  std::sort(out.begin(), out.end(), [](const PageRecord& a, const PageRecord& b) { return a.page.id < b.page.id; });
  if (read == SiteRead::kFull) {
    std::unordered_map<std::int64_t, std::size_t> index;
    for (std::size_t i = 0; i < out.size(); ++i) index.emplace(out[i].page.id, i);
    Statement items(db_, fmt::format("SELECT i.page_id, i.title, i.url, i.date FROM items i JOIN pages p ON p.id = "
                                     "i.page_id WHERE {} ORDER BY i.page_id, i.rowid",
                                     kLatest));
    items.Bind(1, site_id).Bind(2, at);
    while (items.Step()) {
      auto it = index.find(items.Int(0));
      if (it == index.end()) continue;
      model::Item item;
      item.page_id = items.Int(0);
      item.title = items.Text(1);
      item.url = items.Text(2);
      item.date = items.OptText(3);
      out[it->second].items.push_back(std::move(item));
    }
    if (items.Failed()) return MakeError(ErrorCode::kIoError, "database: items: " + items.ErrorMessage());
  }
  if (with_links && HasLegacyLinks()) {
    for (PageRecord& r : out) {
      if (!r.links.empty()) continue;
      if (auto e = ReadLegacyLinks(r); !e) return e.error();
    }
  }
  return out;
}

Result<std::string> SqliteRepository::PageBody(std::int64_t snapshot_id) {
  Statement s(db_, "SELECT b.data, b.size FROM pages p JOIN bodies b ON b.hash = p.content_hash WHERE p.id = ?");
  s.Bind(1, snapshot_id);
  if (!s.Step()) {
    return MakeError(ErrorCode::kNotFound, fmt::format("snapshot {}: no stored body", snapshot_id));
  }
  return DecompressBody(s.Text(0), static_cast<std::size_t>(s.Int(1)));
}

Result<PackedBody> SqliteRepository::PackedPageBody(std::int64_t snapshot_id) {
  Statement s(db_, "SELECT b.data, b.size FROM pages p JOIN bodies b ON b.hash = p.content_hash WHERE p.id = ?");
  s.Bind(1, snapshot_id);
  if (!s.Step()) {
    return MakeError(ErrorCode::kNotFound, fmt::format("snapshot {}: no stored body", snapshot_id));
  }
  return PackedBody{s.Text(0), static_cast<std::size_t>(s.Int(1))};
}

Result<int> SqliteRepository::AddPosts(const std::vector<model::Post>& posts) {
  int added = 0;
  auto r = InTransaction([&]() -> Result<void> {
    Statement s(db_,
                "INSERT OR IGNORE INTO posts(account_id, published_at, title, url, text, seen_at) VALUES (?,?,?,?,?,?)");
    for (const model::Post& p : posts) {
      s.Reset();
      s.Bind(1, p.account_id).Bind(2, p.published_at).Bind(3, p.title).Bind(4, p.url).Bind(5, p.text);
      s.Bind(6, p.seen_at);
      if (auto e = s.Run("posts"); !e) return e;
      added += sqlite3_changes(db_);
    }
    return Ok();
  });
  if (!r) return r.error();
  return added;
}

Result<std::vector<model::Post>> SqliteRepository::PostsOfAccount(std::int64_t account_id, Timestamp until,
                                                                   Timestamp seen_by) {
  std::vector<model::Post> out;
  Statement s(db_,
              "SELECT published_at, title, url, text, seen_at FROM posts WHERE account_id = ? AND published_at <= ? "
              "AND seen_at <= ? ORDER BY published_at");
  s.Bind(1, account_id).Bind(2, until).Bind(3, seen_by);
  while (s.Step()) {
    model::Post p;
    p.account_id = account_id;
    p.published_at = s.Int(0);
    p.title = s.Text(1);
    p.url = s.Text(2);
    p.text = s.Text(3);
    p.seen_at = s.Int(4);
    out.push_back(std::move(p));
  }
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: posts: " + s.ErrorMessage());
  return out;
}

Result<void> SqliteRepository::AddFeedFetch(std::int64_t account_id, Timestamp at, bool ok, const std::string& error,
                                            int posts) {
  Statement s(db_, "INSERT INTO feed_fetches(account_id, at, ok, error, posts) VALUES (?,?,?,?,?)");
  s.Bind(1, account_id).Bind(2, at).Bind(3, ok).Bind(4, error).Bind(5, posts);
  return s.Run("feed_fetches");
}

Result<void> SqliteRepository::AddFeedFetchRecord(const FeedFetchRecord& r) {
  Statement s(db_,
              "INSERT INTO feed_fetches(account_id, at, ok, error, posts, http_status, final_url, feed_title, "
              "closed_marker, interactive_posts, url) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  s.Bind(1, r.account_id).Bind(2, r.at).Bind(3, r.ok).Bind(4, r.error).Bind(5, r.posts).Bind(6, r.http_status);
  s.Bind(7, r.final_url).Bind(8, r.feed_title).Bind(9, r.closed_marker).Bind(10, r.interactive_posts).Bind(11, r.url);
  return s.Run("feed_fetches");
}

Result<std::optional<FeedFetchRecord>> SqliteRepository::LatestFeedFetch(std::int64_t account_id, Timestamp by) {
  Statement s(db_,
              "SELECT at, ok, error, posts, http_status, final_url, feed_title, closed_marker, interactive_posts, url "
              "FROM feed_fetches WHERE account_id = ? AND at <= ? ORDER BY at DESC, rowid DESC LIMIT 1");
  s.Bind(1, account_id).Bind(2, by);
  if (s.Step()) {
    FeedFetchRecord r;
    r.account_id = account_id;
    r.at = s.Int(0);
    r.ok = s.Int(1) != 0;
    r.error = s.Text(2);
    r.posts = static_cast<int>(s.Int(3));
    r.http_status = static_cast<int>(s.Int(4));
    r.final_url = s.Text(5);
    r.feed_title = s.Text(6);
    r.closed_marker = s.Text(7);
    r.interactive_posts = static_cast<int>(s.Int(8));
    r.url = s.Text(9);
    return std::optional<FeedFetchRecord>(std::move(r));
  }
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: feed_fetches: " + s.ErrorMessage());
  return std::optional<FeedFetchRecord>();
}

Result<std::optional<Timestamp>> SqliteRepository::LastFeedSuccess(std::int64_t account_id, Timestamp by) {
  Statement s(db_, "SELECT MAX(at) FROM feed_fetches WHERE account_id = ? AND ok = 1 AND at <= ?");
  s.Bind(1, account_id).Bind(2, by);
  if (s.Step()) return s.OptInt(0);
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: feed_fetches: " + s.ErrorMessage());
  return std::optional<Timestamp>();
}

Result<Timestamp> SqliteRepository::LatestObservation() {
  Statement s(db_,
              "SELECT MAX(t) FROM (SELECT MAX(fetched_at) AS t FROM pages UNION ALL SELECT MAX(at) FROM probes "
              "UNION ALL SELECT MAX(seen_at) FROM posts UNION ALL SELECT MAX(seen_at) FROM messages)");
  if (s.Step()) return s.OptInt(0).value_or(0);
  return Timestamp{0};
}

Result<std::optional<std::int64_t>> SqliteRepository::OpenCrawlRun() {
  Statement s(db_, "SELECT id FROM crawl_runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1");
  if (s.Step()) return std::optional<std::int64_t>(s.Int(0));
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: crawl_runs: " + s.ErrorMessage());
  return std::optional<std::int64_t>();
}

Result<std::int64_t> SqliteRepository::StartCrawlRun(Timestamp at) {
  Statement s(db_, "INSERT INTO crawl_runs(started_at) VALUES (?)");
  s.Bind(1, at);
  if (auto r = s.Run("crawl_runs"); !r) return r.error();
  return static_cast<std::int64_t>(sqlite3_last_insert_rowid(db_));
}

Result<void> SqliteRepository::FinishCrawlRun(std::int64_t run, Timestamp at) {
  return InTransaction([&]() -> Result<void> {
    Statement s(db_, "UPDATE crawl_runs SET finished_at = ? WHERE id = ?");
    s.Bind(1, at).Bind(2, run);
    if (auto r = s.Run("crawl_runs"); !r) return r;
    // The frontier of a finished run is no longer needed.
    Statement d(db_, "DELETE FROM frontier WHERE run_id = ?");
    d.Bind(1, run);
    return d.Run("frontier");
  });
}

Result<void> SqliteRepository::AddFrontier(std::int64_t run, const std::vector<FrontierEntry>& entries) {
  return InTransaction([&]() -> Result<void> {
    Statement s(db_,
                "INSERT OR IGNORE INTO frontier(run_id, url, site_id, depth, resource, form) VALUES (?,?,?,?,?,?)");
    for (const FrontierEntry& e : entries) {
      s.Reset();
      s.Bind(1, run).Bind(2, e.url).Bind(3, e.site_id).Bind(4, e.depth).Bind(5, e.resource).Bind(6, e.form);
      if (auto r = s.Run("frontier"); !r) return r;
    }
    return Ok();
  });
}

Result<void> SqliteRepository::MarkFrontierDone(std::int64_t run, const std::vector<std::string>& urls) {
  return InTransaction([&]() -> Result<void> {
    Statement s(db_, "UPDATE frontier SET done = 1 WHERE run_id = ? AND url = ?");
    for (const std::string& u : urls) {
      s.Reset();
      s.Bind(1, run).Bind(2, u);
      if (auto r = s.Run("frontier"); !r) return r;
    }
    return Ok();
  });
}

Result<std::vector<FrontierEntry>> SqliteRepository::Frontier(std::int64_t run, bool pending_only) {
  std::vector<FrontierEntry> out;
  Statement s(db_, pending_only
                       ? "SELECT url, site_id, depth, resource, form FROM frontier WHERE run_id = ? AND done = 0 "
                         "ORDER BY rowid"
                       : "SELECT url, site_id, depth, resource, form FROM frontier WHERE run_id = ? ORDER BY rowid");
  s.Bind(1, run);
  while (s.Step()) {
    FrontierEntry e;
    e.url = s.Text(0);
    e.site_id = s.Int(1);
    e.depth = static_cast<int>(s.Int(2));
    e.resource = s.Int(3) != 0;
    e.form = s.Int(4) != 0;
    out.push_back(std::move(e));
  }
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: frontier: " + s.ErrorMessage());
  return out;
}

Result<void> SqliteRepository::AddCrawlAreas(std::int64_t run, const std::vector<CrawlArea>& areas) {
  return InTransaction([&]() -> Result<void> {
    Statement s(db_, "INSERT INTO crawl_areas(run_id, site_id, url, landing, address) VALUES (?,?,?,?,?)");
    for (const CrawlArea& a : areas) {
      s.Reset();
      s.Bind(1, run).Bind(2, a.site_id).Bind(3, a.url).Bind(4, a.landing).Bind(5, a.address);
      if (auto r = s.Run(fmt::format("crawl_areas '{}'", a.url)); !r) return r;
    }
    return Ok();
  });
}

Result<std::vector<CrawlArea>> SqliteRepository::CrawlAreas(std::int64_t run) {
  std::vector<CrawlArea> out;
  Statement s(db_, "SELECT site_id, url, landing, address FROM crawl_areas WHERE run_id = ? ORDER BY rowid");
  s.Bind(1, run);
  while (s.Step()) {
    CrawlArea a;
    a.site_id = s.Int(0);
    a.url = s.Text(1);
    a.landing = s.Int(2) != 0;
    a.address = s.Text(3);
    out.push_back(std::move(a));
  }
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: crawl_areas: " + s.ErrorMessage());
  return out;
}

Result<void> SqliteRepository::SaveTypoScans(const std::vector<TypoScan>& scans) {
  return InTransaction([&]() -> Result<void> {
    Statement s(db_, "INSERT OR REPLACE INTO typo_scans(text_hash, model, scanned_at, findings) VALUES (?,?,?,?)");
    for (const TypoScan& scan : scans) {
      s.Reset();
      s.Bind(1, scan.text_hash).Bind(2, scan.model).Bind(3, scan.scanned_at).Bind(4, scan.findings);
      if (auto r = s.Run(fmt::format("typo_scans '{}'", scan.text_hash)); !r) return r;
    }
    return Ok();
  });
}

Result<bool> SqliteRepository::HasTypoScans() {
  Statement s(db_, "SELECT 1 FROM typo_scans LIMIT 1");
  const bool any = s.Step();
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: typo_scans: " + s.ErrorMessage());
  return any;
}

Result<std::unordered_map<std::string, std::string>> SqliteRepository::TypoScans(
    const std::vector<std::string>& text_hashes, const std::string& model) {
  std::unordered_map<std::string, std::string> out;
  Statement s(db_, "SELECT findings FROM typo_scans WHERE text_hash = ? AND model = ?");
  for (const std::string& hash : text_hashes) {
    s.Reset();
    s.Bind(1, hash).Bind(2, model);
    if (s.Step()) out.emplace(hash, s.Text(0));
    if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: typo_scans: " + s.ErrorMessage());
  }
  return out;
}

Result<void> SqliteRepository::AddExternalFinding(const ExternalFinding& f) {
  Statement s(db_,
              "INSERT OR REPLACE INTO external_findings(object, object_kind, problem, checker, checked_at, evidence) "
              "VALUES (?,?,?,?,?,?)");
  s.Bind(1, f.object).Bind(2, model::ToEnglish(f.object_kind)).Bind(3, f.problem).Bind(4, f.checker);
  s.Bind(5, f.checked_at).Bind(6, f.evidence);
  return s.Run(fmt::format("external_findings '{}'", f.object));
}

Result<std::vector<ExternalFinding>> SqliteRepository::ExternalFindingsBetween(Timestamp from, Timestamp to) {
  std::vector<ExternalFinding> out;
  Statement s(db_,
              "SELECT object, object_kind, problem, checker, checked_at, evidence FROM external_findings WHERE "
              "checked_at >= ? AND checked_at <= ? ORDER BY checked_at, id");
  s.Bind(1, from).Bind(2, to);
  while (s.Step()) {
    ExternalFinding f;
    f.object = s.Text(0);
    f.object_kind = ParseObjectKind(s.Text(1));
    f.problem = s.Text(2);
    f.checker = s.Text(3);
    f.checked_at = s.Int(4);
    f.evidence = s.Text(5);
    out.push_back(std::move(f));
  }
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: external_findings: " + s.ErrorMessage());
  return out;
}

Result<void> SqliteRepository::ReplaceFindings(const std::string& period, Timestamp judged_at,
                                               const std::vector<model::Finding>& findings) {
  return InTransaction([&]() -> Result<void> {
    Statement del(db_, "DELETE FROM findings WHERE period = ?");
    del.Bind(1, period);
    if (auto e = del.Run("findings"); !e) return e;
    Statement ins(db_,
                  "INSERT INTO findings(period, indicator, problem, object_kind, object, unit, severity, url, excerpt, "
                  "detail, suggestion, snapshot_id, seen_at, last_seen_at, instant, source, points) "
                  "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const model::Finding& f : findings) {
      ins.Reset();
      ins.Bind(1, period).Bind(2, f.indicator).Bind(3, f.problem).Bind(4, model::ToEnglish(f.object_kind));
      ins.Bind(5, f.object).Bind(6, f.unit).Bind(7, SeverityToText(f.severity)).Bind(8, f.url);
      ins.Bind(9, f.excerpt).Bind(10, f.detail).Bind(11, f.suggestion).Bind(12, f.snapshot_id);
      ins.Bind(13, f.seen_at).Bind(14, f.last_seen_at).Bind(15, f.instant).Bind(16, f.source);
      ins.Bind(17, f.points);
      if (auto e = ins.Run("findings"); !e) return e;
    }
    Statement del_insp(db_, "DELETE FROM inspections WHERE period = ?");
    del_insp.Bind(1, period);
    if (auto e = del_insp.Run("inspections"); !e) return e;
    Statement insp(db_, "INSERT INTO inspections(period, judged_at, created_at) VALUES (?, ?, strftime('%s','now'))");
    insp.Bind(1, period).Bind(2, judged_at);
    return insp.Run("inspections");
  });
}

Result<std::vector<model::Finding>> SqliteRepository::Findings(const std::string& period) {
  std::vector<model::Finding> out;
  Statement s(db_,
              "SELECT indicator, problem, object_kind, object, unit, severity, url, excerpt, detail, suggestion, "
              "snapshot_id, seen_at, last_seen_at, instant, source, points FROM findings WHERE period = ? ORDER BY id");
  s.Bind(1, period);
  while (s.Step()) {
    model::Finding f;
    f.indicator = s.Text(0);
    f.problem = s.Text(1);
    f.object_kind = ParseObjectKind(s.Text(2));
    f.object = s.Text(3);
    f.unit = s.Text(4);
    f.severity = SeverityFromText(s.Text(5));
    f.url = s.Text(6);
    f.excerpt = s.Text(7);
    f.detail = s.Text(8);
    f.suggestion = s.Text(9);
    f.snapshot_id = s.Int(10);
    f.seen_at = s.Int(11);
    f.last_seen_at = s.Int(12);
    f.instant = s.Int(13);
    f.source = s.Text(14);
    f.points = s.Real(15);
    out.push_back(std::move(f));
  }
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: findings: " + s.ErrorMessage());
  return out;
}

Result<std::optional<Timestamp>> SqliteRepository::JudgedAt(const std::string& period) {
  Statement s(db_, "SELECT judged_at FROM inspections WHERE period = ? ORDER BY id DESC LIMIT 1");
  s.Bind(1, period);
  if (s.Step()) return std::optional<Timestamp>(s.Int(0));
  return std::optional<Timestamp>();
}

Result<void> SqliteRepository::SetPeriodWindow(const std::string& period, Timestamp from, Timestamp to) {
  Statement s(db_, "INSERT OR REPLACE INTO period_windows(period, from_at, to_at) VALUES (?, ?, ?)");
  s.Bind(1, period).Bind(2, from).Bind(3, to);
  return s.Run("period_windows");
}

Result<std::optional<std::pair<Timestamp, Timestamp>>> SqliteRepository::PeriodWindow(const std::string& period) {
  using Window = std::optional<std::pair<Timestamp, Timestamp>>;
  Statement s(db_, "SELECT from_at, to_at FROM period_windows WHERE period = ?");
  s.Bind(1, period);
  if (s.Step()) return Window(std::make_pair(s.Int(0), s.Int(1)));
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: period_windows: " + s.ErrorMessage());
  return Window();
}

// --- Conditional re-crawls, external link checks and site facts (issue 7) ---

Result<std::vector<PageValidators>> SqliteRepository::ValidatorsOf(const std::vector<std::string>& urls) {
  std::vector<PageValidators> out;
  Statement s(db_, "SELECT etag, last_modified, fetched_at FROM page_validators WHERE url = ?");
  for (const std::string& u : urls) {
    s.Reset();
    s.Bind(1, u);
    if (s.Step()) out.push_back({u, s.Text(0), s.Text(1), s.Int(2)});
    if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: page_validators: " + s.ErrorMessage());
  }
  return out;
}

Result<void> SqliteRepository::SaveValidators(const std::vector<PageValidators>& validators) {
  return InTransaction([&]() -> Result<void> {
    Statement s(db_, "INSERT OR REPLACE INTO page_validators(url, etag, last_modified, fetched_at) VALUES (?,?,?,?)");
    for (const PageValidators& v : validators) {
      s.Reset();
      s.Bind(1, v.url).Bind(2, v.etag).Bind(3, v.last_modified).Bind(4, v.fetched_at);
      if (auto r = s.Run("page_validators"); !r) return r;
    }
    return Ok();
  });
}

Result<void> SqliteRepository::AddLinkChecks(std::int64_t run, const std::vector<LinkCheck>& pending) {
  return InTransaction([&]() -> Result<void> {
    Statement s(db_, "INSERT OR IGNORE INTO link_checks(run_id, url, site_id) VALUES (?,?,?)");
    for (const LinkCheck& c : pending) {
      s.Reset();
      s.Bind(1, run).Bind(2, c.url).Bind(3, c.site_id);
      if (auto r = s.Run("link_checks"); !r) return r;
    }
    return Ok();
  });
}

Result<std::vector<LinkCheck>> SqliteRepository::PendingLinkChecks(std::int64_t run) {
  std::vector<LinkCheck> out;
  Statement s(db_, "SELECT url, site_id FROM link_checks WHERE run_id = ? AND checked_at IS NULL ORDER BY rowid");
  s.Bind(1, run);
  while (s.Step()) {
    LinkCheck c;
    c.url = s.Text(0);
    c.site_id = s.Int(1);
    out.push_back(std::move(c));
  }
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: link_checks: " + s.ErrorMessage());
  return out;
}

Result<void> SqliteRepository::SaveLinkChecks(std::int64_t run, const std::vector<LinkCheck>& checked) {
  return InTransaction([&]() -> Result<void> {
    Statement s(db_,
                "UPDATE link_checks SET checked_at = ?, http_status = ?, error = ?, broken = ?, method = ? "
                "WHERE run_id = ? AND url = ?");
    for (const LinkCheck& c : checked) {
      s.Reset();
      s.Bind(1, c.checked_at).Bind(2, c.http_status).Bind(3, c.error).Bind(4, c.broken).Bind(5, c.method);
      s.Bind(6, run).Bind(7, c.url);
      if (auto r = s.Run(fmt::format("link_checks '{}'", c.url)); !r) return r;
    }
    return Ok();
  });
}

Result<std::vector<LinkCheck>> SqliteRepository::LatestLinkChecks(Timestamp at) {
  std::vector<LinkCheck> out;
  Statement s(db_,
              "SELECT url, site_id, MAX(checked_at), http_status, error, broken, method FROM link_checks "
              "WHERE checked_at IS NOT NULL AND checked_at <= ? GROUP BY url ORDER BY url");
  s.Bind(1, at);
  while (s.Step()) {
    LinkCheck c;
    c.url = s.Text(0);
    c.site_id = s.Int(1);
    c.checked_at = s.Int(2);
    c.http_status = static_cast<int>(s.Int(3));
    c.error = s.Text(4);
    c.broken = s.Int(5) != 0;
    c.method = s.Text(6);
    out.push_back(std::move(c));
  }
  if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: link_checks: " + s.ErrorMessage());
  return out;
}

Result<void> SqliteRepository::AddSiteFacts(const SiteFacts& f) {
  Statement s(db_,
              "INSERT INTO site_facts(site_id, checked_at, https_ok, http_redirects_to_https, tls_version, "
              "cert_chain_valid, cert_not_after, https_error, aaaa, ipv6_ok, ipv6_error) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  s.Bind(1, f.site_id).Bind(2, f.checked_at).Bind(3, f.https_ok).Bind(4, f.http_redirects_to_https);
  s.Bind(5, f.tls_version).Bind(6, f.cert_chain_valid).Bind(7, f.cert_not_after).Bind(8, f.https_error);
  s.Bind(9, f.aaaa).Bind(10, f.ipv6_ok).Bind(11, f.ipv6_error);
  return s.Run(fmt::format("site_facts of site {}", f.site_id));
}

Result<std::optional<SiteFacts>> SqliteRepository::LatestSiteFacts(std::int64_t site_id, Timestamp at) {
  Statement s(db_,
              "SELECT checked_at, https_ok, http_redirects_to_https, tls_version, cert_chain_valid, cert_not_after, "
              "https_error, aaaa, ipv6_ok, ipv6_error FROM site_facts WHERE site_id = ? AND checked_at <= ? "
              "ORDER BY checked_at DESC, rowid DESC LIMIT 1");
  s.Bind(1, site_id).Bind(2, at);
  if (!s.Step()) {
    if (s.Failed()) return MakeError(ErrorCode::kIoError, "database: site_facts: " + s.ErrorMessage());
    return std::optional<SiteFacts>();
  }
  SiteFacts f;
  f.site_id = site_id;
  f.checked_at = s.Int(0);
  f.https_ok = s.Int(1) != 0;
  f.http_redirects_to_https = s.Int(2) != 0;
  f.tls_version = s.Text(3);
  f.cert_chain_valid = s.Int(4) != 0;
  f.cert_not_after = s.OptInt(5);
  f.https_error = s.Text(6);
  f.aaaa = s.Int(7) != 0;
  f.ipv6_ok = s.Int(8) != 0;
  f.ipv6_error = s.Text(9);
  return std::optional<SiteFacts>(std::move(f));
}

}  // namespace govwatch::store::sqlite

namespace govwatch::store {

Result<std::unique_ptr<Repository>> OpenSqlite(const std::string& path) {
  auto repo = sqlite::SqliteRepository::Open(path);
  if (!repo) return repo.error();
  return std::unique_ptr<Repository>(std::move(repo.value()));
}

}  // namespace govwatch::store
