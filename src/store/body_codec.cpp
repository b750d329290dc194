#include "store/body_codec.hpp"

#include <zlib.h>

namespace govwatch::store {

std::string CompressBody(std::string_view data) {
  uLongf size = compressBound(static_cast<uLong>(data.size()));
  std::string out(size, '\0');
  if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
                static_cast<uLong>(data.size()), 1) != Z_OK) {
    return {};
  }
  out.resize(size);
  return out;
}

Result<std::string> DecompressBody(std::string_view data, std::size_t original_size) {
  std::string out(original_size, '\0');
  uLongf size = static_cast<uLongf>(original_size);
  if (original_size == 0) return out;
  if (uncompress(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
                 static_cast<uLong>(data.size())) != Z_OK) {
    return MakeError(ErrorCode::kIoError, "database: bodies: corrupt compressed body");
  }
  out.resize(size);
  return out;
}

}  // namespace govwatch::store
