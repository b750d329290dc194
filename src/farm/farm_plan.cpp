#include "farm/farm_plan.hpp"

#include <algorithm>
#include <numeric>

#include <fmt/core.h>

#include "farm/farm_random.hpp"
#include "farm/plan_parts.hpp"
#include "farm/prose.hpp"

namespace govwatch::farm {

namespace {

// A column before its items exist.
struct ColumnSpec {
  std::string name;
  std::string code;
  ColumnRole role = ColumnRole::kNews;
  int newest_days_ago = -1;  // -1: the role's usual rhythm
  bool empty = false;
};

// What a site is made to show.
enum class SiteRole { kNormal, kStaleHomepage, kStaleColumns, kEmptyColumns };

std::string TypeLabel(ColumnRole role) {
  switch (role) {
    case ColumnRole::kNews: return "动态要闻";
    case ColumnRole::kNotice: return "通知公告";
    case ColumnRole::kPolicy: return "政策文件";
    case ColumnRole::kInterpretation: return "政策解读";
    case ColumnRole::kPersonnel: return "人事";
    case ColumnRole::kPlan: return "规划计划";
  }
  return "其他";
}

TitleKind TitleKindOf(ColumnRole role) {
  switch (role) {
    case ColumnRole::kNews: return TitleKind::kNews;
    case ColumnRole::kNotice: return TitleKind::kNotice;
    case ColumnRole::kPolicy: return TitleKind::kPolicy;
    case ColumnRole::kInterpretation: return TitleKind::kInterpretation;
    case ColumnRole::kPersonnel: return TitleKind::kPersonnel;
    case ColumnRole::kPlan: return TitleKind::kPlan;
  }
  return TitleKind::kNews;
}

// Days between items of a role (inclusive range) and how old the newest one usually is.
void RhythmOf(ColumnRole role, int& min_gap, int& max_gap, int& newest_max) {
  switch (role) {
    case ColumnRole::kNews:
      min_gap = 1, max_gap = 3, newest_max = 1;
      return;
    case ColumnRole::kNotice:
    case ColumnRole::kPolicy:
    case ColumnRole::kInterpretation:
      min_gap = 4, max_gap = 25, newest_max = 10;
      return;
    case ColumnRole::kPersonnel:
    case ColumnRole::kPlan:
      min_gap = 5, max_gap = 40, newest_max = 20;
      return;
  }
}

// The second-level news column that fits the owner ("县区动态" on the portal …).
std::vector<ColumnSpec> ExtraNewsColumns(SiteKind kind) {
  std::vector<ColumnSpec> out = {{"图片新闻", "tpxw", ColumnRole::kNews},
                                 {"媒体关注", "mtgz", ColumnRole::kNews},
                                 {"要闻速递", "ywsd", ColumnRole::kNews}};
  switch (kind) {
    case SiteKind::kPortal:
      out.push_back({"县区动态", "xqdt", ColumnRole::kNews});
      out.push_back({"部门动态", "bmdt", ColumnRole::kNews});
      break;
    case SiteKind::kCounty:
      out.push_back({"乡镇动态", "xzdt", ColumnRole::kNews});
      out.push_back({"部门动态", "bmdt", ColumnRole::kNews});
      break;
    case SiteKind::kDepartment:
      out.push_back({"基层动态", "jcdt", ColumnRole::kNews});
      out.push_back({"行业资讯", "hyzx", ColumnRole::kNews});
      break;
  }
  return out;
}

std::vector<ColumnSpec> OrdinaryColumns(SiteKind kind, SiteRole role, FarmRandom& rng) {
  const ColumnSpec news{"工作动态", "gzdt", ColumnRole::kNews};
  const ColumnSpec notice{"通知公告", "tzgg", ColumnRole::kNotice};
  const ColumnSpec policy{"政策文件", "zcwj", ColumnRole::kPolicy};
  const ColumnSpec interpretation{"政策解读", "zcjd", ColumnRole::kInterpretation};
  const ColumnSpec personnel{"人事信息", "rsxx", ColumnRole::kPersonnel};
  const ColumnSpec plans{"规划计划", "ghjh", ColumnRole::kPlan};
  std::vector<ColumnSpec> extra_news = ExtraNewsColumns(kind);
  switch (role) {
    case SiteRole::kStaleHomepage: {
      // Few columns, so that the stale news column never reaches the five-column rule.
      std::vector<ColumnSpec> out = {news, notice, policy};
      if (rng.Between(0, 1) == 1) out.push_back(interpretation);
      for (ColumnSpec& c : out) c.newest_days_ago = 20;
      return out;
    }
    case SiteRole::kStaleColumns: {
      std::vector<ColumnSpec> out = {news};
      for (ColumnSpec c : extra_news) {
        c.newest_days_ago = 30;
        out.push_back(c);
      }
      out.push_back(notice);
      out.push_back(policy);
      return out;
    }
    case SiteRole::kEmptyColumns: {
      std::vector<ColumnSpec> out = {news, notice, policy};
      std::vector<ColumnSpec> empty = {personnel, plans, extra_news[0], extra_news[1], extra_news[3]};
      for (ColumnSpec& c : empty) c.empty = true;
      out.insert(out.end(), empty.begin(), empty.end());
      return out;
    }
    case SiteRole::kNormal:
      break;
  }
  std::vector<ColumnSpec> out = {news, notice, policy, interpretation};
  std::vector<ColumnSpec> extras = {personnel, plans, extra_news[0], extra_news[1], extra_news[3]};
  rng.Shuffle(extras);
  const int count = rng.Between(5, 9);
  for (int i = 0; i + 4 < count; ++i) out.push_back(extras[static_cast<std::size_t>(i)]);
  return out;
}

std::string ItemPath(const std::string& column_path, const Date& d, int id) {
  return fmt::format("{}{:04d}{:02d}/t{:04d}{:02d}{:02d}_{}.html", column_path, d.year, d.month, d.year, d.month,
                     d.day, id);
}

// Builds a column's items, newest first.
class ItemMaker {
 public:
  ItemMaker(std::uint64_t seed, Date anchor) : seed_(seed), anchor_(anchor) {}

  // Appends `count` items to `site` for column `column_index`.
  void Fill(PlanSite& site, int column_index, const ColumnSpec& spec, int count) {
    PlanColumn& column = site.columns[static_cast<std::size_t>(column_index)];
    FarmRandom rng(seed_, fmt::format("items/{}{}", site.site_code, column.path));
    int min_gap = 1;
    int max_gap = 3;
    int newest_max = 1;
    RhythmOf(spec.role, min_gap, max_gap, newest_max);
    const int newest = spec.newest_days_ago >= 0 ? spec.newest_days_ago : rng.Between(0, newest_max);
    Date d = AddDays(anchor_, -newest);
    const auto& templates = TitleTemplates(TitleKindOf(spec.role));
    for (int k = 0; k < count; ++k) {
      PlanItem item;
      item.date = d;
      item.minute_of_day = rng.Between(8, 17) * 60 + rng.Between(0, 5) * 10;
      item.id = next_id_++;
      item.topic = rng.Between(0, static_cast<int>(Topics().size()) - 1);
      const int pattern = rng.Between(0, static_cast<int>(templates.size()) - 1);
      item.title = FillTemplate(templates[static_cast<std::size_t>(pattern)], column.unit,
                                Topics()[static_cast<std::size_t>(item.topic)], d.year);
      item.path = ItemPath(column.path, d, item.id);
      item.column = column_index;
      item.hash = rng.Next();
      Add(site, column, std::move(item));
      d = AddDays(d, -rng.Between(min_gap, max_gap));
    }
  }

  // Makes `interpretation` mirror `policy` item by item, with two-way links.
  void Pair(PlanSite& site, int policy_index, int interpretation_index) {
    PlanColumn& interpretation = site.columns[static_cast<std::size_t>(interpretation_index)];
    const std::vector<int> policy_items = site.columns[static_cast<std::size_t>(policy_index)].items;
    const auto& policy_templates = TitleTemplates(TitleKind::kPolicy);
    const auto& templates = TitleTemplates(TitleKind::kInterpretation);
    for (int p : policy_items) {
      const PlanItem& policy = site.items[static_cast<std::size_t>(p)];
      std::size_t pattern = 0;
      for (std::size_t t = 0; t < policy_templates.size(); ++t) {
        if (FillTemplate(policy_templates[t], "", Topics()[static_cast<std::size_t>(policy.topic)],
                         policy.date.year) == policy.title) {
          pattern = t;
        }
      }
      PlanItem item;
      item.date = policy.date;
      item.minute_of_day = std::min(policy.minute_of_day + 30, 18 * 60);
      item.id = next_id_++;
      item.topic = policy.topic;
      item.title = FillTemplate(templates[pattern], "", Topics()[static_cast<std::size_t>(item.topic)], item.date.year);
      item.path = ItemPath(interpretation.path, item.date, item.id);
      item.column = interpretation_index;
      item.hash = Mix64(policy.hash);
      item.linked_item = p;
      const int index = Add(site, interpretation, std::move(item));
      site.items[static_cast<std::size_t>(p)].linked_item = index;
    }
  }

 private:
  int Add(PlanSite& site, PlanColumn& column, PlanItem item) {
    const int index = static_cast<int>(site.items.size());
    site.item_by_path.emplace(item.path, index);
    column.items.push_back(index);
    site.items.push_back(std::move(item));
    return index;
  }

  std::uint64_t seed_;
  Date anchor_;
  int next_id_ = 1001;
};

}  // namespace

Timestamp VisibleFrom(const Date& d) { return StartOfDay(d) + 8 * 3600; }

bool IsDownSlot(const FarmPlan& plan, std::int64_t now_millis) {
  const std::int64_t slot = now_millis / 1000 / 900;
  const Timestamp slot_start = slot * 900;
  const Date anchor = plan.options.anchor;
  if (slot_start < StartOfDay(AddDays(anchor, -6)) || slot_start >= StartOfDay(anchor) + 22 * 3600) return false;
  return HashOf(plan.options.seed, "unreachable-slot", static_cast<std::uint64_t>(slot)) % 100 < 15;
}

char IdCheckCharacter(std::string_view first17) {
  static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  static constexpr char kCodes[] = "10X98765432";
  int sum = 0;
  for (std::size_t i = 0; i < 17 && i < first17.size(); ++i) sum += (first17[i] - '0') * kWeights[i];
  return kCodes[sum % 11];
}

std::string FarmPlan::BaseUrl(int i) const {
  return fmt::format("http://{}:{}", options.host, sites[static_cast<std::size_t>(i)].port);
}

std::string FarmPlan::FeedPath(const PlanAccount& account) { return "/feeds/" + account.account_id + ".xml"; }

namespace {

PlanSite MakeSite(SiteKind kind, int index, std::uint64_t seed, const std::string& name, const std::string& unit,
                  const std::string& site_code, const std::string& domain) {
  PlanSite s;
  s.kind = kind;
  s.name = name;
  s.unit = unit;
  s.site_code = site_code;
  s.domain = domain;
  const std::uint64_t h = HashOf(seed, "site-identity", static_cast<std::uint64_t>(index));
  s.phone = fmt::format("0883-21{:05d}", h % 100000);
  s.icp = fmt::format("滇ICP备{:08d}号-1", 5000000 + (h >> 20) % 4000000);
  s.psb_digits = fmt::format("{}02{:06d}", site_code.substr(0, 6), 10 + (h >> 40) % 900);
  s.psb = fmt::format("滇公网安备 {}号", s.psb_digits);
  s.markup = static_cast<int>((static_cast<std::uint64_t>(index) + seed) % 3);
  s.date_style = static_cast<int>((static_cast<std::uint64_t>(index) / 3 + seed) % 3);
  s.has_services = kind != SiteKind::kDepartment;
  return s;
}

void AddColumn(PlanSite& site, const ColumnSpec& spec, const std::string& path, const std::string& unit,
               bool disclosure) {
  PlanColumn c;
  c.name = spec.name;
  c.path = path;
  c.type_label = TypeLabel(spec.role);
  c.role = spec.role;
  c.disclosure = disclosure;
  c.unit = unit;
  site.column_by_path.emplace(path, static_cast<int>(site.columns.size()));
  site.columns.push_back(std::move(c));
}

int CountFor(int per_column, FarmRandom& rng) { return std::max(2, per_column * rng.Between(70, 130) / 100); }

}  // namespace

FarmPlan BuildPlan(const FarmOptions& options) {
  FarmPlan plan;
  plan.options = options;
  const std::uint64_t seed = options.seed;
  const Date anchor = options.anchor;
  const int n = options.sites;
  const int county_count = std::clamp((n - 1) * 2 / 5, 3, static_cast<int>(Counties().size()));
  const int department_count = n - 1 - county_count;
  const int disclosure_count =
      std::min(8 + (n - 8) / 4, static_cast<int>(Departments().size()) - department_count);

  FarmRandom names(seed, "names");
  std::vector<std::size_t> county_names(Counties().size());
  std::iota(county_names.begin(), county_names.end(), 0);
  names.Shuffle(county_names);
  std::vector<std::size_t> department_names(Departments().size());
  std::iota(department_names.begin(), department_names.end(), 0);
  names.Shuffle(department_names);

  // Units and sites: 0 the portal, then the counties, then the departments.
  const std::string city_unit = std::string(kCityName) + "人民政府";
  plan.units.push_back({city_unit, "其他", ""});
  plan.sites.push_back(MakeSite(SiteKind::kPortal, 0, seed, std::string(kCityName) + "人民政府门户网站", city_unit,
                                "5399000001", "www.yunling.gov.cn"));
  for (int i = 0; i < county_count; ++i) {
    const CountyInfo& c = Counties()[county_names[static_cast<std::size_t>(i)]];
    const std::string unit = std::string(c.name) + "人民政府";
    plan.units.push_back({unit, "县区政府", city_unit});
    plan.sites.push_back(MakeSite(SiteKind::kCounty, 1 + i, seed, unit + "门户网站", unit,
                                  std::string(c.region) + "0001", fmt::format("www.yl{}.gov.cn", c.code)));
  }
  std::vector<std::string> department_units;
  for (int i = 0; i < department_count + disclosure_count; ++i) {
    const DepartmentInfo& d = Departments()[department_names[static_cast<std::size_t>(i)]];
    const std::string unit = std::string(kCityName) + std::string(d.name);
    plan.units.push_back({unit, "市直部门", city_unit});
    department_units.push_back(unit);
    if (i < department_count) {
      const int index = 1 + county_count + i;
      plan.sites.push_back(MakeSite(SiteKind::kDepartment, index, seed, unit + "网站", unit,
                                    fmt::format("539900{:04d}", 2 + i), fmt::format("{}.yunling.gov.cn", d.code)));
    }
  }

  // Plant roles, one object each.
  FarmRandom roles(seed, "roles");
  std::vector<int> counties(static_cast<std::size_t>(county_count));
  std::iota(counties.begin(), counties.end(), 1);
  roles.Shuffle(counties);
  std::vector<int> departments(static_cast<std::size_t>(department_count));
  std::iota(departments.begin(), departments.end(), 1 + county_count);
  roles.Shuffle(departments);
  const int gbk_site = counties[0];
  const int unanswered_site = counties[1];
  const int board_site = counties[2];
  const int unreachable_site = departments[0];
  std::vector<int> pool(counties.begin() + 2, counties.end());
  pool.insert(pool.end(), departments.begin() + 1, departments.end());
  roles.Shuffle(pool);
  const int stale_home_site = pool[0];
  const int stale_columns_site = pool[1];
  const int empty_columns_site = pool[2];
  const int dead_link_site = pool[3];

  plan.sites[0].has_board = true;
  plan.sites[static_cast<std::size_t>(unanswered_site)].has_board = true;
  plan.sites[static_cast<std::size_t>(board_site)].has_board = true;
  plan.sites[static_cast<std::size_t>(gbk_site)].gbk = true;
  plan.sites[static_cast<std::size_t>(unreachable_site)].unreachable = true;

  // Columns.
  std::vector<std::vector<ColumnSpec>> specs(plan.sites.size());
  for (std::size_t i = 0; i < plan.sites.size(); ++i) {
    PlanSite& site = plan.sites[i];
    FarmRandom rng(seed, "columns/" + site.site_code);
    SiteRole role = SiteRole::kNormal;
    if (static_cast<int>(i) == stale_home_site) role = SiteRole::kStaleHomepage;
    if (static_cast<int>(i) == stale_columns_site) role = SiteRole::kStaleColumns;
    if (static_cast<int>(i) == empty_columns_site) role = SiteRole::kEmptyColumns;
    specs[i] = OrdinaryColumns(site.kind, role, rng);
    for (const ColumnSpec& spec : specs[i]) AddColumn(site, spec, "/" + spec.code + "/", site.unit, false);
  }
  // The 信息公开专栏 of the departments without a site, on the portal.
  std::vector<int> disclosure_roles(static_cast<std::size_t>(disclosure_count));
  std::iota(disclosure_roles.begin(), disclosure_roles.end(), 0);
  roles.Shuffle(disclosure_roles);
  const int severe_column = disclosure_roles[0];
  const int pii_column = disclosure_roles[1];
  const int stale_column = disclosure_roles[2];
  const int empty_column = disclosure_roles[3];
  std::vector<int> disclosure_columns;
  for (int j = 0; j < disclosure_count; ++j) {
    const DepartmentInfo& d = Departments()[department_names[static_cast<std::size_t>(department_count + j)]];
    const std::string& unit = department_units[static_cast<std::size_t>(department_count + j)];
    static const ColumnRole kRotation[] = {ColumnRole::kNews, ColumnRole::kNotice, ColumnRole::kPolicy};
    ColumnSpec spec{unit + "信息公开专栏", std::string(d.code), kRotation[j % 3]};
    if (j == pii_column) spec.role = ColumnRole::kNotice;
    if (j == stale_column) {
      spec.role = ColumnRole::kNews;
      spec.newest_days_ago = 40;
    }
    if (j == empty_column) spec.empty = true;
    disclosure_columns.push_back(static_cast<int>(plan.sites[0].columns.size()));
    AddColumn(plan.sites[0], spec, "/zfxxgk/" + spec.code + "/", unit, true);
    specs[0].push_back(spec);
  }

  // Items: the page budget spread over every non-empty column.
  int content_columns = 0;
  for (const auto& site_specs : specs) {
    for (const ColumnSpec& s : site_specs) content_columns += s.empty ? 0 : 1;
  }
  const int per_column = std::max(2, options.pages / std::max(1, content_columns));
  ItemMaker maker(seed, anchor);
  for (std::size_t i = 0; i < plan.sites.size(); ++i) {
    PlanSite& site = plan.sites[i];
    FarmRandom rng(seed, "counts/" + site.site_code);
    int policy = -1;
    int interpretation = -1;
    for (std::size_t c = 0; c < specs[i].size(); ++c) {
      const ColumnSpec& spec = specs[i][c];
      const int count = CountFor(per_column, rng);
      if (spec.empty) continue;
      if (spec.role == ColumnRole::kInterpretation) {
        interpretation = static_cast<int>(c);
        continue;
      }
      if (spec.role == ColumnRole::kPolicy && !site.columns[c].disclosure) policy = static_cast<int>(c);
      maker.Fill(site, static_cast<int>(c), spec, count);
    }
    if (interpretation >= 0 && policy >= 0) maker.Pair(site, policy, interpretation);
  }

  // Planted articles.
  PlanSite& portal = plan.sites[0];
  auto newest_of = [](PlanSite& site, int column, std::size_t k) -> PlanItem& {
    const std::vector<int>& items = site.columns[static_cast<std::size_t>(column)].items;
    return site.items[static_cast<std::size_t>(items[std::min(k, items.size() - 1)])];
  };
  PlanSite& gbk = plan.sites[static_cast<std::size_t>(gbk_site)];
  PlanItem& severe_item = newest_of(gbk, 0, 2);
  severe_item.special = ItemSpecial::kLeaderNameTypo;
  PlanItem& country_item = newest_of(portal, disclosure_columns[static_cast<std::size_t>(severe_column)], 0);
  country_item.special = ItemSpecial::kCountryNameTypo;
  PlanItem& pii_item = newest_of(portal, disclosure_columns[static_cast<std::size_t>(pii_column)], 0);
  pii_item.special = ItemSpecial::kIdNumberTable;
  pii_item.title = fmt::format("关于{}年第一批临时救助对象的公示", pii_item.date.year);
  // A column of its own: the farm has at least 8 专栏 and four carry the other column plants.
  const int typo_column = disclosure_roles[4];
  PlanItem& corpus_typo_item = newest_of(portal, disclosure_columns[static_cast<std::size_t>(typo_column)], 1);
  corpus_typo_item.special = ItemSpecial::kCorpusTypo;
  const int model_typo_column = disclosure_roles[5];
  PlanItem& model_typo_item = newest_of(portal, disclosure_columns[static_cast<std::size_t>(model_typo_column)], 0);
  model_typo_item.special = ItemSpecial::kModelTypo;
  PlanSite& dead = plan.sites[static_cast<std::size_t>(dead_link_site)];
  dead.dead_links = {"/ztzl/index_2019.html", "/zwgk/jgzn_old.html"};
  PlanItem& dead_item = newest_of(dead, 0, 0);
  dead_item.special = ItemSpecial::kDeadLink;
  // The site without a consultation channel shares the dead-link site (a deduction only, so the
  // W-V5.1 veto is what makes it fail): every site up to 8 already holds a plant.
  dead.no_channel = true;

  // Integrity plants, each on a site of its own when the farm has enough sites: injected hidden
  // links (10 sites and more), a list link whose text names another article (10+), a search that
  // finds nothing (11+).
  const int hidden_link_site = pool.size() > 4 ? pool[4] : -1;
  const int mismatch_site = pool.size() > 5 ? pool[5] : -1;
  const int broken_search_site = pool.size() > 6 ? pool[6] : -1;
  if (hidden_link_site >= 0) plan.sites[static_cast<std::size_t>(hidden_link_site)].hidden_links = true;
  if (broken_search_site >= 0) plan.sites[static_cast<std::size_t>(broken_search_site)].broken_search = true;
  if (mismatch_site >= 0) {
    PlanSite& mismatch = plan.sites[static_cast<std::size_t>(mismatch_site)];
    // The same site's homepage is tampered with at noon of the anchor day: the demo crawls its
    // homepage once before that as the baseline.
    mismatch.tamper_from = StartOfDay(anchor) + 12 * 3600;
    const std::vector<int>& items = mismatch.columns.front().items;
    if (!items.empty()) mismatch.mismatched_item = items[std::min<std::size_t>(3, items.size() - 1)];
  }

  // The unmasked ID number of the 公示 table: a real-format area code, a plausible birth date.
  {
    FarmRandom rng(seed, "id-number");
    const std::string first17 = fmt::format("530902{:04d}{:02d}{:02d}{:03d}", rng.Between(1960, 1995),
                                            rng.Between(1, 12), rng.Between(1, 28), rng.Between(10, 998));
    plan.id_number = first17 + IdCheckCharacter(first17);
  }

  PlanAccounts(plan, department_units, roles);
  PlanMessages(plan, unanswered_site, board_site, department_units);

  // The site and column plants.
  auto site_plant = [&](int i, const char* indicator, const char* problem, std::string path, std::string note) {
    const PlanSite& s = plan.sites[static_cast<std::size_t>(i)];
    plan.plants.push_back({indicator, problem, "site", s.name, s.unit, i, std::move(path), std::move(note)});
  };
  auto column_plant = [&](int j, const char* indicator, const char* problem, std::string path, std::string note) {
    const PlanColumn& c = portal.columns[static_cast<std::size_t>(disclosure_columns[static_cast<std::size_t>(j)])];
    plan.plants.push_back({indicator, problem, "column", c.name, c.unit, 0, std::move(path), std::move(note)});
  };
  site_plant(unreachable_site, "W-V2", "站点无法访问", "/", "监测时间点前7天内约15%的15分钟时段返回HTTP 503");
  site_plant(stale_home_site, "W-V3", "首页不更新", "/",
             fmt::format("首页及各栏目最新信息日期为{}", FormatDate(AddDays(anchor, -20))));
  site_plant(stale_columns_site, "W-V4.1", "栏目不更新", "/",
             fmt::format("5个动态要闻类栏目最新信息日期为{}", FormatDate(AddDays(anchor, -30))));
  site_plant(empty_columns_site, "W-V4.3", "空白栏目", "/", "5个栏目显示暂无信息");
  site_plant(dead_link_site, "W-D4.2", "链接不可用", "/",
             fmt::format("首页链接{{base}}{}、{{base}}{}返回404；文章页{{base}}{}含链接{{base}}/ztzl/2019/t20190301_1001.html返回404",
                         dead.dead_links[0], dead.dead_links[1], dead_item.path));
  site_plant(dead_link_site, "W-V5.1", "互动回应差", "/",
             fmt::format("首页仅有网上信访（{{base}}{}）、纪检举报（{{base}}{}）入口，未提供领导信箱等网上咨询建言渠道",
                         FarmPlan::kPetitionPath, FarmPlan::kDisciplinePath));
  if (hidden_link_site >= 0) {
    site_plant(hidden_link_site, "W-V1.3", "存在暗链", "/",
               "首页被植入隐藏区块（外部样式表/css/site.css中的left:-9999px规则），内含指向baijiale、amjs等赌博域名的链接");
  }
  if (mismatch_site >= 0 && plan.sites[static_cast<std::size_t>(mismatch_site)].mismatched_item >= 0) {
    const PlanSite& mismatch = plan.sites[static_cast<std::size_t>(mismatch_site)];
    site_plant(mismatch_site, "W-D4.2", "文不对题",
               mismatch.items[static_cast<std::size_t>(mismatch.mismatched_item)].path,
               "列表中该文章链接文字为“关于开展全县森林草原防灭火专项整治行动的通知”，与文章标题不符");
  }
  if (mismatch_site >= 0) {
    site_plant(mismatch_site, "W-V1.4", "疑似页面被篡改", "/",
               fmt::format("首页自{}起被植入外部脚本{}（基线为此前抓取的首页）",
                           FormatTime(plan.sites[static_cast<std::size_t>(mismatch_site)].tamper_from),
                           FarmPlan::kInjectedScript));
  }
  if (broken_search_site >= 0) {
    site_plant(broken_search_site, "W-D4.1", "站内搜索不可用", "/search", "站内搜索对近期文章标题返回0条结果");
  }
  column_plant(typo_column, "TEXT-TYPO", "错别字", corpus_typo_item.path,
             "文章中“进一布”应为“进一步”（全部站点页面中“进一步”出现逾百次，“进一布”仅此一处）");
  column_plant(model_typo_column, "TEXT-TYPO", "疑似错别字", model_typo_item.path,
               "文章中“营业执造”应为“营业执照”（统计错别字：全部站点页面中并无“营业执照”可供对照）");
  site_plant(gbk_site, "W-V1.1", "严重表述错误", severe_item.path, "GBK编码站点文章中“习近乎”应为“习近平”");
  column_plant(severe_column, "C-V1", "严重表述错误", country_item.path, "“中华人民共合国”应为“中华人民共和国”");
  column_plant(pii_column, "PI-2", "个人隐私泄露", pii_item.path, "公示表格中1个身份证号码未脱敏：" + plan.id_number);
  const PlanColumn& stale_col = portal.columns[static_cast<std::size_t>(disclosure_columns[static_cast<std::size_t>(stale_column)])];
  column_plant(stale_column, "C-V2", "栏目不更新", stale_col.path,
               fmt::format("动态要闻类专栏最新信息日期为{}", FormatDate(AddDays(anchor, -40))));
  const PlanColumn& empty_col = portal.columns[static_cast<std::size_t>(disclosure_columns[static_cast<std::size_t>(empty_column)])];
  column_plant(empty_column, "C-V3", "空白栏目", empty_col.path, "专栏列表页显示暂无信息");

  for (PlanSite& s : plan.sites) {
    if (options.base_port != 0) s.port = options.base_port + static_cast<int>(&s - plan.sites.data());
  }
  return plan;
}

}  // namespace govwatch::farm
