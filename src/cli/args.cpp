#include "cli/args.hpp"

#include <charconv>

#include <fmt/core.h>

namespace govwatch::cli {

std::optional<std::string> ParsedArgs::Get(const std::string& name) const {
  auto it = options.find(name);
  if (it == options.end()) return std::nullopt;
  return it->second;
}

std::string ParsedArgs::GetOr(const std::string& name, const std::string& fallback) const {
  auto v = Get(name);
  return v ? *v : fallback;
}

Result<ParsedArgs> ParseArgs(const std::vector<std::string>& args, const std::set<std::string>& with_value,
                             const std::set<std::string>& switches) {
  ParsedArgs out;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() > 2 && a[0] == '-' && a[1] == '-') {
      std::string name = a;
      std::optional<std::string> value;
      if (auto eq = a.find('='); eq != std::string::npos) {
        name = a.substr(0, eq);
        value = a.substr(eq + 1);
      }
      if (with_value.count(name) != 0) {
        if (!value) {
          if (i + 1 >= args.size()) {
            return MakeError(ErrorCode::kInvalidArgument, fmt::format("{} needs a value", name));
          }
          value = args[++i];
        }
        out.options[name] = *value;
      } else if (switches.count(name) != 0) {
        if (value) return MakeError(ErrorCode::kInvalidArgument, fmt::format("{} takes no value", name));
        out.options[name] = "";
      } else {
        return MakeError(ErrorCode::kInvalidArgument, fmt::format("unknown option {}", name));
      }
    } else {
      out.positional.push_back(a);
    }
  }
  return out;
}

Result<long long> ParseInt(const std::string& option, const std::string& value) {
  long long v = 0;
  auto r = std::from_chars(value.data(), value.data() + value.size(), v);
  if (r.ec != std::errc() || r.ptr != value.data() + value.size()) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("{}: '{}' is not a whole number", option, value));
  }
  return v;
}

}  // namespace govwatch::cli
