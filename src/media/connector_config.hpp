// The connector settings file passed with --config (TOML): XPath selectors of message boards and
// HTML post lists, per-site overrides. Parsed into plain string maps so that each connector reads
// its own section ([[board]] for messages/, [[account_list]] for media/) without a TOML dependency.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch::media {

// One table of an array of tables, with nested tables flattened to dotted keys
// ("detail.received_at") and numbers and booleans given as text.
struct ConfigSection {
  std::map<std::string, std::string> values;
  int line = 0;  // where the table starts in the file

  // The value of `key`, or `fallback` when absent.
  std::string Get(const std::string& key, const std::string& fallback = "") const;
  bool Has(const std::string& key) const { return values.count(key) != 0; }
};

// A parsed connector settings file.
class ConnectorConfig {
 public:
  // Parses TOML. Fails with "file:line:column: why" on a syntax error.
  static Result<ConnectorConfig> Parse(std::string_view toml, const std::string& file);
  // Reads and parses the file at `path` (the --config option).
  static Result<ConnectorConfig> Load(const std::string& path);
  // The tables of the array `name` ([[name]]), in file order; empty when absent.
  const std::vector<ConfigSection>& Sections(const std::string& name) const;
  // The file name given to Parse.
  const std::string& file() const { return file_; }

 private:
  std::map<std::string, std::vector<ConfigSection>> arrays_;
  std::string file_;
};

}  // namespace govwatch::media
