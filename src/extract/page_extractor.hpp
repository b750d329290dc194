// extract: turns one HTML page (already UTF-8) into the facts the checks need: title, the
// page's own publish date, list items of a column page, links, footer identity, meta tags and
// the text blocks the text engine scans. Pure: no I/O.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/time.hpp"
#include "model/model.hpp"

namespace govwatch::extract {

struct ExtractedLink {
  std::string url;   // absolute
  std::string text;  // anchor text or alt
  std::string tag;   // "a", "img", "script", "link", "iframe", "area", "form", "meta"
  bool hidden = false;  // hidden by CSS / zero-size / off-screen
};

// One entry of a list page.
struct ListItem {
  std::string title;
  std::string url;  // absolute
  std::optional<Date> date;
};

// Footer identity facts.
struct Identity {
  std::string site_code;  // 网站标识码
  std::string icp;        // ICP备案号, e.g. 滇ICP备05000001号
  std::string psb;        // 公安机关备案号, e.g. 滇公网安备 53090202000001号
  bool has_party_badge = false;        // 党政机关网站标识
  bool has_error_report_entry = false; // 我为政府网站找错
};

enum class BlockKind { kTitle, kParagraph, kListItem, kTableCell };

// A run of text as a reader sees it.
struct TextBlock {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;
  std::string header;  // for table cells: the column header, may be empty
};

struct PageFacts {
  std::string url;
  std::string title;
  std::optional<Date> publish_date;  // the page's own date (article), not sidebar dates
  bool is_list_page = false;         // has a repeated item structure or an empty-list marker
  bool empty_list = false;           // list page with no items, or "暂无信息"
  std::vector<ListItem> items;       // list entries, newest first when dates are known
  std::vector<std::string> pagination;  // absolute URLs of the list's other pages
  std::vector<ExtractedLink> links;
  Identity identity;
  std::map<std::string, std::string> meta;  // <meta name=… content=…>, names as written
  std::vector<TextBlock> blocks;            // main content, reading order
  std::string main_text;                    // blocks joined with '\n'
  // Column type guessed from meta ColumnType/ColumnName, URL folders (tzgg, zcjd …) or, for a
  // list page, its title; unset when nothing says.
  std::optional<model::ColumnType> column_type;
  bool has_search = false;   // a site search form
  std::string validity;      // 有效性 mark of a policy document (有效, 失效, 废止 …), "" when none
  std::vector<std::string> interpretation_urls;  // links to interpretations (解读/图解) in the content
  std::vector<std::string> policy_urls;          // links to policy documents (原文/相关文件) in the content
  std::vector<std::string> hidden_links;         // URLs of links hidden by CSS (暗链 candidates)
};

// Extracts facts from `html` (UTF-8). `url` is the page's URL, used to resolve links and to
// read dates from URL patterns. Never fails: broken markup yields what can be read.
PageFacts ExtractPage(std::string_view html, std::string_view url);
// Sets up the HTML parser's global state; call once on the main thread before calling
// ExtractPage from several threads at once (each call is then independent and thread-safe).
void PrepareExtractionThreads();

// Resolves `href` against `base`; returns "" for javascript:, mailto:, tel:, data: and fragments.
std::string ResolveUrl(std::string_view base, std::string_view href);

// Reads the first date written in `text` (2022-03-01, 2022年3月1日, 2022/3/1, 2022.03.01).
std::optional<Date> ParseDateText(std::string_view text);

}  // namespace govwatch::extract
