#include "store/body_codec.hpp"

#include <libdeflate.h>

#include <memory>

namespace govwatch::store {

namespace {

// Level 1: page bodies and link lists are repetitive markup, which the fastest level already folds.
constexpr int kLevel = 1;

struct CompressorDeleter {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};
struct DecompressorDeleter {
  void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
};

libdeflate_compressor& ThreadCompressor() {
  thread_local std::unique_ptr<libdeflate_compressor, CompressorDeleter> c(libdeflate_alloc_compressor(kLevel));
  if (!c) throw std::bad_alloc();
  return *c;
}

libdeflate_decompressor& ThreadDecompressor() {
  thread_local std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> d(libdeflate_alloc_decompressor());
  if (!d) throw std::bad_alloc();
  return *d;
}

}  // namespace

namespace detail {

void AppendZlib(std::string& out, std::string_view data) {
  libdeflate_compressor& c = ThreadCompressor();
  const std::size_t at = out.size();
  out.resize(at + libdeflate_zlib_compress_bound(&c, data.size()));
  const std::size_t n = libdeflate_zlib_compress(&c, data.data(), data.size(), out.data() + at, out.size() - at);
  out.resize(at + n);  // n is never 0 with a buffer of the bound's size
}

bool InflateExact(std::string_view packed, std::string& out, std::size_t size) {
  out.assign(size, '\0');
  std::size_t in_used = 0;
  std::size_t out_used = 0;
  const libdeflate_result r = libdeflate_zlib_decompress_ex(&ThreadDecompressor(), packed.data(), packed.size(),
                                                            out.data(), size, &in_used, &out_used);
  return r == LIBDEFLATE_SUCCESS && out_used == size && in_used == packed.size();
}

}  // namespace detail

std::string CompressBody(std::string_view data) {
  std::string out;
  detail::AppendZlib(out, data);
  return out;
}

Result<std::string> DecompressBody(std::string_view data, std::size_t original_size) {
  std::string out;
  if (original_size == 0) return out;
  if (!detail::InflateExact(data, out, original_size)) {
    return MakeError(ErrorCode::kIoError, "database: bodies: corrupt compressed body");
  }
  return out;
}

}  // namespace govwatch::store
