// Compressed test bodies (zlib): gzip for Content-Encoding, zlib streams for PDF FlateDecode,
// built from a block repeated many times without ever holding the plain text.
#pragma once

#include <zlib.h>

#include <cstddef>
#include <string>

namespace govwatch::testing {

enum class DeflateFormat { kGzip, kZlib };

// `repeat` copies of `block`, compressed at the best level, streamed block by block.
inline std::string DeflateRepeated(const std::string& block, std::size_t repeat,
                                   DeflateFormat format = DeflateFormat::kGzip) {
  z_stream zs{};
  deflateInit2(&zs, Z_BEST_COMPRESSION, Z_DEFLATED, format == DeflateFormat::kGzip ? 15 + 16 : 15, 9,
               Z_DEFAULT_STRATEGY);
  std::string out;
  char buffer[65536];
  for (std::size_t i = 0; i <= repeat; ++i) {
    const bool last = i == repeat;
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(block.data()));
    zs.avail_in = last ? 0 : static_cast<uInt>(block.size());
    do {
      zs.next_out = reinterpret_cast<Bytef*>(buffer);
      zs.avail_out = sizeof(buffer);
      deflate(&zs, last ? Z_FINISH : Z_NO_FLUSH);
      out.append(buffer, sizeof(buffer) - zs.avail_out);
    } while (zs.avail_out == 0);
  }
  deflateEnd(&zs);
  return out;
}

}  // namespace govwatch::testing
