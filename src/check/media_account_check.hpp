// New-media management rules (国办发〔2018〕123号 and local rules), pure functions over the
// registered accounts, their posts and source facts at the check instant T. They are registry
// checks, not pass/fail: their findings are info-level unless the rule file says otherwise.
// N-M2 一个单位在同一平台只开设一个账号: one finding per (unit, platform) with two or more
//      accounts running at T.
// N-M5 "僵尸"账号: a running account with no post in the `media.zombie_days` days before T.
// N-M8 registry self-check: the source reports another name (renamed), the source is gone
//      (404/410) or shows a closure notice (closed), the source redirects to another place or
//      announces a migration (moved), or an account registered as closed is still posting —
//      登记信息与实际不符.
// N-V3 互动回应差 (未提供有效互动功能): the registry states the account offers no interaction and
//      no read of its source showed posts open to comments.
// N-M9 临沧 local rule: an account named in the province's quarterly notices at least
//      `media.notice_shutdown_count` times in a calendar year is ordered shut (责令关停).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

// Thresholds of the management rules, from rules/media.tsv.
struct MediaRuleParams {
  int zombie_days = 90;             // media.zombie_days
  int duplicate_min_accounts = 2;   // media.duplicate_min_accounts
  int notice_shutdown_count = 2;    // media.notice_shutdown_count
  std::string notice_checker = "省";  // whose notices count for N-M9 (the finding's `source`)

  // Reads the numeric keys above; every one must be present (merge rules/media.tsv).
  static MediaRuleParams FromRules(const Rules& rules);
};

// What the newest read of an account's source said (from the feed connector).
struct AccountSourceFact {
  std::int64_t account_id = 0;
  Timestamp fetched_at = 0;
  int http_status = 0;      // 0 when no HTTP response arrived
  bool ok = false;          // read and parsed
  std::string feed_title;   // the channel's own name, "" when unknown
  std::string final_url;    // where the source was read after redirects, "" when not redirected
  std::string error;        // why it failed, "" when ok
  std::string url;          // what was read, "" when unknown (the registered source then)
  std::string closed_marker;   // a closure or migration notice the source showed, "" when none
  bool migration = false;      // the notice says the account moved rather than closed
  int interactive_posts = -1;  // posts open to comments or replies, -1 when the source does not say
};

// True when the account is registered and running at T (opened by T, not closed by T).
bool IsRunningAt(const model::MediaAccount& account, Timestamp t);

// N-M2: one info finding per duplicate set, in registry order.
std::vector<model::Finding> CheckDuplicateAccounts(const std::vector<model::MediaAccount>& accounts, Timestamp t,
                                                   const MediaRuleParams& params);

// N-M5: the account is a zombie when it is running at T, has existed for the whole span, was
// observed, and its newest post is more than `zombie_days` calendar days before T (or it has none).
std::optional<model::Finding> CheckZombieAccount(const AccountObservations& account, Timestamp t,
                                                 const MediaRuleParams& params);

// N-M8: the registry entry against its source at T; `fact` is the newest read at or before T.
// In order: posting after the registered closure; source gone (404/410); the source reports
// another name; the source redirects elsewhere (moved; a change of scheme or a trailing slash
// alone is not a move).
std::optional<model::Finding> CheckRegistryAgainstSource(const AccountObservations& account,
                                                         const std::optional<AccountSourceFact>& fact, Timestamp t);

// True when a feed title names the registered account after normalisation (spaces, full-width
// forms, ASCII case and punctuation removed): equal, or containing it (RSSHub titles such as
// "云岭发布的微博" or "微信公众号 - 云岭发布").
bool FeedTitleMatches(const std::string& registered_name, const std::string& feed_title);

// N-V3 thresholds, from rules/media.tsv.
struct InteractionRuleParams {
  model::Severity severity = model::Severity::kVeto;  // media.no_interaction_severity: 0 info, 1 deduction, 2 veto
  static InteractionRuleParams FromRules(const Rules& rules);
};

// N-V3: the account is running at T, the registry says it offers no interaction (互动功能 否), and
// no read of its source at or before T (`fact`, the newest) showed posts open to comments. An
// account whose registry entry does not say is not judged.
std::optional<model::Finding> CheckInteraction(const AccountObservations& account,
                                               const std::optional<AccountSourceFact>& fact, Timestamp t,
                                               const InteractionRuleParams& params);

// N-M9: `findings` are other offices' findings (source = checker, instant = checked_at); the
// account is ordered shut when the notices of `params.notice_checker` named it in at least
// `notice_shutdown_count` distinct quarters of T's calendar year (up to T).
std::optional<model::Finding> CheckNoticeShutdown(const model::MediaAccount& account,
                                                  const std::vector<model::Finding>& findings, Timestamp t,
                                                  const MediaRuleParams& params);

}  // namespace govwatch::check
