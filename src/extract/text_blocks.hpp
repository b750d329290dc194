// The readable text of a page's content, in reading order, as blocks (title, paragraphs, list
// items, table cells with their column header). Navigation, footer, scripts and hidden parts are
// left out.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/html_tree.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::extract::detail {

// Text blocks of `tree`, leaving out the subtrees rooted at `excluded` (sidebar lists). A block
// whose text is `title` becomes a kTitle block; `title` is put first when no block carries it.
std::vector<TextBlock> ExtractBlocks(const HtmlTree& tree, std::string_view title,
                                     const std::vector<std::size_t>& excluded);

}  // namespace govwatch::extract::detail
