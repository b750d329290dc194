// The libcurl multi implementation of Fetcher: one multi handle (so connections are kept alive
// and reused across calls), a pool of reused easy handles, our own scheduler for the global and
// per-host limits, and redirects followed by hand so that the chain and loops are visible.
#include <arpa/inet.h>
#include <curl/curl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <deque>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "common/strings.hpp"
#include "fetch/body_decoder.hpp"
#include "fetch/fetcher.hpp"

namespace govwatch::fetch {
namespace {

using SteadyClock = std::chrono::steady_clock;

// Makes curl_global_init run once, before the first handle.
void EnsureCurlGlobalInit() {
  static const bool initialised = [] { return curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; }();
  (void)initialised;
}

// "host:port" of an absolute URL ("" when it cannot be parsed).
std::string HostKey(const std::string& url) {
  CURLU* u = curl_url();
  std::string key;
  if (curl_url_set(u, CURLUPART_URL, url.c_str(), 0) == CURLUE_OK) {
    char* host = nullptr;
    char* port = nullptr;
    if (curl_url_get(u, CURLUPART_HOST, &host, 0) == CURLUE_OK) key = ToLowerAscii(host);
    if (curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) == CURLUE_OK) key += std::string(":") + port;
    curl_free(host);
    curl_free(port);
  }
  curl_url_cleanup(u);
  return key;
}

// The domain a host key ("a7.news.evil.example:80") belongs to, with its port, for
// FetchOptions::breaker_by_domain: its last two labels, or three under a second level such as
// gov.cn or com.cn ("qc.gov.cn:80"); every name under "localhost" is one machine (RFC 6761). ""
// for an address, or a host that is its own domain.
std::string DomainKey(std::string_view host_key) {
  const std::size_t colon = host_key.rfind(':');
  const std::string_view host = host_key.substr(0, colon);
  const std::string_view port = colon == std::string_view::npos ? std::string_view() : host_key.substr(colon);
  if (host.empty() || host.front() == '[' || host.find_first_not_of("0123456789.") == std::string_view::npos) return {};
  std::vector<std::size_t> dots;
  for (std::size_t i = 0; i < host.size(); ++i) {
    if (host[i] == '.') dots.push_back(i);
  }
  std::size_t labels = 2;
  if (host == "localhost" || EndsWith(host, ".localhost")) {
    labels = 1;
  } else if (dots.size() >= 2) {
    const std::string_view second = host.substr(dots[dots.size() - 2] + 1, dots.back() - dots[dots.size() - 2] - 1);
    const std::size_t tld = host.size() - dots.back() - 1;
    static constexpr std::string_view kSecondLevels[] = {"gov", "com", "edu", "org", "net", "ac", "mil", "co"};
    for (std::string_view s : kSecondLevels) {
      if (tld == 2 && second == s) labels = 3;
    }
  }
  if (dots.size() < labels) return {};  // the host is its own domain
  return std::string(host.substr(dots[dots.size() - labels] + 1)) + std::string(port);
}

// One request in flight (across its redirects).
struct Transfer {
  std::size_t index = 0;
  const Request* request = nullptr;
  std::string current_url;
  std::string host_key;
  std::set<std::string> seen_urls;
  SteadyClock::time_point started;
  SteadyClock::time_point not_before;  // a retry waits for its backoff
  int attempt = 0;                     // retries made so far
  // The hop failed on a connection kept from an earlier transfer and is asked again on a new one
  // (once per request): a server that wrote more than its answer (a body to a HEAD, bytes after
  // its Content-Length) leaves them in the connection, where they would be read as the next
  // request's answer.
  bool fresh_connect = false;
  bool fresh_tried = false;
  // The answer of the last failed try while a retry waits: it is the outcome if the retry is
  // never sent (its host is held down meanwhile).
  std::optional<Response> previous;
  CURL* easy = nullptr;
  curl_slist* headers = nullptr;
  std::string body;
  std::size_t max_body = 0;
  bool keep_truncated = false;  // Request::keep_truncated_body
  bool too_large = false;
  // The body so far ends with "</html>" (then whitespace only), and when its last bytes came: a
  // page whose server then holds the connection open is ended after
  // FetchOptions::held_open_idle_ms of silence (kHeldOpen), with the page kept.
  bool html_closed = false;
  SteadyClock::time_point last_body_at;
  bool held_open = false;  // ended so, by the fetch loop
  std::string content_type;
  std::string etag;
  std::string last_modified;
  std::int64_t retry_after_ms = -1;  // the answer's Retry-After, -1 when it has none
  bool set_cookie = false;           // the hop's answer set a cookie
  std::size_t cookies_set = 0;       // Set-Cookie lines of the hop's answers
  bool tls_read = false;
  std::string tls_version;
  std::int64_t cert_not_after = 0;
  bool cert_chain_verified = false;
  char error_buffer[CURL_ERROR_SIZE] = {0};
  // Redirects into private address space: once a hop of the chain answered from a public
  // address (or the page linking the request's URL did), no later hop may connect to a private
  // one (checked on each address curl connects to, so a name resolving there is caught before
  // anything is sent).
  const std::function<bool(std::string_view)>* is_private = nullptr;  // FetchOptions::is_private_address
  bool first_hop_done = false;  // the first hop of the chain answered (guard_private is decided)
  bool guard_private = false;   // that answer, or the linking page, came from a public address
  std::string refused_ip;       // the private address a guarded hop would have connected to
  Response response;
};

// CURLOPT_OPENSOCKETFUNCTION: refuses the connection of a guarded hop to a private address.
curl_socket_t OnOpenSocket(void* clientp, curlsocktype purpose, curl_sockaddr* address) {
  Transfer& t = *static_cast<Transfer*>(clientp);
  if (t.guard_private && purpose == CURLSOCKTYPE_IPCXN && t.is_private != nullptr) {
    char text[INET6_ADDRSTRLEN] = {0};
    const void* raw = nullptr;
    if (address->family == AF_INET) raw = &reinterpret_cast<const sockaddr_in*>(&address->addr)->sin_addr;
    if (address->family == AF_INET6) raw = &reinterpret_cast<const sockaddr_in6*>(&address->addr)->sin6_addr;
    if (raw != nullptr && inet_ntop(address->family, raw, text, sizeof(text)) != nullptr && (*t.is_private)(text)) {
      t.refused_ip = text;
      return CURL_SOCKET_BAD;
    }
  }
  return socket(address->family, address->socktype, address->protocol);
}

// Reads the TLS session of a transfer while its connection is alive (from the header callback):
// protocol version, certificate expiry and the chain's verification result.
void ReadTls(Transfer& t) {
  t.tls_read = true;
  curl_tlssessioninfo* info = nullptr;
  if (curl_easy_getinfo(t.easy, CURLINFO_TLS_SSL_PTR, &info) != CURLE_OK || info == nullptr ||
      info->backend != CURLSSLBACKEND_OPENSSL || info->internals == nullptr) {
    return;
  }
  SSL* ssl = static_cast<SSL*>(info->internals);
  t.tls_version = SSL_get_version(ssl);
  t.cert_chain_verified = SSL_get_verify_result(ssl) == X509_V_OK;
  X509* cert = SSL_get1_peer_certificate(ssl);
  if (cert == nullptr) return;
  int days = 0;
  int seconds = 0;
  // Expiry relative to now, turned into an absolute time.
  if (ASN1_TIME_diff(&days, &seconds, nullptr, X509_get0_notAfter(cert)) == 1) {
    t.cert_not_after = static_cast<std::int64_t>(std::time(nullptr)) + static_cast<std::int64_t>(days) * 86400 + seconds;
  }
  X509_free(cert);
}

// Whether `body` ends with "</html>" (any case), then ASCII whitespace only. Looks at the last
// kilobyte: a body of endless spaces costs no more per chunk than any other.
bool EndsWithClosingHtml(std::string_view body) {
  constexpr std::string_view kClose = "</html>";
  std::size_t end = body.size();
  const std::size_t floor = body.size() > 1024 ? body.size() - 1024 : 0;
  while (end > floor && (body[end - 1] == ' ' || body[end - 1] == '\n' || body[end - 1] == '\r' ||
                         body[end - 1] == '\t' || body[end - 1] == '\f')) {
    --end;
  }
  if (end == floor && floor > 0) return false;  // a kilobyte of whitespace: not a page's end
  return EndsWithIgnoringAsciiCase(body.substr(0, end), kClose);
}

// Whether `name` (lower case) starts at `s[i]`, any case, followed by the end of a tag name.
bool TagNameAt(std::string_view s, std::size_t i, std::string_view name) {
  if (s.size() - i < name.size() + 1) return false;
  for (std::size_t k = 0; k < name.size(); ++k) {
    const char c = s[i + k];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) != name[k]) return false;
  }
  const char after = s[i + name.size()];
  return after == '>' || after == '/' || after == ' ' || after == '\t' || after == '\n' || after == '\r' ||
         after == '\f';
}

// Whether the "</html>" that ends `body` closes the markup as a browser's tokenizer reads it: not
// inside a comment, nor inside a script, style sheet, title or text area (whose text ends only at
// its own end tag), where a page may well write "</html>" (document.write("…</html>")) and go on.
// Read once per silence, not per chunk.
bool ClosingHtmlEndsTheMarkup(std::string_view body) {
  static constexpr std::string_view kRawText[] = {"script", "style", "textarea", "title", "xmp"};
  std::size_t i = 0;
  while ((i = body.find('<', i)) != std::string_view::npos) {
    if (body.compare(i, 4, "<!--") == 0) {
      // "<!-->" and "<!--->" are empty comments; otherwise the comment ends at "-->".
      if (body.compare(i + 4, 1, ">") == 0 || body.compare(i + 4, 2, "->") == 0) {
        i += 4;
        continue;
      }
      const std::size_t end = body.find("-->", i + 4);
      if (end == std::string_view::npos) return false;
      i = end + 3;
      continue;
    }
    ++i;
    const auto raw = std::find_if(std::begin(kRawText), std::end(kRawText),
                                  [&](std::string_view name) { return TagNameAt(body, i, name); });
    if (raw == std::end(kRawText)) continue;
    // Its text runs to "</name".
    std::size_t close = i;
    for (;;) {
      close = body.find("</", close);
      if (close == std::string_view::npos) return false;
      close += 2;
      if (TagNameAt(body, close, *raw)) break;
    }
    i = close;
  }
  return true;
}

std::size_t OnBody(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  if (t->body.size() + n > t->max_body) {
    // Returning less than n aborts the transfer with CURLE_WRITE_ERROR; memory stays bounded.
    t->too_large = true;
    if (t->keep_truncated) t->body.append(data, t->max_body - t->body.size());
    return 0;
  }
  t->body.append(data, n);
  t->last_body_at = SteadyClock::now();
  t->html_closed = EndsWithClosingHtml(t->body);
  return n;
}

// Retry-After as a wait in milliseconds: delay-seconds or an HTTP date (RFC 9110 §10.2.3); -1
// when it is neither.
std::int64_t RetryAfterMs(const std::string& value) {
  if (value.empty()) return -1;
  if (std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (value.size() > 9) return std::numeric_limits<std::int64_t>::max() / 2;  // beyond any cap
    return std::stoll(value) * 1000;
  }
  const time_t at = curl_getdate(value.c_str(), nullptr);
  if (at < 0) return -1;
  return std::max<std::int64_t>(0, (static_cast<std::int64_t>(at) - static_cast<std::int64_t>(std::time(nullptr))) * 1000);
}

std::size_t OnHeader(char* data, std::size_t size, std::size_t count, void* user) {
  auto* t = static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  const std::string_view line(data, n);
  if (!t->tls_read && StartsWith(t->current_url, "https://")) ReadTls(*t);
  if (StartsWith(line, "HTTP/")) {
    // A new response (after 100 Continue, or a proxy): forget earlier headers.
    t->content_type.clear();
    t->etag.clear();
    t->last_modified.clear();
    t->retry_after_ms = -1;
    t->set_cookie = false;
    return n;
  }
  const std::size_t colon = line.find(':');
  if (colon == std::string_view::npos) return n;
  const std::string name = ToLowerAscii(Trim(line.substr(0, colon)));
  const std::string value(Trim(line.substr(colon + 1)));
  if (name == "content-type") t->content_type = value;
  if (name == "etag") t->etag = value;
  if (name == "last-modified") t->last_modified = value;
  if (name == "retry-after") t->retry_after_ms = RetryAfterMs(value);
  if (name == "set-cookie") {
    t->set_cookie = true;
    ++t->cookies_set;
  }
  return n;
}

FetchError MapCurlError(CURLcode code, const Transfer& t) {
  switch (code) {
    case CURLE_OK:
      return FetchError::kNone;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      return FetchError::kDns;
    case CURLE_COULDNT_CONNECT:
      return FetchError::kConnect;
    case CURLE_OPERATION_TIMEDOUT:
      return FetchError::kTimeout;
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
    case CURLE_SSL_ISSUER_ERROR:
    case CURLE_SSL_PINNEDPUBKEYNOTMATCH:
    case CURLE_SSL_INVALIDCERTSTATUS:
    case CURLE_SSL_CRL_BADFILE:
    case CURLE_SSL_SHUTDOWN_FAILED:
    case CURLE_SSL_ENGINE_NOTFOUND:
    case CURLE_SSL_ENGINE_SETFAILED:
    case CURLE_SSL_ENGINE_INITFAILED:
    case CURLE_USE_SSL_FAILED:
      return FetchError::kTls;
    case CURLE_WRITE_ERROR:
    case CURLE_FILESIZE_EXCEEDED:
      return t.too_large || code == CURLE_FILESIZE_EXCEEDED ? FetchError::kTooLarge : FetchError::kOther;
    case CURLE_RECV_ERROR:
      // curl reports broken chunked encoding as a receive error; its message says so.
      if (Contains(ToLowerAscii(t.error_buffer), "chunk")) return FetchError::kProtocol;
      return FetchError::kReset;
    case CURLE_SEND_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
      return FetchError::kReset;
    case CURLE_WEIRD_SERVER_REPLY:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_HTTP3:
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_TOO_MANY_REDIRECTS:
      return code == CURLE_TOO_MANY_REDIRECTS ? FetchError::kTooManyRedirects : FetchError::kProtocol;
    case CURLE_BAD_CONTENT_ENCODING:
      return FetchError::kDecode;
    case CURLE_OUT_OF_MEMORY:
      // curl refuses a header line or header block beyond its limit (100 KB) this way.
      return FetchError::kProtocol;
    default:
      return FetchError::kOther;
  }
}

class CurlFetcher final : public Fetcher {
 public:
  explicit CurlFetcher(const FetchOptions& options) : options_(options) {
    EnsureCurlGlobalInit();
    if (options_.max_concurrency < 1) options_.max_concurrency = 1;
    if (options_.max_per_host < 1) options_.max_per_host = 1;
    if (!options_.is_private_address) options_.is_private_address = IsPrivateAddress;
    multi_ = curl_multi_init();
    // One cookie jar for every transfer of this fetcher, as a browser keeps one: firewalls in front
    // of many government sites set a cookie and redirect to the same address, and pass only
    // requests that send it back. curl caps what one answer may set (50 cookies) and what a
    // request sends (150, and 8 KB). The fetcher is used by one thread, so no lock is needed.
    share_ = curl_share_init();
    curl_share_setopt(share_, CURLSHOPT_SHARE, CURL_LOCK_DATA_COOKIE);
    curl_multi_setopt(multi_, CURLMOPT_MAX_HOST_CONNECTIONS, static_cast<long>(options_.max_per_host));
    curl_multi_setopt(multi_, CURLMOPT_MAX_TOTAL_CONNECTIONS, static_cast<long>(options_.max_concurrency));
    curl_multi_setopt(multi_, CURLMOPT_MAXCONNECTS, static_cast<long>(options_.max_concurrency * 2));
  }

  ~CurlFetcher() override {
    for (CURL* e : idle_easy_) curl_easy_cleanup(e);
    curl_multi_cleanup(multi_);
    curl_share_cleanup(share_);
  }

  CurlFetcher(const CurlFetcher&) = delete;
  CurlFetcher& operator=(const CurlFetcher&) = delete;

  void FetchAll(std::span<const Request> requests,
                const std::function<void(std::size_t, Response&&)>& on_done) override {
    std::deque<std::unique_ptr<Transfer>> pending;
    for (std::size_t i = 0; i < requests.size(); ++i) {
      auto t = std::make_unique<Transfer>();
      t->index = i;
      t->request = &requests[i];
      t->current_url = requests[i].url;
      t->host_key = HostKey(t->current_url);
      t->response.url = requests[i].url;
      t->guard_private = LinkedFromPublic(requests[i]);
      pending.push_back(std::move(t));
    }
    std::map<CURL*, std::unique_ptr<Transfer>> running;
    std::map<std::string, int> per_host;
    stop_starting_ = false;

    auto finish = [&](std::unique_ptr<Transfer> t) {
      t->response.elapsed_ms =
          std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - t->started).count();
      if (t->response.final_url.empty()) t->response.final_url = t->current_url;
      on_done(t->index, std::move(t->response));
    };

    while (!pending.empty() || !running.empty()) {
      // Start what the limits allow, skipping hosts that are at their limit or inside their
      // politeness delay, and retries still in their backoff.
      const SteadyClock::time_point now = SteadyClock::now();
      SteadyClock::time_point wake = now + std::chrono::milliseconds(200);
      if (stop_starting_) {
        // The caller holds enough: what never started is answered at once, redirects and retries
        // of started requests go on.
        for (auto it = pending.begin(); it != pending.end();) {
          if (!(*it)->seen_urls.empty() || (*it)->attempt > 0) {
            ++it;
            continue;
          }
          std::unique_ptr<Transfer> skipped = std::move(*it);
          it = pending.erase(it);
          skipped->started = now;
          skipped->response.error = FetchError::kNotStarted;
          skipped->response.error_text = "not requested: the caller stopped this round";
          finish(std::move(skipped));
        }
      }
      for (auto it = pending.begin(); it != pending.end() && static_cast<int>(running.size()) < options_.max_concurrency;) {
        Transfer& t = **it;
        const SteadyClock::time_point host_ready = next_start_[t.host_key];
        if (per_host[t.host_key] >= options_.max_per_host) {
          ++it;  // a finishing transfer wakes the poll below
          continue;
        }
        if (t.not_before > now || host_ready > now) {
          wake = std::min(wake, std::max(t.not_before, host_ready));
          ++it;
          continue;
        }
        if (t.request->skip_when_host_down && HostHeldDown(t.host_key, now)) {
          std::unique_ptr<Transfer> skipped = std::move(*it);
          it = pending.erase(it);
          if (skipped->previous) {
            // A retry not sent: the try that failed is the observation.
            skipped->response = std::move(*skipped->previous);
            on_done(skipped->index, std::move(skipped->response));
            continue;
          }
          skipped->started = now;
          skipped->response.error = FetchError::kHostDown;
          skipped->response.error_text = HeldDownReason(skipped->host_key);
          finish(std::move(skipped));
          continue;
        }
        std::unique_ptr<Transfer> owned = std::move(*it);
        it = pending.erase(it);
        if (owned->seen_urls.empty()) owned->started = SteadyClock::now();
        const std::int64_t delay_ms =
            owned->request->host_delay_ms >= 0 ? owned->request->host_delay_ms : options_.per_host_delay_ms;
        if (delay_ms > 0) next_start_[owned->host_key] = now + std::chrono::milliseconds(delay_ms);
        if (!Start(*owned)) {
          finish(std::move(owned));
          continue;
        }
        ++per_host[owned->host_key];
        CURL* easy = owned->easy;
        running.emplace(easy, std::move(owned));
      }
      if (running.empty()) {
        if (!pending.empty()) std::this_thread::sleep_until(std::max(wake, SteadyClock::now() + std::chrono::milliseconds(1)));
        continue;
      }
      int still_running = 0;
      curl_multi_perform(multi_, &still_running);
      // Ends one hop of a running transfer: follows its redirect, retries it or reports it.
      const auto complete = [&](std::unique_ptr<Transfer> t, CURLcode code) {
        CURL* easy = t->easy;
        --per_host[t->host_key];
        const bool follow = Complete(*t, code);
        curl_multi_remove_handle(multi_, easy);
        Release(*t);
        if (follow) {
          t->host_key = HostKey(t->current_url);
          pending.push_front(std::move(t));
        } else if (ShouldRetry(*t)) {
          // Each failed try counts toward the host's breaker: counted only after their retries,
          // the first tries of every queued URL of a host that sends each page too slowly to
          // finish would all run to their timeout before the host was held down.
          NoteHostHealth(*t);
          RestartForRetry(*t);
          pending.push_back(std::move(t));
        } else {
          NoteHostHealth(*t);
          finish(std::move(t));
        }
      };
      int queued = 0;
      while (CURLMsg* msg = curl_multi_info_read(multi_, &queued)) {
        if (msg->msg != CURLMSG_DONE) continue;
        const CURLcode code = msg->data.result;
        auto found = running.find(msg->easy_handle);
        if (found == running.end()) continue;
        std::unique_ptr<Transfer> t = std::move(found->second);
        running.erase(found);
        complete(std::move(t), code);
      }
      if (options_.held_open_idle_ms > 0) {
        // Pages whose HTML has ended while the server holds the connection open (curl would wait
        // for the close, or for bytes a Content-Length promised, until the timeout).
        const SteadyClock::time_point quiet_since =
            SteadyClock::now() - std::chrono::milliseconds(options_.held_open_idle_ms);
        for (auto it = running.begin(); it != running.end();) {
          Transfer& t = *it->second;
          long status = 0;
          if (!t.html_closed || t.last_body_at > quiet_since ||
              curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status) != CURLE_OK || status < 200 || status >= 300) {
            ++it;
            continue;
          }
          if (!ClosingHtmlEndsTheMarkup(t.body)) {
            // "</html>" written in a script or comment: the page goes on; the next bytes decide again.
            t.html_closed = false;
            ++it;
            continue;
          }
          std::unique_ptr<Transfer> held = std::move(it->second);
          it = running.erase(it);
          held->held_open = true;
          complete(std::move(held), CURLE_OK);
        }
      }
      if (still_running > 0 || !running.empty()) {
        // Wake in time for a retry or a host whose politeness delay ends.
        const auto until_wake =
            std::chrono::duration_cast<std::chrono::milliseconds>(wake - SteadyClock::now()).count();
        const int poll_ms = static_cast<int>(std::clamp<std::int64_t>(until_wake, 1, 200));
        curl_multi_poll(multi_, nullptr, 0, poll_ms, nullptr);
      }
    }
  }

  void StopStarting() override { stop_starting_ = true; }

  std::vector<std::string> SlowHosts() const override { return {slow_hosts_.begin(), slow_hosts_.end()}; }

 private:
  struct HostHealth {
    int failures = 0;                   // transport failures in a row
    int slow = 0;                       // tries in a row that took over 2/3 of their time limit, slowly
    bool answered = false;              // an HTTP answer came once
    SteadyClock::time_point down_until;  // held down before this
  };
  // FetchOptions::breaker_by_domain: the hosts of a domain that failed since one of them answered,
  // and those that answered slowly since one of them answered in less.
  struct DomainHealth {
    std::set<std::string> failed_hosts;  // host keys
    std::set<std::string> slow_hosts;
    SteadyClock::time_point down_until;
  };

  bool Tripped(const DomainHealth& d) const {
    return static_cast<int>(d.failed_hosts.size()) >= options_.host_failure_limit ||
           (options_.slow_host_limit > 0 && static_cast<int>(d.slow_hosts.size()) >= options_.slow_host_limit);
  }

  // The failures in a row that trip `h`: fewer for a host that has not answered once in this
  // fetcher's life (a server that accepts and never answers costs few timeouts), the full limit
  // for one that has (a flaky but live site is still crawled).
  int FailureLimit(const HostHealth& h) const {
    if (h.answered || options_.unanswered_host_failure_limit <= 0) return options_.host_failure_limit;
    return std::min(options_.host_failure_limit, options_.unanswered_host_failure_limit);
  }

  // Whether `h` is tripped: too many failures, or too many slow answers, in a row.
  bool Tripped(const HostHealth& h) const {
    return h.failures >= FailureLimit(h) || (options_.slow_host_limit > 0 && h.slow >= options_.slow_host_limit);
  }

  bool HostHeldDown(const std::string& host_key, SteadyClock::time_point now) {
    if (options_.host_failure_limit <= 0) return false;
    // Half open once the time is over: let this one through, and hold the host (or domain) down
    // again meanwhile; its answer decides whether it is healthy again.
    const auto held = [&](bool tripped, SteadyClock::time_point& down_until) {
      if (!tripped) return false;
      if (now < down_until) return true;
      down_until = now + std::chrono::milliseconds(options_.host_down_ms);
      return false;
    };
    if (options_.breaker_by_domain) {
      if (const std::string domain = DomainKey(host_key); !domain.empty()) {
        auto d = domain_health_.find(domain);
        if (d != domain_health_.end() && held(Tripped(d->second), d->second.down_until)) return true;
      }
    }
    auto it = host_health_.find(host_key);
    return it != host_health_.end() && held(Tripped(it->second), it->second.down_until);
  }

  // Why `host_key` is held down, for the outcome of the requests not sent.
  std::string HeldDownReason(const std::string& host_key) {
    const HostHealth& h = host_health_[host_key];
    if (h.failures >= FailureLimit(h)) {
      return "not requested: " + host_key + " failed " + std::to_string(h.failures) + " times in a row" +
             (h.answered ? "" : " and never answered otherwise");
    }
    if (options_.slow_host_limit > 0 && h.slow >= options_.slow_host_limit) {
      return "not requested: " + host_key + " answered " + std::to_string(h.slow) +
             " times in a row slower than 2/3 of the request's time limit";
    }
    const DomainHealth& d = domain_health_[DomainKey(host_key)];
    if (static_cast<int>(d.failed_hosts.size()) >= options_.host_failure_limit) {
      return "not requested: " + std::to_string(d.failed_hosts.size()) + " hosts of " + DomainKey(host_key) +
             " failed in a row";
    }
    return "not requested: " + std::to_string(d.slow_hosts.size()) + " hosts of " + DomainKey(host_key) +
           " answered in a row slower than 2/3 of the request's time limit";
  }

  // Counts a finished try's outcome for its host (and domain): timeouts, refused connections, DNS
  // failures and answers asking to come back later (429 or 503 with Retry-After) in a row trip
  // the host; any other HTTP answer resets it. Answers that took more than 2/3 of their time limit
  // trip it too, slow_host_limit in a row (timeouts between them neither count nor reset): a
  // server that drips every page just inside the limit would otherwise hold the crawl for pages
  // × the limit; an answer in less resets that count. A domain (breaker_by_domain) trips on as
  // many of its hosts failing, or answering slowly, in a row.
  void NoteHostHealth(const Transfer& t) {
    const FetchError e = t.response.error;
    HostHealth& h = host_health_[t.host_key];
    DomainHealth* d = nullptr;
    if (options_.breaker_by_domain) {
      if (const std::string domain = DomainKey(t.host_key); !domain.empty()) d = &domain_health_[domain];
    }
    const bool was_tripped = Tripped(h);
    const bool domain_was_tripped = d != nullptr && Tripped(*d);
    const std::int64_t took =
        std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - t.started).count();
    const std::int64_t slow_ms =
        options_.slow_answer_ms > 0 ? options_.slow_answer_ms : t.request->timeout_ms * 2 / 3;
    if (e != FetchError::kTimeout && t.response.http_status > 0) {
      // A long answer that came at a good rate (a large attachment) is no drip.
      const double rate = static_cast<double>(t.response.body.size()) * 1000.0 / static_cast<double>(std::max<std::int64_t>(took, 1));
      const bool slow = took > slow_ms && rate < static_cast<double>(options_.slow_rate_bytes_per_s);
      h.slow = slow ? h.slow + 1 : 0;
      if (d != nullptr && slow) d->slow_hosts.insert(t.host_key);
      if (d != nullptr && !slow) d->slow_hosts.clear();
    }
    // A 429 or 503 with Retry-After asks to come back later: answered so again and again, each
    // try held the host for the wait it asked (up to max_retry_after_ms), pages after pages.
    const bool come_back_later = e == FetchError::kNone &&
                                 (t.response.http_status == 429 || t.response.http_status == 503) &&
                                 t.retry_after_ms >= 0;
    if (e == FetchError::kTimeout || e == FetchError::kConnect || e == FetchError::kDns || come_back_later) {
      ++h.failures;
      if (d != nullptr) d->failed_hosts.insert(t.host_key);
    } else if (t.response.http_status > 0) {
      h.failures = 0;
      h.answered = true;
      if (d != nullptr) d->failed_hosts.clear();
    }
    if (!was_tripped && Tripped(h)) {
      h.down_until = SteadyClock::now() + std::chrono::milliseconds(options_.host_down_ms);
      if (h.slow >= options_.slow_host_limit && options_.slow_host_limit > 0) slow_hosts_.insert(t.host_key);
    }
    if (d != nullptr && !domain_was_tripped && Tripped(*d)) {
      d->down_until = SteadyClock::now() + std::chrono::milliseconds(options_.host_down_ms);
    }
  }

  // Whether `r` checks a link found on a page answered from a public address.
  bool LinkedFromPublic(const Request& r) const {
    return !r.linked_from_ip.empty() && !options_.is_private_address(r.linked_from_ip);
  }

  // Transient failures are worth another try: resets, refused connections, timeouts, 5xx and
  // 429 (Too Many Requests), unless the server asks to wait longer than we are willing to.
  bool ShouldRetry(const Transfer& t) const {
    const int retries = t.request->retries >= 0 ? t.request->retries : options_.retries;
    if (t.attempt >= retries) return false;
    const Response& r = t.response;
    if (r.error == FetchError::kNone && (r.http_status == 429 || r.http_status == 503) &&
        t.retry_after_ms > options_.max_retry_after_ms) {
      return false;
    }
    return r.error == FetchError::kReset || r.error == FetchError::kConnect || r.error == FetchError::kTimeout ||
           (r.error == FetchError::kNone && r.http_status == 429) ||
           (r.error == FetchError::kNone && r.http_status >= 500 && r.http_status <= 599 && r.http_status != 501);
  }

  // Resets `t` to its original request for another try after the backoff, or after the wait the
  // server asked for (Retry-After), which also holds back the host's other requests.
  void RestartForRetry(Transfer& t) {
    std::int64_t backoff = options_.retry_backoff_ms << std::min(t.attempt, 16);
    const SteadyClock::time_point now = SteadyClock::now();
    if (t.retry_after_ms >= 0 && (t.response.http_status == 429 || t.response.http_status == 503)) {
      backoff = std::max(backoff, t.retry_after_ms);
      SteadyClock::time_point& host_ready = next_start_[t.host_key];
      host_ready = std::max(host_ready, now + std::chrono::milliseconds(t.retry_after_ms));
    }
    t.retry_after_ms = -1;
    ++t.attempt;
    t.not_before = now + std::chrono::milliseconds(backoff);
    t.current_url = t.request->url;
    t.host_key = HostKey(t.current_url);
    t.seen_urls.clear();
    t.first_hop_done = false;
    t.guard_private = LinkedFromPublic(*t.request);
    const int attempts = t.attempt + 1;
    t.response.elapsed_ms = std::chrono::duration_cast<std::chrono::milliseconds>(now - t.started).count();
    t.previous = std::move(t.response);
    t.response = Response{};
    t.response.url = t.request->url;
    t.response.attempts = attempts;
  }

  CURL* AcquireEasy() {
    if (!idle_easy_.empty()) {
      CURL* e = idle_easy_.back();
      idle_easy_.pop_back();
      curl_easy_reset(e);
      return e;
    }
    return curl_easy_init();
  }

  void Release(Transfer& t) {
    if (t.headers != nullptr) curl_slist_free_all(t.headers);
    t.headers = nullptr;
    if (t.easy != nullptr) idle_easy_.push_back(t.easy);
    t.easy = nullptr;
  }

  // Configures and adds one hop of `t`; false (with the response filled) when it cannot start.
  bool Start(Transfer& t) {
    const std::int64_t spent =
        std::chrono::duration_cast<std::chrono::milliseconds>(SteadyClock::now() - t.started).count();
    const std::int64_t remaining = t.request->timeout_ms - spent;
    if (remaining <= 0) {
      t.response.error = FetchError::kTimeout;
      t.response.error_text = "timeout before following " + t.current_url;
      return false;
    }
    t.seen_urls.insert(t.current_url);
    t.body.clear();
    t.too_large = false;
    t.html_closed = false;
    t.held_open = false;
    t.content_type.clear();
    t.etag.clear();
    t.last_modified.clear();
    t.set_cookie = false;
    t.cookies_set = 0;
    t.tls_read = false;
    t.tls_version.clear();
    t.cert_not_after = 0;
    t.cert_chain_verified = false;
    t.error_buffer[0] = '\0';
    t.max_body = t.request->max_body_bytes > 0 ? t.request->max_body_bytes : options_.max_body_bytes;
    t.keep_truncated = t.request->keep_truncated_body;
    t.easy = AcquireEasy();
    CURL* e = t.easy;
    curl_easy_setopt(e, CURLOPT_URL, t.current_url.c_str());
    curl_easy_setopt(e, CURLOPT_PRIVATE, &t);
    curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L);
    curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, static_cast<long>(remaining));
    curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS,
                     static_cast<long>(std::min<std::int64_t>(options_.connect_timeout_ms, remaining)));
    curl_easy_setopt(e, CURLOPT_USERAGENT, options_.user_agent.c_str());
    curl_easy_setopt(e, CURLOPT_ACCEPT_ENCODING, "");
    curl_easy_setopt(e, CURLOPT_SHARE, share_);
    curl_easy_setopt(e, CURLOPT_COOKIEFILE, "");  // the cookie engine, with no file
    if (cookies_since_flush_ > kMaxCookiesKept) {
      // The jar is emptied rather than let a site that sets fifty new 4 KB cookies on every page
      // fill memory; a gate asks again for what it needs.
      curl_easy_setopt(e, CURLOPT_COOKIELIST, "ALL");
      cookies_since_flush_ = 0;
    }
    // A declared length over the limit is refused before the body, unless its start is wanted.
    if (!t.keep_truncated) curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, static_cast<curl_off_t>(t.max_body));
    curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, &OnBody);
    curl_easy_setopt(e, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, &OnHeader);
    curl_easy_setopt(e, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t.error_buffer);
    t.is_private = &options_.is_private_address;
    t.refused_ip.clear();
    curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, &OnOpenSocket);
    curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, &t);
    curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(e, CURLOPT_TCP_KEEPALIVE, 1L);
    // HTTP/2 over TLS when the server offers it; plain HTTP stays 1.1.
    curl_easy_setopt(e, CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_2TLS));
    if (t.request->head_only) curl_easy_setopt(e, CURLOPT_NOBODY, 1L);
    if (t.fresh_connect) curl_easy_setopt(e, CURLOPT_FRESH_CONNECT, 1L);
    t.fresh_connect = false;
    if (!t.request->verify_tls) {
      curl_easy_setopt(e, CURLOPT_SSL_VERIFYPEER, 0L);
      curl_easy_setopt(e, CURLOPT_SSL_VERIFYHOST, 0L);
    }
    if (t.request->ip_version == 4) curl_easy_setopt(e, CURLOPT_IPRESOLVE, static_cast<long>(CURL_IPRESOLVE_V4));
    if (t.request->ip_version == 6) curl_easy_setopt(e, CURLOPT_IPRESOLVE, static_cast<long>(CURL_IPRESOLVE_V6));
    t.headers = curl_slist_append(t.headers, "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
    t.headers = curl_slist_append(t.headers, "Accept-Language: zh-CN,zh;q=0.9");
    if (!t.request->if_none_match.empty()) {
      t.headers = curl_slist_append(t.headers, ("If-None-Match: " + t.request->if_none_match).c_str());
    }
    if (!t.request->if_modified_since.empty()) {
      t.headers = curl_slist_append(t.headers, ("If-Modified-Since: " + t.request->if_modified_since).c_str());
    }
    curl_easy_setopt(e, CURLOPT_HTTPHEADER, t.headers);
    if (curl_multi_add_handle(multi_, e) != CURLM_OK) {
      t.response.error = FetchError::kOther;
      t.response.error_text = "cannot start " + t.current_url;
      Release(t);
      return false;
    }
    return true;
  }

  // Records the outcome of one hop; returns true when a redirect is to be followed, or the hop is
  // to be asked again on a fresh connection.
  bool Complete(Transfer& t, CURLcode code) {
    Response& r = t.response;
    long status = 0;
    curl_easy_getinfo(t.easy, CURLINFO_RESPONSE_CODE, &status);
    r.http_status = static_cast<int>(status);
    r.final_url = t.current_url;
    r.tls_version = t.tls_version;
    r.cert_not_after = t.cert_not_after;
    r.cert_chain_verified = t.cert_chain_verified;
    char* ip = nullptr;
    if (curl_easy_getinfo(t.easy, CURLINFO_PRIMARY_IP, &ip) == CURLE_OK && ip != nullptr) r.primary_ip = ip;
    if (t.guard_private &&
        (!t.refused_ip.empty() || (!r.primary_ip.empty() && options_.is_private_address(r.primary_ip)))) {
      // Refused at connect, or answered over a connection kept from an earlier transfer.
      r.error = FetchError::kRedirectPrivate;
      const char* from = r.redirects.empty() ? "link on a page at a public address" : "redirect from a public address";
      r.error_text = std::string(from) + " to the private address " +
                     (t.refused_ip.empty() ? r.primary_ip : t.refused_ip) + " (" + t.current_url + ")";
      r.http_status = 0;
      r.body.clear();
      return false;
    }
    // Our body callback fails only for an oversized body. Otherwise a write error comes from curl's
    // decoders: after some of the page, the gzip decoder found bytes after the end of a complete
    // stream, which browsers ignore (the page arrived whole); before any, the body was not in the
    // encoding it was labelled with (the brotli decoder reports that so).
    if (code == CURLE_WRITE_ERROR && !t.too_large && !t.body.empty()) code = CURLE_OK;
    if (code == CURLE_WRITE_ERROR && !t.too_large) code = CURLE_BAD_CONTENT_ENCODING;
    cookies_since_flush_ += t.cookies_set;
    if (t.held_open) {
      // The whole page came; curl was still waiting for the end of the answer.
      r.error = FetchError::kHeldOpen;
      r.error_text = "page ended (</html>) but the server held the connection open for " +
                     std::to_string(options_.held_open_idle_ms) + " ms";
      KeepBody(t);
      return false;
    }
    r.error = MapCurlError(code, t);
    long new_connections = 0;
    curl_easy_getinfo(t.easy, CURLINFO_NUM_CONNECTS, &new_connections);
    if ((r.error == FetchError::kProtocol || r.error == FetchError::kReset) && new_connections == 0 && !t.fresh_tried) {
      // A garbled or cut answer on a reused connection may be what an earlier answer left there.
      t.fresh_tried = true;
      t.fresh_connect = true;
      r.error = FetchError::kNone;
      r.http_status = 0;
      return true;
    }
    if (r.error != FetchError::kNone) {
      r.error_text = t.error_buffer[0] != '\0' ? std::string(t.error_buffer) : curl_easy_strerror(code);
      if ((r.error == FetchError::kReset || r.error == FetchError::kProtocol) && status >= 200 && status < 300 &&
          EndsWithClosingHtml(t.body) && ClosingHtmlEndsTheMarkup(t.body)) {
        // The whole page came; only the end of the answer was wrong (a reset, a missing last
        // chunk, a close short of the Content-Length). A browser shows the page.
        r.error = FetchError::kHeldOpen;
        r.error_text = "page ended (</html>) but its answer was then cut: " + r.error_text;
        KeepBody(t);
        return false;
      }
      if (r.error == FetchError::kTooLarge) {
        r.error_text = "body larger than " + std::to_string(t.max_body) + " bytes";
        if (t.keep_truncated && status >= 200 && status < 300) {
          KeepBody(t);
          return false;
        }
      }
      if (r.error == FetchError::kTimeout && t.request->keep_timed_out_body && status >= 200 && status < 300 &&
          !t.body.empty()) {
        KeepBody(t);
        return false;
      }
      r.body.clear();
      return false;
    }
    if (status >= 300 && status < 400 && status != 304) {
      char* location = nullptr;
      curl_easy_getinfo(t.easy, CURLINFO_REDIRECT_URL, &location);
      if (location != nullptr && *location != '\0') {
        const std::string next = location;
        r.redirects.push_back(next);
        // Back to an address of the chain is a loop, unless the answer set a cookie, which the
        // next request sends (a cookie gate); max_redirects bounds that.
        if (t.seen_urls.count(next) != 0 && !t.set_cookie) {
          r.error = FetchError::kRedirectLoop;
          r.error_text = "redirect loop at " + next;
          return false;
        }
        if (static_cast<int>(r.redirects.size()) > options_.max_redirects) {
          r.error = FetchError::kTooManyRedirects;
          r.error_text = "more than " + std::to_string(options_.max_redirects) + " redirects";
          return false;
        }
        if (!t.first_hop_done) {
          t.first_hop_done = true;
          t.guard_private = t.guard_private || (!r.primary_ip.empty() && !options_.is_private_address(r.primary_ip));
        }
        t.current_url = next;
        return true;
      }
    }
    const bool validators_sent = !t.request->if_none_match.empty() || !t.request->if_modified_since.empty();
    if (status == 204 || status == 205 || (status == 304 && !validators_sent) ||
        (status >= 300 && status < 400 && status != 304)) {
      // Nothing to show and nowhere to go: stored as a page, it would be judged an empty page.
      r.error = FetchError::kEmptyAnswer;
      r.error_text = status >= 300 && status != 304 ? "HTTP " + std::to_string(status) + " without Location"
                                                   : "HTTP " + std::to_string(status) + " without a page";
      r.etag = t.etag;
      r.last_modified = t.last_modified;
      std::string().swap(t.body);
      return false;
    }
    KeepBody(t);
    return false;
  }

  // The answer's validators and its body, decoded, into the response.
  static void KeepBody(Transfer& t) {
    Response& r = t.response;
    r.etag = t.etag;
    r.last_modified = t.last_modified;
    DecodedBody decoded = DecodeBody(t.body, t.content_type);
    r.content_type = decoded.media_type;
    r.charset = decoded.charset;
    r.body_is_text = decoded.is_text;
    r.invalid_bytes = decoded.invalid_bytes;
    r.body = std::move(decoded.body);
    std::string().swap(t.body);
  }

  FetchOptions options_;
  std::map<std::string, HostHealth> host_health_;  // by host key, across FetchAll calls
  std::map<std::string, DomainHealth> domain_health_;  // by DomainKey, when breaker_by_domain
  CURLM* multi_ = nullptr;
  CURLSH* share_ = nullptr;  // the cookie jar of all transfers
  // Cookies set since the jar was last emptied; past kMaxCookiesKept it is emptied.
  static constexpr std::size_t kMaxCookiesKept = 1000;
  std::size_t cookies_since_flush_ = 0;
  std::vector<CURL*> idle_easy_;
  std::map<std::string, SteadyClock::time_point> next_start_;  // per host, for per_host_delay_ms
  bool stop_starting_ = false;  // StopStarting() was called during the current FetchAll
  std::set<std::string> slow_hosts_;  // host keys the slowness breaker tripped (FetchOptions::slow_host_limit)
};

}  // namespace

std::unique_ptr<Fetcher> MakeCurlFetcher(const FetchOptions& options) {
  return std::make_unique<CurlFetcher>(options);
}

}  // namespace govwatch::fetch
