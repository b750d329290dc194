#include "farm/plan_parts.hpp"

#include <numeric>

#include <fmt/core.h>

#include "farm/prose.hpp"

namespace govwatch::farm {

namespace {

// The department a unit name ("云岭市财政局") belongs to; the unit must be a farm department.
const DepartmentInfo& DepartmentOf(const std::string& unit) {
  for (const DepartmentInfo& d : Departments()) {
    if (unit == std::string(kCityName) + std::string(d.name)) return d;
  }
  return Departments().front();
}

}  // namespace

void PlanAccounts(FarmPlan& plan, const std::vector<std::string>& department_units, FarmRandom& roles) {
  const std::uint64_t seed = plan.options.seed;
  const Date anchor = plan.options.anchor;
  const std::string city_unit = plan.sites[0].unit;
  struct AccountSeed {
    std::string name;
    std::string platform;
    std::string unit;
    std::string id;
  };
  std::vector<AccountSeed> seeds = {{"云岭发布", "微信公众号", city_unit, "ylfb_wx"},
                                    {"云岭政务", "微博", city_unit, "ylzw_wb"}};
  static const char* const kPlatforms[] = {"抖音", "今日头条", "微信公众号", "微博"};
  static const char* const kPlatformCodes[] = {"dy", "tt", "wx", "wb"};
  for (int i = 0; i < 3; ++i) {
    const PlanSite& s = plan.sites[static_cast<std::size_t>(1 + i)];
    const CountyInfo* info = nullptr;
    for (const CountyInfo& c : Counties()) {
      if (s.unit == std::string(c.name) + "人民政府") info = &c;
    }
    seeds.push_back({std::string(info->short_name) + "发布", kPlatforms[i % 4], s.unit,
                     fmt::format("{}fb_{}", info->code, kPlatformCodes[i % 4])});
  }
  for (int i = 0; static_cast<int>(seeds.size()) < 10; ++i) {
    const DepartmentInfo& d = DepartmentOf(department_units[static_cast<std::size_t>(i)]);
    seeds.push_back({std::string(kCityName.substr(0, 6)) + std::string(d.short_name), kPlatforms[(i + 2) % 4],
                     department_units[static_cast<std::size_t>(i)],
                     fmt::format("yl{}_{}", d.code, kPlatformCodes[(i + 2) % 4])});
  }
  std::vector<int> account_roles(seeds.size() - 1);
  std::iota(account_roles.begin(), account_roles.end(), 1);
  roles.Shuffle(account_roles);
  const int stale_account = account_roles[0];
  const int opened_account = account_roles[1];
  const int closed_account = account_roles[2];
  const int no_interaction_account = account_roles[3];
  const int renamed_account = account_roles[4];
  const Date history_start = AddDays(anchor, -120);
  for (std::size_t i = 0; i < seeds.size(); ++i) {
    FarmRandom rng(seed, "account/" + seeds[i].id);
    PlanAccount a;
    a.name = seeds[i].name;
    a.platform = seeds[i].platform;
    a.unit = seeds[i].unit;
    a.account_id = seeds[i].id;
    a.opened = AddMonths(anchor, -rng.Between(18, 60));
    Date newest = AddDays(anchor, -rng.Between(0, 1));
    Date oldest = history_start;
    if (static_cast<int>(i) == stale_account) newest = AddDays(anchor, -21);
    if (static_cast<int>(i) == opened_account) a.opened = oldest = AddDays(anchor, -40);
    if (static_cast<int>(i) == closed_account) {
      a.closed = true;
      a.closed_on = AddDays(anchor, -50);
      newest = *a.closed_on;
    }
    if (static_cast<int>(i) == no_interaction_account) a.interaction = false;
    // Renamed on its platform, not in the registry: "云岭财政" now shows as "云岭融媒资讯".
    if (static_cast<int>(i) == renamed_account) a.feed_title = a.name.substr(0, 6) + "融媒资讯";
    const auto& templates = TitleTemplates(TitleKind::kPost);
    for (Date d = newest; d >= oldest; d = AddDays(d, -rng.Between(1, 3))) {
      PlanPost p;
      p.published = StartOfDay(d) + rng.Between(8, 19) * 3600 + rng.Between(0, 59) * 60;
      const auto topic = Topics()[static_cast<std::size_t>(rng.Between(0, static_cast<int>(Topics().size()) - 1))];
      p.title = FillTemplate(templates[static_cast<std::size_t>(rng.Between(0, static_cast<int>(templates.size()) - 1))],
                             a.unit, topic, d.year);
      const auto& body = BodySentences();
      p.text = std::string(body[static_cast<std::size_t>(rng.Between(0, static_cast<int>(body.size()) - 1))]) +
               std::string(body[static_cast<std::size_t>(rng.Between(0, static_cast<int>(body.size()) - 1))]);
      a.posts.push_back(std::move(p));
    }
    plan.accounts.push_back(std::move(a));
  }
  const PlanAccount& stale = plan.accounts[static_cast<std::size_t>(stale_account)];
  plan.plants.push_back({"N-V2", "内容不更新", "account", stale.name, stale.unit, 0, FarmPlan::FeedPath(stale),
                         fmt::format("最新发文日期为{}，监测时间点前21天无更新", FormatDate(AddDays(anchor, -21)))});
  const PlanAccount& mute = plan.accounts[static_cast<std::size_t>(no_interaction_account)];
  plan.plants.push_back({"N-V3", "互动回应差", "account", mute.name, mute.unit, 0, FarmPlan::FeedPath(mute),
                         "登记的互动功能为“否”，数据源未见开放评论的发文"});
  const PlanAccount& renamed = plan.accounts[static_cast<std::size_t>(renamed_account)];
  plan.plants.push_back({"N-M8", "登记信息与实际不符", "account", renamed.name, renamed.unit, 0,
                         FarmPlan::FeedPath(renamed),
                         fmt::format("登记名称为“{}”，订阅源显示为“{}”（信息类，不计入合格率）", renamed.name,
                                     renamed.feed_title)});
}

}  // namespace govwatch::farm
