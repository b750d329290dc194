#include "check/rules.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include <fmt/core.h>

#include "check/rule_words.hpp"
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
      "media.notice_shutdown_count\t2\n"
      "channel.veto\t1\n"
      "https.missing_points\t0\n"
      "https.cert_points\t0\n"
      "https.cert_warn_days\t30\n"
      "https.min_tls_version\t1.2\n"
      "https.old_tls_points\t0\n"
      "ipv6.points\t0\n";
  static const Rules kBuiltIn = [] {
    Rules r(0);
    (void)r.Merge(kDefaults, "defaults");
    for (const BuiltInWordFile& f : BuiltInWordFiles()) {
      if (auto merged = r.MergeWords(f.text, f.name); !merged) {
        std::fprintf(stderr, "govwatch: built-in %s\n", merged.error().message.c_str());
        std::abort();
      }
    }
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

const std::vector<std::string_view>& Rules::WordListNames() {
  static const std::vector<std::string_view> kNames = {
      "gambling_words",     "porn_words",           "spam_words",       "gambling_host_words",
      "porn_host_words",    "gambling_host_labels", "porn_host_labels", "allowed_hosts",
      "channel_words",      "channel_excluded_words", "channel_hub_words", "channel_url_words",
      "channel_excluded_url_words"};
  return kNames;
}

Result<void> Rules::MergeWords(std::string_view tsv, std::string_view file, bool replace_lists) {
  const std::vector<std::string_view>& names = WordListNames();
  std::map<std::string, std::vector<std::string>, std::less<>> words_out = words_;
  std::set<std::string> cleared;
  auto rows = ParseTsv(file, tsv, 2, "list<TAB>word<TAB>source");
  if (!rows) return rows.error();
  for (const TsvRow& row : *rows) {
    const std::size_t line_no = row.line;
    const std::string list(row.fields[0]);
    std::string word(row.fields[1]);
    if (list.empty() || word.empty() || word == "!") {
      return TsvError(file, line_no, "expected list<TAB>word<TAB>source");
    }
    if (std::find(names.begin(), names.end(), list) == names.end()) {
      std::string known;
      for (std::string_view n : names) known += (known.empty() ? "" : ", ") + std::string(n);
      return TsvError(file, line_no, fmt::format("unknown word list '{}' (expected one of {})", list, known));
    }
    const bool remove = word.front() == '!';
    if (remove) word = std::string(Trim(std::string_view(word).substr(1)));
    word = ToLowerAscii(word);
    if (word.find_first_of(" \r") != std::string::npos && list.find("host") != std::string::npos) {
      return TsvError(file, line_no, fmt::format("'{}' in {} is not a host name part", word, list));
    }
    std::vector<std::string>& words = words_out[list];
    if (replace_lists && cleared.insert(list).second) words.clear();
    const auto it = std::find(words.begin(), words.end(), word);
    if (remove) {
      if (it != words.end()) words.erase(it);
    } else if (it == words.end()) {
      words.push_back(std::move(word));
    }
  }
  words_ = std::move(words_out);
  return Ok();
}

const std::vector<std::string>& Rules::Words(std::string_view list) const {
  static const std::vector<std::string> kEmpty;
  auto it = words_.find(list);
  if (it != words_.end()) return it->second;
  const std::vector<std::string_view>& names = WordListNames();
  if (std::find(names.begin(), names.end(), list) == names.end()) {
    std::fprintf(stderr, "govwatch: word list '%.*s' is not defined\n", static_cast<int>(list.size()), list.data());
    std::abort();
  }
  return kEmpty;
}

std::string Rules::Source(std::string_view key) const {
  auto it = values_.find(key);
  return it == values_.end() ? std::string() : it->second.second;
}

}  // namespace govwatch::check
