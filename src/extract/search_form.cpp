#include "extract/search_form.hpp"

#include <array>

#include "common/strings.hpp"
#include "extract/html_tree.hpp"
#include "extract/link_extractor.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace {

using detail::HtmlTree;

constexpr std::array<std::string_view, 16> kFieldNames = {
    "q", "query", "keyword", "keywords", "searchword", "searchkey", "searchtext", "key",
    "kw", "wd", "word", "sw", "searchwords", "qt", "text", "title"};
constexpr std::array<std::string_view, 11> kActionWords = {"search", "sousuo", "jrobot", "query", "/so/", "so.",
                                                          "trssearch", "jsearch", "was5", "/s?", "fulltext"};

bool AnyIn(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (Contains(s, w)) return true;
  }
  return false;
}

template <std::size_t N>
bool AnyIn(std::string_view s, const std::array<std::string_view, N>& words) {
  for (std::string_view w : words) {
    if (Contains(s, w)) return true;
  }
  return false;
}

bool IsTextInput(const HtmlTree& tree, std::size_t i) {
  if (tree.Tag(i) != "input") return false;
  const std::string type = ToLowerAscii(Trim(tree.Attr(i, "type")));
  return type.empty() || type == "text" || type == "search";
}

// How strongly a text input says "site search".
int FieldScore(const HtmlTree& tree, std::size_t i) {
  int score = 0;
  const std::string name = ToLowerAscii(tree.Attr(i, "name"));
  for (std::string_view n : kFieldNames) {
    if (name == n) score += 2;
  }
  if (AnyIn(name, {"search", "keyword"})) score += 1;
  const std::string hint = tree.Attr(i, "placeholder") + tree.Attr(i, "value") + tree.Attr(i, "title");
  if (AnyIn(hint, {"搜索", "检索", "关键字", "关键词", "请输入"})) score += 2;
  if (AnyIn(ToLowerAscii(tree.Attr(i, "id") + " " + tree.Attr(i, "class")), {"search", "keyword", "sousuo"})) score += 1;
  return score;
}

void AppendEncoded(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (unsigned char c : s) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
        c == '.' || c == '~') {
      out.push_back(static_cast<char>(c));
    } else if (c == ' ') {
      out.push_back('+');
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    }
  }
}

// Text with every tag and white space removed, so "<em>县</em>政府" reads "县政府".
std::string Squeezed(std::string_view s) {
  std::string out;
  for (char32_t c : DecodeUtf8(s)) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || c == 0xA0) continue;
    AppendUtf8(out, c);
  }
  return out;
}

}  // namespace

std::optional<SearchForm> FindSearchForm(std::string_view html, std::string_view page_url) {
  const HtmlTree tree(html);
  const std::string base = detail::BaseUrlOf(tree, page_url);
  int best_score = 0;
  std::optional<SearchForm> best;
  for (std::size_t f = 0; f < tree.size(); ++f) {
    if (!tree.IsElement(f) || tree.Tag(f) != "form") continue;
    const std::string raw_action(Trim(tree.Attr(f, "action")));
    const std::string action = ToLowerAscii(raw_action);
    int score = AnyIn(action, kActionWords) ? 3 : 0;
    if (AnyIn(ToLowerAscii(tree.Attr(f, "id") + " " + tree.Attr(f, "class") + " " + tree.Attr(f, "name")),
              {"search", "sousuo", "query"})) {
      score += 2;
    }
    int field = -1;
    int field_score = -1;
    SearchForm form;
    for (std::size_t i = f + 1; i < tree.Info(f).end; ++i) {
      if (!tree.IsElement(i)) continue;
      const std::string_view tag = tree.Tag(i);
      const std::string name = tree.Attr(i, "name");
      if (IsTextInput(tree, i)) {
        const int s = FieldScore(tree, i);
        if (s > field_score) {
          field_score = s;
          field = static_cast<int>(i);
        }
      } else if (tag == "input" && ToLowerAscii(tree.Attr(i, "type")) == "hidden" && !name.empty()) {
        form.fixed.emplace_back(name, tree.Attr(i, "value"));
      } else if (tag == "select" && !name.empty()) {
        // The selected option, else the first: the default search scope.
        std::string value;
        bool chosen = false;
        for (std::size_t o = i + 1; o < tree.Info(i).end; ++o) {
          if (!tree.IsElement(o) || tree.Tag(o) != "option") continue;
          const std::string v = tree.HasAttr(o, "value") ? tree.Attr(o, "value") : tree.Text(o, 200);
          if (!chosen && (value.empty() || tree.HasAttr(o, "selected"))) value = v;
          if (tree.HasAttr(o, "selected")) chosen = true;
        }
        form.fixed.emplace_back(name, value);
      } else if ((tag == "button" || (tag == "input" && (ToLowerAscii(tree.Attr(i, "type")) == "submit" ||
                                                          ToLowerAscii(tree.Attr(i, "type")) == "image"))) &&
                 AnyIn(tree.Text(i, 100) + tree.Attr(i, "value") + tree.Attr(i, "alt") + tree.Attr(i, "title"),
                       {"搜索", "检索", "搜 索", "查询"})) {
        score += 2;
      }
    }
    if (field < 0) continue;
    score += field_score;
    if (score < 2 || score <= best_score) continue;
    // A login form (user name and password) is not a search form.
    bool password = false;
    for (std::size_t i = f + 1; i < tree.Info(f).end; ++i) {
      password = password || (tree.IsElement(i) && ToLowerAscii(tree.Attr(i, "type")) == "password");
    }
    if (password) continue;
    form.action = raw_action.empty() ? std::string(page_url) : ResolveUrl(base, raw_action);
    form.method = ToLowerAscii(Trim(tree.Attr(f, "method")));
    if (form.method.empty()) form.method = "get";
    form.field = tree.Attr(static_cast<std::size_t>(field), "name");
    if (form.field.empty() || form.action.empty()) continue;
    best_score = score;
    best = std::move(form);
  }
  if (best) return best;
  // A search box without a form: submitted by a script, so it cannot be probed.
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if (tree.IsElement(i) && IsTextInput(tree, i) && FieldScore(tree, i) >= 2) {
      SearchForm box;
      box.method = "get";
      box.field = tree.Attr(i, "name");
      return box;
    }
  }
  return std::nullopt;
}

std::string SearchUrl(const SearchForm& form, std::string_view query_bytes) {
  if (form.action.empty() || form.field.empty()) return "";
  std::string url = form.action.substr(0, form.action.find('#'));
  if (url.find('?') == std::string::npos) {
    url.push_back('?');
  } else if (url.back() != '?' && url.back() != '&') {
    url.push_back('&');
  }
  bool first = true;
  const auto add = [&](std::string_view name, std::string_view value) {
    if (!first) url.push_back('&');
    first = false;
    AppendEncoded(url, name);
    url.push_back('=');
    AppendEncoded(url, value);
  };
  for (const auto& [name, value] : form.fixed) {
    if (name != form.field) add(name, value);
  }
  add(form.field, query_bytes);
  return url;
}

bool ResultFinds(std::string_view html, std::string_view result_url, std::string_view title,
                 std::string_view target_url) {
  const PageFacts facts = ExtractPage(html, result_url);
  for (const ExtractedLink& l : facts.links) {
    if (l.url == target_url) return true;
  }
  const std::string want = Squeezed(title);
  if (want.empty()) return false;
  // The visible text of the whole result page, tags removed.
  const HtmlTree tree(html);
  std::string text;
  for (std::size_t i = 0; i < tree.size(); ++i) {
    if ((tree.Info(i).flags & detail::kSkipped) != 0) continue;
    if (!tree.IsElement(i)) text += tree.RawText(i);
  }
  return Contains(Squeezed(text), want);
}

}  // namespace govwatch::extract
