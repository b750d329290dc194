// BlobCache on disk: one file per key in a folder, written atomically (temporary + rename), so
// that concurrent runs and an interrupted write leave either a whole old file or a whole new one.
#pragma once

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "common/blob_cache.hpp"

namespace govwatch {

// Stateless apart from its folder; safe to share between threads and processes.
class DirectoryCache : public BlobCache {
 public:
  // Keeps files in `directory` (created on the first Put).
  explicit DirectoryCache(std::filesystem::path directory);
  // The default folder: $XDG_CACHE_HOME/govwatch, else $HOME/.cache/govwatch; nothing when
  // GOVWATCH_NO_CACHE is set to a non-empty value other than "0", or when neither variable is set.
  static std::optional<std::filesystem::path> DefaultDirectory();

  // Keys are file names: letters, digits, '-', '_' and '.'; any other key is a miss and not stored.
  // A hit marks the entry used (its modification time).
  std::optional<std::string> Get(std::string_view key) const override;
  // Stores `bytes` under `key`, then removes the folder's entries unused for kMaxIdle (databases of
  // earlier rule lists or library versions would otherwise pile up).
  void Put(std::string_view key, std::string_view bytes) const override;
  const std::filesystem::path& Directory() const { return directory_; }

  static constexpr std::chrono::hours kMaxIdle{24 * 30};

 private:
  void Prune(std::string_view kept) const;

  std::filesystem::path directory_;
};

}  // namespace govwatch
