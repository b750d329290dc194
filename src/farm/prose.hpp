// The farm's fixed vocabulary: fictional place and department names, title templates and a list
// of clean, ordinary government sentences. Everything the farm writes is assembled from these,
// so that the only wording problems on the farm are the planted ones.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace govwatch::farm {

// A fictional county or district of 云岭市.
struct CountyInfo {
  std::string_view name;        // "青岚县"
  std::string_view short_name;  // "青岚"
  std::string_view code;        // pinyin, used in account IDs: "qinglan"
  std::string_view region;      // 6-digit fictional region code: "539921"
};

// A fictional department of the 云岭市 government (name without the city prefix).
struct DepartmentInfo {
  std::string_view name;        // "教育体育局"
  std::string_view short_name;  // "教体"
  std::string_view code;        // pinyin abbreviation, used in paths: "jyty"
};

// The kinds of titles the farm writes.
enum class TitleKind { kNews, kNotice, kPolicy, kInterpretation, kPersonnel, kPlan, kPost };

// The city every farm unit belongs to.
inline constexpr std::string_view kCityName = "云岭市";

// 14 fictional counties and districts.
const std::vector<CountyInfo>& Counties();
// 46 fictional city departments.
const std::vector<DepartmentInfo>& Departments();
// Work topics such as 安全生产 or 森林防火.
const std::vector<std::string_view>& Topics();
// Title templates of a kind, with the placeholders {unit}, {topic}, {year} and {city}.
const std::vector<std::string_view>& TitleTemplates(TitleKind kind);
// Opening sentences of an article, with {unit} and {topic}.
const std::vector<std::string_view>& OpeningSentences();
// Clean, self-contained sentences for article bodies (more than 40).
const std::vector<std::string_view>& BodySentences();
// Titles of citizen messages.
const std::vector<std::string_view>& MessageTitles();
// Fictional personal names and towns for the planted 公示 table.
const std::vector<std::string_view>& PersonNames();
const std::vector<std::string_view>& TownNames();
// Replaces {unit}, {topic}, {year} and {city} in `pattern`.
std::string FillTemplate(std::string_view pattern, std::string_view unit, std::string_view topic, int year);

}  // namespace govwatch::farm
