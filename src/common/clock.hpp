// Clock: every piece of govwatch reads time through one of these, so that tests and the demo
// can run govwatch and the farm on one simulated clock.
#pragma once

#include <atomic>
#include <cstdint>

namespace govwatch {

// Seconds since the Unix epoch (UTC).
using Timestamp = std::int64_t;

// The source of "now". Implementations are safe to share between threads.
class Clock {
 public:
  virtual ~Clock() = default;
  // The current time, in seconds since the epoch.
  virtual Timestamp Now() const = 0;
  // The current time in milliseconds since the epoch.
  virtual std::int64_t NowMillis() const = 0;
};

// The machine's wall clock.
class RealClock final : public Clock {
 public:
  Timestamp Now() const override;
  std::int64_t NowMillis() const override;
};

// A clock that only moves when told to. Thread-safe.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Timestamp start) : millis_(start * 1000) {}
  Timestamp Now() const override { return millis_.load() / 1000; }
  std::int64_t NowMillis() const override { return millis_.load(); }
  // Moves the clock to `t` (seconds).
  void Set(Timestamp t) { millis_.store(t * 1000); }
  // Moves the clock forward by `seconds`.
  void Advance(std::int64_t seconds) { millis_.fetch_add(seconds * 1000); }

 private:
  std::atomic<std::int64_t> millis_;
};

}  // namespace govwatch
