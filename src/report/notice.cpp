#include "report/notice.hpp"

#include <fmt/core.h>

#include "common/strings.hpp"
#include "common/tsv.hpp"
#include "report/notice_document.hpp"

namespace govwatch::report {

Result<NoticeSettings> NoticeSettings::Parse(std::string_view tsv, std::string_view file) {
  auto rows = ParseTsv(file, tsv, 2, "key<TAB>value");
  if (!rows) return rows.error();
  NoticeSettings s;
  for (const TsvRow& row : *rows) s.values_[std::string(row.fields[0])] = ReplaceAll(row.rest, "\\n", "\n");
  return s;
}

std::string QuarterName(int quarter) {
  static const char* kNames[] = {"一季度", "二季度", "三季度", "四季度"};
  return quarter >= 1 && quarter <= 4 ? kNames[quarter - 1] : "";
}

std::string NoticeSettings::Get(const std::string& key, const verdict::PeriodResult& r,
                                const std::string& fallback) const {
  auto it = values_.find(key);
  std::string v = it == values_.end() ? fallback : it->second;
  int days = 14;
  if (auto d = values_.find("rectification_days"); d != values_.end()) days = std::atoi(d->second.c_str());
  const Date deadline = AddDays(DateOf(std::max(r.judged_at, r.period.to)), days);
  v = ReplaceAll(v, "{year}", std::to_string(r.period.year));
  v = ReplaceAll(v, "{quarter}", QuarterName(r.period.quarter));
  v = ReplaceAll(v, "{region}", values_.count("region") != 0 ? values_.at("region") : "全市");
  v = ReplaceAll(v, "{deadline}", fmt::format("{}年{}月{}日", deadline.year, deadline.month, deadline.day));
  return v;
}

std::string NoticeTitle(const verdict::PeriodResult& r, const NoticeSettings& s) {
  return fmt::format("{}关于{}年{}{}政府网站和政府系统政务新媒体检查情况的通报", s.Get("office", r, "市人民政府办公室"),
                     r.period.year, QuarterName(r.period.quarter), s.Get("region", r, "全市"));
}

namespace {

nlohmann::json FiguresJson(const verdict::RateFigures& f) {
  nlohmann::json failures = nlohmann::json::array();
  for (const model::Verdict& v : f.failures) {
    failures.push_back({{"name", v.object}, {"unit", v.unit}, {"group", v.group}, {"problems", v.problems}});
    if (!v.category.empty()) failures.back()["platform"] = v.category;
  }
  return {{"total", f.total}, {"failed", f.failed}, {"pass_rate", f.pass_rate}, {"failures", failures}};
}

std::string SeverityName(model::Severity s) {
  switch (s) {
    case model::Severity::kVeto: return "veto";
    case model::Severity::kDeduction: return "deduction";
    case model::Severity::kInfo: return "info";
  }
  return "info";
}

}  // namespace

nlohmann::json RenderJson(const verdict::PeriodResult& r) {
  nlohmann::json j;
  j["period"] = r.period.Name();
  j["window"] = {{"from", FormatDate(DateOf(r.period.from))}, {"to", FormatDate(DateOf(r.period.to))}};
  j["judged_at"] = FormatIso(r.judged_at);
  j["sites"] = FiguresJson(r.sites);
  j["columns"] = FiguresJson(r.columns);
  j["accounts"] = FiguresJson(r.accounts);
  j["accounts"]["opened"] = r.accounts_opened;
  j["accounts"]["closed"] = r.accounts_closed;
  nlohmann::json by_unit = nlohmann::json::object();
  for (const auto& [unit, c] : r.messages.by_unit) {
    by_unit[unit] = {{"received", c.received}, {"overdue_unfinished", c.overdue_unfinished}};
  }
  j["messages"] = {{"received", r.messages.received},
                   {"overdue_unfinished", r.messages.overdue_unfinished},
                   {"resolution_rate", r.messages.resolution_rate},
                   {"boards", r.boards},
                   {"simple_received", r.messages.simple_received},
                   {"simple_in_time", r.messages.simple_in_time},
                   {"simple_in_time_rate", r.messages.simple_rate},
                   {"by_unit", by_unit}};
  nlohmann::json findings = nlohmann::json::array();
  for (const model::Finding& f : r.findings) {
    nlohmann::json evidence = {{"excerpt", f.excerpt},
                               {"seen_at", f.seen_at > 0 ? FormatIso(f.seen_at) : ""},
                               {"last_seen_at", f.last_seen_at > 0 ? FormatIso(f.last_seen_at) : ""},
                               {"instant", f.instant > 0 ? FormatIso(f.instant) : ""},
                               {"snapshot_id", f.snapshot_id},
                               {"detail", f.detail}};
    if (!f.suggestion.empty()) evidence["suggestion"] = f.suggestion;
    findings.push_back({{"indicator", f.indicator},
                        {"problem", f.problem},
                        {"object", f.object},
                        {"object_kind", std::string(model::ToEnglish(f.object_kind))},
                        {"unit", f.unit},
                        {"severity", SeverityName(f.severity)},
                        {"source", f.source},
                        {"url", f.url},
                        {"points", f.points},
                        {"evidence", evidence}});
  }
  j["findings"] = findings;
  nlohmann::json follow_up = nlohmann::json::array();
  for (const verdict::FollowUp& fu : r.follow_up) {
    follow_up.push_back({{"object", fu.previous.object},
                         {"object_kind", std::string(model::ToEnglish(fu.previous.object_kind))},
                         {"unit", fu.previous.unit},
                         {"problems", fu.previous.problems},
                         {"rectified", fu.rectified},
                         {"remaining", fu.remaining}});
  }
  j["previous_period"] = r.previous_period;
  j["follow_up"] = follow_up;
  nlohmann::json shutdowns = nlohmann::json::array();
  for (const model::Finding& f : r.shutdowns) {
    shutdowns.push_back({{"object", f.object}, {"unit", f.unit}, {"detail", f.detail}, {"notices", f.excerpt}});
  }
  j["shutdowns"] = shutdowns;
  return j;
}

namespace {

std::string EscapeMarkdownCell(std::string_view s) { return ReplaceAll(ReplaceAll(s, "|", "\\|"), "\n", " "); }

std::string EscapeHtml(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::string RenderMarkdown(const verdict::PeriodResult& r, const NoticeSettings& s) {
  const NoticeDocument doc = BuildNotice(r, s);
  std::string out;
  for (const Block& b : doc.blocks) {
    switch (b.kind) {
      case BlockKind::kDocumentNumber: out += fmt::format("<p align=\"center\">{}</p>\n\n", b.text); break;
      case BlockKind::kTitle: out += fmt::format("# {}\n\n", b.text); break;
      case BlockKind::kRecipients: out += b.text + "\n\n"; break;
      case BlockKind::kHeading1: out += fmt::format("## {}\n\n", b.text); break;
      case BlockKind::kHeading2: out += fmt::format("### {}\n\n", b.text); break;
      case BlockKind::kParagraph: out += b.text + "\n\n"; break;
      case BlockKind::kAnnexList: out += ReplaceAll(b.text, "\n", "  \n") + "\n\n"; break;
      case BlockKind::kSignature: out += fmt::format("<p align=\"right\">{}<br>{}</p>\n\n", b.text, b.text2); break;
      case BlockKind::kPublicMark: out += b.text + "\n\n"; break;
      case BlockKind::kAnnexTitle: out += fmt::format("---\n\n**{}**\n\n### {}\n\n", b.text, b.text2); break;
      case BlockKind::kTable: {
        out += "|";
        for (const std::string& h : b.table.header) out += " " + EscapeMarkdownCell(h) + " |";
        out += "\n|";
        for (std::size_t i = 0; i < b.table.header.size(); ++i) out += " --- |";
        out += "\n";
        for (const auto& row : b.table.rows) {
          out += "|";
          if (row.size() == 1) {
            out += fmt::format(" **{}** |", EscapeMarkdownCell(row[0]));
            for (std::size_t i = 1; i < b.table.header.size(); ++i) out += "  |";
          } else {
            for (const std::string& c : row) out += " " + EscapeMarkdownCell(c) + " |";
          }
          out += "\n";
        }
        out += "\n";
        break;
      }
      case BlockKind::kNote: out += b.text + "\n\n"; break;
      case BlockKind::kCopyTo: out += "---\n\n" + b.text + "\n\n"; break;
      case BlockKind::kPrinted: out += fmt::format("{}　　　　{}\n", b.text, b.text2); break;
    }
  }
  return out;
}

std::string RenderHtml(const verdict::PeriodResult& r, const NoticeSettings& s) {
  const NoticeDocument doc = BuildNotice(r, s);
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + EscapeHtml(doc.title) +
      "</title>\n<style>body{font-family:'FangSong','仿宋','Noto Serif CJK SC',serif;font-size:16pt;max-width:"
      "156mm;margin:2em auto;line-height:1.6}h1{font-family:'方正小标宋简体','Noto Serif CJK SC',serif;font-size:"
      "22pt;text-align:center;font-weight:normal}h2{font-family:'黑体','Noto Sans CJK SC',sans-serif;font-size:16pt;"
      "font-weight:normal}p{text-indent:2em;margin:0}.center{text-align:center;text-indent:0}.right{text-align:"
      "right}.annex{page-break-before:always;margin-top:3em}table{border-collapse:collapse;width:100%;font-size:"
      "12pt}td,th{border:1px solid #000;padding:4px;text-align:center}td.group{font-weight:bold}.docno{color:#c00}"
      "</style></head><body>\n";
  for (const Block& b : doc.blocks) {
    switch (b.kind) {
      case BlockKind::kDocumentNumber: out += "<p class=\"center docno\">" + EscapeHtml(b.text) + "</p>\n"; break;
      case BlockKind::kTitle: out += "<h1>" + EscapeHtml(b.text) + "</h1>\n"; break;
      case BlockKind::kRecipients: out += "<p style=\"text-indent:0\">" + EscapeHtml(b.text) + "</p>\n"; break;
      case BlockKind::kHeading1: out += "<h2>" + EscapeHtml(b.text) + "</h2>\n"; break;
      case BlockKind::kHeading2: out += "<h3>" + EscapeHtml(b.text) + "</h3>\n"; break;
      case BlockKind::kParagraph:
      case BlockKind::kPublicMark:
      case BlockKind::kNote: out += "<p>" + EscapeHtml(b.text) + "</p>\n"; break;
      case BlockKind::kAnnexList: out += "<p>" + ReplaceAll(EscapeHtml(b.text), "\n", "<br>") + "</p>\n"; break;
      case BlockKind::kSignature:
        out += "<p class=\"right\">" + EscapeHtml(b.text) + "<br>" + EscapeHtml(b.text2) + "</p>\n";
        break;
      case BlockKind::kAnnexTitle:
        out += "<div class=\"annex\"><p style=\"text-indent:0\">" + EscapeHtml(b.text) + "</p><h1>" +
               EscapeHtml(b.text2) + "</h1></div>\n";
        break;
      case BlockKind::kTable: {
        out += "<table><thead><tr>";
        for (const std::string& h : b.table.header) out += "<th>" + EscapeHtml(h) + "</th>";
        out += "</tr></thead><tbody>\n";
        for (const auto& row : b.table.rows) {
          out += "<tr>";
          if (row.size() == 1) {
            out += fmt::format("<td class=\"group\" colspan=\"{}\">{}</td>", b.table.header.size(), EscapeHtml(row[0]));
          } else {
            for (const std::string& c : row) out += "<td>" + EscapeHtml(c) + "</td>";
          }
          out += "</tr>\n";
        }
        out += "</tbody></table>\n";
        break;
      }
      case BlockKind::kCopyTo: out += "<hr><p style=\"text-indent:0\">" + EscapeHtml(b.text) + "</p>\n"; break;
      case BlockKind::kPrinted:
        out += "<hr><p style=\"text-indent:0\">" + EscapeHtml(b.text) + "<span style=\"float:right\">" +
               EscapeHtml(b.text2) + "</span></p><hr>\n";
        break;
    }
  }
  out += "</body></html>\n";
  return out;
}

}  // namespace govwatch::report
