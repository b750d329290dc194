// report: renders a period's verdicts and figures as the quarterly notice (通报) with its annexes,
// in Markdown, HTML and JSON (and DOCX/XLSX where those writers are built). The wording comes from
// rules/notice.tsv so that the office can edit it.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "common/result.hpp"
#include "verdict/verdict.hpp"

namespace govwatch::report {

// The editable wording of the notice. Immutable after Parse(); safe to share between threads.
class NoticeSettings {
 public:
  // Parses "key<TAB>value" lines ('#' comments; "\n" in a value is a paragraph break). Fails naming
  // the file and line.
  static Result<NoticeSettings> Parse(std::string_view tsv, std::string_view file);
  // The value of `key` with {year} {quarter} {region} {deadline} … filled in, or `fallback`.
  std::string Get(const std::string& key, const verdict::PeriodResult& result, const std::string& fallback = "") const;

 private:
  std::map<std::string, std::string> values_;
};

// "一季度" … "四季度".
std::string QuarterName(int quarter);
// The notice's title.
std::string NoticeTitle(const verdict::PeriodResult& result, const NoticeSettings& settings);
// The JSON of DESIGN.md (period, window, sites, columns, accounts, messages, findings).
nlohmann::json RenderJson(const verdict::PeriodResult& result);
std::string RenderMarkdown(const verdict::PeriodResult& result, const NoticeSettings& settings);
std::string RenderHtml(const verdict::PeriodResult& result, const NoticeSettings& settings);

}  // namespace govwatch::report
