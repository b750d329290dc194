// W-V5 ① 未提供网上有效咨询建言渠道: the site offers no working online channel for questions and
// suggestions (领导信箱, 政务咨询, 建言献策, 网民留言 …); 网上信访 and 纪检举报 channels do not count
// ("网上信访、纪检举报等专门渠道除外", 国办秘函〔2019〕19号 单项否决 [V S3]). A channel works when its
// page answers and shows a message form or a list of messages, or when it is a link to a shared
// platform on another site (a provincial 12345 or 集约化 互动平台 page) that is not known broken.
// The words that make a link a channel live in rules/channels.tsv; channel.veto decides whether
// the finding is a veto (1) or information (0).
#pragma once

#include <optional>
#include <string_view>

#include "check/integrity_observations.hpp"
#include "check/observations.hpp"
#include "check/rules.hpp"

namespace govwatch::check {

enum class ChannelLinkKind { kNone, kChannel, kExcluded, kHub };

// What a link is by its text (or, when the text is empty, its URL): a consultation channel, a
// petition/discipline channel that does not count, a hub (互动交流) whose page lists channels, or
// nothing of these.
ChannelLinkKind ClassifyChannelLink(std::string_view text, std::string_view url, const Rules& rules);

// True when the observed channel works (see above).
bool ChannelWorks(const ChannelObservation& c);

std::optional<model::Finding> CheckChannel(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                           Timestamp t, const Rules& rules);

}  // namespace govwatch::check
