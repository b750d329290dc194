#include "store/sqlite/statement.hpp"

#include <mutex>
#include <unordered_map>

#include <fmt/core.h>

namespace govwatch::store::sqlite {
namespace {

// Compiled statements not in use, per connection and SQL text. Connections may live on several
// threads (one each), hence the lock.
struct StatementCache {
  std::mutex mutex;
  std::unordered_map<sqlite3*, std::unordered_map<std::string, sqlite3_stmt*>> by_db;
};

StatementCache& Cache() {
  static StatementCache* cache = new StatementCache();  // never destroyed: used until exit
  return *cache;
}

sqlite3_stmt* TakeCached(sqlite3* db, const std::string& sql) {
  StatementCache& c = Cache();
  std::lock_guard<std::mutex> lock(c.mutex);
  auto db_it = c.by_db.find(db);
  if (db_it == c.by_db.end()) return nullptr;
  auto it = db_it->second.find(sql);
  if (it == db_it->second.end()) return nullptr;
  sqlite3_stmt* stmt = it->second;
  db_it->second.erase(it);
  return stmt;
}

// Keeps `stmt` (reset) for reuse; false when the connection already keeps one for `sql` or keeps
// its maximum, and the caller finalises it.
bool GiveBack(sqlite3* db, std::string&& sql, sqlite3_stmt* stmt) {
  StatementCache& c = Cache();
  std::lock_guard<std::mutex> lock(c.mutex);
  auto& kept = c.by_db[db];
  if (kept.size() >= Statement::kMaxCachedStatements) return false;
  return kept.emplace(std::move(sql), stmt).second;
}

}  // namespace

void ReleaseStatements(sqlite3* db) {
  std::unordered_map<std::string, sqlite3_stmt*> kept;
  {
    StatementCache& c = Cache();
    std::lock_guard<std::mutex> lock(c.mutex);
    auto it = c.by_db.find(db);
    if (it == c.by_db.end()) return;
    kept = std::move(it->second);
    c.by_db.erase(it);
  }
  for (auto& [sql, stmt] : kept) sqlite3_finalize(stmt);
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db), sql_(sql) {
  stmt_ = TakeCached(db, sql_);
  if (stmt_ != nullptr) return;
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr) != SQLITE_OK) {
    if (stmt_ != nullptr) sqlite3_finalize(stmt_);
    stmt_ = nullptr;
    failed_ = true;
  }
}

Statement::~Statement() {
  if (stmt_ == nullptr) return;
  // Reset ends the statement's read of the database (an unfinished SELECT would hold it open).
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  if (!GiveBack(db_, std::move(sql_), stmt_)) sqlite3_finalize(stmt_);
}

Statement& Statement::Bind(int index, std::int64_t v) {
  if (stmt_ != nullptr) sqlite3_bind_int64(stmt_, index, v);
  return *this;
}

Statement& Statement::Bind(int index, double v) {
  if (stmt_ != nullptr) sqlite3_bind_double(stmt_, index, v);
  return *this;
}

Statement& Statement::Bind(int index, std::string_view v) {
  if (stmt_ != nullptr) sqlite3_bind_text(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::BindBlob(int index, std::string_view v) {
  if (stmt_ != nullptr) sqlite3_bind_blob(stmt_, index, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::Bind(int index, const std::optional<std::int64_t>& v) {
  return v ? Bind(index, *v) : BindNull(index);
}

Statement& Statement::Bind(int index, const std::optional<std::string>& v) {
  return v ? Bind(index, std::string_view(*v)) : BindNull(index);
}

Statement& Statement::BindNull(int index) {
  if (stmt_ != nullptr) sqlite3_bind_null(stmt_, index);
  return *this;
}

bool Statement::Step() {
  if (stmt_ == nullptr) return false;
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) failed_ = true;
  return false;
}

Result<void> Statement::Run(std::string_view context) {
  while (Step()) {
  }
  if (failed_) {
    return MakeError(ErrorCode::kIoError, fmt::format("database: {}: {}", context, ErrorMessage()));
  }
  return Ok();
}

void Statement::Reset() {
  if (stmt_ == nullptr) return;
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  failed_ = false;
}

std::int64_t Statement::Int(int col) const { return sqlite3_column_int64(stmt_, col); }
double Statement::Real(int col) const { return sqlite3_column_double(stmt_, col); }

std::string Statement::Text(int col) const {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_blob(stmt_, col));
  const int n = sqlite3_column_bytes(stmt_, col);
  return p == nullptr ? std::string() : std::string(p, static_cast<std::size_t>(n));
}

std::optional<std::int64_t> Statement::OptInt(int col) const {
  if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) return std::nullopt;
  return Int(col);
}

std::optional<std::string> Statement::OptText(int col) const {
  if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) return std::nullopt;
  return Text(col);
}

std::optional<std::string_view> Statement::OptView(int col) const {
  if (sqlite3_column_type(stmt_, col) == SQLITE_NULL) return std::nullopt;
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_blob(stmt_, col));
  const int n = sqlite3_column_bytes(stmt_, col);
  return p == nullptr ? std::string_view() : std::string_view(p, static_cast<std::size_t>(n));
}

std::string Statement::ErrorMessage() const { return sqlite3_errmsg(db_); }

}  // namespace govwatch::store::sqlite
