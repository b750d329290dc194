#include "check/rules.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

#include <fmt/core.h>

#include "common/strings.hpp"
#include "common/tsv.hpp"

namespace govwatch::check {

Result<void> Rules::Merge(std::string_view tsv, std::string_view file) {
  auto rows = ParseTsv(file, tsv, 2, "key<TAB>value<TAB>source");
  if (!rows) return rows.error();
  for (const TsvRow& row : *rows) {
    const std::string key(row.fields[0]);
    const std::string value(row.fields[1]);
    char* end = nullptr;
    const double v = std::strtod(value.c_str(), &end);
    if (value.empty() || end != value.c_str() + value.size()) {
      return TsvError(file, row.line, fmt::format("{}: '{}' is not a number", key, value));
    }
    values_[key] = {v, row.fields.size() > 2 ? std::string(row.fields[2]) : std::string()};
  }
  return Ok();
}

Rules::Rules() { *this = Defaults(); }

Rules Rules::Defaults() {
  static constexpr std::string_view kDefaults =
      "probe.timeout_seconds\t15\n"
      "probe.per_day\t96\n"
      "probe.min_per_day\t20\n"
      "unreachable.window_days\t7\n"
      "unreachable.fail_ratio\t0.05\n"
      "homepage.stale_days\t14\n"
      "column.news_stale_days\t14\n"
      "column.notice_stale_months\t6\n"
      "column.other_stale_months\t12\n"
      "column.stale_veto_count\t5\n"
      "column.long_stale_veto_count\t10\n"
      "column.empty_veto_count\t5\n"
      "disclosure.stale_veto_count\t1\n"
      "disclosure.empty_veto_count\t1\n"
      "media.stale_days\t14\n"
      "media.instant_hour\t17\n"
      "media.min_age_days\t14\n"
      "message.unanswered_months\t3\n"
      "message.lookback_months\t12\n"
      "message.reply_limit_working_days\t5\n"
      "deadlink.homepage_points\t1\n"
      "deadlink.other_links_per_point\t5\n"
      "deadlink.cap_points\t5\n"
      "score.fail_below\t60\n"
      "score.bonus_above\t80\n"
      "pii.veto\t1\n"
      "pii.min_score\t0.6\n"
      "identity.points_per_item\t1\n"
      "identity.cap_points\t4\n"
      "meta.points_per_page_type\t1\n"
      "meta.cap_points\t3\n"
      "meta.min_missing_ratio\t0.2\n"
      "policy_link.points_per_pair\t1\n"
      "policy_link.cap_points\t5\n"
      "hidden_link.veto\t1\n"
      "hidden_link.report_unrelated\t1\n"
      "tamper.veto\t0\n"
      "tamper.min_text_similarity\t0.5\n"
      "tamper.stable_similarity\t0.8\n"
      "tamper.min_baseline_versions\t2\n"
      "tamper.max_versions\t5\n"
      "forged_date.min_days_earlier\t30\n"
      "forged_date.max_crawl_gap_days\t7\n"
      "forged_date.veto\t1\n"
      "forged_date.lookback_days\t92\n"
      "title_mismatch.min_similarity\t0.3\n"
      "search.points_missing\t1\n"
      "search.points_failed\t1\n"
      "message.simple_reply_working_days\t1\n"
      "message.slow_reply_working_days\t5\n"
      "message.slow_reply_severity\t0\n"
      "message.slow_reply_points\t0\n"
      "message.reply_limit_hours\t0\n"
      "media.zombie_days\t90\n"
      "media.duplicate_min_accounts\t2\n"
      "media.notice_shutdown_count\t2\n";
  static const Rules kBuiltIn = [] {
    Rules r(0);
    (void)r.Merge(kDefaults, "defaults");
    return r;
  }();
  return kBuiltIn;
}

double Rules::Get(std::string_view key) const {
  auto it = values_.find(key);
  if (it == values_.end()) {
    std::fprintf(stderr, "govwatch: rule '%.*s' is missing from rules/thresholds.tsv\n", static_cast<int>(key.size()),
                 key.data());
    std::abort();
  }
  return it->second.first;
}

std::string Rules::Source(std::string_view key) const {
  auto it = values_.find(key);
  return it == values_.end() ? std::string() : it->second.second;
}

}  // namespace govwatch::check
