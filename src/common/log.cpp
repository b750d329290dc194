#include "common/log.hpp"

#include <atomic>
#include <cstdio>
#include <mutex>

namespace govwatch {

namespace {
std::atomic<LogLevel> g_level{LogLevel::kInfo};
std::mutex g_mutex;

void Emit(LogLevel level, const char* tag, std::string_view message) {
  if (level < g_level.load()) return;
  std::lock_guard lock(g_mutex);
  std::fprintf(stderr, "%s%.*s\n", tag, static_cast<int>(message.size()), message.data());
}
}  // namespace

void SetLogLevel(LogLevel level) { g_level.store(level); }
LogLevel GetLogLevel() { return g_level.load(); }
void LogDebug(std::string_view message) { Emit(LogLevel::kDebug, "debug: ", message); }
void LogInfo(std::string_view message) { Emit(LogLevel::kInfo, "", message); }
void LogWarn(std::string_view message) { Emit(LogLevel::kWarn, "warning: ", message); }
void LogError(std::string_view message) { Emit(LogLevel::kError, "error: ", message); }

}  // namespace govwatch
