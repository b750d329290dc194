// ZipReader: read-only access to a zip archive held in memory (libzip), for the office formats
// (.docx, .xlsx) that extract/ and registry/ read. Bounded: an entry is read only up to the limit
// the caller gives, and only as far as it really inflates (a lying size header cannot make it
// allocate or return more).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"

namespace govwatch {

class ZipReader {
 public:
  // Opens `bytes` (which must outlive the reader). Fails naming `name` when it is not a zip archive.
  static Result<ZipReader> Open(std::string_view bytes, std::string_view name);
  ~ZipReader();
  ZipReader(ZipReader&&) noexcept;
  ZipReader& operator=(ZipReader&&) noexcept;

  // Entry names, in archive order.
  std::vector<std::string> Names() const;
  bool Has(std::string_view entry) const;
  // The bytes of `entry`. NotFound "<name>: missing <entry>" when absent; ParseError "<name>:
  // <entry> is too large" when its declared size exceeds `max_bytes`, or when it cannot be opened.
  Result<std::string> Read(std::string_view entry, std::size_t max_bytes) const;
  // An XML part of an Office Open XML package, as Read, refused (ParseError "<name>: <entry>
  // declares a DTD") when its prolog holds a document type declaration: packages carry none
  // (ECMA-376 Part 2 forbids DTD declarations in parts), and the entities a DTD defines let a few
  // hundred bytes expand to gigabytes of text ("billion laughs").
  Result<std::string> ReadXml(std::string_view entry, std::size_t max_bytes) const;

 private:
  struct Impl;
  explicit ZipReader(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace govwatch
