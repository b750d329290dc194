#include "fetch/fetcher.hpp"

#include <arpa/inet.h>

#include <array>
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
    case FetchError::kRedirectPrivate: return "redirect_private";
    case FetchError::kHeldOpen: return "held_open";
  }
  return "other";
}

bool IsPrivateAddress(std::string_view ip) {
  std::string text(ip);
  if (text.size() > 2 && text.front() == '[' && text.back() == ']') text = text.substr(1, text.size() - 2);
  if (const auto zone = text.find('%'); zone != std::string::npos) text.resize(zone);  // fe80::1%eth0
  std::array<unsigned char, 16> a{};
  const auto private_v4 = [](const unsigned char* b) {
    return b[0] == 0 || b[0] == 10 || b[0] == 127 || (b[0] == 100 && (b[1] & 0xC0) == 64) ||
           (b[0] == 169 && b[1] == 254) || (b[0] == 172 && (b[1] & 0xF0) == 16) || (b[0] == 192 && b[1] == 168) ||
           (b[0] == 192 && b[1] == 0 && b[2] == 0) || (b[0] == 198 && (b[1] & 0xFE) == 18) || b[0] >= 224;
  };
  if (inet_pton(AF_INET, text.c_str(), a.data()) == 1) return private_v4(a.data());
  if (inet_pton(AF_INET6, text.c_str(), a.data()) != 1) return false;
  bool zero_prefix = true;  // the first 80 bits
  for (int i = 0; i < 10; ++i) zero_prefix = zero_prefix && a[i] == 0;
  if (zero_prefix && a[10] == 0xFF && a[11] == 0xFF) return private_v4(a.data() + 12);  // ::ffff:a.b.c.d
  if (zero_prefix && a[10] == 0 && a[11] == 0) {
    // ::, ::1 and the deprecated IPv4-compatible ::a.b.c.d
    bool low_zero = true;
    for (int i = 12; i < 15; ++i) low_zero = low_zero && a[i] == 0;
    if (low_zero && a[15] <= 1) return true;
    return private_v4(a.data() + 12);
  }
  if (a[0] == 0x64 && a[1] == 0xFF && a[2] == 0x9B) return private_v4(a.data() + 12);  // NAT64 64:ff9b::/96
  return (a[0] & 0xFE) == 0xFC || (a[0] == 0xFE && (a[1] & 0xC0) == 0x80) || a[0] == 0xFF;
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
