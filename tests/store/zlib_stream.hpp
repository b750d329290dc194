// A zlib stream, as versions before zstd stored bodies and link records, for the tests that read
// such records back.
#pragma once

#include <zlib.h>

#include <string>
#include <string_view>

#include <gtest/gtest.h>

namespace govwatch::store::testing {

inline std::string ZlibStream(std::string_view data, int level = 1) {
  uLongf size = compressBound(static_cast<uLong>(data.size()));
  std::string out(size, '\0');
  EXPECT_EQ(compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(data.data()),
                      static_cast<uLong>(data.size()), level),
            Z_OK);
  out.resize(size);
  return out;
}

}  // namespace govwatch::store::testing
