// Dates and times as government pages print them, found inside free text: "2022-03-01 10:00:00",
// "2022/3/1 9:05", "2022.03.01", "2022年3月1日", "2022年3月1日 10:00", "2022年03月01日10时05分",
// optionally after a label ("留言时间：…"). China Standard Time.
#pragma once

#include <optional>
#include <string_view>

#include "common/clock.hpp"

namespace govwatch::media {

struct LooseTime {
  Timestamp at = 0;
  bool has_time = false;  // false: a bare date, `at` is the start of that day
};

// The first valid date (with its time of day, if one follows) in `text`; nullopt when none.
std::optional<LooseTime> FindLooseTime(std::string_view text);

}  // namespace govwatch::media
