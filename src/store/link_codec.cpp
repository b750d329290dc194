#include "store/link_codec.hpp"

#include <fmt/core.h>

#include "store/body_codec.hpp"

namespace govwatch::store {

namespace {

// Encoding, before compression: a format byte, the raw size (varint) of what follows it, then
// the link count and per link from_url ("" = the page's), to_url, text, error (each a varint
// length and its bytes), http_status (varint) and broken (one byte). Format 2 compresses that
// with zstd, format 1 (earlier versions) with zlib.
constexpr unsigned char kFormat = 2;
constexpr unsigned char kZlibFormat = 1;
// zstd's fast level -1: link lists are read back by every pass that follows links (the judge,
// style sheets, attachments), and at -1 they open three times as fast as at level 1 (and compress
// twice as fast) for records about a tenth larger.
constexpr int kLevel = -1;
// A page's links never decode to more than this (a hostile page is cut at 100,000 links by the
// extractor, so this only stops a corrupt record from asking for an absurd allocation).
constexpr std::uint64_t kMaxRawBytes = std::uint64_t{1} << 30;

void PutVarint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

void PutString(std::string& out, std::string_view s) {
  PutVarint(out, s.size());
  out.append(s);
}

class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}
  bool Varint(std::uint64_t& v) {
    v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos_ >= data_.size()) return false;
      const auto byte = static_cast<unsigned char>(data_[pos_++]);
      v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) return true;
    }
    return false;
  }
  bool String(std::string& s) {
    std::uint64_t n = 0;
    if (!Varint(n) || n > data_.size() - pos_) return false;
    s.assign(data_.substr(pos_, n));
    pos_ += n;
    return true;
  }
  bool Byte(unsigned char& b) {
    if (pos_ >= data_.size()) return false;
    b = static_cast<unsigned char>(data_[pos_++]);
    return true;
  }
  bool AtEnd() const { return pos_ == data_.size(); }
  std::size_t Remaining() const { return data_.size() - pos_; }

 private:
  std::string_view data_;
  std::size_t pos_ = 0;
};

}  // namespace

std::string EncodeLinks(const std::vector<model::Link>& links, std::string_view page_url) {
  std::string raw;
  raw.reserve(links.size() * 64 + 8);
  PutVarint(raw, links.size());
  for (const model::Link& l : links) {
    PutString(raw, l.from_url == page_url ? std::string_view() : std::string_view(l.from_url));
    PutString(raw, l.to_url);
    PutString(raw, l.text);
    PutString(raw, l.error);
    PutVarint(raw, static_cast<std::uint64_t>(static_cast<std::uint32_t>(l.http_status)));
    raw.push_back(l.broken ? 1 : 0);
  }
  std::string out;
  out.push_back(static_cast<char>(kFormat));
  PutVarint(out, raw.size());
  detail::AppendZstd(out, raw, kLevel);
  return out;
}

Result<std::vector<model::Link>> DecodeLinks(std::string_view data, std::int64_t page_id, std::string_view page_url) {
  const auto corrupt = [&](std::string_view why) {
    return MakeError(ErrorCode::kIoError, fmt::format("database: page_links of page {}: {}", page_id, why));
  };
  Reader header(data);
  unsigned char format = 0;
  std::uint64_t raw_size = 0;
  if (!header.Byte(format) || (format != kFormat && format != kZlibFormat)) return corrupt("unknown format");
  if (!header.Varint(raw_size) || raw_size > kMaxRawBytes) return corrupt("bad size");
  const std::string_view packed = data.substr(data.size() - header.Remaining());
  std::string raw;
  const auto size = static_cast<std::size_t>(raw_size);
  if (!(format == kFormat ? detail::UnzstdExact(packed, raw, size) : detail::InflateExact(packed, raw, size))) {
    return corrupt("corrupt compressed data");
  }
  Reader r(raw);
  std::uint64_t count = 0;
  if (!r.Varint(count) || count > raw.size()) return corrupt("bad link count");
  std::vector<model::Link> links;
  links.reserve(count);
  for (std::uint64_t i = 0; i < count; ++i) {
    model::Link l;
    l.page_id = page_id;
    std::uint64_t status = 0;
    unsigned char broken = 0;
    if (!r.String(l.from_url) || !r.String(l.to_url) || !r.String(l.text) || !r.String(l.error) || !r.Varint(status) ||
        !r.Byte(broken) || status > 0xFFFFFFFFu || broken > 1) {
      return corrupt(fmt::format("link {} is truncated", i + 1));
    }
    if (l.from_url.empty()) l.from_url = page_url;
    l.http_status = static_cast<int>(static_cast<std::uint32_t>(status));
    l.broken = broken != 0;
    links.push_back(std::move(l));
  }
  if (!r.AtEnd()) return corrupt("trailing bytes");
  return links;
}

}  // namespace govwatch::store
