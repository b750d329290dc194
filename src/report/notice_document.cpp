#include "report/notice_document.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/core.h>

#include "common/strings.hpp"

namespace govwatch::report {

namespace {

std::string MonthDay(Timestamp t) {
  const Date d = DateOf(t);
  return fmt::format("{}月{}日", d.month, d.day);
}

std::string ChineseDate(const Date& d) { return fmt::format("{}年{}月{}日", d.year, d.month, d.day); }

std::string JoinNames(const std::vector<std::string>& names, std::size_t limit = 6) {
  std::string out;
  for (std::size_t i = 0; i < names.size() && i < limit; ++i) out += (i == 0 ? "" : "、") + ("“" + names[i] + "”");
  if (names.size() > limit) out += fmt::format("等{}个", names.size());
  return out;
}

std::string ProblemsText(const model::Verdict& v) {
  std::string out;
  for (const std::string& p : v.problems) out += (out.empty() ? "" : "、") + p;
  return out;
}

void Add(NoticeDocument& doc, BlockKind kind, std::string text, std::string text2 = {}) {
  Block b;
  b.kind = kind;
  b.text = std::move(text);
  b.text2 = std::move(text2);
  doc.blocks.push_back(std::move(b));
}

// An annex table of failing objects: 序号, group, name, problems; "无" when nothing failed.
Block FailureTable(std::vector<std::string> header, const std::vector<model::Verdict>& failures) {
  Block table;
  table.kind = BlockKind::kTable;
  table.table.header = std::move(header);
  int i = 0;
  for (const model::Verdict& v : failures) table.table.rows.push_back({std::to_string(++i), v.group, v.object, ProblemsText(v)});
  if (i == 0) table.table.rows.push_back({"无"});
  return table;
}

}  // namespace

NoticeDocument BuildNotice(const verdict::PeriodResult& r, const NoticeSettings& s) {
  NoticeDocument doc;
  doc.title = NoticeTitle(r, s);
  const std::string quarter = QuarterName(r.period.quarter);
  const std::string window = fmt::format("{}—{}", MonthDay(r.period.from), MonthDay(r.period.to));
  const Date issued = DateOf(std::max(r.judged_at, r.period.to));

  Add(doc, BlockKind::kDocumentNumber, s.Get("document_number", r));
  Add(doc, BlockKind::kTitle, doc.title);
  Add(doc, BlockKind::kRecipients, s.Get("recipients", r));
  Add(doc, BlockKind::kParagraph, s.Get("opening", r));

  Add(doc, BlockKind::kHeading1, "一、总体情况");
  static const char* kSection[] = {"（一）", "（二）", "（三）", "（四）", "（五）", "（六）"};
  int section = 0;
  if (!r.previous_period.empty()) {
    int sites = 0, columns = 0, accounts = 0, done = 0;
    std::vector<std::string> open;
    for (const verdict::FollowUp& fu : r.follow_up) {
      if (fu.previous.object_kind == model::ObjectKind::kSite) ++sites;
      if (fu.previous.object_kind == model::ObjectKind::kColumn) ++columns;
      if (fu.previous.object_kind == model::ObjectKind::kAccount) ++accounts;
      if (fu.rectified) {
        ++done;
      } else {
        open.push_back(fu.previous.object);
      }
    }
    const auto prev = ParsePeriod(r.previous_period);
    const std::string prev_name =
        prev ? fmt::format("{}年第{}季度", prev->year, std::string("一二三四").substr(static_cast<std::size_t>(prev->quarter - 1) * 3, 3))
             : r.previous_period;
    std::string text = fmt::format("{}上季度通报问题整改情况。经查，{}发现的{}个问题网站、{}个问题专栏、{}个不合格政府系统政务新媒体",
                                   kSection[section++], prev_name, sites, columns, accounts);
    if (r.follow_up.empty()) {
      text = fmt::format("{}上季度通报问题整改情况。{}未通报问题网站、专栏和政务新媒体。", kSection[section - 1], prev_name);
    } else if (open.empty()) {
      text += "均已整改完成。";
    } else {
      text += fmt::format("，已整改完成{}个，{}等{}个经复查问题仍然存在，请相关单位抓紧整改。", done, JoinNames(open, 4),
                          open.size());
    }
    Add(doc, BlockKind::kParagraph, text);
  }
  Add(doc, BlockKind::kParagraph,
      fmt::format("{}{}年{}政府网站普查情况。{}年{}，{}登记在运行政府网站{}个、市级部门信息公开专栏{}个。"
                  "通过监测，{}发现问题网站{}个，合格率{}%；问题专栏{}个，合格率{}%。",
                  kSection[section++], r.period.year, quarter, r.period.year, quarter, s.Get("region", r, "全市"), r.sites.total,
                  r.columns.total, quarter, r.sites.failed, r.sites.pass_rate, r.columns.failed, r.columns.pass_rate));
  Add(doc, BlockKind::kParagraph,
      fmt::format("{}{}政府系统政务新媒体检查情况。{}新增登记政府系统政务新媒体{}个，关停政务新媒体{}个。"
                  "目前，{}在运行政府系统政务新媒体{}个，发现问题政府系统政务新媒体{}个，合格率：{}%。",
                  kSection[section++], quarter, quarter, r.accounts_opened, r.accounts_closed, s.Get("region", r, "全市"), r.accounts.total,
                  r.accounts.failed, r.accounts.pass_rate));
  {
    std::string per_unit;
    std::string overdue;
    for (const auto& [unit, counts] : r.messages.by_unit) {
      per_unit += fmt::format("{}{}{}条", per_unit.empty() ? "" : "、", unit, counts.received);
      if (counts.overdue_unfinished > 0) {
        overdue += fmt::format("{}{}逾期未办结留言{}条", overdue.empty() ? "" : "，", unit, counts.overdue_unfinished);
      }
    }
    Add(doc, BlockKind::kParagraph,
        fmt::format("{}网民留言办理情况。{}开设网民留言平台的政府网站共{}个，{}年{}共接到网民留言{}条{}。"
                    "通过监测，{}办结率为{}%。{}",
                    kSection[section++], s.Get("region", r, "全市"), r.boards, r.period.year, quarter, r.messages.received,
                    per_unit.empty() ? "" : "，其中：" + per_unit,
                    overdue.empty() ? std::string("无逾期未办结留言，") : overdue + "，", r.messages.resolution_rate,
                    r.messages.simple_received > 0
                        ? fmt::format("简单咨询类留言{}条，1个工作日内答复{}条，按时答复率{}%。", r.messages.simple_received,
                                      r.messages.simple_in_time, r.messages.simple_rate)
                        : std::string()));
  }

  Add(doc, BlockKind::kHeading1, "二、存在问题");
  {
    // Group failing objects by problem label, in the order of the notices.
    static const std::vector<std::string> kOrder = {"严重表述错误", "个人隐私泄露", "站点无法访问", "首页不更新",
                                                    "栏目不更新",   "空白栏目",     "互动回应差",   "内容不更新",
                                                    "链接不可用",   "服务不实用",   "政策解读未关联"};
    std::map<std::string, std::vector<std::string>> by_problem;
    std::vector<std::string> labels = kOrder;
    for (const model::Verdict& v : r.verdicts) {
      for (const std::string& p : v.problems) {
        by_problem[p].push_back(v.object);
        if (std::find(labels.begin(), labels.end(), p) == labels.end()) labels.push_back(p);
      }
    }
    int n = 0;
    static const char* kNumerals[] = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
    for (const std::string& label : labels) {
      auto it = by_problem.find(label);
      if (it == by_problem.end()) continue;
      // A problem named with its verb (存在暗链) is not given a second one (存在存在暗链问题).
      const std::string_view verb = label.starts_with("存在") ? "" : "存在";
      std::string text = fmt::format("（{}）{}。{}{}{}问题。", kNumerals[std::min(n, 11)], label,
                                     JoinNames(it->second), verb, label);
      if (label == "个人隐私泄露") {
        text += "整改时应对涉及个人信息的内容进行去标识化处理后重新发布，不得仅一删了之。";
      }
      if (label == "严重表述错误") {
        text += "各单位要严格落实“三审三校”制度，对发布信息内容审核校对把关。";
      }
      Add(doc, BlockKind::kParagraph, text);
      ++n;
    }
    if (!r.shutdowns.empty()) {
      std::vector<std::string> names;
      for (const model::Finding& f : r.shutdowns) names.push_back(f.object);
      Add(doc, BlockKind::kParagraph,
          fmt::format("（{}）政务新媒体多次被通报。{}年内被省季度通报2次以上（含2次），按规定由市政府办公室责令关停。",
                      kNumerals[std::min(n, 11)], JoinNames(names)));
      ++n;
    }
    if (n == 0) Add(doc, BlockKind::kParagraph, "本季度监测未发现突出问题。");
  }

  Add(doc, BlockKind::kHeading1, "三、工作要求");
  const std::string requirements = s.Get("requirements", r);
  for (const std::string_view para : Split(requirements, '\n')) {
    if (!Trim(para).empty()) Add(doc, BlockKind::kParagraph, std::string(Trim(para)));
  }
  Add(doc, BlockKind::kParagraph, s.Get("rectification", r));

  Add(doc, BlockKind::kAnnexList,
      fmt::format("附件：1．{}年{}{}普查不合格网站/专栏名单\n2．{}年{}{}抽查不合格政府系统政务新媒体名单", r.period.year,
                  quarter, s.Get("region", r, "全市"), r.period.year, quarter, s.Get("region", r, "全市")));
  Add(doc, BlockKind::kSignature, s.Get("office", r), ChineseDate(issued));
  Add(doc, BlockKind::kPublicMark, s.Get("public_mark", r));

  // 附件1: websites, then columns.
  {
    Add(doc, BlockKind::kAnnexTitle, "附件1",
        fmt::format("{}年{}{}普查不合格网站/专栏名单", r.period.year, quarter, s.Get("region", r, "全市")));
    doc.blocks.push_back(FailureTable({"序号", "县（区）", "网站名称", "存在问题"}, r.sites.failures));
    doc.blocks.push_back(FailureTable({"序号", "市直部门", "专栏名称", "存在问题"}, r.columns.failures));
    Add(doc, BlockKind::kNote, "监测数据采集时间：" + window);
  }
  // 附件2: accounts by platform.
  {
    Add(doc, BlockKind::kAnnexTitle, "附件2",
        fmt::format("{}年{}{}抽查不合格政府系统政务新媒体名单", r.period.year, quarter, s.Get("region", r, "全市")));
    Block accounts;
    accounts.kind = BlockKind::kTable;
    accounts.table.header = {"序号", "县（区）/市直部门", "政务新媒体名称", "存在问题"};
    std::vector<std::string> platforms;
    for (const model::Verdict& v : r.accounts.failures) {
      if (std::find(platforms.begin(), platforms.end(), v.category) == platforms.end()) platforms.push_back(v.category);
    }
    for (const std::string& platform : platforms) {
      accounts.table.rows.push_back({platform.empty() ? std::string("其他") : platform});
      int i = 0;
      for (const model::Verdict& v : r.accounts.failures) {
        if (v.category != platform) continue;
        accounts.table.rows.push_back({std::to_string(++i), v.group, v.object, ProblemsText(v)});
      }
    }
    if (platforms.empty()) accounts.table.rows.push_back({"无"});
    doc.blocks.push_back(std::move(accounts));
    Add(doc, BlockKind::kNote, "监测数据采集时间：" + window);
  }
  Add(doc, BlockKind::kCopyTo, "抄送：" + s.Get("cc", r));
  Add(doc, BlockKind::kPrinted, s.Get("office", r), ChineseDate(issued) + "印发");
  return doc;
}

}  // namespace govwatch::report
