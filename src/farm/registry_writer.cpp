#include "farm/registry_writer.hpp"

#include <system_error>

#include <fmt/core.h>

#include "common/files.hpp"
#include "common/strings.hpp"
#include "farm/plan_parts.hpp"

namespace govwatch::farm {

namespace {

std::string SiteKindLabel(SiteKind kind) { return kind == SiteKind::kDepartment ? "部门" : "门户"; }

std::string TimeText(Timestamp t) {
  const CivilTime c = ToCivil(t);
  return fmt::format("{} {:02d}:{:02d}", FormatDate(c.date), c.hour, c.minute);
}

}  // namespace

std::string CsvField(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  return "\"" + ReplaceAll(value, "\"", "\"\"") + "\"";
}

std::string CsvTable(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows) {
  std::string out = "\xEF\xBB\xBF";
  auto append_row = [&out](const std::vector<std::string>& row) {
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out += ',';
      out += CsvField(row[i]);
    }
    out += "\r\n";
  };
  append_row(header);
  for (const auto& row : rows) append_row(row);
  return out;
}

Result<void> WriteRegistryFiles(const FarmPlan& plan, const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return MakeError(ErrorCode::kIoError, fmt::format("{}: {}", dir.string(), ec.message()));

  std::vector<std::vector<std::string>> units;
  for (const PlanUnit& u : plan.units) units.push_back({u.name, u.kind, u.parent});

  std::vector<std::vector<std::string>> sites;
  std::vector<std::vector<std::string>> columns;
  for (std::size_t i = 0; i < plan.sites.size(); ++i) {
    const PlanSite& s = plan.sites[i];
    const std::string base = plan.BaseUrl(static_cast<int>(i));
    sites.push_back({s.name, s.site_code, base + "/", s.unit, SiteKindLabel(s.kind), "运行", s.has_services ? "是" : "否",
                     s.has_board ? "是" : "否"});
    for (const PlanColumn& c : s.columns) {
      columns.push_back({c.name, s.site_code, c.unit, base + c.path, c.type_label, "", c.disclosure ? "是" : "否"});
    }
  }

  std::vector<std::vector<std::string>> accounts;
  const std::string portal = plan.BaseUrl(0);
  for (const PlanAccount& a : plan.accounts) {
    accounts.push_back({a.name, a.platform, a.unit, a.account_id, portal + FarmPlan::FeedPath(a),
                        a.closed ? "关停" : "运行", FormatDate(a.opened), a.closed_on ? FormatDate(*a.closed_on) : "",
                        a.interaction ? "是" : "否"});
  }

  std::vector<std::vector<std::string>> messages;
  for (const PlanMessage& m : plan.messages) {
    if (m.on_board) continue;  // read from the site's HTML board by the messages connector
    messages.push_back({m.id, plan.sites[static_cast<std::size_t>(m.site)].site_code, m.unit, TimeText(m.received),
                        m.replied ? TimeText(*m.replied) : "", m.kind, m.title});
  }

  const std::vector<std::pair<const char*, std::string>> files = {
      {"units.csv", CsvTable({"单位名称", "单位类型", "上级单位"}, units)},
      {"sites.csv", CsvTable({"网站名称", "网站标识码", "首页网址", "主办单位", "网站类型", "运行状态", "对外服务职能",
                              "留言平台"},
                             sites)},
      {"columns.csv",
       CsvTable({"栏目名称", "所属网站", "主办单位", "栏目网址", "栏目类型", "上级栏目", "信息公开专栏"}, columns)},
      {"accounts.csv", CsvTable({"账号名称", "平台", "主办单位", "账号ID", "数据源", "运行状态", "开通日期", "关停日期",
                                 "互动功能"},
                                accounts)},
      {"messages.csv",
       CsvTable({"留言编号", "所属网站", "受理单位", "留言时间", "答复时间", "留言类型", "标题"}, messages)},
      {"connectors.toml", BoardSettingsToml(plan)},
  };
  for (const auto& [name, text] : files) {
    if (auto r = WriteFileAtomic(dir / name, text); !r) return r.error();
  }
  return Ok();
}

nlohmann::json BuildManifest(const FarmPlan& plan) {
  nlohmann::json manifest;
  manifest["seed"] = plan.options.seed;
  manifest["anchor"] = FormatDate(plan.options.anchor);
  nlohmann::json sites = nlohmann::json::array();
  for (std::size_t i = 0; i < plan.sites.size(); ++i) {
    const PlanSite& s = plan.sites[i];
    sites.push_back({{"name", s.name},
                     {"unit", s.unit},
                     {"site_code", s.site_code},
                     {"url", plan.BaseUrl(static_cast<int>(i)) + "/"},
                     {"kind", SiteKindLabel(s.kind)},
                     {"charset", s.gbk ? "GBK" : "UTF-8"}});
  }
  manifest["sites"] = std::move(sites);
  nlohmann::json plants = nlohmann::json::array();
  for (const PlanPlant& p : plan.plants) {
    const std::string base = plan.BaseUrl(p.site);
    plants.push_back({{"indicator", p.indicator},
                      {"problem", p.problem},
                      {"object_kind", p.object_kind},
                      {"object", p.object},
                      {"unit", p.unit},
                      {"url", base + p.path},
                      {"note", ReplaceAll(p.note, "{base}", base)}});
  }
  manifest["plants"] = std::move(plants);
  return manifest;
}

}  // namespace govwatch::farm
