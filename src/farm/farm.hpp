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
  int sites = 10;         // number of sites, 8..50 (8 hold every plant on distinct sites)
  int pages = 600;        // approximate number of article pages over all sites
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

// Serves the farm. The constructor computes the whole farm (a pure function of options and seed);
// Start() binds every port on the loopback host and serves from background threads until Stop()
// or destruction. `clock` must outlive the farm. Thread-safe after Start().
class Farm {
 public:
  Farm(FarmOptions options, const Clock& clock);
  ~Farm();
  Farm(const Farm&) = delete;
  Farm& operator=(const Farm&) = delete;

  // Binds and starts serving. Fails when a port cannot be bound, naming it, or when the
  // options are out of range (sites outside 8..50, pages < 1).
  Result<void> Start();
  // Stops serving and joins the server threads. Idempotent.
  void Stop();
  // The sites in order (0 is the city portal). Ports are 0 until Start() when base_port is 0.
  const std::vector<FarmSite>& Sites() const;
  // Writes units.csv, sites.csv, columns.csv, accounts.csv and messages.csv (the import formats
  // of DESIGN.md) and connectors.toml (the --config settings of the HTML boards) into `dir`, creating it. Site URLs carry the ports: call it after Start() when
  // base_port is 0. Fails naming the file that could not be written.
  Result<void> WriteRegistry(const std::filesystem::path& dir) const;
  // The manifest: {"seed", "anchor", "sites": [{name, unit, site_code, url, kind, charset}],
  // "plants": [{indicator, problem, object_kind, object, unit, url, note}]}. URLs carry the ports,
  // so call it after Start() when base_port is 0.
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
