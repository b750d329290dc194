// A period result shaped like the seed notice (临沧 2022Q1), with awkward names (quotes, ampersands,
// angle brackets, double spaces) to exercise escaping, for the report writer tests.
#pragma once

#include <string>
#include <vector>

#include "common/files.hpp"
#include "report/notice.hpp"
#include "verdict/verdict.hpp"

namespace govwatch::report::testing {

inline model::Verdict Failure(model::ObjectKind kind, std::string object, std::string unit, std::string group,
                              std::vector<std::string> problems, std::string category = {}) {
  model::Verdict v;
  v.object_kind = kind;
  v.object = std::move(object);
  v.unit = std::move(unit);
  v.group = std::move(group);
  v.category = std::move(category);
  v.passed = false;
  v.problems = std::move(problems);
  return v;
}

inline verdict::PeriodResult SampleResult() {
  verdict::PeriodResult r;
  r.period = *ParsePeriod("2022Q1");
  r.judged_at = *ParseTime("2022-04-11");
  r.sites.total = 9;
  r.sites.failed = 1;
  r.sites.pass_rate = verdict::FormatRate(9, 1);
  r.sites.failures.push_back(Failure(model::ObjectKind::kSite, "耿马县人民政府门户网站", "耿马自治县人民政府",
                                     "耿马自治县人民政府", {"严重表述错误"}));
  r.columns.total = 38;
  for (const char* dept : {"民政局", "科技局", "退役军人事务局", "住房和城乡建设局", "政务服务管理局", "统计局",
                           "工业和信息化局", "审计局", "林业和草原局", "财政局", "市场监督管理局", "生态环境局"}) {
    const std::string unit = std::string("临沧市") + dept;
    r.columns.failures.push_back(
        Failure(model::ObjectKind::kColumn, unit + "信息公开专栏", unit, unit, {"严重表述错误"}));
  }
  r.columns.failures[1].problems.push_back("个人隐私泄露");
  r.columns.failed = static_cast<int>(r.columns.failures.size());
  r.columns.pass_rate = verdict::FormatRate(38, r.columns.failed);
  r.accounts.total = 230;
  r.accounts.failures = {
      Failure(model::ObjectKind::kAccount, "临沧工业园区  临沧高新区", "临沧市工业园区管委会", "临沧市工业园区管委会",
              {"内容不更新"}, "微信公众号"),
      Failure(model::ObjectKind::kAccount, "临沧广电<R&D>", "临沧市广播电视局", "临沧市广播电视局", {"内容不更新"},
              "微信公众号"),
      Failure(model::ObjectKind::kAccount, "“抖”南美", "临翔区南美拉祜族乡人民政府", "临翔区人民政府",
              {"内容不更新"}, "抖音"),
  };
  r.accounts.failed = 3;
  r.accounts.pass_rate = verdict::FormatRate(230, 3);
  r.accounts_opened = 10;
  r.accounts_closed = 2;
  r.messages.received = 114;
  r.messages.overdue_unfinished = 5;
  r.messages.resolution_rate = verdict::FormatRate(114, 5);
  r.messages.by_unit["临沧市人民政府"] = {29, 0};
  r.messages.by_unit["镇康县人民政府"] = {28, 5};
  r.boards = 10;
  model::Finding f;
  f.indicator = "PI-2";
  f.problem = "个人隐私泄露";
  f.object_kind = model::ObjectKind::kColumn;
  f.object = "临沧市科技局信息公开专栏";
  f.unit = "临沧市科技局";
  f.url = "http://127.0.0.1:18000/zfxxgk/kjj/2022/0301.html?a=1&b=2";
  f.excerpt = "申请人张三，身份证号【530902199001011234】，联系电话";
  f.suggestion = "530902********1234";
  f.seen_at = *ParseTime("2022-03-01T09:30");
  r.findings.push_back(f);
  for (const auto* list : {&r.sites.failures, &r.columns.failures, &r.accounts.failures}) {
    r.verdicts.insert(r.verdicts.end(), list->begin(), list->end());
  }
  return r;
}

inline NoticeSettings ProjectNoticeSettings() {
  const auto text = ReadFile(std::string(GOVWATCH_SOURCE_DIR) + "/rules/notice.tsv");
  if (!text) return *NoticeSettings::Parse("", "empty");
  return *NoticeSettings::Parse(*text, "notice.tsv");
}

}  // namespace govwatch::report::testing
