// Placeholder until the farm lands.
#include "farm/farm.hpp"

namespace govwatch::farm {
struct Farm::Impl {
  std::vector<FarmSite> sites;
};
Farm::Farm(FarmOptions, const Clock&) : impl_(std::make_unique<Impl>()) {}
Farm::~Farm() = default;
Result<void> Farm::Start() { return MakeError(ErrorCode::kInternal, "farm not built yet"); }
void Farm::Stop() {}
const std::vector<FarmSite>& Farm::Sites() const { return impl_->sites; }
Result<void> Farm::WriteRegistry(const std::filesystem::path&) const { return Ok(); }
nlohmann::json Farm::Manifest() const { return nlohmann::json::array(); }
Result<void> Farm::WriteManifest(const std::filesystem::path&) const { return Ok(); }
std::uint64_t Farm::RequestCount() const { return 0; }
}  // namespace govwatch::farm
