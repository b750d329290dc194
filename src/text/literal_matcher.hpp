// Multi-literal matching with Vectorscan (hs_compile_lit_multi, block mode): every occurrence
// of every literal, overlapping ones included, reported by literal id and byte range.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "common/blob_cache.hpp"
#include "common/result.hpp"

namespace govwatch::text {

// Where LiteralMatcher::Build keeps compiled databases between runs, and what it did. The counters
// are atomic so that matchers may be built on several threads.
struct MatcherCache {
  const BlobCache* blobs = nullptr;      // borrowed, optional: null means always compile
  std::atomic<std::size_t> loaded{0};    // databases read back from `blobs`
  std::atomic<std::size_t> compiled{0};  // databases compiled (none cached, or the cached one unusable)
};

// A compiled set of literals. Immutable after Build(); Scan is safe to call from several
// threads (scratch space comes from an internal pool).
class LiteralMatcher {
 public:
  // Called for each occurrence: literal id (its index in Build's list), byte range [from, to).
  using OnMatch = std::function<void(std::uint32_t id, std::size_t from, std::size_t to)>;

  // An empty matcher that never reports.
  LiteralMatcher();
  // Compiles `literals` (UTF-8, non-empty, case-sensitive). Fails with Vectorscan's message.
  // With a `cache` (borrowed, optional), first tries the database serialised under a key that
  // hashes the literals, the Vectorscan version and the host platform; a missing, stale or damaged
  // entry is compiled and stored again, never an error.
  static Result<LiteralMatcher> Build(const std::vector<std::string>& literals, MatcherCache* cache = nullptr);
  // Reports every occurrence in `bytes`, in order of match end.
  void Scan(std::string_view bytes, const OnMatch& on_match) const;
  // Number of literals compiled.
  std::size_t size() const;

  LiteralMatcher(LiteralMatcher&&) noexcept;
  LiteralMatcher& operator=(LiteralMatcher&&) noexcept;
  ~LiteralMatcher();

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace govwatch::text
