// A key → bytes cache seen through an interface, so that a pure module (text/) can keep costly
// derived data (compiled Vectorscan databases) between runs without doing I/O itself. The
// implementation on disk is DirectoryCache (common/directory_cache.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace govwatch {

// Implementations say whether they are safe to share between threads.
class BlobCache {
 public:
  virtual ~BlobCache() = default;
  // The bytes last stored under `key`, or nothing when there are none or they cannot be read.
  // The bytes may be stale or damaged: callers validate them.
  virtual std::optional<std::string> Get(std::string_view key) const = 0;
  // Stores `bytes` under `key`. A failure is not reported: the cache only saves time.
  virtual void Put(std::string_view key, std::string_view bytes) const = 0;
};

}  // namespace govwatch
