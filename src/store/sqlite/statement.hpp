// Thin RAII wrappers over the SQLite C API used by the SQLite repository.
#pragma once

#include <sqlite3.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace govwatch::store::sqlite {

// A prepared statement. Not copyable; not thread-safe. Compiled statements are kept per
// connection and reused: building a Statement with SQL the connection has run before takes the
// compiled one (reset, bindings cleared) instead of compiling it again, and destruction hands it
// back (at most kMaxCachedStatements per connection; the rest are finalised).
class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // False when preparation failed; Error() says why.
  bool Prepared() const { return stmt_ != nullptr; }
  Statement& Bind(int index, std::int64_t v);
  Statement& Bind(int index, int v) { return Bind(index, static_cast<std::int64_t>(v)); }
  Statement& Bind(int index, bool v) { return Bind(index, static_cast<std::int64_t>(v ? 1 : 0)); }
  Statement& Bind(int index, double v);
  Statement& Bind(int index, std::string_view v);
  Statement& Bind(int index, const std::string& v) { return Bind(index, std::string_view(v)); }
  Statement& Bind(int index, const char* v) { return Bind(index, std::string_view(v)); }
  Statement& BindBlob(int index, std::string_view v);
  Statement& Bind(int index, const std::optional<std::int64_t>& v);
  Statement& Bind(int index, const std::optional<std::string>& v);
  Statement& BindNull(int index);
  // Advances; true while a row is available. Sets an error on failure.
  bool Step();
  // Runs to completion; fails with the SQLite message and `context`.
  Result<void> Run(std::string_view context);
  void Reset();

  std::int64_t Int(int col) const;
  double Real(int col) const;
  std::string Text(int col) const;
  std::optional<std::int64_t> OptInt(int col) const;
  std::optional<std::string> OptText(int col) const;
  // The column's bytes without a copy, valid until the next Step or Reset; nullopt for NULL.
  std::optional<std::string_view> OptView(int col) const;
  bool Failed() const { return failed_; }
  std::string ErrorMessage() const;

  static constexpr std::size_t kMaxCachedStatements = 256;

 private:
  sqlite3* db_;
  std::string sql_;
  sqlite3_stmt* stmt_ = nullptr;
  bool failed_ = false;
};

// Finalises the compiled statements kept for `db`; call before sqlite3_close(db). No Statement of
// `db` may be alive.
void ReleaseStatements(sqlite3* db);

}  // namespace govwatch::store::sqlite
