#include "report/rectification_notice.hpp"

#include <algorithm>
#include <map>

#include <fmt/core.h>

#include "common/strings.hpp"
#include "report/docx_writer.hpp"

namespace govwatch::report {

namespace {

// Object kind and name → the verdict's group and unit.
const model::Verdict* VerdictOf(const verdict::PeriodResult& r, const model::Finding& f) {
  for (const model::Verdict& v : r.verdicts) {
    if (v.object_kind == f.object_kind && v.object == f.object) return &v;
  }
  return nullptr;
}

std::string GroupOfFinding(const verdict::PeriodResult& r, const model::Finding& f) {
  const model::Verdict* v = VerdictOf(r, f);
  if (v != nullptr && !v->group.empty()) return v->group;
  return f.unit;
}

bool IsPrivacy(const model::Finding& f) { return f.problem == "个人隐私泄露" || StartsWith(f.indicator, "PI"); }

std::string Evidence(const model::Finding& f) {
  std::string out;
  const auto add = [&](const std::string& label, const std::string& value) {
    if (!value.empty()) out += (out.empty() ? "" : "\n") + label + value;
  };
  add("网址：", f.url);
  add("摘录：", f.excerpt);
  if (f.excerpt.empty()) add("情况：", f.detail);
  add("发现时间：", f.seen_at > 0 ? FormatTime(f.seen_at) : "");
  if (f.last_seen_at > f.seen_at) add("最后发现：", FormatTime(f.last_seen_at));
  add("检查单位：", f.source);
  return out;
}

std::string Requirement(const model::Finding& f) {
  if (IsPrivacy(f)) {
    std::string out = "对涉及个人信息的内容去标识化处理后重新发布，不得仅一删了之";
    if (!f.suggestion.empty()) out += "。去标识化后应为：" + f.suggestion;
    return out;
  }
  if (!f.suggestion.empty()) return "更正为：" + f.suggestion;
  if (f.problem == "严重表述错误") return "立即更正，并落实“三审三校”制度";
  if (f.problem == "内容不更新" || f.problem == "首页不更新" || f.problem == "栏目不更新") return "及时更新内容，确保常更常新";
  if (f.problem == "空白栏目") return "补充栏目内容或撤并栏目";
  if (f.problem == "站点无法访问") return "排查服务器和网络，确保站点稳定可访问";
  if (f.problem == "链接不可用") return "修复或删除不可用链接";
  if (f.problem == "互动回应差") return "及时答复网民留言";
  return "立即整改";
}

}  // namespace

std::vector<std::string> RectificationUnits(const verdict::PeriodResult& result) {
  std::vector<std::string> units;
  for (const model::Finding& f : result.findings) {
    if (VerdictOf(result, f) == nullptr) continue;  // not a registered running object
    const std::string group = GroupOfFinding(result, f);
    if (!group.empty() && std::find(units.begin(), units.end(), group) == units.end()) units.push_back(group);
  }
  return units;
}

std::vector<model::Finding> FindingsOfUnit(const verdict::PeriodResult& result, const std::string& unit) {
  std::vector<model::Finding> out;
  for (const model::Finding& f : result.findings) {
    const model::Verdict* v = VerdictOf(result, f);
    if (v == nullptr) continue;
    if (v->unit == unit || v->group == unit || f.unit == unit) out.push_back(f);
  }
  return out;
}

NoticeDocument BuildRectification(const verdict::PeriodResult& r, const NoticeSettings& s, const std::string& unit) {
  NoticeDocument doc;
  const std::string quarter = QuarterName(r.period.quarter);
  doc.title = fmt::format("关于{}{}年{}政府网站和政务新媒体问题整改的通知", unit, r.period.year, quarter);
  const std::vector<model::Finding> findings = FindingsOfUnit(r, unit);
  const auto add = [&](BlockKind kind, std::string text, std::string text2 = {}) {
    Block b;
    b.kind = kind;
    b.text = std::move(text);
    b.text2 = std::move(text2);
    doc.blocks.push_back(std::move(b));
  };
  add(BlockKind::kTitle, doc.title);
  add(BlockKind::kRecipients, unit + "：");
  int privacy = 0;
  std::vector<std::string> objects;
  for (const model::Finding& f : findings) {
    if (IsPrivacy(f)) ++privacy;
    if (std::find(objects.begin(), objects.end(), f.object) == objects.end()) objects.push_back(f.object);
  }
  add(BlockKind::kParagraph,
      fmt::format("{}年{}，{}监测发现你单位（含所属单位）主管主办的政府网站、专栏和政务新媒体共{}个对象存在问题{}条，"
                  "现将问题及证据通知如下，请逐条整改。{}",
                  r.period.year, quarter, s.Get("office", r, "市人民政府办公室"), objects.size(), findings.size(),
                  privacy > 0 ? fmt::format("其中个人隐私泄露{}条，须按所附去标识化内容处理后重新发布，不得仅一删了之。",
                                            privacy)
                              : std::string()));
  Block table;
  table.kind = BlockKind::kTable;
  table.table.header = {"序号", "对象", "问题", "证据", "整改要求"};
  int i = 0;
  for (const model::Finding& f : findings) {
    table.table.rows.push_back({std::to_string(++i), f.object + "（" + std::string(model::ToChinese(f.object_kind)) + "）",
                                f.problem + (f.indicator.empty() || f.indicator == "EXT" ? "" : "\n" + f.indicator),
                                Evidence(f), Requirement(f)});
  }
  if (i == 0) table.table.rows.push_back({"本期未发现问题"});
  doc.blocks.push_back(std::move(table));
  add(BlockKind::kParagraph, s.Get("rectification", r));
  const Date issued = DateOf(std::max(r.judged_at, r.period.to));
  add(BlockKind::kSignature, s.Get("office", r), fmt::format("{}年{}月{}日", issued.year, issued.month, issued.day));
  return doc;
}

std::string RenderRectificationMarkdown(const verdict::PeriodResult& result, const NoticeSettings& settings,
                                        const std::string& unit) {
  const NoticeDocument doc = BuildRectification(result, settings, unit);
  const auto cell = [](std::string_view s) { return ReplaceAll(ReplaceAll(s, "|", "\\|"), "\n", "<br>"); };
  std::string out;
  for (const Block& b : doc.blocks) {
    switch (b.kind) {
      case BlockKind::kTitle: out += "# " + b.text + "\n\n"; break;
      case BlockKind::kSignature: out += "<p align=\"right\">" + b.text + "<br>" + b.text2 + "</p>\n"; break;
      case BlockKind::kTable: {
        out += "|";
        for (const std::string& h : b.table.header) out += " " + cell(h) + " |";
        out += "\n|";
        for (std::size_t k = 0; k < b.table.header.size(); ++k) out += " --- |";
        out += "\n";
        for (const auto& row : b.table.rows) {
          out += "|";
          for (const std::string& c : row) out += " " + cell(c) + " |";
          out += "\n";
        }
        out += "\n";
        break;
      }
      default: out += b.text + "\n\n"; break;
    }
  }
  return out;
}

Result<std::string> RenderRectificationDocx(const verdict::PeriodResult& result, const NoticeSettings& settings,
                                            const std::string& unit) {
  DocxOptions options;
  options.author = settings.Get("office", result, "市人民政府办公室");
  options.date = DateOf(std::max(result.judged_at, result.period.to));
  return RenderDocxDocument(BuildRectification(result, settings, unit), options);
}

}  // namespace govwatch::report
