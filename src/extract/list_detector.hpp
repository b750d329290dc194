// Finds the repeated item structures of a page (ul/li, table rows, div rows, dl, runs of links
// separated by <br>) whose entries each carry a link and a date, and the pagination of a list.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_tree.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::extract::detail {

// One repeated structure.
struct ListBlock {
  std::size_t container = 0;  // index of the element holding the entries
  std::size_t first_entry = 0;  // index where the first entry starts
  std::vector<ListItem> items;  // entries with a link, in page order
  std::size_t dated = 0;        // entries with a date
  bool sidebar = false;         // navigation, footer, or a 相关/最新/热点 block
  std::size_t block_root = 0;   // the sidebar block (heading included), or the container
  bool footer = false;          // inside the footer block
  int heading_year = 0;         // the year of a heading right before the list ("2022年"), or 0
};

// Every repeated structure with at least two dated entries (or a lone dated entry in a ul/table),
// innermost first-found order. Lists split under year headings (<h3>2022年</h3><ul>…</ul>
// <h3>2021年</h3><ul>…</ul>) also come as one merged block. Links resolve against `base`.
std::vector<ListBlock> FindListBlocks(const HtmlTree& tree, std::string_view base);
// The entries of a list that the page renders from a data island: the <record><![CDATA[…]]>
// fragments of 大汉 (hanweb) JCMS's <script type="text/xml"> data store. Empty when none.
std::vector<ListItem> DatastoreItems(const HtmlTree& tree, std::string_view base);
// URLs of the list's other pages: 下一页/尾页/page-number links and index_N.html patterns in the
// page's own folder, plus pages announced by TRS's createPageHTML(count, current, "index", "html").
std::vector<std::string> FindPagination(const HtmlTree& tree, std::string_view base, std::string_view page_url);
// True when `url` is a site's front page ("/", "/index.html", "/default.htm" …).
bool IsHomepageUrl(std::string_view url);

}  // namespace govwatch::extract::detail
