#include "text/literal_matcher.hpp"

#include <hs.h>

#include <algorithm>
#include <cstdlib>
#include <limits>

#include <fmt/core.h>

#include "common/strings.hpp"

namespace govwatch::text {

struct LiteralMatcher::State {
  hs_database_t* database = nullptr;
  hs_scratch_t* prototype = nullptr;
  std::vector<std::size_t> lengths;
  std::size_t longest = 0;  // the longest literal's length
  mutable std::mutex mutex;
  mutable std::vector<hs_scratch_t*> pool;

  ~State() {
    for (hs_scratch_t* scratch : pool) hs_free_scratch(scratch);
    if (prototype != nullptr) hs_free_scratch(prototype);
    if (database != nullptr) hs_free_database(database);
  }
  hs_scratch_t* Acquire() const {
    {
      std::lock_guard<std::mutex> lock(mutex);
      if (!pool.empty()) {
        hs_scratch_t* scratch = pool.back();
        pool.pop_back();
        return scratch;
      }
    }
    hs_scratch_t* scratch = nullptr;
    if (hs_clone_scratch(prototype, &scratch) != HS_SUCCESS) return nullptr;
    return scratch;
  }
  void Release(hs_scratch_t* scratch) const {
    std::lock_guard<std::mutex> lock(mutex);
    pool.push_back(scratch);
  }
};

LiteralMatcher::LiteralMatcher() : state_(std::make_unique<State>()) {}
LiteralMatcher::LiteralMatcher(LiteralMatcher&&) noexcept = default;
LiteralMatcher& LiteralMatcher::operator=(LiteralMatcher&&) noexcept = default;
LiteralMatcher::~LiteralMatcher() = default;

std::size_t LiteralMatcher::size() const { return state_->lengths.size(); }

namespace {

constexpr std::string_view kCacheMagic = "govwatch-literal-matcher 1\n";

// The cache key: everything the compiled database depends on.
std::string CacheKey(const std::vector<std::string>& literals) {
  std::string identity = "hs_compile_lit_multi flags=0 mode=block\n";
  identity += hs_version();
  hs_platform_info_t platform{};
  if (hs_populate_platform(&platform) == HS_SUCCESS) {
    identity += fmt::format("\ntune={} features={}\n", platform.tune, platform.cpu_features);
  }
  identity += fmt::format("pointer={} literals={}\n", sizeof(void*), literals.size());
  for (const std::string& literal : literals) {
    identity += fmt::format("{}:", literal.size());
    identity += literal;
  }
  return "literals-" + HashHex(identity) + ".hsdb";
}

// The cached database, or null when the entry is missing or unusable.
hs_database_t* LoadCached(const BlobCache& blobs, const std::string& key) {
  std::optional<std::string> entry = blobs.Get(key);
  if (!entry) return nullptr;
  std::string_view view(*entry);
  if (view.substr(0, kCacheMagic.size()) != kCacheMagic) return nullptr;
  view.remove_prefix(kCacheMagic.size());
  constexpr std::size_t kHashLength = 16;
  if (view.size() <= kHashLength + 1 || view[kHashLength] != '\n') return nullptr;
  std::string_view hash = view.substr(0, kHashLength);
  std::string_view payload = view.substr(kHashLength + 1);
  if (HashHex(payload) != hash) return nullptr;
  hs_database_t* database = nullptr;
  if (hs_deserialize_database(payload.data(), payload.size(), &database) != HS_SUCCESS) return nullptr;
  return database;
}

void StoreCached(const BlobCache& blobs, const std::string& key, const hs_database_t* database) {
  char* bytes = nullptr;
  std::size_t length = 0;
  if (hs_serialize_database(database, &bytes, &length) != HS_SUCCESS) return;
  std::string_view payload(bytes, length);
  std::string entry(kCacheMagic);
  entry += HashHex(payload);
  entry.push_back('\n');
  entry += payload;
  std::free(bytes);
  blobs.Put(key, entry);
}

}  // namespace

Result<LiteralMatcher> LiteralMatcher::Build(const std::vector<std::string>& literals, MatcherCache* cache) {
  LiteralMatcher matcher;
  if (literals.empty()) return matcher;
  std::vector<const char*> expressions;
  std::vector<unsigned> flags(literals.size(), 0);
  std::vector<unsigned> ids;
  std::vector<std::size_t>& lengths = matcher.state_->lengths;
  for (std::size_t i = 0; i < literals.size(); ++i) {
    if (literals[i].empty()) return MakeError(ErrorCode::kInvalidArgument, "empty literal");
    expressions.push_back(literals[i].data());
    ids.push_back(static_cast<unsigned>(i));
    lengths.push_back(literals[i].size());
    matcher.state_->longest = std::max(matcher.state_->longest, literals[i].size());
  }
  const BlobCache* blobs = cache != nullptr ? cache->blobs : nullptr;
  std::string key;
  if (blobs != nullptr) {
    key = CacheKey(literals);
    matcher.state_->database = LoadCached(*blobs, key);
    if (matcher.state_->database != nullptr &&
        hs_alloc_scratch(matcher.state_->database, &matcher.state_->prototype) == HS_SUCCESS) {
      cache->loaded.fetch_add(1);
      return matcher;
    }
    // Unusable (a database for another build that slipped past the key): compile afresh.
    if (matcher.state_->database != nullptr) hs_free_database(matcher.state_->database);
    matcher.state_->database = nullptr;
  }
  hs_compile_error_t* error = nullptr;
  hs_error_t status = hs_compile_lit_multi(expressions.data(), flags.data(), ids.data(), lengths.data(),
                                           static_cast<unsigned>(literals.size()), HS_MODE_BLOCK, nullptr,
                                           &matcher.state_->database, &error);
  if (status != HS_SUCCESS) {
    std::string message = error != nullptr && error->message != nullptr ? error->message : "unknown error";
    if (error != nullptr) hs_free_compile_error(error);
    return MakeError(ErrorCode::kInternal, "vectorscan compile failed: " + message);
  }
  if (hs_alloc_scratch(matcher.state_->database, &matcher.state_->prototype) != HS_SUCCESS) {
    return MakeError(ErrorCode::kInternal, "vectorscan scratch allocation failed");
  }
  if (cache != nullptr) {
    cache->compiled.fetch_add(1);
    if (blobs != nullptr) StoreCached(*blobs, key, matcher.state_->database);
  }
  return matcher;
}

namespace {

struct Context {
  const std::vector<std::size_t>* lengths;
  const LiteralMatcher::OnMatch* on_match;
  std::size_t base;
};

int OnHsMatch(unsigned int id, unsigned long long /*from*/, unsigned long long to, unsigned int /*flags*/,
              void* context) {
  auto* ctx = static_cast<Context*>(context);
  std::size_t end = static_cast<std::size_t>(to) + ctx->base;
  std::size_t length = (*ctx->lengths)[id];
  (*ctx->on_match)(id, end - length, end);
  return 0;
}

}  // namespace

void LiteralMatcher::Scan(std::string_view bytes, const OnMatch& on_match) const {
  if (state_->database == nullptr || bytes.empty()) return;
  hs_scratch_t* scratch = state_->Acquire();
  if (scratch == nullptr) return;
  // Block mode takes at most 4 GiB at once; scan in slices that overlap by the longest literal.
  constexpr std::size_t kSlice = std::size_t{1} << 30;
  const std::size_t longest = state_->longest;
  std::size_t start = 0;
  while (start < bytes.size()) {
    std::size_t length = std::min(kSlice, bytes.size() - start);
    Context context{&state_->lengths, &on_match, start};
    hs_scan(state_->database, bytes.data() + start, static_cast<unsigned>(length), 0, scratch, OnHsMatch, &context);
    if (start + length >= bytes.size()) break;
    start += length - std::min(length, longest);
  }
  state_->Release(scratch);
}

}  // namespace govwatch::text
