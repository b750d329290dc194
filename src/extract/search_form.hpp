// Site search (P-11): the search form of a page and whether a result page finds an article.
// Pure: no I/O. The probe itself (a GET request) is made by the caller.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govwatch::extract {

struct SearchForm {
  std::string action;  // absolute; "" when the box has no form (a script submits it)
  std::string method;  // "get" or "post", lower case
  std::string field;   // name of the text input the query goes into
  std::vector<std::pair<std::string, std::string>> fixed;  // hidden inputs and select defaults
};

// The page's site-search form: a <form> whose action, id/class/name, text input (name q, keyword,
// searchword …, placeholder 搜索/检索/关键词) or submit button (搜索, 检索) says search. A search
// box outside any form yields a SearchForm with an empty action. nullopt when there is none.
std::optional<SearchForm> FindSearchForm(std::string_view html, std::string_view page_url);

// The GET URL that submits `form` with `query` already encoded in the site's charset (bytes);
// the fixed fields come first, in form order. "" when the form has no action or field.
std::string SearchUrl(const SearchForm& form, std::string_view query_bytes);

// True when the search result page `html` (UTF-8) at `result_url` links to `target_url` or shows
// `title` (highlight tags inside the title are ignored).
bool ResultFinds(std::string_view html, std::string_view result_url, std::string_view title,
                 std::string_view target_url);

}  // namespace govwatch::extract
