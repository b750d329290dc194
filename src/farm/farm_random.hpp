// FarmRandom: the farm's only source of variety. A SplitMix64 stream seeded from the farm seed
// and a label, so that every choice is a pure function of (seed, what is being chosen).
#pragma once

#include <cstdint>
#include <string_view>

namespace govwatch::farm {

// Mixes a 64-bit value (the SplitMix64 finaliser).
inline std::uint64_t Mix64(std::uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

// Hashes a seed and a label into one value (FNV-1a over the label, then mixed).
inline std::uint64_t HashOf(std::uint64_t seed, std::string_view label, std::uint64_t extra = 0) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : label) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return Mix64(seed ^ Mix64(h ^ Mix64(extra)));
}

// A deterministic random stream. Not thread-safe; cheap to copy.
class FarmRandom {
 public:
  FarmRandom(std::uint64_t seed, std::string_view label) : state_(HashOf(seed, label)) {}
  // The next 64 random bits.
  std::uint64_t Next() {
    state_ += 0x9e3779b97f4a7c15ULL;
    return Mix64(state_);
  }
  // A number in [low, high], both included (low <= high).
  int Between(int low, int high) {
    return low + static_cast<int>(Next() % static_cast<std::uint64_t>(high - low + 1));
  }
  // Shuffles a random-access range in place (Fisher-Yates).
  template <typename Range>
  void Shuffle(Range& range) {
    for (std::size_t i = range.size(); i > 1; --i) {
      const std::size_t j = static_cast<std::size_t>(Next() % i);
      std::swap(range[i - 1], range[j]);
    }
  }

 private:
  std::uint64_t state_;
};

}  // namespace govwatch::farm
