// Signals the supervision checks read from a page besides its text: the column type it belongs
// to, a site search form, the 有效性 mark of a policy document, and the links that pair a policy
// with its interpretation (政策解读双向关联).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_tree.hpp"
#include "extract/page_extractor.hpp"
#include "model/model.hpp"

namespace govwatch::extract::detail {

// Guesses the column type from <meta name="ColumnType"/"ColumnName">, then the URL's folder
// names (tzgg, zcwj, zcjd …, deepest first), then `column_name` (a list page's title).
std::optional<model::ColumnType> GuessColumnType(const std::map<std::string, std::string>& meta,
                                                 std::string_view url, std::string_view column_name);
// Guesses a type from a Chinese column name (通知公告, 政策解读 …); nothing when unknown.
std::optional<model::ColumnType> ColumnTypeFromName(std::string_view name);
// The column type named by one part of a list page's <title> ("洱源县人民政府--县政府文件",
// "通知公告_某县"), skipping the parts that name the site (…人民政府, …网站, …网).
std::optional<model::ColumnType> ColumnTypeFromTitle(std::string_view head_title);
// The column type named by the page's breadcrumb (当前位置：首页 > 新闻中心 > 部门动态): its last
// part, or the one before when the last is 正文 or the page's own title; nothing when the page
// has no breadcrumb or its column name is unknown.
std::optional<model::ColumnType> ColumnTypeFromBreadcrumb(const HtmlTree& tree);
// Fills footer identity facts the first reading missed, from the visible text: 网站识别码 (a
// common variant of 网站标识码), 公安备案 numbers written with spaces ("京公网安备 1101… 号") and
// filing numbers in full-width characters (赣ＩＣＰ备05004406号－1).
void CompleteIdentity(std::string_view visible_text, Identity& id);
// The same, computing the visible text of `tree` (VisibleText).
void CompleteIdentity(const HtmlTree& tree, Identity& id);
// Identity facts a page gives outside its visible text: a 网站标识码 drawn as an image (its alt
// text), the site code of the 找错 script (sitecode='…') or of a script variable (var siteCode =
// "…"), and a 找错 entry a script writes (document.write of …/exposure/jiucuo.js).
void CompleteIdentityFromMarkup(const HtmlTree& tree, Identity& id);
// True when the page has a site search form (search action, or a q/searchword/keyword field).
bool HasSearchForm(const HtmlTree& tree);
// The 有效性 / 效力状态 / 时效性 mark in `text` (有效, 失效, 废止, 已修改, 部分失效 …), or "".
std::string ValidityMark(std::string_view text);

// Links of the content that pair a policy with its interpretation.
struct PolicyLinks {
  std::vector<std::string> interpretation_urls;  // 解读/图解/一图读懂/答记者问 links
  std::vector<std::string> policy_urls;          // 原文/相关文件 links, and policy titles on an interpretation page
};
// Reads the pairing links outside navigation and footer; `self` is excluded.
PolicyLinks FindPolicyLinks(const HtmlTree& tree, std::string_view base, std::string_view self,
                            bool page_is_interpretation);

}  // namespace govwatch::extract::detail
