// The pages.meta column: a page's <meta> map as a JSON object of strings. Written and read for
// every page a crawl stores and every page a judgement reads, so the common case (valid UTF-8, the
// form this writer produces) skips building a JSON document; anything else goes through
// nlohmann::json, and both ways give what nlohmann::json gives.
#pragma once

#include <map>
#include <string>
#include <string_view>

namespace govwatch::store::sqlite {

// nlohmann::json(meta).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace).
std::string MetaJson(const std::map<std::string, std::string>& meta);

// The string members of the JSON object `json` (nothing when it is not an object, or not JSON), as
// nlohmann::json::parse(json, nullptr, false) reads them.
std::map<std::string, std::string> ParseMetaJson(std::string_view json);

}  // namespace govwatch::store::sqlite
