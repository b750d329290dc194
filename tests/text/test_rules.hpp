// Test helper: the repository's rules/text/ folder loaded into RuleFiles, and one shared engine.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "text/language_model.hpp"
#include "text/word_readings.hpp"
#include "text/text_engine.hpp"

namespace govwatch::text::testing {

// Reads every file under rules/text/ of the source tree.
inline RuleFiles RepositoryRuleFiles() {
  RuleFiles files;
  std::filesystem::path dir = std::filesystem::path(GOVWATCH_SOURCE_DIR) / "rules" / "text";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_regular_file()) continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    files[std::filesystem::relative(entry.path(), dir).generic_string()] = content.str();
  }
  return files;
}

// The engine built from the repository's rules (loaded once per test binary).
inline const TextEngine& RepositoryEngine() {
  static const TextEngine* engine = [] {
    auto loaded = TextEngine::Load(RepositoryRuleFiles());
    if (!loaded) {
      std::fprintf(stderr, "rules failed to load: %s\n", loaded.error().message.c_str());
      std::abort();
    }
    return new TextEngine(std::move(*loaded));
  }();
  return *engine;
}

// The engine with the word trigram model (loaded once per test binary), or nullptr when the model
// is not installed; a test checks HasLanguageModel() too (a build without libime).
inline const TextEngine* LanguageModelEngine() {
  static const TextEngine* engine = []() -> const TextEngine* {
    if (!std::filesystem::exists(WordLanguageModel::kDefaultPath)) return nullptr;
    EngineResources resources;
    resources.language_model = WordLanguageModel::kDefaultPath;
    resources.word_readings = InstalledWordReadingsPath();
    auto loaded = TextEngine::Load(RepositoryRuleFiles(), resources);
    if (!loaded) {
      std::fprintf(stderr, "rules or language model failed to load: %s\n", loaded.error().message.c_str());
      std::abort();
    }
    return new TextEngine(std::move(*loaded));
  }();
  return engine;
}

}  // namespace govwatch::text::testing
