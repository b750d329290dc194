#include "messages/board_page.hpp"

#include <fmt/core.h>

#include "common/strings.hpp"
#include "common/time.hpp"
#include "media/html_xpath.hpp"
#include "media/loose_time.hpp"
#include "messages/board_auto.hpp"

namespace govwatch::messages {

namespace {

using media::HtmlXPathDocument;

Result<void> ReadField(const HtmlXPathDocument& doc, const std::string& xpath, HtmlXPathDocument::Node context,
                       std::string& out) {
  if (xpath.empty()) return Ok();
  auto text = doc.Text(xpath, context);
  if (!text) return text.error();
  if (!text->empty()) out = *text;
  return Ok();
}

Result<void> ReadFields(const HtmlXPathDocument& doc, const MessageFieldPaths& paths,
                        HtmlXPathDocument::Node context, BoardRow& row) {
  for (auto [xpath, out] : {std::pair{&paths.id, &row.id}, std::pair{&paths.title, &row.title},
                            std::pair{&paths.received_at, &row.received_text},
                            std::pair{&paths.replied_at, &row.replied_text},
                            std::pair{&paths.status, &row.status_text}, std::pair{&paths.kind, &row.kind_text},
                            std::pair{&paths.unit, &row.unit_text}}) {
    if (auto r = ReadField(doc, *xpath, context, *out); !r) return r;
  }
  // A configured reply time or status shows the reply state, even when it reads nothing.
  if (!paths.replied_at.empty() || !paths.status.empty()) row.reply_shown = true;
  return Ok();
}

// The value of the first label of `field` in `text` ("留言时间：…"), else the whole text.
std::string AfterLabel(std::string_view text, BoardField field) {
  for (const LabelledValue& v : FindLabelledValues(text)) {
    if (v.field == field) return v.value;
  }
  return std::string(text);
}

// Strips a leading "办理状态：" style label.
std::string_view AfterColon(std::string_view text) {
  if (auto pos = text.find("："); pos != std::string_view::npos) return Trim(text.substr(pos + 3));
  if (auto pos = text.find(':'); pos != std::string_view::npos) return Trim(text.substr(pos + 1));
  return Trim(text);
}

std::string IdFromLink(const std::string& link) {
  if (link.empty()) return "";
  std::string_view s = link;
  for (std::string_view key : {"?id=", "&id=", "?msgid=", "&msgid=", "?mid=", "&mid="}) {
    if (auto pos = s.find(key); pos != std::string_view::npos) {
      std::string_view v = s.substr(pos + key.size());
      v = v.substr(0, v.find_first_of("&#"));
      if (!v.empty()) return std::string(v);
    }
  }
  s = s.substr(0, s.find_first_of("?#"));
  while (!s.empty() && s.back() == '/') s.remove_suffix(1);
  if (auto slash = s.rfind('/'); slash != std::string_view::npos) s = s.substr(slash + 1);
  if (auto dot = s.rfind('.'); dot != std::string_view::npos && dot > 0) s = s.substr(0, dot);
  if (s.empty() || s == "index" || s == "detail" || s == "show") return "";
  return std::string(s);
}

// True when every list field of `paths` is configured.
bool AllListFields(const MessageFieldPaths& paths) {
  return !paths.title.empty() && !paths.received_at.empty() && !paths.replied_at.empty() && !paths.status.empty() &&
         !paths.unit.empty();
}

// Fills the fields the configuration left empty from the row found by its labels with the same
// link (or, without links, the same title).
void FillFromFound(const BoardListPage& found, BoardRow& row) {
  for (const BoardRow& f : found.rows) {
    const bool same = !row.link.empty() ? f.link == row.link : (!row.title.empty() && f.title == row.title);
    if (!same) continue;
    for (BoardField field : kBoardFields) {
      if (std::string& have = *FieldOf(row, field); have.empty()) have = *FieldOf(f, field);
    }
    row.reply_shown = row.reply_shown || f.reply_shown;
    return;
  }
}

// The next list page the configured XPath names, resolved; "" when it names none or a script.
Result<std::string> ConfiguredNext(const HtmlXPathDocument& doc, const std::string& xpath) {
  auto next = doc.Text(xpath);
  if (!next) return next.error();
  if (next->empty() || StartsWith(*next, "javascript:") || *next == "#") return std::string();
  return doc.Resolve(*next);
}

}  // namespace

Result<BoardListPage> ReadBoardList(std::string_view html, const std::string& url, const BoardConfig& config) {
  // A board without an item XPath is read by its labels alone.
  if (config.item_xpath.empty()) {
    BoardListPage found = FindBoardRows(html, url);
    if (!config.next_page_xpath.empty()) {
      auto doc = HtmlXPathDocument::Parse(html, url);
      if (!doc) return doc.error();
      auto next = ConfiguredNext(*doc, config.next_page_xpath);
      if (!next) return next.error();
      found.next_url = std::move(*next);
    }
    return found;
  }
  auto doc = HtmlXPathDocument::Parse(html, url);
  if (!doc) return doc.error();
  auto nodes = doc->Select(config.item_xpath);
  if (!nodes) return nodes.error();
  BoardListPage page;
  for (HtmlXPathDocument::Node n : *nodes) {
    BoardRow row;
    if (auto r = ReadFields(*doc, config.list, n, row); !r) return r.error();
    std::string link;
    if (auto r = ReadField(*doc, config.link_xpath, n, link); !r) return r.error();
    if (!link.empty() && !StartsWith(link, "javascript:")) row.link = doc->Resolve(link);
    // Header rows and separators read as nothing.
    if (row.title.empty() && row.received_text.empty() && row.link.empty()) continue;
    page.rows.push_back(std::move(row));
  }
  // Fields and pagination the configuration leaves out are found by their labels; configured
  // XPaths win where they read something.
  const bool partial = !AllListFields(config.list) || config.next_page_xpath.empty();
  const BoardListPage found = partial ? FindBoardRows(html, url) : BoardListPage{};
  if (!AllListFields(config.list)) {
    for (BoardRow& row : page.rows) FillFromFound(found, row);
  }
  if (!config.next_page_xpath.empty()) {
    auto next = ConfiguredNext(*doc, config.next_page_xpath);
    if (!next) return next.error();
    page.next_url = std::move(*next);
  } else {
    page.next_url = found.next_url;
  }
  return page;
}

Result<void> ReadBoardDetail(std::string_view html, const std::string& url, const BoardConfig& config, BoardRow& row) {
  auto doc = HtmlXPathDocument::Parse(html, url);
  if (!doc) return doc.error();
  if (auto r = ReadFields(*doc, config.detail, nullptr, row); !r) return r;
  // Fields no XPath gave are found by their labels.
  FindBoardDetail(html, url, row);
  return Ok();
}

std::optional<media::LooseTime> FindBoardTime(std::string_view text) {
  if (auto t = media::FindLooseTime(text)) return t;
  // "24-03-05": a board that prints two-digit years means this century.
  const std::string_view s = Trim(text);
  const auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
  if (digit(0) && digit(1) && s.size() > 2 && (s[2] == '-' || s[2] == '/' || s[2] == '.') && digit(3)) {
    return media::FindLooseTime("20" + std::string(s));
  }
  return std::nullopt;
}

Result<model::CitizenMessage> ToMessage(const BoardRow& row, std::int64_t site_id, Timestamp seen_at) {
  model::CitizenMessage m;
  m.site_id = site_id;
  m.seen_at = seen_at;
  m.title = row.title;
  const auto received = FindBoardTime(AfterLabel(row.received_text, BoardField::kReceived));
  if (!received) {
    return MakeError(ErrorCode::kParseError,
                     fmt::format("《{}》: no 留言时间 in '{}'", row.title, TruncateUtf8(row.received_text, 40)));
  }
  m.received_at = received->at;
  if (model::ParseMessageStatus(row.status_text) != model::MessageStatus::kInProgress) {
    const auto replied = FindBoardTime(AfterLabel(row.replied_text, BoardField::kReplied));
    if (replied && replied->at >= StartOfDay(DateOf(m.received_at))) {
      // A bare reply date on the day of receipt cannot precede the receipt.
      m.replied_at = std::max(replied->at, replied->has_time ? replied->at : m.received_at);
      if (replied->has_time && replied->at < m.received_at) m.replied_at.reset();
    }
  }
  // "【简单咨询】", "[咨询]" and "类型：建议" read as their kind.
  std::string kind = ReplaceAll(ReplaceAll(ReplaceAll(ReplaceAll(AfterColon(row.kind_text), "【", ""), "】", ""), "[", ""), "]", "");
  m.kind = model::ParseMessageKind(Trim(kind)).value_or(model::MessageKind::kOther);
  m.unit = std::string(AfterColon(row.unit_text));
  m.message_id = std::string(AfterColon(row.id));
  if (m.message_id.empty()) m.message_id = IdFromLink(row.link);
  if (m.message_id.empty()) m.message_id = "h" + HashHex(row.title + "|" + FormatTime(m.received_at)).substr(0, 12);
  return m;
}

}  // namespace govwatch::messages
