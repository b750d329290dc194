#include "common/files.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/core.h>

namespace govwatch {

Result<std::string> ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return MakeError(ErrorCode::kIoError,
                     fmt::format("{}: cannot open: {}", path.string(), std::strerror(errno)));
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return MakeError(ErrorCode::kIoError, fmt::format("{}: read failed", path.string()));
  return ss.str();
}

Result<void> WriteFileAtomic(const std::filesystem::path& path, std::string_view content) {
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  const std::string tmp = path.string() + fmt::format(".tmp.{}", ::getpid());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return MakeError(ErrorCode::kIoError,
                     fmt::format("{}: cannot create: {}", tmp, std::strerror(errno)));
  }
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const std::string why = std::strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      return MakeError(ErrorCode::kIoError, fmt::format("{}: write failed: {}", path.string(), why));
    }
    done += static_cast<std::size_t>(n);
  }
  ::fsync(fd);
  ::close(fd);
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
    const std::string why = std::strerror(errno);
    ::unlink(tmp.c_str());
    return MakeError(ErrorCode::kIoError, fmt::format("{}: rename failed: {}", path.string(), why));
  }
  return Ok();
}

std::filesystem::path RulesDir() {
  if (const char* env = std::getenv("GOVWATCH_RULES_DIR"); env != nullptr && *env != '\0') {
    return env;
  }
#ifdef GOVWATCH_SOURCE_RULES_DIR
  if (std::filesystem::exists(GOVWATCH_SOURCE_RULES_DIR)) return GOVWATCH_SOURCE_RULES_DIR;
#endif
  std::error_code ec;
  const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    for (auto dir = exe.parent_path(); dir.has_relative_path(); dir = dir.parent_path()) {
      if (std::filesystem::exists(dir / "rules" / "indicators.toml") ||
          std::filesystem::exists(dir / "rules" / "thresholds.tsv")) {
        return dir / "rules";
      }
    }
  }
  return "rules";
}

}  // namespace govwatch
