#include "media/connector_config.hpp"

#include <fmt/core.h>

#include <toml++/toml.h>

#include "common/files.hpp"

namespace govwatch::media {

namespace {

void Flatten(const toml::table& table, const std::string& prefix, std::map<std::string, std::string>& out) {
  for (const auto& [key, node] : table) {
    const std::string name = prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
    if (const auto* sub = node.as_table()) {
      Flatten(*sub, name, out);
    } else if (const auto* s = node.as_string()) {
      out[name] = s->get();
    } else if (const auto* i = node.as_integer()) {
      out[name] = fmt::format("{}", i->get());
    } else if (const auto* f = node.as_floating_point()) {
      out[name] = fmt::format("{}", f->get());
    } else if (const auto* b = node.as_boolean()) {
      out[name] = b->get() ? "true" : "false";
    }
  }
}

}  // namespace

std::string ConfigSection::Get(const std::string& key, const std::string& fallback) const {
  auto it = values.find(key);
  return it == values.end() ? fallback : it->second;
}

Result<ConnectorConfig> ConnectorConfig::Parse(std::string_view text, const std::string& file) {
  ConnectorConfig config;
  config.file_ = file;
  toml::table root;
  try {
    root = toml::parse(text, file);
  } catch (const toml::parse_error& e) {
    return MakeError(ErrorCode::kParseError, fmt::format("{}:{}:{}: {}", file, e.source().begin.line,
                                                         e.source().begin.column, e.description()));
  }
  for (const auto& [key, node] : root) {
    const auto* array = node.as_array();
    if (array == nullptr) continue;
    auto& sections = config.arrays_[std::string(key.str())];
    for (const auto& element : *array) {
      const auto* table = element.as_table();
      if (table == nullptr) continue;
      ConfigSection s;
      s.line = static_cast<int>(table->source().begin.line);
      Flatten(*table, "", s.values);
      sections.push_back(std::move(s));
    }
  }
  return config;
}

Result<ConnectorConfig> ConnectorConfig::Load(const std::string& path) {
  auto text = ReadFile(path);
  if (!text) return text.error();
  return Parse(*text, path);
}

const std::vector<ConfigSection>& ConnectorConfig::Sections(const std::string& name) const {
  static const std::vector<ConfigSection> kNone;
  auto it = arrays_.find(name);
  return it == arrays_.end() ? kNone : it->second;
}

}  // namespace govwatch::media
