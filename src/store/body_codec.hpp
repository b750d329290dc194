// How the store compresses page bodies and link records: the zlib format, written and read with
// libdeflate (whole buffers, one compressor per thread; zlib's compress2 allocated and faulted in
// its ~270 KB state on every call, which cost more than the compression). Records written by
// earlier versions with zlib itself read the same. Exposed so that a crawl can compress on its
// worker threads and hand the store a ready PageRecord::compressed_body.
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

// `data` in the zlib format at libdeflate's level 1 (on the farm's pages: 0.48 of the size, at
// three times zlib's level-1 speed; level 6 saves 4 % more space at half the speed). Never fails.
std::string CompressBody(std::string_view data);
// Inverse of CompressBody (any zlib stream); fails on corrupt data or a size other than
// `original_size`.
Result<std::string> DecompressBody(std::string_view data, std::size_t original_size);

namespace detail {
// Appends the zlib-format compression of `data` to `out`.
void AppendZlib(std::string& out, std::string_view data);
// Inflates the zlib stream `packed` into exactly `size` bytes; false when it is corrupt, holds a
// different size, or is followed by other bytes.
bool InflateExact(std::string_view packed, std::string& out, std::size_t size);
}  // namespace detail

}  // namespace govwatch::store
