#include "store/body_codec.hpp"

#include <libdeflate.h>
#include <zstd.h>

#include <memory>
#include <new>

namespace govwatch::store {

namespace {

// The first four bytes of every zstd frame (0xFD2FB528, little-endian). No zlib stream starts so:
// 0x28 0xB5 fails the zlib header check ((CMF * 256 + FLG) % 31 == 0).
constexpr unsigned char kZstdMagic[4] = {0x28, 0xB5, 0x2F, 0xFD};

struct DecompressorDeleter {
  void operator()(libdeflate_decompressor* d) const { libdeflate_free_decompressor(d); }
};
struct ZstdCompressorDeleter {
  void operator()(ZSTD_CCtx* c) const { ZSTD_freeCCtx(c); }
};
struct ZstdDecompressorDeleter {
  void operator()(ZSTD_DCtx* d) const { ZSTD_freeDCtx(d); }
};

libdeflate_decompressor& ThreadDecompressor() {
  thread_local std::unique_ptr<libdeflate_decompressor, DecompressorDeleter> d(libdeflate_alloc_decompressor());
  if (!d) throw std::bad_alloc();
  return *d;
}

// One zstd compressor per thread (its tables are allocated once, like libdeflate's).
ZSTD_CCtx& ThreadZstdCompressor() {
  thread_local std::unique_ptr<ZSTD_CCtx, ZstdCompressorDeleter> c(ZSTD_createCCtx());
  if (!c) throw std::bad_alloc();
  return *c;
}

ZSTD_DCtx& ThreadZstdDecompressor() {
  thread_local std::unique_ptr<ZSTD_DCtx, ZstdDecompressorDeleter> d(ZSTD_createDCtx());
  if (!d) throw std::bad_alloc();
  return *d;
}

bool IsZstdFrame(std::string_view packed) {
  return packed.size() >= 4 && static_cast<unsigned char>(packed[0]) == kZstdMagic[0] &&
         static_cast<unsigned char>(packed[1]) == kZstdMagic[1] &&
         static_cast<unsigned char>(packed[2]) == kZstdMagic[2] &&
         static_cast<unsigned char>(packed[3]) == kZstdMagic[3];
}

}  // namespace

namespace detail {

bool InflateExact(std::string_view packed, std::string& out, std::size_t size) {
  out.assign(size, '\0');
  std::size_t in_used = 0;
  std::size_t out_used = 0;
  const libdeflate_result r = libdeflate_zlib_decompress_ex(&ThreadDecompressor(), packed.data(), packed.size(),
                                                            out.data(), size, &in_used, &out_used);
  return r == LIBDEFLATE_SUCCESS && out_used == size && in_used == packed.size();
}

void AppendZstd(std::string& out, std::string_view data, int level) {
  // The parameters are set again for each frame (the compressor keeps its tables between frames:
  // resetting it cost a sixth of the compression).
  ZSTD_CCtx& c = ThreadZstdCompressor();
  ZSTD_CCtx_setParameter(&c, ZSTD_c_compressionLevel, level);
  ZSTD_CCtx_setParameter(&c, ZSTD_c_checksumFlag, 1);  // a damaged record fails instead of reading wrong
  const std::size_t at = out.size();
  out.resize(at + ZSTD_compressBound(data.size()));
  const std::size_t n = ZSTD_compress2(&c, out.data() + at, out.size() - at, data.data(), data.size());
  if (ZSTD_isError(n)) throw std::bad_alloc();  // only an allocation can fail with a buffer of the bound's size
  out.resize(at + n);
}

bool UnzstdExact(std::string_view packed, std::string& out, std::size_t size) {
  // Exactly one frame, whose header names `size` and which the data ends with.
  if (ZSTD_findFrameCompressedSize(packed.data(), packed.size()) != packed.size()) return false;
  if (ZSTD_getFrameContentSize(packed.data(), packed.size()) != size) return false;
  out.assign(size, '\0');
  const std::size_t n = ZSTD_decompressDCtx(&ThreadZstdDecompressor(), out.data(), size, packed.data(), packed.size());
  return !ZSTD_isError(n) && n == size;
}

bool UnpackExact(std::string_view packed, std::string& out, std::size_t size) {
  return IsZstdFrame(packed) ? UnzstdExact(packed, out, size) : InflateExact(packed, out, size);
}

}  // namespace detail

std::string CompressBody(std::string_view data) {
  std::string out;
  detail::AppendZstd(out, data, kBodyLevel);
  return out;
}

Result<std::string> DecompressBody(std::string_view data, std::size_t original_size) {
  std::string out;
  if (original_size == 0) return out;
  if (!detail::UnpackExact(data, out, original_size)) {
    return MakeError(ErrorCode::kIoError, "database: bodies: corrupt compressed body");
  }
  return out;
}

}  // namespace govwatch::store
