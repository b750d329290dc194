// Hidden links (暗链, W-V1.3): links a visitor cannot see but a search engine follows. Finds links
// hidden by CSS (inline style, the page's <style> rules and, when given, its linked style sheets for a small selector subset: tag,
// .class, #id, compounds and descendant chains), by zero-size or off-screen boxes, by text in the
// background colour, inside zero-size <marquee>, and links written by inline scripts
// (document.write / innerHTML, also behind unescape() or \x escapes). Pure: no I/O.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govwatch::extract {

struct HiddenLink {
  std::string url;   // absolute
  std::string text;  // anchor text (may be empty)
  std::string how;   // how it is hidden, in Chinese with the CSS that does it, e.g. "display:none（.hd）"
};

// Every hidden or script-written <a href> (and <area>) of `html` (UTF-8), resolved against
// `page_url`, in document order, one per (url, text). javascript:/mailto: targets are dropped.
// Never fails: broken markup yields what can be read. Bounded on hostile input (at most 2,000
// style rules and 1 MB of script text are read).
std::vector<HiddenLink> FindHiddenLinks(std::string_view html, std::string_view page_url);

// The text of a linked style sheet by its absolute URL; nullopt when it is not available.
using StylesheetSource = std::function<std::optional<std::string>(const std::string& url)>;

// As above, with the rules of the page's linked style sheets (<link rel="stylesheet">, screen
// media) in the cascade at the place of their <link>: `stylesheets` gives their text. The
// 2,000-rule bound covers inline and linked sheets together.
std::vector<HiddenLink> FindHiddenLinks(std::string_view html, std::string_view page_url,
                                        const StylesheetSource& stylesheets);

// The absolute URLs of the style sheets `html` links on the same origin as `page_url`, in
// document order, each once (the sheets a caller should read for FindHiddenLinks).
std::vector<std::string> LinkedStylesheets(std::string_view html, std::string_view page_url);

// The HTML that inline scripts write into the page: the string literals passed to
// document.write/writeln or assigned to innerHTML, decoded (\xNN, \uNNNN, unescape('%NN')).
// Exposed for tests.
std::string ScriptWrittenHtml(std::string_view script);

}  // namespace govwatch::extract
