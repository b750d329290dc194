// Multi-literal matching with Vectorscan (hs_compile_lit_multi, block mode): every occurrence
// of every literal, overlapping ones included, reported by literal id and byte range.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch::text {

// A compiled set of literals. Immutable after Build(); Scan is safe to call from several
// threads (scratch space comes from an internal pool).
class LiteralMatcher {
 public:
  // Called for each occurrence: literal id (its index in Build's list), byte range [from, to).
  using OnMatch = std::function<void(std::uint32_t id, std::size_t from, std::size_t to)>;

  // An empty matcher that never reports.
  LiteralMatcher();
  // Compiles `literals` (UTF-8, non-empty, case-sensitive). Fails with Vectorscan's message.
  static Result<LiteralMatcher> Build(const std::vector<std::string>& literals);
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
