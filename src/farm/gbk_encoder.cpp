#include "farm/gbk_encoder.hpp"

#include <iconv.h>

#include <cerrno>

namespace govwatch::farm {

std::string Utf8ToGbk(std::string_view utf8) {
  iconv_t cd = iconv_open("GBK", "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::string(utf8);
  std::string out(utf8.size() + 16, '\0');
  char* in_ptr = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size();
  char* out_ptr = out.data();
  std::size_t out_left = out.size();
  while (in_left > 0) {
    if (iconv(cd, &in_ptr, &in_left, &out_ptr, &out_left) != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) {
      const std::size_t used = static_cast<std::size_t>(out_ptr - out.data());
      out.resize(out.size() * 2);
      out_ptr = out.data() + used;
      out_left = out.size() - used;
      continue;
    }
    // An unencodable or broken sequence: skip one UTF-8 character and write '?'.
    std::size_t skip = 1;
    while (skip < in_left && (static_cast<unsigned char>(in_ptr[skip]) & 0xC0) == 0x80) ++skip;
    in_ptr += skip;
    in_left -= skip;
    if (out_left == 0) {
      const std::size_t used = static_cast<std::size_t>(out_ptr - out.data());
      out.resize(out.size() * 2);
      out_ptr = out.data() + used;
      out_left = out.size() - used;
    }
    *out_ptr++ = '?';
    --out_left;
  }
  out.resize(static_cast<std::size_t>(out_ptr - out.data()));
  iconv_close(cd);
  return out;
}

}  // namespace govwatch::farm
