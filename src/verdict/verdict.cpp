#include "verdict/verdict.hpp"

#include <algorithm>
#include <set>

#include <fmt/core.h>

#include "check/dead_link_check.hpp"
#include "check/media_account_check.hpp"
#include "check/message_check.hpp"
#include "check/reply_time_check.hpp"

namespace govwatch::verdict {

std::string FormatRate(int total, int failed) {
  if (total <= 0) return "100.00";
  const long long n = total;
  const long long passed = std::max(0, total - failed);
  // Hundredths of a percent, rounded half-up: (passed * 10000 / n) + 0.5.
  long long q = (passed * 20000 + n) / (2 * n);
  if (failed > 0 && q >= 10000) q = 9999;
  return fmt::format("{}.{:02}", q / 100, q % 100);
}

std::string GroupOf(const std::string& unit, const std::vector<model::Unit>& units) {
  std::string current = unit;
  for (int depth = 0; depth < 16; ++depth) {
    const model::Unit* u = nullptr;
    for (const model::Unit& candidate : units) {
      if (candidate.name == current) u = &candidate;
    }
    if (u == nullptr) return unit;
    if (u->kind == model::UnitKind::kCounty || u->kind == model::UnitKind::kDepartment) return u->name;
    if (u->parent.empty()) return unit;
    current = u->parent;
  }
  return unit;
}

namespace {

struct ObjectKey {
  model::ObjectKind kind;
  std::string name;
  bool operator<(const ObjectKey& o) const { return std::tie(kind, name) < std::tie(o.kind, o.name); }
};

void AddProblem(model::Verdict& v, const std::string& label) {
  if (std::find(v.problems.begin(), v.problems.end(), label) == v.problems.end()) v.problems.push_back(label);
}

}  // namespace

PeriodResult Judge(const PeriodInput& input, const check::Rules& rules, const WorkingCalendar& calendar) {
  PeriodResult r;
  r.period = input.period;
  r.judged_at = input.judged_at;
  const Timestamp end = input.period.to;

  std::map<ObjectKey, model::Verdict> verdicts;
  std::vector<ObjectKey> order;
  const auto add_object = [&](model::ObjectKind kind, const std::string& name, const std::string& unit,
                              std::string category = {}) {
    ObjectKey key{kind, name};
    if (verdicts.count(key) != 0) return;
    model::Verdict v;
    v.object_kind = kind;
    v.object = name;
    v.unit = unit;
    v.group = GroupOf(unit, input.units);
    v.category = std::move(category);
    verdicts.emplace(key, std::move(v));
    order.push_back(key);
  };
  std::map<std::int64_t, const model::Site*> site_by_id;
  for (const model::Site& s : input.sites) {
    site_by_id[s.id] = &s;
    if (s.status != model::ObjectStatus::kRunning) continue;
    add_object(model::ObjectKind::kSite, s.name, s.unit);
    ++r.sites.total;
    if (s.has_message_board) ++r.boards;
  }
  for (const model::Column& c : input.columns) {
    if (!c.disclosure) continue;
    auto it = site_by_id.find(c.site_id);
    if (it != site_by_id.end() && it->second->status != model::ObjectStatus::kRunning) continue;
    const std::string unit = !c.unit.empty() ? c.unit : (it != site_by_id.end() ? it->second->unit : "");
    add_object(model::ObjectKind::kColumn, c.name, unit);
    ++r.columns.total;
  }
  for (const model::MediaAccount& a : input.accounts) {
    if (a.opened_at && *a.opened_at >= input.period.from && *a.opened_at <= end) ++r.accounts_opened;
    if (a.closed_at && *a.closed_at >= input.period.from && *a.closed_at <= end) ++r.accounts_closed;
    const bool running_at_end = (!a.opened_at || *a.opened_at <= end) && (!a.closed_at || *a.closed_at > end) &&
                                (a.status == model::ObjectStatus::kRunning || a.closed_at);
    if (!running_at_end) continue;
    add_object(model::ObjectKind::kAccount, a.name, a.unit, std::string(model::ToChinese(a.platform)));
    ++r.accounts.total;
  }

  // Findings: govwatch's own, then the external ones turned into findings.
  r.findings = input.findings;
  for (const store::ExternalFinding& e : input.external) {
    model::Finding f;
    f.indicator = "EXT";
    f.problem = e.problem;
    f.object_kind = e.object_kind;
    f.object = e.object;
    f.severity = model::Severity::kVeto;
    f.excerpt = e.evidence;
    f.detail = fmt::format("{}检查发现：{}", e.checker, e.problem);
    f.seen_at = e.checked_at;
    f.last_seen_at = e.checked_at;
    f.instant = e.checked_at;
    f.source = e.checker;
    auto it = verdicts.find(ObjectKey{e.object_kind, e.object});
    if (it != verdicts.end()) f.unit = it->second.unit;
    r.findings.push_back(std::move(f));
  }

  std::map<ObjectKey, double> deductions;
  for (const model::Finding& f : r.findings) {
    auto it = verdicts.find(ObjectKey{f.object_kind, f.object});
    if (it == verdicts.end()) continue;  // not a registered running object at the end of the window
    model::Verdict& v = it->second;
    if (f.severity == model::Severity::kVeto) {
      v.passed = false;
      AddProblem(v, f.problem);
    } else if (f.severity == model::Severity::kDeduction && f.object_kind == model::ObjectKind::kSite) {
      deductions[it->first] += f.points;
      AddProblem(v, f.problem);
    }
  }
  std::map<std::string, const model::Site*> site_by_name;
  for (const model::Site& s : input.sites) site_by_name[s.name] = &s;
  for (auto& [key, points] : deductions) {
    model::Verdict& v = verdicts[key];
    // SC-7: a unit with no external service duties is scored on 75 points (the 办事服务 block
    // is not checked) and scaled by 4/3.
    auto site = site_by_name.find(key.name);
    const bool services = site == site_by_name.end() || site->second->has_services;
    v.score = services ? 100 - points : (75 - points) * 4.0 / 3.0;
    if (v.score < rules.Get("score.fail_below")) v.passed = false;
  }
  for (const ObjectKey& key : order) {
    model::Verdict& v = verdicts[key];
    // A pass with only deductions keeps its problems for the record but is not a failure.
    r.verdicts.push_back(v);
    if (v.passed) continue;
    RateFigures& figures = key.kind == model::ObjectKind::kSite     ? r.sites
                           : key.kind == model::ObjectKind::kColumn ? r.columns
                                                                    : r.accounts;
    ++figures.failed;
    figures.failures.push_back(v);
  }
  r.sites.pass_rate = FormatRate(r.sites.total, r.sites.failed);
  r.columns.pass_rate = FormatRate(r.columns.total, r.columns.failed);
  r.accounts.pass_rate = FormatRate(r.accounts.total, r.accounts.failed);

  for (const model::CitizenMessage& m : input.messages) {
    if (m.received_at < input.period.from || m.received_at > end) continue;
    auto it = site_by_id.find(m.site_id);
    const std::string unit = !m.unit.empty() ? m.unit : (it != site_by_id.end() ? it->second->unit : "");
    UnitMessageCounts& u = r.messages.by_unit[unit];
    ++u.received;
    ++r.messages.received;
    if (check::IsOverdueUnfinished(m, input.judged_at, rules, calendar)) {
      ++u.overdue_unfinished;
      ++r.messages.overdue_unfinished;
    }
  }
  // A unit whose board received nothing is listed with 0 (the seed's "市公安局0条").
  for (const model::Site& s : input.sites) {
    if (s.status == model::ObjectStatus::kRunning && s.has_message_board) r.messages.by_unit.try_emplace(s.unit);
  }
  r.messages.resolution_rate = FormatRate(r.messages.received, r.messages.overdue_unfinished);
  const check::SimpleConsultationFigures simple = check::CountSimpleConsultations(
      input.messages, input.period.from, std::min(input.judged_at, end), check::ReplyTimeParams::FromRules(rules),
      calendar);
  r.messages.simple_received = simple.received;
  r.messages.simple_in_time = simple.answered_in_time;
  r.messages.simple_rate = simple.rate;

  // N-M9: accounts named in other offices' notices in enough quarters of the year.
  std::vector<model::Finding> notices;
  for (const store::ExternalFinding& e : input.external_year) {
    model::Finding f;
    f.object_kind = e.object_kind;
    f.object = e.object;
    f.problem = e.problem;
    f.source = e.checker;
    f.instant = e.checked_at;
    notices.push_back(std::move(f));
  }
  const check::MediaRuleParams media = check::MediaRuleParams::FromRules(rules);
  for (const model::MediaAccount& a : input.accounts) {
    if (verdicts.count(ObjectKey{model::ObjectKind::kAccount, a.name}) == 0) continue;
    if (auto f = check::CheckNoticeShutdown(a, notices, end, media)) {
      f->problem = "责令关停";
      f->severity = model::Severity::kInfo;
      r.shutdowns.push_back(*f);
      r.findings.push_back(std::move(*f));
    }
  }

  if (input.previous != nullptr) {
    r.previous_period = input.previous->period.Name();
    for (const model::Verdict& v : input.previous->verdicts) {
      if (v.passed) continue;
      FollowUp fu;
      fu.previous = v;
      auto it = verdicts.find(ObjectKey{v.object_kind, v.object});
      if (it != verdicts.end()) {
        for (const std::string& p : v.problems) {
          if (std::find(it->second.problems.begin(), it->second.problems.end(), p) != it->second.problems.end()) {
            fu.remaining.push_back(p);
          }
        }
        fu.rectified = fu.remaining.empty();
      } else {
        fu.rectified = true;  // no longer registered and running (shut down)
      }
      r.follow_up.push_back(std::move(fu));
    }
  }
  return r;
}

}  // namespace govwatch::verdict
