// How the store keeps a page's links: one compressed record per page (table page_links) instead of
// a row per link. A homepage has a few hundred links and a crawl stores every page's, so a row per
// link made the links table the largest write of a crawl and the largest read of a judgement.
// Exposed so that a crawl can encode on its worker threads (PageRecord::compressed_links).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "common/result.hpp"
#include "model/model.hpp"

namespace govwatch::store {

// `links` of the page at `page_url`, encoded and compressed (zstd; records of earlier versions, in zlib, read the same). A link's from_url equal to
// `page_url` is not repeated in the encoding.
std::string EncodeLinks(const std::vector<model::Link>& links, std::string_view page_url);

// Inverse of EncodeLinks: the links, each with `page_id` set and an omitted from_url restored to
// `page_url`. Fails on corrupt or truncated data, naming the page.
Result<std::vector<model::Link>> DecodeLinks(std::string_view data, std::int64_t page_id, std::string_view page_url);

}  // namespace govwatch::store
