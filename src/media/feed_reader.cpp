#include "media/feed_reader.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <cstring>

#include <fmt/core.h>

#include "common/strings.hpp"
#include "common/time.hpp"
#include "media/loose_time.hpp"

namespace govwatch::media {

namespace {

bool NameIs(const xmlNode* n, const char* name) {
  return n != nullptr && n->type == XML_ELEMENT_NODE && std::strcmp(reinterpret_cast<const char*>(n->name), name) == 0;
}

std::string Content(const xmlNode* n) {
  xmlChar* c = xmlNodeGetContent(n);
  std::string out = c != nullptr ? reinterpret_cast<const char*>(c) : "";
  xmlFree(c);
  return std::string(Trim(out));
}

std::string Attribute(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  std::string out = v != nullptr ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return out;
}

int MonthOf(std::string_view m) {
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  const std::string lower = ToLowerAscii(m.substr(0, 3));
  for (int i = 0; i < 12; ++i) {
    if (lower == kMonths[i]) return i + 1;
  }
  return 0;
}

// Offset like "+0800", "+08:00", "Z", "GMT", "UTC"; seconds east of UTC.
std::optional<int> ParseOffset(std::string_view z) {
  z = Trim(z);
  if (z.empty()) return 8 * 3600;  // no zone: China Standard Time
  if (z == "Z" || z == "GMT" || z == "UT" || z == "UTC") return 0;
  if (z == "CST") return 8 * 3600;
  if ((z[0] == '+' || z[0] == '-') && z.size() >= 5) {
    std::string digits;
    for (char c : z.substr(1)) {
      if (c >= '0' && c <= '9') digits.push_back(c);
    }
    if (digits.size() != 4) return std::nullopt;
    const int minutes = ((digits[0] - '0') * 10 + (digits[1] - '0')) * 60 + (digits[2] - '0') * 10 + (digits[3] - '0');
    return (z[0] == '-' ? -1 : 1) * minutes * 60;
  }
  return std::nullopt;
}

Timestamp FromUtcParts(int y, int mo, int d, int h, int mi, int s, int offset) {
  return DaysFromDate(Date{y, mo, d}) * kSecondsPerDay + h * 3600 + mi * 60 + s - offset;
}

}  // namespace

std::optional<Timestamp> ParseFeedDate(std::string_view raw) {
  std::string_view text = Trim(raw);
  if (text.empty()) return std::nullopt;
  // RFC 822: [Day, ]DD Mon YYYY HH:MM[:SS] zone
  {
    std::string_view t = text;
    if (auto comma = t.find(','); comma != std::string_view::npos && comma < 5) t = Trim(t.substr(comma + 1));
    int d = 0, y = 0, h = 0, mi = 0, s = 0;
    char mon[4] = {0};
    char zone[16] = {0};
    const std::string copy(t);
    const int n = std::sscanf(copy.c_str(), "%d %3s %d %d:%d:%d %15s", &d, mon, &y, &h, &mi, &s, zone);
    if (n >= 6 && MonthOf(mon) != 0 && IsValidDate(y, MonthOf(mon), d)) {
      auto offset = ParseOffset(n == 7 ? zone : "");
      if (offset) return FromUtcParts(y, MonthOf(mon), d, h, mi, s, *offset);
    }
    const int n2 = std::sscanf(copy.c_str(), "%d %3s %d %d:%d %15s", &d, mon, &y, &h, &mi, zone);
    if (n2 >= 5 && MonthOf(mon) != 0 && IsValidDate(y, MonthOf(mon), d)) {
      auto offset = ParseOffset(n2 == 6 ? zone : "");
      if (offset) return FromUtcParts(y, MonthOf(mon), d, h, mi, 0, *offset);
    }
  }
  // ISO 8601: YYYY-MM-DDTHH:MM[:SS][.fff][zone]
  if (text.size() >= 16 && text[4] == '-' && text[7] == '-' && (text[10] == 'T' || text[10] == ' ')) {
    int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
    const std::string copy(text);
    int consumed = 0;
    if (std::sscanf(copy.c_str(), "%4d-%2d-%2d%*c%2d:%2d%n", &y, &mo, &d, &h, &mi, &consumed) >= 5 &&
        IsValidDate(y, mo, d)) {
      std::string_view rest = text.substr(static_cast<std::size_t>(consumed));
      if (rest.size() >= 3 && rest[0] == ':') {
        s = (rest[1] - '0') * 10 + (rest[2] - '0');
        rest.remove_prefix(3);
      }
      if (!rest.empty() && rest[0] == '.') {
        std::size_t k = 1;
        while (k < rest.size() && rest[k] >= '0' && rest[k] <= '9') ++k;
        rest.remove_prefix(k);
      }
      auto offset = ParseOffset(rest);
      if (offset) return FromUtcParts(y, mo, d, h, mi, s, *offset);
    }
  }
  auto local = ParseTimeStartOfDay(text);
  if (local) return *local;
  // Unix time in seconds or milliseconds (some platform APIs).
  if ((text.size() == 10 || text.size() == 13) &&
      text.find_first_not_of("0123456789") == std::string_view::npos) {
    const long long v = std::stoll(std::string(text));
    return static_cast<Timestamp>(text.size() == 13 ? v / 1000 : v);
  }
  // Chinese page forms: "2022年3月1日 10:00", "2022.03.01".
  if (auto loose = FindLooseTime(text)) return loose->at;
  return std::nullopt;
}

Result<std::vector<FeedItem>> ParseFeed(std::string_view xml, const std::string& source) {
  xmlDocPtr doc = xmlReadMemory(xml.data(), static_cast<int>(xml.size()), source.c_str(), nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_RECOVER);
  if (doc == nullptr) {
    return MakeError(ErrorCode::kParseError, fmt::format("{}: not an XML feed", source));
  }
  std::vector<FeedItem> items;
  const xmlNode* root = xmlDocGetRootElement(doc);
  bool known = false;
  if (NameIs(root, "rss") || NameIs(root, "RDF")) {
    known = true;
    for (const xmlNode* channel = root->children; channel != nullptr; channel = channel->next) {
      // RSS 2.0 puts items inside <channel>; RSS 1.0 (RDF) beside it.
      const xmlNode* first = NameIs(channel, "channel") ? channel->children : (NameIs(channel, "item") ? channel : nullptr);
      for (const xmlNode* n = first; n != nullptr; n = n->next) {
        if (!NameIs(n, "item")) {
          if (first == channel) break;
          continue;
        }
        FeedItem item;
        for (const xmlNode* f = n->children; f != nullptr; f = f->next) {
          if (NameIs(f, "title")) item.title = Content(f);
          if (NameIs(f, "link")) item.url = Content(f);
          if (NameIs(f, "description") || NameIs(f, "encoded")) item.text = Content(f);
          if (NameIs(f, "pubDate") || NameIs(f, "date")) item.published_at = ParseFeedDate(Content(f));
          // <comments> (a URL) and <slash:comments> (a count) share the local name.
          if (NameIs(f, "comments") || NameIs(f, "commentRss")) item.offers_comments = true;
        }
        items.push_back(std::move(item));
        if (first == channel) break;
      }
    }
  } else if (NameIs(root, "feed")) {
    known = true;
    for (const xmlNode* n = root->children; n != nullptr; n = n->next) {
      if (!NameIs(n, "entry")) continue;
      FeedItem item;
      std::optional<Timestamp> updated;
      for (const xmlNode* f = n->children; f != nullptr; f = f->next) {
        if (NameIs(f, "title")) item.title = Content(f);
        if (NameIs(f, "link") && (Attribute(f, "rel").empty() || Attribute(f, "rel") == "alternate")) {
          item.url = Attribute(f, "href");
        }
        if (NameIs(f, "summary") || NameIs(f, "content")) item.text = Content(f);
        if (NameIs(f, "published")) item.published_at = ParseFeedDate(Content(f));
        if (NameIs(f, "updated")) updated = ParseFeedDate(Content(f));
        if (NameIs(f, "total") || (NameIs(f, "link") && Attribute(f, "rel") == "replies")) item.offers_comments = true;
      }
      if (!item.published_at) item.published_at = updated;
      items.push_back(std::move(item));
    }
  }
  xmlFreeDoc(doc);
  if (!known) return MakeError(ErrorCode::kParseError, fmt::format("{}: neither RSS nor Atom", source));
  return items;
}

namespace {

// Phrases with which platforms and units announce that an account is gone. Only the feed's own
// name and description and error pages are searched for the short forms: a post may well report
// that some company "已注销".
constexpr std::string_view kClosurePhrases[] = {
    "账号已注销", "帐号已注销", "已被注销", "已注销", "已关停", "已停止运营", "停止运营", "已停止服务", "已停止更新",
    "停止更新", "已被封禁", "已封禁", "已冻结", "用户不存在", "账号不存在", "帐号不存在", "已迁移至", "迁移至",
    "已迁移", "已更名为", "更名为"};
// Announcements a unit posts before closing or moving an account (N-M5: 停更公告).
constexpr std::string_view kAnnouncementPhrases[] = {
    "停更公告", "停止更新公告", "停止更新的公告", "停止运营公告", "停止运营的公告", "关停公告", "注销公告",
    "账号注销的公告", "账号迁移公告", "迁移公告", "账号迁移的公告", "更名公告"};

}  // namespace

std::string FindClosureNotice(std::string_view text) {
  for (std::string_view p : kClosurePhrases) {
    if (Contains(text, p)) return std::string(p);
  }
  return "";
}

std::string FindClosureAnnouncement(std::string_view post_title) {
  for (std::string_view p : kAnnouncementPhrases) {
    if (Contains(post_title, p)) return std::string(p);
  }
  return "";
}

bool IsMigrationNotice(std::string_view marker) {
  return Contains(marker, "迁移") || Contains(marker, "更名");
}

}  // namespace govwatch::media
