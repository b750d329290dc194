// Placeholder until the text engine lands.
#include "text/text_engine.hpp"

namespace govwatch::text {
struct TextEngine::Impl {
  std::string version = "0";
};
std::string_view CheckName(Check c) {
  switch (c) {
    case Check::kSevere: return "severe";
    case Check::kTypo: return "typo";
    case Check::kSensitive: return "sensitive";
    case Check::kPii: return "pii";
  }
  return "severe";
}
std::string_view SeverityName(TextSeverity s) {
  switch (s) {
    case TextSeverity::kSevere: return "severe";
    case TextSeverity::kWarn: return "warn";
    case TextSeverity::kInfo: return "info";
  }
  return "info";
}
TextEngine::TextEngine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
TextEngine::TextEngine(TextEngine&&) noexcept = default;
TextEngine& TextEngine::operator=(TextEngine&&) noexcept = default;
TextEngine::~TextEngine() = default;
Result<TextEngine> TextEngine::Load(const RuleFiles&) { return TextEngine(std::make_unique<Impl>()); }
std::vector<TextFinding> TextEngine::Scan(std::string_view, const ScanOptions&) const { return {}; }
const std::string& TextEngine::Version() const { return impl_->version; }
}  // namespace govwatch::text
