// farm: a deterministic farm of synthetic Chinese government sites served on loopback, for the
// demo, the tests and the benchmarks. It follows every rule it does not break on purpose, plants
// known problems, and writes the registry files that describe it and a manifest of its plants.
// Content dates and availability follow the Clock it is given, so with a simulated clock a week
// of probes passes in seconds.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "common/time.hpp"

namespace govwatch::farm {

struct FarmOptions {
  std::uint64_t seed = 1;
  int sites = 6;          // number of sites (>= 6 to hold every plant)
  int pages = 600;        // approximate number of HTML pages over all sites
  int base_port = 0;      // site i listens on base_port + i; 0 picks free ports
  std::string host = "127.0.0.1";
  Date anchor{2022, 3, 31};  // the farm's "today": the newest content is dated on or before it
};

// One synthetic site as the registry sees it.
struct FarmSite {
  std::string name;
  std::string unit;
  std::string site_code;
  std::string url;  // homepage, http://127.0.0.1:PORT/
  int port = 0;
};

// Serves the farm. Start() binds every port on the loopback host and serves from background
// threads until Stop() or destruction. Thread-safe after Start().
class Farm {
 public:
  Farm(FarmOptions options, const Clock& clock);
  ~Farm();
  Farm(const Farm&) = delete;
  Farm& operator=(const Farm&) = delete;

  // Binds and starts serving. Fails when a port cannot be bound, naming it.
  Result<void> Start();
  void Stop();
  const std::vector<FarmSite>& Sites() const;
  // Writes units.csv, sites.csv, columns.csv, accounts.csv and messages.csv (the import formats
  // of DESIGN.md) into `dir`.
  Result<void> WriteRegistry(const std::filesystem::path& dir) const;
  // The planted problems: an array of {indicator, problem, object_kind, object, unit, url, note}.
  nlohmann::json Manifest() const;
  // Writes manifest.json into `dir`.
  Result<void> WriteManifest(const std::filesystem::path& dir) const;
  // HTTP requests served so far.
  std::uint64_t RequestCount() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace govwatch::farm
