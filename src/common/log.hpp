// Minimal logging to standard error. Thread-safe.
#pragma once

#include <string_view>

namespace govwatch {

enum class LogLevel { kDebug, kInfo, kWarn, kError, kQuiet };

// Sets the lowest level that is printed (default kInfo).
void SetLogLevel(LogLevel level);
LogLevel GetLogLevel();
void LogDebug(std::string_view message);
void LogInfo(std::string_view message);
void LogWarn(std::string_view message);
void LogError(std::string_view message);

}  // namespace govwatch
