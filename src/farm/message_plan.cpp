#include "farm/plan_parts.hpp"

#include <algorithm>

#include <fmt/core.h>

#include "farm/prose.hpp"

namespace govwatch::farm {

void PlanMessages(FarmPlan& plan, int unanswered_site, int board_site, const std::vector<std::string>& department_units) {
  const std::uint64_t seed = plan.options.seed;
  const Date anchor = plan.options.anchor;
  const PlanSite& portal = plan.sites[0];
  FarmRandom rng(seed, "messages");
  static const char* const kKinds[] = {"简单咨询", "咨询", "建议", "投诉"};
  const int board_sites[] = {0, unanswered_site, 0, board_site, 0};
  std::vector<PlanMessage> messages;
  for (int i = 0; i < 27; ++i) {
    PlanMessage m;
    m.site = board_sites[i % 5];
    m.unit = m.site == 0 ? department_units[static_cast<std::size_t>(
                               rng.Between(0, static_cast<int>(department_units.size()) - 1))]
                         : plan.sites[static_cast<std::size_t>(m.site)].unit;
    const Date d = AddDays(anchor, -rng.Between(5, 100));
    m.received = StartOfDay(d) + rng.Between(8, 20) * 3600 + rng.Between(0, 59) * 60;
    m.replied = StartOfDay(AddDays(d, rng.Between(1, 4))) + rng.Between(9, 17) * 3600 + rng.Between(0, 59) * 60;
    m.kind = kKinds[rng.Between(0, 3)];
    m.title = std::string(MessageTitles()[static_cast<std::size_t>(
        rng.Between(0, static_cast<int>(MessageTitles().size()) - 1))]);
    messages.push_back(std::move(m));
  }
  PlanMessage unanswered;
  unanswered.site = unanswered_site;
  unanswered.unit = plan.sites[static_cast<std::size_t>(unanswered_site)].unit;
  unanswered.received = StartOfDay(AddMonths(anchor, -4)) + 10 * 3600 + 15 * 60;
  unanswered.kind = "咨询";
  unanswered.title = "关于农村饮水工程维修的咨询";
  messages.push_back(unanswered);
  PlanMessage late1;
  late1.site = 0;
  late1.unit = department_units[0];
  late1.received = StartOfDay(AddDays(anchor, -30)) + 9 * 3600 + 40 * 60;
  late1.kind = "简单咨询";
  late1.title = "关于居住证办理材料的咨询";
  messages.push_back(late1);
  PlanMessage late2 = late1;
  late2.unit = department_units[1];
  late2.received = StartOfDay(AddDays(anchor, -20)) + 15 * 3600 + 20 * 60;
  late2.kind = "建议";
  late2.title = "建议延长政务服务大厅周末办理时间";
  messages.push_back(late2);
  // The board of the W-V5.2 site is an HTML 网民留言 board, read through its list and detail pages:
  // the unanswered message is found there, and another that was answered only after waiting more
  // than three months (W-V5.2 counts the wait).
  for (PlanMessage& m : messages) m.on_board = m.site == unanswered_site;
  PlanMessage waited;
  waited.site = unanswered_site;
  waited.unit = plan.sites[static_cast<std::size_t>(unanswered_site)].unit;
  waited.received = StartOfDay(AddDays(anchor, -150)) + 16 * 3600 + 5 * 60;
  waited.replied = StartOfDay(AddDays(anchor, -38)) + 10 * 3600 + 30 * 60;
  waited.kind = "投诉";
  waited.title = "反映小区周边施工噪音扰民的问题";
  waited.on_board = true;
  messages.push_back(waited);
  std::stable_sort(messages.begin(), messages.end(),
                   [](const PlanMessage& a, const PlanMessage& b) { return a.received < b.received; });
  std::string unanswered_id;
  std::string waited_id;
  std::vector<std::string> late_ids;
  for (std::size_t i = 0; i < messages.size(); ++i) {
    PlanMessage& m = messages[i];
    const Date d = DateOf(m.received);
    m.id = fmt::format("YL{:04d}{:02d}{:02d}{:03d}", d.year, d.month, d.day, i + 1);
    if (!m.replied && m.site == unanswered_site) unanswered_id = m.id;
    if (!m.replied && m.site == 0) late_ids.push_back(m.id);
    if (m.on_board && m.received == waited.received && m.title == waited.title) waited_id = m.id;
  }
  plan.messages = std::move(messages);
  const PlanSite& us = plan.sites[static_cast<std::size_t>(unanswered_site)];
  plan.plants.push_back({"W-V5.2", "互动回应差", "site", us.name, us.unit, unanswered_site,
                         std::string(FarmPlan::kBoardPath) + "index.html",
                         fmt::format("网民留言板（HTML列表与详情页）：留言{}于{}收到，超过3个月未答复；留言{}于{}收到，{}"
                                     "才答复，等待超过3个月",
                                     unanswered_id, FormatDate(AddMonths(anchor, -4)), waited_id,
                                     FormatDate(DateOf(waited.received)), FormatDate(DateOf(*waited.replied)))});
  plan.plants.push_back({"M-7", "逾期未办结", "site", portal.name, portal.unit, 0, "/",
                         fmt::format("逾期未办结：{}、{}", late_ids.at(0), late_ids.at(1))});
}

std::string BoardSettingsToml(const FarmPlan& plan) {
  std::string out =
      "# Connector settings for the farm's 网民留言 boards (govwatch inspect --config connectors.toml).\n";
  std::vector<int> boards;
  for (const PlanMessage& m : plan.messages) {
    if (m.on_board && std::find(boards.begin(), boards.end(), m.site) == boards.end()) boards.push_back(m.site);
  }
  for (int i : boards) {
    const PlanSite& s = plan.sites[static_cast<std::size_t>(i)];
    out += fmt::format(
        "\n[[board]]\n"
        "site = \"{}\"  # {}\n"
        "list_url = \"{}{}index.html\"\n"
        "item = \"//table[@class='ly_list']//tr[td]\"\n"
        "id = \"td[1]\"\n"
        "title = \"td[2]/a\"\n"
        "link = \"td[2]/a/@href\"\n"
        "received_at = \"td[3]\"\n"
        "status = \"td[4]\"\n"
        "next_page = \"//div[@class='page']/a[.='下一页']/@href\"\n"
        "max_pages = 20\n"
        "\n  [board.detail]\n"
        "  received_at = \"//span[@class='lysj']\"\n"
        "  replied_at = \"//div[@class='reply']//span[@class='dfsj']\"\n"
        "  kind = \"//span[@class='lylx']\"\n"
        "  unit = \"//p[@class='unit']\"\n",
        s.site_code, s.name, plan.BaseUrl(i), FarmPlan::kBoardPath);
  }
  return out;
}

}  // namespace govwatch::farm
