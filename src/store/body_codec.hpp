// How the store compresses page bodies and link records: zstd frames (one compressor per thread,
// whole buffers), read back whatever wrote them: records of earlier versions are zlib streams
// (written with libdeflate or zlib) and read the same, told apart by the zstd frame's magic
// number. A crawl compresses every page it stores, and the judge opens many again: on the farm's
// pages zstd's fast level -1 keeps 0.56 of the size (zlib level 1 with libdeflate: 0.47, zstd
// level 1: 0.50) in 55 % of libdeflate's time and opens them in 40 % of its time. Exposed so
// that a crawl can compress on its worker threads and hand the store a ready
// PageRecord::compressed_body.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "common/result.hpp"

namespace govwatch::store {

// A body as the store keeps it: compressed `data` of `size` bytes once decompressed.
struct PackedBody {
  std::string data;
  std::size_t size = 0;
};

// zstd level of page bodies.
inline constexpr int kBodyLevel = -1;

// `data` as one zstd frame at kBodyLevel, with a checksum. Never fails.
std::string CompressBody(std::string_view data);
// Inverse of CompressBody, and of any zlib stream (bodies stored by earlier versions); fails on
// corrupt data or a size other than `original_size`.
Result<std::string> DecompressBody(std::string_view data, std::size_t original_size);

namespace detail {
// Inflates the zlib stream `packed` into exactly `size` bytes; false when it is corrupt, holds a
// different size, or is followed by other bytes.
bool InflateExact(std::string_view packed, std::string& out, std::size_t size);
// Appends `data` as one zstd frame at `level` (negative levels: faster, larger), with its size
// and a checksum.
void AppendZstd(std::string& out, std::string_view data, int level);
// Opens the zstd frame `packed` into exactly `size` bytes; false when it is corrupt, names or
// holds a different size, or is followed by other bytes.
bool UnzstdExact(std::string_view packed, std::string& out, std::size_t size);
// Opens `packed`, a zstd frame (AppendZstd) or a zlib stream (earlier versions), into
// exactly `size` bytes; false when it is corrupt, holds a different size, or is followed by other
// bytes.
bool UnpackExact(std::string_view packed, std::string& out, std::size_t size);
}  // namespace detail

}  // namespace govwatch::store
