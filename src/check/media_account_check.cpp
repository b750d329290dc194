#include "check/media_account_check.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <utility>

#include <fmt/core.h>

#include "check/check_util.hpp"
#include "common/strings.hpp"

namespace govwatch::check {

namespace {

// The name as compared: ASCII lower case, full-width ASCII folded, spaces and punctuation dropped.
std::string NormalizedName(std::string_view s) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (std::isalnum(c) != 0) out.push_back(static_cast<char>(std::tolower(c)));
      ++i;
      continue;
    }
    std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    len = std::min(len, s.size() - i);
    std::uint32_t cp = 0;
    if (len == 3) cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                       (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    if (len == 2) cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3Fu);
    i += len;
    if (cp >= 0xFF01 && cp <= 0xFF5E) {  // full-width ASCII
      const auto a = static_cast<unsigned char>(cp - 0xFEE0);
      if (std::isalnum(a) != 0) out.push_back(static_cast<char>(std::tolower(a)));
      continue;
    }
    // CJK punctuation, general punctuation, ideographic space, middle dots and bullets.
    if ((cp >= 0x3000 && cp <= 0x303F) || (cp >= 0x2000 && cp <= 0x206F) || cp == 0x00B7 || cp == 0x00A0 ||
        cp == 0x30FB || (cp >= 0xFE30 && cp <= 0xFE4F)) {
      continue;
    }
    out.append(s.substr(i - len, len));
  }
  return out;
}

// Host and path of a URL, lower-cased host, without scheme, query, fragment or trailing slash:
// "http://a/b/" and "https://A/b?from=rss" name the same place.
std::string HostAndPath(std::string_view url) {
  if (auto pos = url.find("://"); pos != std::string_view::npos) url.remove_prefix(pos + 3);
  if (auto pos = url.find_first_of("?#"); pos != std::string_view::npos) url = url.substr(0, pos);
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  const std::size_t slash = url.find('/');
  std::string host = ToLowerAscii(url.substr(0, slash));
  if (EndsWith(host, ":80")) host.resize(host.size() - 3);
  if (EndsWith(host, ":443")) host.resize(host.size() - 4);
  return slash == std::string_view::npos ? host : host + std::string(url.substr(slash));
}

model::Finding AccountFinding(std::string indicator, std::string problem, const model::MediaAccount& a,
                              Timestamp t) {
  model::Finding f = detail::MakeFinding(std::move(indicator), std::move(problem), model::ObjectKind::kAccount,
                                         a.name, a.unit, model::Severity::kInfo, t);
  f.url = a.source;
  f.last_seen_at = t;
  return f;
}

}  // namespace

MediaRuleParams MediaRuleParams::FromRules(const Rules& rules) {
  MediaRuleParams p;
  p.zombie_days = rules.GetInt("media.zombie_days");
  p.duplicate_min_accounts = rules.GetInt("media.duplicate_min_accounts");
  p.notice_shutdown_count = rules.GetInt("media.notice_shutdown_count");
  return p;
}

bool IsRunningAt(const model::MediaAccount& a, Timestamp t) {
  if (a.opened_at && *a.opened_at > t) return false;
  if (a.closed_at) return *a.closed_at > t;
  return a.status == model::ObjectStatus::kRunning;
}

std::vector<model::Finding> CheckDuplicateAccounts(const std::vector<model::MediaAccount>& accounts, Timestamp t,
                                                   const MediaRuleParams& params) {
  std::map<std::pair<std::string, model::Platform>, std::vector<const model::MediaAccount*>> groups;
  std::vector<std::pair<std::string, model::Platform>> order;
  for (const model::MediaAccount& a : accounts) {
    // "其他" is not one platform: two of its accounts may live on different ones.
    if (!IsRunningAt(a, t) || a.platform == model::Platform::kOther || a.unit.empty()) continue;
    auto key = std::make_pair(a.unit, a.platform);
    auto& members = groups[key];
    if (members.empty()) order.push_back(key);
    members.push_back(&a);
  }
  std::vector<model::Finding> out;
  for (const auto& key : order) {
    const auto& members = groups[key];
    if (static_cast<int>(members.size()) < params.duplicate_min_accounts) continue;
    model::Finding f = AccountFinding("N-M2", "", *members.front(), t);
    std::string names;
    for (const model::MediaAccount* a : members) {
      names += fmt::format("{}{}", names.empty() ? "" : "、", a->name);
      if (a->opened_at && (f.seen_at == 0 || *a->opened_at > f.seen_at)) f.seen_at = *a->opened_at;
    }
    f.detail = fmt::format("{}在{}平台运行{}个账号（原则上同一平台只开设一个）", key.first,
                           model::ToChinese(key.second), members.size());
    f.excerpt = names;
    f.suggestion = "清理整合";
    out.push_back(std::move(f));
  }
  return out;
}

std::optional<model::Finding> CheckZombieAccount(const AccountObservations& obs, Timestamp t,
                                                 const MediaRuleParams& params) {
  const model::MediaAccount& a = obs.account;
  if (!obs.observed || !IsRunningAt(a, t)) return std::nullopt;
  const Date at = DateOf(t);
  // Younger than the span: cannot have been silent for all of it.
  if (a.opened_at && detail::DaysBetween(DateOf(*a.opened_at), at) <= params.zombie_days) return std::nullopt;
  std::optional<Timestamp> newest;
  for (const model::Post& p : obs.posts) {
    if (p.published_at <= t && p.seen_at <= t && (!newest || p.published_at > *newest)) newest = p.published_at;
  }
  const std::optional<Date> newest_date = newest ? std::optional<Date>(DateOf(*newest)) : std::nullopt;
  if (!detail::OlderThanDays(newest_date, at, params.zombie_days)) return std::nullopt;
  model::Finding f = AccountFinding("N-M5", "", a, t);
  f.detail = newest ? fmt::format("最近一次发布于{}，已{}天无更新（超过{}天视为僵尸账号）", FormatDate(*newest_date),
                                  detail::DaysBetween(*newest_date, at), params.zombie_days)
                    : fmt::format("未发现任何发布（超过{}天视为僵尸账号）", params.zombie_days);
  f.suggestion = "清理整合或关停注销（关停前发布停更公告并报备）";
  f.seen_at = newest ? *newest : t;
  return f;
}

bool FeedTitleMatches(const std::string& registered_name, const std::string& feed_title) {
  const std::string name = NormalizedName(registered_name);
  const std::string title = NormalizedName(feed_title);
  if (name.empty() || title.empty()) return true;  // nothing to compare
  return Contains(title, name);
}

std::optional<model::Finding> CheckRegistryAgainstSource(const AccountObservations& obs,
                                                         const std::optional<AccountSourceFact>& fact, Timestamp t) {
  const model::MediaAccount& a = obs.account;
  // Registered as closed, still posting after the closure.
  if (!IsRunningAt(a, t) && a.closed_at && *a.closed_at <= t) {
    const model::Post* late = nullptr;
    for (const model::Post& p : obs.posts) {
      if (p.published_at > *a.closed_at && p.published_at <= t && p.seen_at <= t) late = &p;
    }
    if (late != nullptr) {
      model::Finding f = AccountFinding("N-M8", "登记信息与实际不符", a, t);
      f.detail = fmt::format("登记为{}关停，但{}仍有发布", FormatDate(DateOf(*a.closed_at)),
                             FormatTime(late->published_at));
      f.excerpt = late->title;
      f.url = late->url.empty() ? a.source : late->url;
      f.seen_at = late->seen_at;
      f.suggestion = "核实账号状态并更新登记信息";
      return f;
    }
    return std::nullopt;
  }
  if (!fact || fact->fetched_at > t || !IsRunningAt(a, t)) return std::nullopt;
  const std::string read_url = fact->url.empty() ? a.source : fact->url;
  auto finding = [&](std::string detail, std::string excerpt, std::string suggestion) {
    model::Finding f = AccountFinding("N-M8", "登记信息与实际不符", a, t);
    f.detail = std::move(detail);
    f.excerpt = std::move(excerpt);
    f.url = read_url;
    f.seen_at = fact->fetched_at;
    f.suggestion = std::move(suggestion);
    return f;
  };
  // Closed: the source is gone, or says the account was closed or cancelled.
  if (fact->http_status == 404 || fact->http_status == 410) {
    return finding(fmt::format("登记为运行，但数据源已不存在（HTTP {}），账号可能已关停、注销或迁移{}",
                               fact->http_status,
                               fact->closed_marker.empty() ? "" : fmt::format("；页面显示“{}”", fact->closed_marker)),
                   fact->closed_marker.empty() ? fmt::format("HTTP {}", fact->http_status) : fact->closed_marker,
                   "核实账号状态并更新登记信息（关停、注销须报备）");
  }
  if (!fact->closed_marker.empty() && !fact->migration) {
    return finding(fmt::format("登记为运行，但数据源显示账号“{}”", fact->closed_marker), fact->closed_marker,
                   "核实账号状态并更新登记信息（关停、注销须报备）");
  }
  // Renamed: the source's own name of the account is another.
  if (fact->ok && !FeedTitleMatches(a.name, fact->feed_title)) {
    return finding(fmt::format("登记名称为“{}”，数据源显示为“{}”", a.name, fact->feed_title), fact->feed_title,
                   "核实账号名称并更新登记信息");
  }
  // Moved: the source announces a migration, or redirects to another host or path.
  if (!fact->closed_marker.empty()) {
    return finding(fmt::format("数据源显示账号“{}”，登记信息未变更", fact->closed_marker), fact->closed_marker,
                   "核实账号是否迁移并更新登记信息");
  }
  if (!fact->final_url.empty() && !read_url.empty() && HostAndPath(fact->final_url) != HostAndPath(read_url)) {
    model::Finding f = finding(fmt::format("登记的数据源{}已跳转至{}", read_url, fact->final_url), fact->final_url,
                               "核实账号是否迁移并更新登记信息");
    return f;
  }
  return std::nullopt;
}

InteractionRuleParams InteractionRuleParams::FromRules(const Rules& rules) {
  InteractionRuleParams p;
  const int weight = rules.GetInt("media.no_interaction_severity");
  p.severity = weight >= 2 ? model::Severity::kVeto : weight == 1 ? model::Severity::kDeduction : model::Severity::kInfo;
  return p;
}

std::optional<model::Finding> CheckInteraction(const AccountObservations& obs,
                                               const std::optional<AccountSourceFact>& fact, Timestamp t,
                                               const InteractionRuleParams& params) {
  const model::MediaAccount& a = obs.account;
  if (!IsRunningAt(a, t) || !a.interaction || *a.interaction) return std::nullopt;
  // The source shows posts open to comments: the registry entry is out of date, not the account.
  if (fact && fact->fetched_at <= t && fact->interactive_posts > 0) return std::nullopt;
  model::Finding f = detail::MakeFinding("N-V3", "互动回应差", model::ObjectKind::kAccount, a.name, a.unit,
                                         params.severity, t);
  f.url = a.source;
  f.detail = "未提供有效互动功能（登记的互动功能为“否”，数据源未见开放评论或留言的发布）";
  f.excerpt = fmt::format("{}（{}）互动功能：否", a.name, model::ToChinese(a.platform));
  f.suggestion = "开通留言、评论或自动回复等互动功能，并及时回应网民留言";
  f.seen_at = fact && fact->fetched_at <= t ? fact->fetched_at : t;
  f.last_seen_at = t;
  return f;
}

std::optional<model::Finding> CheckNoticeShutdown(const model::MediaAccount& account,
                                                  const std::vector<model::Finding>& findings, Timestamp t,
                                                  const MediaRuleParams& params) {
  const int year = DateOf(t).year;
  std::set<int> quarters;
  std::string problems;
  Timestamp first = 0;
  for (const model::Finding& f : findings) {
    if (f.object_kind != model::ObjectKind::kAccount || f.object != account.name) continue;
    if (f.source != params.notice_checker || f.instant > t) continue;
    const Date d = DateOf(f.instant);
    if (d.year != year) continue;
    const int q = (d.month - 1) / 3 + 1;
    if (quarters.insert(q).second) {
      problems += fmt::format("{}第{}季度：{}", problems.empty() ? "" : "；", q, f.problem);
    }
    if (first == 0 || f.instant < first) first = f.instant;
  }
  if (static_cast<int>(quarters.size()) < params.notice_shutdown_count) return std::nullopt;
  model::Finding f = AccountFinding("N-M9", "", account, t);
  f.detail = fmt::format("{}年被{}季度通报点名{}次（本地规则：一年内{}次及以上责令关停）", year,
                         params.notice_checker, quarters.size(), params.notice_shutdown_count);
  f.excerpt = problems;
  f.suggestion = "责令关停";
  f.seen_at = first;
  return f;
}

}  // namespace govwatch::check
