#include "common/zip_reader.hpp"

#include <zip.h>

#include "common/strings.hpp"

namespace govwatch {

struct ZipReader::Impl {
  zip_t* archive = nullptr;
  std::string name;
  ~Impl() {
    if (archive != nullptr) zip_discard(archive);
  }
};

ZipReader::ZipReader(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
ZipReader::~ZipReader() = default;
ZipReader::ZipReader(ZipReader&&) noexcept = default;
ZipReader& ZipReader::operator=(ZipReader&&) noexcept = default;

Result<ZipReader> ZipReader::Open(std::string_view bytes, std::string_view name) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) {
    zip_error_fini(&error);
    return MakeError(ErrorCode::kParseError, std::string(name) + ": cannot read the archive");
  }
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    const std::string why = zip_error_strerror(&error);
    zip_error_fini(&error);
    return MakeError(ErrorCode::kParseError, std::string(name) + ": not a zip archive (" + why + ")");
  }
  zip_error_fini(&error);
  auto impl = std::make_unique<Impl>();
  impl->archive = archive;
  impl->name = std::string(name);
  return ZipReader(std::move(impl));
}

std::vector<std::string> ZipReader::Names() const {
  std::vector<std::string> out;
  const zip_int64_t entries = zip_get_num_entries(impl_->archive, 0);
  for (zip_int64_t i = 0; i < entries; ++i) {
    const char* entry = zip_get_name(impl_->archive, static_cast<zip_uint64_t>(i), 0);
    if (entry != nullptr) out.emplace_back(entry);
  }
  return out;
}

bool ZipReader::Has(std::string_view entry) const {
  return zip_name_locate(impl_->archive, std::string(entry).c_str(), 0) >= 0;
}

Result<std::string> ZipReader::Read(std::string_view entry, std::size_t max_bytes) const {
  const std::string part(entry);
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat(impl_->archive, part.c_str(), 0, &st) != 0) {
    return MakeError(ErrorCode::kNotFound, impl_->name + ": missing " + part);
  }
  if ((st.valid & ZIP_STAT_SIZE) == 0 || st.size > max_bytes) {
    return MakeError(ErrorCode::kParseError, impl_->name + ": " + part + " is too large");
  }
  zip_file_t* file = zip_fopen(impl_->archive, part.c_str(), 0);
  if (file == nullptr) return MakeError(ErrorCode::kParseError, impl_->name + ": cannot open " + part);
  std::string data(static_cast<std::size_t>(st.size), '\0');
  std::size_t got = 0;
  while (got < data.size()) {
    const zip_int64_t n = zip_fread(file, data.data() + got, data.size() - got);
    if (n <= 0) break;
    got += static_cast<std::size_t>(n);
  }
  zip_fclose(file);
  // The declared size is only trusted up to what really inflates.
  data.resize(got);
  return data;
}

Result<std::string> ZipReader::ReadXml(std::string_view entry, std::size_t max_bytes) const {
  auto data = Read(entry, max_bytes);
  if (!data) return data;
  // The prolog: a byte order mark, white space, the XML declaration, processing instructions and
  // comments may come before the root element; so may a DOCTYPE, which is what is looked for.
  std::string_view rest(*data);
  if (StartsWith(rest, "\xEF\xBB\xBF")) rest.remove_prefix(3);
  for (;;) {
    const std::size_t start = rest.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) break;
    rest.remove_prefix(start);
    std::string_view close;
    if (StartsWith(rest, "<?")) {
      close = "?>";
    } else if (StartsWith(rest, "<!--")) {
      close = "-->";
    } else {
      break;
    }
    const std::size_t end = rest.find(close, 2);
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + close.size());
  }
  if (StartsWith(rest, "<!DOCTYPE") || StartsWith(rest, "<!doctype")) {
    return MakeError(ErrorCode::kParseError, impl_->name + ": " + std::string(entry) + " declares a DTD");
  }
  return data;
}

}  // namespace govwatch
