#include "common/directory_cache.hpp"

#include <cstdlib>
#include <utility>

#include "common/files.hpp"

namespace govwatch {

namespace {

bool IsFileNameKey(std::string_view key) {
  if (key.empty() || key.size() > 200 || key.front() == '.') return false;
  for (char c : key) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}

const char* NonEmptyEnv(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : nullptr;
}

}  // namespace

DirectoryCache::DirectoryCache(std::filesystem::path directory) : directory_(std::move(directory)) {}

std::optional<std::filesystem::path> DirectoryCache::DefaultDirectory() {
  if (const char* off = NonEmptyEnv("GOVWATCH_NO_CACHE"); off != nullptr && std::string_view(off) != "0") {
    return std::nullopt;
  }
  if (const char* xdg = NonEmptyEnv("XDG_CACHE_HOME")) return std::filesystem::path(xdg) / "govwatch";
  if (const char* home = NonEmptyEnv("HOME")) return std::filesystem::path(home) / ".cache" / "govwatch";
  return std::nullopt;
}

std::optional<std::string> DirectoryCache::Get(std::string_view key) const {
  if (!IsFileNameKey(key)) return std::nullopt;
  const std::filesystem::path path = directory_ / std::string(key);
  auto content = ReadFile(path);
  if (!content) return std::nullopt;
  // Used now: an entry is pruned only after kMaxIdle without use.
  std::error_code ec;
  std::filesystem::last_write_time(path, std::filesystem::file_time_type::clock::now(), ec);
  return std::move(content.value());
}

void DirectoryCache::Put(std::string_view key, std::string_view bytes) const {
  if (!IsFileNameKey(key)) return;
  // A read-only or full disk only costs the next run a compile.
  (void)WriteFileAtomic(directory_ / std::string(key), bytes);
  Prune(key);
}

void DirectoryCache::Prune(std::string_view kept) const {
  // Entries of rule lists and Vectorscan versions no longer in use, and temporary files of
  // interrupted writes, once nothing has read them for kMaxIdle. Errors (a file another process
  // just removed, a read-only folder) leave the file for a later run.
  std::error_code ec;
  const auto now = std::filesystem::file_time_type::clock::now();
  for (auto it = std::filesystem::directory_iterator(directory_, ec); !ec && it != std::filesystem::directory_iterator();
       it.increment(ec)) {
    std::error_code entry_ec;
    if (!it->is_regular_file(entry_ec) || it->path().filename() == kept) continue;
    const auto written = std::filesystem::last_write_time(it->path(), entry_ec);
    if (entry_ec || now - written < kMaxIdle) continue;
    std::filesystem::remove(it->path(), entry_ec);
  }
}

}  // namespace govwatch
