// A small command-line parser for the subcommands: positional arguments and --flag[=value]
// options, with errors that name the offending argument.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/result.hpp"

namespace govwatch::cli {

struct ParsedArgs {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;  // "--db" → value; switches map to ""
  bool Has(const std::string& name) const { return options.count(name) != 0; }
  std::optional<std::string> Get(const std::string& name) const;
  std::string GetOr(const std::string& name, const std::string& fallback) const;
};

// Parses `args` (without the program and subcommand names). `with_value` lists options that take
// a value; `switches` lists those that do not. Unknown options fail.
Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args, const std::set<std::string>& with_value,
                             const std::set<std::string>& switches);
// Parses a whole number option; fails naming the option.
Result<long long> ParseInt(const std::string& option, const std::string& value);

}  // namespace govwatch::cli
