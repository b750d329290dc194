// fetch: every HTTP request govwatch makes goes through a Fetcher. The libcurl multi
// implementation is the real one; tests may substitute a fake. Fetch outcomes (404, timeout,
// DNS failure) are data in Response, never errors.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace govwatch::fetch {

enum class FetchError {
  kNone,
  kDns,
  kConnect,
  kTimeout,
  kTls,
  kRedirectLoop,
  kTooManyRedirects,
  kTooLarge,
  kReset,
  kProtocol,
  kDecode,
  kOther,
  // Not requested: the host failed, or answered too slowly, too often in a row
  // (FetchOptions::host_failure_limit, slow_host_limit).
  kHostDown,
  kNotStarted,  // not requested: the caller asked FetchAll to start nothing more (Fetcher::StopStarting)
  // The server answered without a page: 204 or 205, a 304 to a request that sent no validators
  // (nothing was cached to reuse), or a redirect status without a Location. Not a working page.
  kEmptyAnswer,
  // A redirect from a public address, or a link on a page answered from one
  // (Request::linked_from_ip), led to a loopback, private or link-local address (127.0.0.1, 10.x,
  // 192.168.x, 169.254.169.254, ::1, …, named or resolved): not requested, as a public site must
  // not make the crawler ask the machines around it.
  kRedirectPrivate,
  // A 2xx page arrived whole (its HTML closed with </html>) but the server neither closed the
  // connection nor ended the body it framed, and sent nothing more for
  // FetchOptions::held_open_idle_ms: the transfer is ended there, and the page kept. Also a
  // whole page whose answer was then cut (a reset, a chunked body without its last chunk, a close
  // short of its Content-Length). Not Ok(), so that no validator comes from it; a browser shows
  // the page.
  kHeldOpen,
};

// "dns", "connect", "timeout", … ("" for kNone).
std::string_view ErrorName(FetchError e);

struct Request {
  std::string url;
  bool head_only = false;
  std::int64_t timeout_ms = 15000;   // whole transfer
  std::string if_none_match;         // ETag of a previous fetch, may be empty
  std::string if_modified_since;     // Last-Modified of a previous fetch, may be empty
  bool verify_tls = true;            // false: accept any certificate (to read an invalid one's facts)
  int ip_version = 0;                // 4 or 6 to connect over that IP version only; 0: either
  int retries = -1;                  // extra tries for this request; -1: the fetcher's FetchOptions::retries
  // May be answered kHostDown without a request while the host is held down (crawl requests);
  // false for availability probes, which must always try.
  bool skip_when_host_down = false;
  // Least time between request starts on this request's host (a robots.txt Crawl-delay), for
  // this request; -1: FetchOptions::per_host_delay_ms.
  std::int64_t host_delay_ms = -1;
  // Decoded body bytes kept for this request; 0: FetchOptions::max_body_bytes. A longer body ends
  // kTooLarge; with keep_truncated_body its first max_body_bytes are kept (decoded) in the
  // response all the same and the rest is not downloaded, for readers that only want the start
  // of a file (robots.txt, RFC 9309 §2.5), however long the server says it is.
  std::size_t max_body_bytes = 0;
  bool keep_truncated_body = false;
  // A 2xx answer whose body had not ended at the timeout (a server that sends the page without a
  // length and keeps the connection open, or stalls short of its Content-Length) keeps what
  // arrived, decoded, with error kTimeout all the same; false: such a body is dropped.
  bool keep_timed_out_body = false;
  // The address the page linking this URL answered from, when the URL is fetched as a check of
  // that link: if it is public, no hop of this request may connect to a private address
  // (kRedirectPrivate), just as a redirect from that page may not. Empty: the request's own first
  // answer decides, as for any request.
  std::string linked_from_ip;
};

struct Response {
  std::string url;        // as requested
  std::string final_url;  // after redirects
  int http_status = 0;    // 0 when no HTTP response arrived
  FetchError error = FetchError::kNone;
  std::string error_text;
  std::string content_type;  // media type without parameters, lower case
  std::string charset;       // charset the body was decoded from ("" for binary bodies)
  std::string body;          // UTF-8 for text bodies (html, xml, json, plain), raw bytes otherwise
  bool body_is_text = false;
  std::size_t invalid_bytes = 0;  // undecodable bytes replaced during charset conversion
  std::int64_t elapsed_ms = 0;
  std::string etag;
  std::string last_modified;
  std::vector<std::string> redirects;  // each Location followed, in order
  int attempts = 1;                    // tries made (more than 1 when retries were configured)
  // TLS facts of the last hop, when it was https: the protocol version ("TLSv1.3"), the server
  // certificate's expiry (seconds since the epoch), whether its chain verified against the
  // system's trust store, and the address connected to.
  std::string tls_version;
  std::int64_t cert_not_after = 0;  // 0 when unknown
  bool cert_chain_verified = false;
  std::string primary_ip;
  // True for 200-399 with no transport error.
  bool Ok() const { return error == FetchError::kNone && http_status >= 200 && http_status < 400; }
};

struct FetchOptions {
  int max_concurrency = 16;        // transfers in flight, all hosts together
  int max_per_host = 2;            // connections per host
  std::int64_t connect_timeout_ms = 10000;
  std::size_t max_body_bytes = 20 * 1024 * 1024;  // decoded bytes kept; larger bodies end kTooLarge
  int max_redirects = 10;
  std::string user_agent = "govwatch/0.1 (government website supervision)";
  std::int64_t per_host_delay_ms = 0;  // least time between request starts on one host (politeness)
  int retries = 0;                     // extra tries after a reset, refused connection, timeout, 5xx or 429
  std::int64_t retry_backoff_ms = 500; // wait before the first retry; doubles for each further one
  // A 429 or 503 with Retry-After is retried (when retries remain) after the time it asks, and the
  // host gets no other request before then; a server asking for longer than this is not retried
  // (its answer is the outcome), so that no server can hold a crawl.
  std::int64_t max_retry_after_ms = 30000;
  // After this many timeouts, refused connections or DNS failures in a row on one host (each try
  // counts), requests marked skip_when_host_down are answered kHostDown without trying for
  // host_down_ms; then one is tried again. A site that dies during a crawl would otherwise cost
  // every one of its queued URLs a full timeout. 0: never.
  int host_failure_limit = 10;
  std::int64_t host_down_ms = 60000;
  // The failures in a row that trip a host that has given no HTTP answer yet in this fetcher's
  // life (at most host_failure_limit): a server that accepts connections and never answers costs
  // this many timeouts instead of host_failure_limit. A host that answered once keeps the full
  // limit, so a flaky but live site is still crawled. 0: host_failure_limit for every host.
  int unanswered_host_failure_limit = 3;
  // A host whose answers take more than slow_answer_ms each (0: 2/3 of each request's
  // timeout_ms) at less than slow_rate_bytes_per_s (a large attachment at a good rate is no
  // drip), slow_host_limit times in a row (timeouts between them neither count nor reset),
  // is held down as a failing one is (the requests not sent end kHostDown and SlowHosts() names
  // it): a server that drips every page just inside the timeout would otherwise hold the crawl
  // for pages × the timeout / connections. A slow but ordinary site (2–5 s a page against 15 s)
  // never trips it; one answer in less resets the count. 0: no slowness breaker.
  int slow_host_limit = 5;
  std::int64_t slow_answer_ms = 0;
  std::int64_t slow_rate_bytes_per_s = 64 * 1024;
  // Also holds down a whole domain (a1.evil.example, a2.evil.example … on one port) once
  // host_failure_limit of its hosts in a row failed with no answer from any of them: a page
  // linking to thousands of subdomains of a server that never answers (wildcard DNS) would
  // otherwise cost each its timeouts, since each host fails only once. Likewise once
  // slow_host_limit of its hosts in a row answered slowly (subdomains dripping each answer just
  // inside the timeout). For link checks to other hosts; the crawl's own fetcher leaves it off
  // (sites of one province share a domain).
  bool breaker_by_domain = false;
  // A 2xx body that ends with "</html>" (and whitespace) and then idles this long, its connection
  // still open, ends kHeldOpen with the page kept, instead of running to the request's timeout: a
  // server that holds every page open would otherwise cost each page a full timeout and trip the
  // host breaker. 0: wait for the timeout.
  std::int64_t held_open_idle_ms = 2000;
  // Which addresses count as private for kRedirectPrivate; empty: IsPrivateAddress. A request
  // whose first address is private itself (a test server, an office's intranet) may be
  // redirected anywhere.
  std::function<bool(std::string_view ip)> is_private_address;
};

// True for numeric addresses that are not public: loopback, unspecified (0.0.0.0, ::), RFC 1918
// private, shared (100.64/10), link-local (169.254/16, fe80::/10, cloud metadata), unique local
// (fc00::/7), multicast and reserved, and IPv4-mapped IPv6 forms of these. False for names and
// public addresses.
bool IsPrivateAddress(std::string_view ip);

// Fetches URLs. Implementations are not safe to share between threads; use one per thread.
class Fetcher {
 public:
  virtual ~Fetcher() = default;
  // Fetches every request, running up to the configured concurrency at once, and calls
  // `on_done(index, response)` on the calling thread as each finishes (in completion order).
  virtual void FetchAll(std::span<const Request> requests,
                        const std::function<void(std::size_t, Response&&)>& on_done) = 0;
  // Called from inside FetchAll's on_done: the current FetchAll call starts no further request;
  // those not yet started are answered FetchError::kNotStarted once the running ones finish (a
  // redirect or a retry of a started request still runs). Lets a caller bound what it holds.
  // Fetchers that cannot stop ignore it (the default) and fetch everything.
  virtual void StopStarting() {}
  // The hosts ("host:port") held down at some time for answering too slowly
  // (FetchOptions::slow_host_limit), in this fetcher's life. Fetchers without a breaker: none.
  virtual std::vector<std::string> SlowHosts() const { return {}; }
  // Fetches one URL and waits for it.
  Response Fetch(const Request& request);
  // Fetches all and returns responses in request order.
  std::vector<Response> FetchAllOrdered(std::span<const Request> requests);
};

// The libcurl multi implementation.
std::unique_ptr<Fetcher> MakeCurlFetcher(const FetchOptions& options);

}  // namespace govwatch::fetch
