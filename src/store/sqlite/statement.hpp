// Thin RAII wrappers over the SQLite C API used by the SQLite repository.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace govwatch::store::sqlite {

// A prepared statement. Not copyable; finalised on destruction. Not thread-safe.
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
  bool Failed() const { return failed_; }
  std::string ErrorMessage() const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
  bool failed_ = false;
};

}  // namespace govwatch::store::sqlite
