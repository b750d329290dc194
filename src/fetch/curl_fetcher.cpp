// Placeholder until the libcurl multi implementation lands (owned by the fetch/extract work).
#include "fetch/fetcher.hpp"

namespace govwatch::fetch {
namespace {
class NullFetcher final : public Fetcher {
 public:
  void FetchAll(std::span<const Request> requests,
                const std::function<void(std::size_t, Response&&)>& on_done) override {
    for (std::size_t i = 0; i < requests.size(); ++i) {
      Response r;
      r.url = requests[i].url;
      r.error = FetchError::kOther;
      on_done(i, std::move(r));
    }
  }
};
}  // namespace
std::unique_ptr<Fetcher> MakeCurlFetcher(const FetchOptions&) { return std::make_unique<NullFetcher>(); }
}  // namespace govwatch::fetch
