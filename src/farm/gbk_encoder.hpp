// UTF-8 → GBK, for the farm site that is served in GBK.
#pragma once

#include <string>
#include <string_view>

namespace govwatch::farm {

// Encodes UTF-8 text as GBK with iconv. A character GBK cannot hold becomes '?'. Thread-safe
// (each call opens its own converter).
std::string Utf8ToGbk(std::string_view utf8);

}  // namespace govwatch::farm
