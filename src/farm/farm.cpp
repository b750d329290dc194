#include "farm/farm.hpp"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

#include <fmt/core.h>

#include "common/files.hpp"
#include "farm/farm_plan.hpp"
#include "farm/registry_writer.hpp"
#include "farm/site_renderer.hpp"

namespace govwatch::farm {

namespace {

constexpr int kMinSites = 8;
constexpr int kMaxSites = 50;
constexpr int kThreadsPerSite = 4;

FarmOptions Clamped(FarmOptions options) {
  options.sites = std::clamp(options.sites, kMinSites, kMaxSites);
  options.pages = std::max(options.pages, 1);
  return options;
}

}  // namespace

struct Farm::Impl {
  Impl(const FarmOptions& requested, const Clock& c)
      : options(requested), clock(c), plan(BuildPlan(Clamped(requested))) {
    for (std::size_t i = 0; i < plan.sites.size(); ++i) {
      renderers.emplace_back(plan, static_cast<int>(i));
      FarmSite s;
      s.name = plan.sites[i].name;
      s.unit = plan.sites[i].unit;
      s.site_code = plan.sites[i].site_code;
      s.port = plan.sites[i].port;
      if (s.port != 0) s.url = plan.BaseUrl(static_cast<int>(i)) + "/";
      sites.push_back(std::move(s));
    }
  }

  void Serve(std::size_t site, const httplib::Request& request, httplib::Response& response) {
    requests.fetch_add(1, std::memory_order_relaxed);
    const PlanSite& s = plan.sites[site];
    const SiteRenderer& renderer = renderers[site];
    FarmResponse r;
    if (s.unreachable && IsDownSlot(plan, clock.NowMillis())) {
      r = renderer.Unavailable();
    } else {
      r = renderer.Render(request.path, request.has_param("q") ? request.get_param_value("q") : "", clock.Now());
    }
    response.status = r.status;
    response.set_content(std::move(r.body), r.content_type.c_str());
  }

  FarmOptions options;
  const Clock& clock;
  FarmPlan plan;
  std::vector<SiteRenderer> renderers;
  std::vector<FarmSite> sites;
  std::vector<std::unique_ptr<httplib::Server>> servers;
  std::vector<std::thread> threads;
  std::atomic<std::uint64_t> requests{0};
  std::mutex mutex;  // guards servers and threads across Start() and Stop()
};

Farm::Farm(FarmOptions options, const Clock& clock) : impl_(std::make_unique<Impl>(options, clock)) {}

Farm::~Farm() { Stop(); }

Result<void> Farm::Start() {
  const FarmOptions& o = impl_->options;
  if (o.sites < kMinSites || o.sites > kMaxSites) {
    return MakeError(ErrorCode::kInvalidArgument,
                     fmt::format("--sites: {} is outside {}..{}", o.sites, kMinSites, kMaxSites));
  }
  if (o.pages < 1) return MakeError(ErrorCode::kInvalidArgument, fmt::format("--pages: {} is below 1", o.pages));
  std::lock_guard<std::mutex> lock(impl_->mutex);
  if (!impl_->servers.empty()) return Ok();
  for (std::size_t i = 0; i < impl_->plan.sites.size(); ++i) {
    auto server = std::make_unique<httplib::Server>();
    // httplib's own API: it takes ownership of the queue it is handed.
    server->new_task_queue = [] { return new httplib::ThreadPool(kThreadsPerSite); };
    // A kept-alive connection holds a pool thread while it idles: keep idling short, so that a
    // crawler with more connections than threads never waits long, but let busy ones run on.
    server->set_keep_alive_max_count(100);
    server->set_keep_alive_timeout(1);
    // Replies go out as header and body writes; without TCP_NODELAY, Nagle's algorithm holds the
    // body until the client's delayed ACK (~40 ms) on every reused connection.
    server->set_tcp_nodelay(true);
    Impl* impl = impl_.get();
    server->Get(".*", [impl, i](const httplib::Request& request, httplib::Response& response) {
      impl->Serve(i, request, response);
    });
    int port = 0;
    if (o.base_port == 0) {
      port = server->bind_to_any_port(o.host);
    } else {
      port = o.base_port + static_cast<int>(i);
      if (!server->bind_to_port(o.host, port)) port = -1;
    }
    if (port <= 0) {
      const std::string which = o.base_port == 0 ? std::string("a free port")
                                                 : fmt::format("port {}", o.base_port + static_cast<int>(i));
      impl_->servers.push_back(std::move(server));
      for (auto& s : impl_->servers) s->stop();
      for (auto& t : impl_->threads) t.join();
      impl_->servers.clear();
      impl_->threads.clear();
      return MakeError(ErrorCode::kIoError, fmt::format("farm: cannot bind {} on {}", which, o.host));
    }
    impl_->plan.sites[i].port = port;
    impl_->sites[i].port = port;
    impl_->sites[i].url = impl_->plan.BaseUrl(static_cast<int>(i)) + "/";
    httplib::Server* raw = server.get();
    impl_->servers.push_back(std::move(server));
    impl_->threads.emplace_back([raw] { raw->listen_after_bind(); });
  }
  // listen_after_bind() runs on the threads; the sockets already accept connections, but wait
  // until every server loop is running so that Stop() right after Start() is clean.
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
  for (auto& s : impl_->servers) {
    while (!s->is_running()) {
      if (std::chrono::steady_clock::now() > deadline) {
        for (auto& other : impl_->servers) other->stop();
        for (auto& t : impl_->threads) t.join();
        impl_->servers.clear();
        impl_->threads.clear();
        return MakeError(ErrorCode::kInternal, fmt::format("farm: a server on {} did not start", o.host));
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
  }
  return Ok();
}

void Farm::Stop() {
  std::lock_guard<std::mutex> lock(impl_->mutex);
  for (auto& s : impl_->servers) s->stop();
  for (auto& t : impl_->threads) {
    if (t.joinable()) t.join();
  }
  impl_->threads.clear();
  impl_->servers.clear();
}

const std::vector<FarmSite>& Farm::Sites() const { return impl_->sites; }

Result<void> Farm::WriteRegistry(const std::filesystem::path& dir) const {
  return WriteRegistryFiles(impl_->plan, dir);
}

nlohmann::json Farm::Manifest() const { return BuildManifest(impl_->plan); }

Result<void> Farm::WriteManifest(const std::filesystem::path& dir) const {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return MakeError(ErrorCode::kIoError, fmt::format("{}: {}", dir.string(), ec.message()));
  return WriteFileAtomic(dir / "manifest.json", Manifest().dump(2) + "\n");
}

std::uint64_t Farm::RequestCount() const { return impl_->requests.load(); }

}  // namespace govwatch::farm
