#include "media/loose_time.hpp"

#include <regex>
#include <string>

#include "common/time.hpp"

namespace govwatch::media {

std::optional<LooseTime> FindLooseTime(std::string_view text) {
  // year, month, day; then optional hour, minute, second ("10:00", "10：00", "10时05分").
  static const std::regex kPattern(
      "((?:19|20)\\d{2})\\s*(?:-|/|\\.|年)\\s*(\\d{1,2})\\s*(?:-|/|\\.|月)\\s*(\\d{1,2})(?:\\s*日)?"
      "(?:(?:\\s+|T|\\s*日?\\s*)(\\d{1,2})\\s*(?::|：|时)\\s*(\\d{1,2})(?:\\s*(?::|：|分)\\s*(\\d{1,2})?)?)?");
  const std::string s(text);
  for (auto it = std::sregex_iterator(s.begin(), s.end(), kPattern); it != std::sregex_iterator(); ++it) {
    const std::smatch& m = *it;
    const int y = std::stoi(m[1].str());
    const int mo = std::stoi(m[2].str());
    const int d = std::stoi(m[3].str());
    if (!IsValidDate(y, mo, d)) continue;
    LooseTime out;
    CivilTime ct{Date{y, mo, d}, 0, 0, 0};
    if (m[4].matched && m[5].matched) {
      const int h = std::stoi(m[4].str());
      const int mi = std::stoi(m[5].str());
      const int sec = m[6].matched ? std::stoi(m[6].str()) : 0;
      if (h < 24 && mi < 60 && sec < 60) {
        ct.hour = h;
        ct.minute = mi;
        ct.second = sec;
        out.has_time = true;
      }
    }
    out.at = ToTimestamp(ct);
    return out;
  }
  return std::nullopt;
}

}  // namespace govwatch::media
