#include "fetch/fetcher.hpp"

#include <optional>

namespace govwatch::fetch {

std::string_view ErrorName(FetchError e) {
  switch (e) {
    case FetchError::kNone: return "";
    case FetchError::kDns: return "dns";
    case FetchError::kConnect: return "connect";
    case FetchError::kTimeout: return "timeout";
    case FetchError::kTls: return "tls";
    case FetchError::kRedirectLoop: return "redirect_loop";
    case FetchError::kTooManyRedirects: return "too_many_redirects";
    case FetchError::kTooLarge: return "too_large";
    case FetchError::kReset: return "reset";
    case FetchError::kProtocol: return "protocol";
    case FetchError::kDecode: return "decode";
    case FetchError::kOther: return "other";
    case FetchError::kHostDown: return "host_down";
    case FetchError::kNotStarted: return "not_started";
    case FetchError::kEmptyAnswer: return "empty_answer";
  }
  return "other";
}

Response Fetcher::Fetch(const Request& request) {
  std::optional<Response> out;
  FetchAll(std::span<const Request>(&request, 1), [&](std::size_t, Response&& r) { out = std::move(r); });
  return out ? std::move(*out) : Response{};
}

std::vector<Response> Fetcher::FetchAllOrdered(std::span<const Request> requests) {
  std::vector<Response> out(requests.size());
  FetchAll(requests, [&](std::size_t i, Response&& r) { out[i] = std::move(r); });
  return out;
}

}  // namespace govwatch::fetch
