// The numbered SQL migrations of schema/, embedded into the binary at build time.
#pragma once

#include <string_view>
#include <vector>

namespace govwatch::store {

struct Migration {
  int version = 0;
  std::string_view name;  // file name, e.g. "0001_init.sql"
  std::string_view sql;
};

// The SQLite migrations in version order.
const std::vector<Migration>& SqliteMigrations();

}  // namespace govwatch::store
