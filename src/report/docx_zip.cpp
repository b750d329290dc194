#include "report/docx_zip.hpp"

#include <zip.h>

#include <fmt/core.h>

namespace govwatch::report {

namespace {

std::string ZipErrorText(zip_error_t* error) {
  std::string text = zip_error_strerror(error);
  zip_error_fini(error);
  return text;
}

}  // namespace

Result<std::string> ZipEntries(const std::vector<ZipEntry>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (buffer == nullptr) return MakeError(ErrorCode::kInternal, "zip: " + ZipErrorText(&error));
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (archive == nullptr) {
    zip_source_free(buffer);
    return MakeError(ErrorCode::kInternal, "zip: " + ZipErrorText(&error));
  }
  zip_error_fini(&error);
  zip_source_keep(buffer);  // survives zip_close so that the bytes can be read back
  const auto fail = [&](const std::string& what) {
    const std::string text = fmt::format("zip: {}: {}", what, zip_strerror(archive));
    zip_discard(archive);
    zip_source_free(buffer);
    return MakeError(ErrorCode::kInternal, text);
  };
  for (const ZipEntry& e : entries) {
    zip_source_t* data = zip_source_buffer(archive, e.bytes.data(), e.bytes.size(), 0);
    if (data == nullptr) return fail(e.path);
    const zip_int64_t index = zip_file_add(archive, e.path.c_str(), data, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
      zip_source_free(data);
      return fail(e.path);
    }
    const auto i = static_cast<zip_uint64_t>(index);
    // DOS date 1980-01-01 (day 1, month 1, year 0), time 00:00.
    if (zip_file_set_dostime(archive, i, 0, (1 << 5) | 1, 0) < 0) return fail(e.path);
    if (zip_set_file_compression(archive, i, ZIP_CM_DEFLATE, 6) < 0) return fail(e.path);
  }
  if (zip_close(archive) < 0) return fail("close");

  std::string out;
  if (zip_source_open(buffer) < 0) {
    zip_source_free(buffer);
    return MakeError(ErrorCode::kInternal, "zip: cannot reopen the archive buffer");
  }
  char chunk[64 * 1024];
  for (;;) {
    const zip_int64_t n = zip_source_read(buffer, chunk, sizeof chunk);
    if (n < 0) {
      zip_source_close(buffer);
      zip_source_free(buffer);
      return MakeError(ErrorCode::kInternal, "zip: cannot read the archive buffer");
    }
    if (n == 0) break;
    out.append(chunk, static_cast<std::size_t>(n));
  }
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

Result<std::map<std::string, std::string>> UnzipEntries(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (source == nullptr) return MakeError(ErrorCode::kParseError, "unzip: " + ZipErrorText(&error));
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (archive == nullptr) {
    zip_source_free(source);
    return MakeError(ErrorCode::kParseError, "unzip: " + ZipErrorText(&error));
  }
  zip_error_fini(&error);
  std::map<std::string, std::string> out;
  const zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    const auto index = static_cast<zip_uint64_t>(i);
    zip_stat_t st;
    if (zip_stat_index(archive, index, 0, &st) < 0) continue;
    zip_file_t* file = zip_fopen_index(archive, index, 0);
    if (file == nullptr) {
      const std::string text = fmt::format("unzip: {}: {}", st.name, zip_strerror(archive));
      zip_discard(archive);
      return MakeError(ErrorCode::kParseError, text);
    }
    std::string content(static_cast<std::size_t>(st.size), '\0');
    const zip_int64_t n = zip_fread(file, content.data(), st.size);
    zip_fclose(file);
    if (n < 0 || static_cast<zip_uint64_t>(n) != st.size) {
      const std::string text = fmt::format("unzip: {}: short read", st.name);
      zip_discard(archive);
      return MakeError(ErrorCode::kParseError, text);
    }
    out[st.name] = std::move(content);
  }
  zip_discard(archive);  // also frees `source`
  return out;
}

}  // namespace govwatch::report
