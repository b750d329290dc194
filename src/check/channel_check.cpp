#include "check/channel_check.hpp"

#include <fmt/core.h>

#include "check/check_util.hpp"
#include "common/strings.hpp"

namespace govwatch::check {
namespace {

// 12 Han characters: "12345政务服务便民热线" fits, "关于征求防汛减灾工作意见建议的公告" does not.
constexpr std::size_t kMaxLabelBytes = 36;

bool HasAny(std::string_view haystack, const std::vector<std::string>& words) {
  for (const std::string& w : words) {
    if (Contains(haystack, w)) return true;
  }
  return false;
}

bool Answered(const ChannelObservation& c) {
  return c.checked && c.error.empty() && c.http_status >= 200 && c.http_status < 400;
}

// "“领导信箱”→URL（HTTP 404）"
std::string Describe(const ChannelObservation& c) {
  std::string why;
  if (!c.checked) {
    why = "未检测";
  } else if (!Answered(c)) {
    why = c.http_status != 0 ? fmt::format("返回HTTP {}", c.http_status)
                             : fmt::format("无法访问（{}）", c.error.empty() ? std::string("无响应") : c.error);
  } else if (!c.external) {
    why = "页面无留言表单或留言列表";
  } else {
    why = "可访问";
  }
  return fmt::format("“{}”→{}（{}）", c.text.empty() ? "无文字" : c.text, c.url, why);
}

// `with_state`: say how each answered (channels); without: only name them (excluded channels).
std::string JoinUpTo(const std::vector<ChannelObservation>& list, std::size_t n, bool with_state) {
  std::string s;
  for (std::size_t i = 0; i < list.size() && i < n; ++i) {
    const ChannelObservation& c = list[i];
    s += (s.empty() ? "" : "、") +
         (with_state ? Describe(c) : fmt::format("“{}”→{}", c.text.empty() ? "无文字" : c.text, c.url));
  }
  if (list.size() > n) s += fmt::format("；等共{}个", list.size());
  return s;
}

}  // namespace

ChannelLinkKind ClassifyChannelLink(std::string_view text_in, std::string_view url_in, const Rules& rules) {
  const std::string text = ToLowerAscii(Trim(text_in));
  const std::string url = ToLowerAscii(url_in);
  if (!text.empty()) {
    // Channels are named by short labels ("市长信箱", "12345政务服务便民热线"); a longer text is an
    // article title that mentions one ("市长信箱来信选登（2022年第1期）…").
    if (text.size() > kMaxLabelBytes) return ChannelLinkKind::kNone;
    if (HasAny(text, rules.Words("channel_excluded_words"))) return ChannelLinkKind::kExcluded;
    if (HasAny(text, rules.Words("channel_words"))) return ChannelLinkKind::kChannel;
    // A hub is named by a short label ("互动交流"), not by a sentence that mentions it.
    if (text.size() <= 18 && HasAny(text, rules.Words("channel_hub_words"))) return ChannelLinkKind::kHub;
    return ChannelLinkKind::kNone;
  }
  // An image or icon link: its URL is all there is.
  const std::size_t scheme = url.find("://");
  const std::string_view path =
      scheme == std::string::npos ? std::string_view(url)
                                  : std::string_view(url).substr(std::min(url.size(), url.find('/', scheme + 3)));
  if (HasAny(path, rules.Words("channel_excluded_url_words"))) return ChannelLinkKind::kExcluded;
  if (HasAny(path, rules.Words("channel_url_words"))) return ChannelLinkKind::kChannel;
  return ChannelLinkKind::kNone;
}

bool ChannelWorks(const ChannelObservation& c) {
  if (c.external) {
    // A shared platform: its form is not ours to read; it works unless its check failed.
    return !c.checked || Answered(c);
  }
  return Answered(c) && (c.has_form || c.has_list);
}

std::optional<model::Finding> CheckChannel(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                           Timestamp t, const Rules& rules) {
  if (!obs.channels_read || !site.homepage || site.homepage->fetched_at > t) return std::nullopt;
  for (const ChannelObservation& c : obs.channels) {
    if (ChannelWorks(c)) return std::nullopt;
    // A page of the site that was never fetched cannot be judged: no veto on a guess.
    if (!c.external && !c.checked) return std::nullopt;
  }
  const ListSnapshot& home = *site.homepage;
  model::Finding f = detail::MakeFinding(
      "W-V5.1", "互动回应差", model::ObjectKind::kSite, site.site.name, site.site.unit,
      rules.GetInt("channel.veto") != 0 ? model::Severity::kVeto : model::Severity::kInfo, t);
  f.snapshot_id = home.snapshot_id;
  f.seen_at = home.fetched_at;
  f.last_seen_at = home.fetched_at;
  if (obs.channels.empty()) {
    f.url = home.url;
    f.excerpt = fmt::format("首页{}及互动交流栏目未找到领导信箱、政务咨询、网民留言等咨询建言渠道", home.url);
    if (!obs.excluded_channels.empty()) {
      f.excerpt += fmt::format("；仅有{}（网上信访、纪检举报等专门渠道不计入）", JoinUpTo(obs.excluded_channels, 5, false));
    }
    f.detail = "未提供网上有效咨询建言渠道";
  } else {
    const ChannelObservation& first = obs.channels.front();
    f.url = first.url;
    if (first.snapshot_id != 0) f.snapshot_id = first.snapshot_id;
    for (const ChannelObservation& c : obs.channels) {
      if (c.seen_at != 0) f.last_seen_at = std::max(f.last_seen_at, c.seen_at);
    }
    f.excerpt = "咨询建言渠道均不可用：" + JoinUpTo(obs.channels, 8, true);
    f.detail = fmt::format("网上咨询建言渠道（{}个）无法正常使用，视为未提供网上有效咨询建言渠道", obs.channels.size());
  }
  f.suggestion = "开设领导信箱、政务咨询等网上咨询建言渠道（或链接至集约化互动平台、12345平台），并确保可正常提交留言";
  return f;
}

}  // namespace govwatch::check
