#include "store/sqlite/meta_json.hpp"

#include <optional>

#include <nlohmann/json.hpp>

#include "common/strings.hpp"

namespace govwatch::store::sqlite {

namespace {

// A JSON string as nlohmann's dump writes one of valid UTF-8 without ensure_ascii: the quote,
// the backslash and control characters escaped, everything else as it is.
void AppendJsonString(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 0xF]);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

// Reads the JSON string starting at json[at] (a quote) into `out`; nothing when it uses an escape
// other than the simple ones or holds a control character (left to nlohmann).
std::optional<std::size_t> ReadSimpleString(std::string_view json, std::size_t at, std::string& out) {
  if (at >= json.size() || json[at] != '"') return std::nullopt;
  out.clear();
  for (std::size_t i = at + 1; i < json.size(); ++i) {
    const auto c = static_cast<unsigned char>(json[i]);
    if (c == '"') return i + 1;
    if (c < 0x20) return std::nullopt;
    if (c != '\\') {
      out.push_back(json[i]);
      continue;
    }
    if (++i >= json.size()) return std::nullopt;
    switch (json[i]) {
      case '"': out.push_back('"'); break;
      case '\\': out.push_back('\\'); break;
      case '/': out.push_back('/'); break;
      case 'b': out.push_back('\b'); break;
      case 'f': out.push_back('\f'); break;
      case 'n': out.push_back('\n'); break;
      case 'r': out.push_back('\r'); break;
      case 't': out.push_back('\t'); break;
      default: return std::nullopt;  // \uXXXX and anything invalid
    }
  }
  return std::nullopt;
}

// The object as MetaJson writes it ({"k":"v",…}, no spaces, distinct keys); nothing otherwise.
std::optional<std::map<std::string, std::string>> ParseWrittenForm(std::string_view json) {
  if (!IsValidUtf8(json) || json.size() < 2 || json.front() != '{') return std::nullopt;
  std::map<std::string, std::string> out;
  if (json == "{}") return out;
  std::size_t at = 1;
  std::string key;
  std::string value;
  for (;;) {
    auto after_key = ReadSimpleString(json, at, key);
    if (!after_key || *after_key >= json.size() || json[*after_key] != ':') return std::nullopt;
    auto after_value = ReadSimpleString(json, *after_key + 1, value);
    if (!after_value || *after_value >= json.size()) return std::nullopt;
    if (!out.emplace(key, value).second) return std::nullopt;  // a repeated key: nlohmann decides
    at = *after_value + 1;
    if (json[*after_value] == '}') return at == json.size() ? std::optional(std::move(out)) : std::nullopt;
    if (json[*after_value] != ',') return std::nullopt;
  }
}

}  // namespace

std::string MetaJson(const std::map<std::string, std::string>& meta) {
  std::size_t size = 2;
  for (const auto& [k, v] : meta) {
    // nlohmann replaces invalid bytes in its own way.
    if (!IsValidUtf8(k) || !IsValidUtf8(v)) {
      return nlohmann::json(meta).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    }
    size += k.size() + v.size() + 6;
  }
  std::string out;
  out.reserve(size);
  out.push_back('{');
  for (const auto& [k, v] : meta) {
    if (out.size() > 1) out.push_back(',');
    AppendJsonString(out, k);
    out.push_back(':');
    AppendJsonString(out, v);
  }
  out.push_back('}');
  return out;
}

std::map<std::string, std::string> ParseMetaJson(std::string_view json) {
  if (auto simple = ParseWrittenForm(json)) return std::move(*simple);
  std::map<std::string, std::string> out;
  const nlohmann::json meta = nlohmann::json::parse(json, nullptr, false);
  if (meta.is_object()) {
    for (const auto& [k, v] : meta.items()) {
      if (v.is_string()) out[k] = v.get<std::string>();
    }
  }
  return out;
}

}  // namespace govwatch::store::sqlite
