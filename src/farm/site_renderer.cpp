#include "farm/site_renderer.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/core.h>

#include "common/charset.hpp"
#include "common/strings.hpp"
#include "farm/farm_random.hpp"
#include "farm/gbk_encoder.hpp"
#include "farm/prose.hpp"

namespace govwatch::farm {

namespace {

constexpr int kItemsPerPage = 20;
constexpr std::string_view kStyle =
    "<style>body{margin:0;font-family:\"Microsoft YaHei\",SimSun,sans-serif;font-size:14px;color:#333}"
    ".w{width:1000px;margin:0 auto}.top{background:#b81c22;color:#fff;padding:16px 0}"
    ".nav a{display:inline-block;padding:8px 14px}.date{float:right;color:#999}"
    ".footer{border-top:3px solid #b81c22;margin-top:20px;padding:12px 0;text-align:center;color:#666}</style>\n";

// Parses "index.html" (page 0) or "index_N.html"; -1 when the file is neither.
int ListPageNumber(std::string_view file) {
  if (file.empty() || file == "index.html") return 0;
  if (!StartsWith(file, "index_") || !EndsWith(file, ".html")) return -1;
  const std::string_view digits = file.substr(6, file.size() - 6 - 5);
  int n = 0;
  const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
  if (ec != std::errc() || end != digits.data() + digits.size() || n <= 0) return -1;
  return n;
}

std::string PageFile(int page) { return page == 0 ? "index.html" : fmt::format("index_{}.html", page); }

std::string TimeOfItem(const PlanItem& item) {
  return fmt::format("{} {:02d}:{:02d}", FormatDate(item.date), item.minute_of_day / 60, item.minute_of_day % 60);
}

}  // namespace

std::string HtmlEscape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string Rfc822Time(Timestamp t) {
  static constexpr const char* kDays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const CivilTime c = ToCivil(t);
  return fmt::format("{}, {:02d} {} {:04d} {:02d}:{:02d}:{:02d} +0800", kDays[IsoWeekday(c.date) - 1], c.date.day,
                     kMonths[c.date.month - 1], c.date.year, c.hour, c.minute, c.second);
}

SiteRenderer::SiteRenderer(const FarmPlan& plan, int site)
    : plan_(plan), site_(plan.sites[static_cast<std::size_t>(site)]), index_(site) {
  nav_ = "<div class=\"top\"><div class=\"w\"><span class=\"logo\">" + HtmlEscape(site_.name) +
         "</span>\n<form class=\"search\" action=\"/search\" method=\"get\"><input type=\"text\" name=\"q\" "
         "placeholder=\"请输入关键词\"><button type=\"submit\">搜索</button></form></div></div>\n"
         "<div class=\"nav w\"><a href=\"/\">首页</a>";
  for (const PlanColumn& c : site_.columns) {
    if (c.disclosure) continue;
    nav_ += "<a href=\"" + c.path + "\">" + HtmlEscape(c.name) + "</a>";
  }
  if (site_.no_channel) {
    nav_ += fmt::format("<a href=\"{}\">网上信访</a><a href=\"{}\">纪检举报</a>", FarmPlan::kPetitionPath,
                        FarmPlan::kDisciplinePath);
  } else {
    nav_ += fmt::format("<a href=\"{}\">{}</a>", FarmPlan::kMailboxPath, MailboxName());
  }
  nav_ += "<a href=\"/jggk/\">机构概况</a><a href=\"/lxwm/\">联系我们</a></div>\n";

  footer_ = "<div class=\"footer\"><div class=\"w\">\n<p>主办单位：" + HtmlEscape(site_.unit) +
            "&nbsp;&nbsp;联系电话：" + site_.phone + "</p>\n<p>网站标识码：" + site_.site_code +
            "&nbsp;&nbsp;<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\">" + site_.icp +
            "</a>&nbsp;&nbsp;<a href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=" +
            site_.psb_digits + "\" target=\"_blank\">" + site_.psb + "</a></p>\n<p><a href=\"https://bszs.conac.cn/sitename?method=show&amp;id=" +
            site_.site_code + "\" target=\"_blank\">党政机关网站标识</a>&nbsp;&nbsp;"
            "<a href=\"https://zfwzzc.www.gov.cn/check_web/errorInfo_querySiteInfo.action?websitecode=" +
            site_.site_code + "\" target=\"_blank\">我为政府网站找错</a></p>\n</div></div>\n</body>\n</html>\n";
}

std::string SiteRenderer::Open(std::string_view title, std::string_view extra_meta) const {
  std::string out;
  out.reserve(8192);
  out += "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"";
  out += site_.gbk ? "gbk" : "utf-8";
  out += "\">\n<title>";
  out += HtmlEscape(title);
  out += "</title>\n<meta name=\"SiteName\" content=\"";
  out += HtmlEscape(site_.name);
  out += "\">\n<meta name=\"SiteDomain\" content=\"";
  out += site_.domain;
  out += "\">\n<meta name=\"SiteIDCode\" content=\"";
  out += site_.site_code;
  out += "\">\n";
  out += extra_meta;
  out += "<link rel=\"stylesheet\" type=\"text/css\" href=\"";
  out += FarmPlan::kStylesheetPath;
  out += "\">\n";
  out += kStyle;
  out += "</head>\n<body>\n";
  out += nav_;
  return out;
}

FarmResponse SiteRenderer::Html(int status, std::string html) const {
  FarmResponse r;
  r.status = status;
  if (site_.gbk) {
    r.content_type = "text/html; charset=gbk";
    r.body = Utf8ToGbk(html);
  } else {
    r.content_type = "text/html; charset=utf-8";
    r.body = std::move(html);
  }
  return r;
}

FarmResponse SiteRenderer::NotFound() const {
  std::string html = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"";
  html += site_.gbk ? "gbk" : "utf-8";
  html += "\">\n<title>404 页面不存在</title>\n</head>\n<body>\n<h1>404</h1>\n<p>您访问的页面不存在或已删除。</p>\n"
          "<p><a href=\"/\">返回首页</a></p>\n</body>\n</html>\n";
  return Html(404, std::move(html));
}

FarmResponse SiteRenderer::Unavailable() const {
  std::string html = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"";
  html += site_.gbk ? "gbk" : "utf-8";
  html += "\">\n<title>503 Service Unavailable</title>\n</head>\n<body>\n<h1>503 Service Unavailable</h1>\n"
          "</body>\n</html>\n";
  return Html(503, std::move(html));
}

std::string SiteRenderer::DateText(const Date& d) const {
  switch (site_.date_style) {
    case 1: return "[" + FormatDate(d) + "]";
    case 2: return fmt::format("{:04d}年{:02d}月{:02d}日", d.year, d.month, d.day);
    default: return FormatDate(d);
  }
}

std::vector<int> SiteRenderer::VisibleItems(const PlanColumn& column, Timestamp now) const {
  // Items are newest first, so the hidden ones form a prefix.
  std::size_t first = 0;
  while (first < column.items.size() &&
         now < VisibleFrom(site_.items[static_cast<std::size_t>(column.items[first])].date)) {
    ++first;
  }
  return std::vector<int>(column.items.begin() + static_cast<std::ptrdiff_t>(first), column.items.end());
}

namespace {
constexpr std::string_view kMismatchedTitle = "关于开展全县森林草原防灭火专项整治行动的通知";
}  // namespace

void SiteRenderer::AppendList(std::string& out, const std::vector<int>& items) const {
  static constexpr const char* kOpen[] = {"<ul class=\"news-list\">\n", "<table class=\"list-table\">\n",
                                          "<div class=\"list-box\">\n"};
  static constexpr const char* kClose[] = {"</ul>\n", "</table>\n", "</div>\n"};
  const int m = site_.markup;
  out += kOpen[m];
  for (int i : items) {
    const PlanItem& item = site_.items[static_cast<std::size_t>(i)];
    // The 文不对题 plant: the list names another article than the one linked.
    const std::string title = HtmlEscape(i == site_.mismatched_item ? std::string(kMismatchedTitle) : item.title);
    const std::string date = DateText(item.date);
    switch (m) {
      case 0:
        out += "<li><a href=\"" + item.path + "\" target=\"_blank\" title=\"" + title + "\">" + title +
               "</a><span class=\"date\">" + date + "</span></li>\n";
        break;
      case 1:
        out += "<tr><td class=\"title\"><a href=\"" + item.path + "\">" + title + "</a></td><td class=\"date\">" +
               date + "</td></tr>\n";
        break;
      default:
        out += "<div class=\"list-row\"><a href=\"" + item.path + "\">" + title + "</a><em>" + date + "</em></div>\n";
        break;
    }
  }
  out += kClose[m];
}

FarmResponse SiteRenderer::Homepage(Timestamp now) const {
  std::string out = Open(site_.name, "<meta name=\"ColumnName\" content=\"首页\">\n<meta name=\"ColumnType\" content=\"首页\">\n");
  out += "<div class=\"main w\">\n";
  // The news block feeds from the first column, the notice block from the first notice column.
  auto block = [&](const PlanColumn& c, const char* heading, std::size_t count) {
    std::vector<int> items = VisibleItems(c, now);
    if (items.size() > count) items.resize(count);
    out += "<div class=\"block\"><h3>";
    out += heading;
    out += "<a class=\"more\" href=\"" + c.path + "\">更多</a></h3>\n";
    if (items.empty()) {
      out += "<div class=\"list-empty\">暂无信息</div>\n";
    } else {
      AppendList(out, items);
    }
    out += "</div>\n";
  };
  block(site_.columns.front(), "最新动态", 8);
  for (const PlanColumn& c : site_.columns) {
    if (c.role == ColumnRole::kNotice && !c.disclosure) {
      block(c, "通知公告", 6);
      break;
    }
  }
  bool any_disclosure = false;
  for (const PlanColumn& c : site_.columns) {
    if (!c.disclosure) continue;
    if (!any_disclosure) out += "<div class=\"block\"><h3>部门信息公开专栏</h3>\n<ul class=\"zl-list\">\n";
    any_disclosure = true;
    out += "<li><a href=\"" + c.path + "\">" + HtmlEscape(c.name) + "</a></li>\n";
  }
  if (any_disclosure) out += "</ul></div>\n";
  if (!site_.dead_links.empty()) {
    out += "<div class=\"block\"><h3>专题专栏</h3>\n<ul>\n<li><a href=\"" + site_.dead_links[0] +
           "\">营商环境专题</a></li>\n<li><a href=\"" + site_.dead_links[1] + "\">机构职能（旧版）</a></li>\n</ul></div>\n";
  }
  if (site_.hidden_links) {
    // The W-V1.3 plant: a block injected into the template, moved off-screen (the targets are
    // reserved .example names, never fetched: the crawler stays on the site).
    // The block's class is moved off-screen by a rule added to the site's style sheet.
    out += "<div class=\"gg-x\"><a "
           "href=\"http://www.baijiale-8888.example/\" target=\"_blank\">热点资讯</a> <a "
           "href=\"http://amjs-vip.example/\">在线服务</a></div>\n";
  }
  if (site_.tamper_from != 0 && now >= site_.tamper_from) {
    // The W-V1.4 plant: a statistics script the site never had, injected into the homepage.
    out += fmt::format("<script type=\"text/javascript\" src=\"{}\"></script>\n", FarmPlan::kInjectedScript);
  }
  if (site_.has_board) {
    out += "<div class=\"block\"><h3>互动交流</h3><p>欢迎通过网民留言平台反映问题、提出意见建议，"
           "我们将按规定及时办理答复。</p></div>\n";
  }
  out += "</div>\n";
  out += footer_;
  return Html(200, std::move(out));
}

FarmResponse SiteRenderer::ListPage(int column_index, int page, Timestamp now) const {
  const PlanColumn& c = site_.columns[static_cast<std::size_t>(column_index)];
  const std::vector<int> visible = VisibleItems(c, now);
  const int total = static_cast<int>(visible.size());
  const int pages = std::max(1, (total + kItemsPerPage - 1) / kItemsPerPage);
  if (page >= pages) return NotFound();
  const std::string meta = "<meta name=\"ColumnName\" content=\"" + HtmlEscape(c.name) +
                           "\">\n<meta name=\"ColumnType\" content=\"" + c.type_label +
                           "\">\n<meta name=\"ColumnDescription\" content=\"发布" + HtmlEscape(c.unit) +
                           HtmlEscape(c.name) + "信息\">\n<meta name=\"ColumnKeywords\" content=\"" +
                           HtmlEscape(c.name) + "," + c.type_label + "\">\n";
  std::string out = Open(c.name + "_" + site_.name, meta);
  out += "<div class=\"main w\">\n<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"" + c.path +
         "\">" + HtmlEscape(c.name) + "</a></div>\n<h2 class=\"column-title\">" + HtmlEscape(c.name) + "</h2>\n";
  if (visible.empty()) {
    out += "<div class=\"list-empty\">暂无信息</div>\n";
  } else {
    const auto from = visible.begin() + page * kItemsPerPage;
    const auto to = visible.begin() + std::min(total, (page + 1) * kItemsPerPage);
    AppendList(out, std::vector<int>(from, to));
    if (pages > 1) {
      out += "<div class=\"page\"><a href=\"index.html\">首页</a>";
      if (page > 0) out += "<a href=\"" + PageFile(page - 1) + "\">上一页</a>";
      if (page + 1 < pages) out += "<a href=\"" + PageFile(page + 1) + "\">下一页</a>";
      out += "<a href=\"" + PageFile(pages - 1) + "\">尾页</a>";
      out += fmt::format("<span>共{}条 第{}/{}页</span></div>\n", total, page + 1, pages);
    }
  }
  out += "</div>\n";
  out += footer_;
  return Html(200, std::move(out));
}

void SiteRenderer::AppendBody(std::string& out, const PlanItem& item) const {
  const PlanColumn& c = site_.columns[static_cast<std::size_t>(item.column)];
  const auto& openings = OpeningSentences();
  const auto& body = BodySentences();
  const std::string_view topic = Topics()[static_cast<std::size_t>(item.topic)];
  std::uint64_t h = item.hash;
  out += "<p>" +
         HtmlEscape(FillTemplate(openings[h % openings.size()], c.unit, topic, item.date.year)) + "</p>\n";
  const int paragraphs = 2 + static_cast<int>((h >> 8) % 4);
  for (int p = 0; p < paragraphs; ++p) {
    h = Mix64(h);
    out += "<p>";
    out += body[h % body.size()];
    out += body[(h >> 16) % body.size()];
    out += "</p>\n";
  }
  switch (item.special) {
    case ItemSpecial::kLeaderNameTypo:
      out += "<p>会议要求，全县各级各部门要深入学习贯彻习近乎新时代中国特色社会主义思想，扎实做好各项工作。</p>\n";
      break;
    case ItemSpecial::kCountryNameTypo:
      out += "<p>根据《中华人民共合国政府信息公开条例》有关规定，现将相关信息予以公开。</p>\n";
      break;
    case ItemSpecial::kCorpusTypo:
      out += "<p>会议要求，要进一布加强统筹协调，确保各项任务按时完成。</p>\n";
      break;
    case ItemSpecial::kModelTypo:
      out += "<p>群众可到政务服务中心办理营业执造变更手续。</p>\n";
      break;
    case ItemSpecial::kDeadLink:
      out += "<p>往期工作情况请参阅<a href=\"/ztzl/2019/t20190301_1001.html\">专题回顾</a>。</p>\n";
      break;
    case ItemSpecial::kIdNumberTable: {
      out += fmt::format("<p>根据有关规定，经审核，现将{}年第一批临时救助对象名单予以公示，公示期为5个工作日。</p>\n",
                         item.date.year);
      out += "<table class=\"gs-table\" border=\"1\">\n<tr><th>姓名</th><th>性别</th><th>身份证号码</th><th>住址</th></tr>\n";
      FarmRandom rng(plan_.options.seed, "pii-table");
      const auto& names = PersonNames();
      const auto& towns = TownNames();
      const int leak_row = rng.Between(0, 4);
      for (int row = 0; row < 5; ++row) {
        std::string id;
        if (row == leak_row) {
          id = plan_.id_number;
        } else {
          const std::string first17 = fmt::format("530902{:04d}{:02d}{:02d}{:03d}", rng.Between(1955, 1998),
                                                  rng.Between(1, 12), rng.Between(1, 28), rng.Between(10, 998));
          id = "530902********" + first17.substr(14) + IdCheckCharacter(first17);
        }
        const bool male = (id[16] - '0') % 2 == 1;
        out += "<tr><td>" + std::string(names[static_cast<std::size_t>(row)]) + "</td><td>" + (male ? "男" : "女") +
               "</td><td>" + id + "</td><td>" + std::string(kCityName) +
               std::string(towns[static_cast<std::size_t>(row)]) + "</td></tr>\n";
      }
      out += "</table>\n<p>公示期间，如有异议，请以书面形式向" + HtmlEscape(c.unit) + "反映。</p>\n";
      break;
    }
    case ItemSpecial::kNone:
      break;
  }
}

FarmResponse SiteRenderer::Article(int item_index, Timestamp now) const {
  const PlanItem& item = site_.items[static_cast<std::size_t>(item_index)];
  if (now < VisibleFrom(item.date)) return NotFound();
  const PlanColumn& c = site_.columns[static_cast<std::size_t>(item.column)];
  const std::string title = HtmlEscape(item.title);
  const std::string time = TimeOfItem(item);
  std::string meta = "<meta name=\"ArticleTitle\" content=\"" + title + "\">\n<meta name=\"PubDate\" content=\"" + time +
                     "\">\n<meta name=\"ContentSource\" content=\"" + HtmlEscape(c.unit) +
                     "\">\n<meta name=\"ColumnName\" content=\"" + HtmlEscape(c.name) +
                     "\">\n<meta name=\"ColumnType\" content=\"" + c.type_label + "\">\n";
  std::string out = Open(item.title + "_" + site_.name, meta);
  out += "<div class=\"main w\">\n<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"" + c.path + "\">" +
         HtmlEscape(c.name) + "</a></div>\n<div class=\"article\">\n<h1>" + title +
         "</h1>\n<div class=\"info\">发布时间：" + time + "&nbsp;&nbsp;来源：" + HtmlEscape(c.unit) +
         "</div>\n<div class=\"content\">\n";
  AppendBody(out, item);
  out += "</div>\n";
  if (item.linked_item >= 0) {
    const PlanItem& other = site_.items[static_cast<std::size_t>(item.linked_item)];
    out += c.role == ColumnRole::kInterpretation ? "<div class=\"relation\">相关文件：" : "<div class=\"relation\">相关解读：";
    out += "<a href=\"" + other.path + "\">" + HtmlEscape(other.title) + "</a></div>\n";
  }
  out += "</div>\n<div class=\"side\"><h3>相关文章</h3>\n<ul>\n";
  const auto at = std::find(c.items.begin(), c.items.end(), item_index);
  for (auto it = at + 1; it != c.items.end() && it <= at + 5; ++it) {
    const PlanItem& other = site_.items[static_cast<std::size_t>(*it)];
    out += "<li><a href=\"" + other.path + "\">" + HtmlEscape(other.title) + "</a><span class=\"date\">" +
           FormatDate(other.date) + "</span></li>\n";
  }
  out += "</ul></div>\n</div>\n";
  out += footer_;
  return Html(200, std::move(out));
}

FarmResponse SiteRenderer::StaticPage(bool contact) const {
  const char* name = contact ? "联系我们" : "机构概况";
  std::string out = Open(std::string(name) + "_" + site_.name, "");
  out += "<div class=\"main w\">\n<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; ";
  out += name;
  out += "</div>\n<div class=\"article\">\n<h1>";
  out += name;
  out += "</h1>\n";
  if (contact) {
    out += "<p>主办单位：" + HtmlEscape(site_.unit) + "</p>\n<p>联系电话：" + site_.phone +
           "</p>\n<p>办公时间：工作日上午8:30至12:00，下午14:30至18:00。</p>\n";
  } else {
    out += "<p>" + HtmlEscape(site_.unit) +
           (site_.kind == SiteKind::kDepartment ? "是云岭市人民政府的工作部门。" : "是本行政区域的国家行政机关。") +
           "</p>\n<p>主要职责：贯彻执行有关法律法规和政策措施；承担职责范围内的政务公开和政务服务工作；"
           "完成上级交办的其他任务。</p>\n";
  }
  out += "</div>\n</div>\n";
  out += footer_;
  return Html(200, std::move(out));
}

FarmResponse SiteRenderer::Stylesheet() const {
  std::string css =
      "/* site template */\n.nav{background:#f5f5f5;border-bottom:1px solid #ddd}\n.crumb{padding:8px 0;color:#666}\n"
      ".block{margin:12px 0}.block h3{border-left:4px solid #b81c22;padding-left:8px}\n"
      ".xx_form label{display:inline-block;width:80px}.xx_form textarea{width:600px}\n";
  // The W-V1.3 plant: the rule that hides the injected block lives in the linked sheet only.
  if (site_.hidden_links) css += ".gg-x{position:absolute;left:-9999px;top:-9999px}\n";
  return {200, "text/css; charset=utf-8", std::move(css)};
}

std::string SiteRenderer::MailboxName() const { return site_.kind == SiteKind::kPortal ? "市长信箱" : "领导信箱"; }

FarmResponse SiteRenderer::ChannelPage(std::string_view name, std::string_view path) const {
  std::string out = Open(std::string(name) + "_" + site_.name, "");
  out += "<div class=\"main w\">\n<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; 互动交流 &gt; ";
  out += name;
  out += "</div>\n<div class=\"article\">\n<h1>";
  out += name;
  out += "</h1>\n<p>请如实填写以下内容，我们将在规定时限内办理并答复。</p>\n";
  out += fmt::format("<form class=\"xx_form\" action=\"{}\" method=\"post\">\n", path);
  out += "<p><label for=\"xm\">姓名</label><input type=\"text\" id=\"xm\" name=\"xm\"></p>\n"
         "<p><label for=\"dh\">联系电话</label><input type=\"text\" id=\"dh\" name=\"dh\"></p>\n"
         "<p><label for=\"title\">标题</label><input type=\"text\" id=\"title\" name=\"title\"></p>\n"
         "<p><label for=\"content\">内容</label><textarea id=\"content\" name=\"content\" rows=\"8\"></textarea></p>\n"
         "<p><button type=\"submit\">提交</button></p>\n</form>\n</div>\n</div>\n";
  out += footer_;
  return Html(200, std::move(out));
}

FarmResponse SiteRenderer::Search(std::string_view query, Timestamp now) const {
  std::string out = Open("搜索结果_" + site_.name, "");
  out += "<div class=\"main w\">\n<h2>搜索结果</h2>\n";
  // A GBK site's form sends GBK bytes (a UTF-8 query is read as is).
  const std::string q(Trim(site_.gbk && !IsValidUtf8(query) ? ToUtf8(query, "gbk").text : std::string(query)));
  if (q.empty()) {
    out += "<p>请输入关键词。</p>\n";
  } else {
    std::vector<int> hits;
    for (const PlanColumn& c : site_.columns) {
      if (site_.broken_search) break;  // the W-D4.1 plant: an index that never filled
      for (int i : VisibleItems(c, now)) {
        if (Contains(site_.items[static_cast<std::size_t>(i)].title, q)) hits.push_back(i);
      }
    }
    std::sort(hits.begin(), hits.end(), [this](int a, int b) {
      return site_.items[static_cast<std::size_t>(a)].date > site_.items[static_cast<std::size_t>(b)].date;
    });
    out += fmt::format("<p>共找到{}条结果。</p>\n", hits.size());
    if (hits.size() > kItemsPerPage) hits.resize(kItemsPerPage);
    if (!hits.empty()) AppendList(out, hits);
  }
  out += "</div>\n";
  out += footer_;
  return Html(200, std::move(out));
}

FarmResponse SiteRenderer::Feed(const PlanAccount& account, Timestamp now) const {
  const std::string base = plan_.BaseUrl(index_);
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">\n<channel>\n<title>" +
                    HtmlEscape(account.feed_title.empty() ? account.name : account.feed_title) + "</title>\n<link>" + base + "/</link>\n<description>" +
                    HtmlEscape(account.unit + account.platform) + "</description>\n<language>zh-cn</language>\n";
  const int count = static_cast<int>(account.posts.size());
  for (int k = 0; k < count; ++k) {
    const PlanPost& p = account.posts[static_cast<std::size_t>(k)];
    if (now < p.published) continue;
    const std::string link = fmt::format("{}/feeds/{}/{}.html", base, account.account_id, count - 1 - k);
    out += "<item>\n<title>" + HtmlEscape(p.title) + "</title>\n<link>" + link + "</link>\n<guid>" + link +
           "</guid>\n<pubDate>" + Rfc822Time(p.published) + "</pubDate>\n<description>" + HtmlEscape(p.text) +
           "</description>\n</item>\n";
  }
  out += "</channel>\n</rss>\n";
  return {200, "application/rss+xml; charset=utf-8", std::move(out)};
}

FarmResponse SiteRenderer::PostPage(const PlanAccount& account, int number, Timestamp now) const {
  const int count = static_cast<int>(account.posts.size());
  if (number < 0 || number >= count) return NotFound();
  const PlanPost& p = account.posts[static_cast<std::size_t>(count - 1 - number)];
  if (now < p.published) return NotFound();
  std::string out = Open(p.title + "_" + account.name, "");
  out += "<div class=\"main w\">\n<div class=\"article\">\n<h1>" + HtmlEscape(p.title) + "</h1>\n<div class=\"info\">发布时间：" +
         FormatTime(p.published).substr(0, 16) + "&nbsp;&nbsp;来源：" + HtmlEscape(account.name) + "</div>\n<p>" +
         HtmlEscape(p.text) + "</p>\n</div>\n</div>\n";
  out += footer_;
  return Html(200, std::move(out));
}

namespace {

constexpr int kBoardPageSize = 5;

// "2022年03月01日", as boards print dates in their lists.
std::string ChineseDate(Timestamp t) {
  const Date d = DateOf(t);
  return fmt::format("{}年{:02d}月{:02d}日", d.year, d.month, d.day);
}

// "2022年3月3日 16时40分", as boards print reply times.
std::string ChineseTime(Timestamp t) {
  const CivilTime c = ToCivil(t);
  return fmt::format("{}年{}月{}日 {}时{:02d}分", c.date.year, c.date.month, c.date.day, c.hour, c.minute);
}

}  // namespace

FarmResponse SiteRenderer::Board(std::string_view rest, Timestamp now) const {
  if (rest.empty() || rest == "index.html") return BoardList(0, now);
  if (StartsWith(rest, "index_") && EndsWith(rest, ".html")) {
    const std::string_view digits = rest.substr(6, rest.size() - 11);
    int n = -1;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
    if (ec == std::errc() && end == digits.data() + digits.size() && n > 0) return BoardList(n, now);
    return NotFound();
  }
  for (const PlanMessage& m : plan_.messages) {
    if (m.on_board && m.site == index_ && m.received <= now && rest == m.id + ".html") return BoardMessage(m, now);
  }
  return NotFound();
}

FarmResponse SiteRenderer::BoardList(int page, Timestamp now) const {
  std::vector<const PlanMessage*> shown;  // newest first
  for (const PlanMessage& m : plan_.messages) {
    if (m.on_board && m.site == index_ && m.received <= now) shown.push_back(&m);
  }
  if (shown.empty()) return NotFound();
  std::stable_sort(shown.begin(), shown.end(),
                   [](const PlanMessage* a, const PlanMessage* b) { return a->received > b->received; });
  const int pages = (static_cast<int>(shown.size()) + kBoardPageSize - 1) / kBoardPageSize;
  if (page >= pages) return NotFound();
  std::string out = Open("网民留言_" + site_.name, "");
  out += "<div class=\"main w\">\n<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; 互动交流 &gt; "
         "网民留言</div>\n<table class=\"ly_list\">\n<tr><th>留言编号</th><th>留言标题</th><th>留言时间</th>"
         "<th>办理状态</th></tr>\n";
  const int last = std::min((page + 1) * kBoardPageSize, static_cast<int>(shown.size()));
  for (int k = page * kBoardPageSize; k < last; ++k) {
    const PlanMessage& m = *shown[static_cast<std::size_t>(k)];
    const bool done = m.replied && *m.replied <= now;
    out += fmt::format("<tr><td>{}</td><td><a href=\"{}.html\" target=\"_blank\">{}</a></td><td>{}</td><td>{}</td></tr>\n",
                       m.id, m.id, HtmlEscape(m.title), ChineseDate(m.received), done ? "已办结" : "办理中");
  }
  out += "</table>\n<div class=\"page\">";
  out += fmt::format("<span>共{}条 第{}/{}页</span>", shown.size(), page + 1, pages);
  if (page > 0) out += fmt::format(" <a href=\"{}\">上一页</a>", page == 1 ? "index.html" : fmt::format("index_{}.html", page - 1));
  if (page + 1 < pages) out += fmt::format(" <a href=\"index_{}.html\">下一页</a>", page + 1);
  out += "</div>\n</div>\n";
  out += footer_;
  return Html(200, std::move(out));
}

FarmResponse SiteRenderer::BoardMessage(const PlanMessage& m, Timestamp now) const {
  std::string out = Open(m.title + "_网民留言_" + site_.name, "");
  out += "<div class=\"main w\">\n<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"index.html\">"
         "网民留言</a> &gt; 留言详情</div>\n<div class=\"ly_detail\">\n<h1>" +
         HtmlEscape(m.title) + "</h1>\n";
  out += fmt::format("<p class=\"meta\"><span class=\"lybh\">留言编号：{}</span>\u3000<span class=\"lysj\">留言时间：{}"
                     "</span>\u3000<span class=\"lylx\">留言类型：{}</span></p>\n",
                     m.id, FormatTime(m.received), m.kind);
  out += "<p class=\"unit\">受理单位：" + HtmlEscape(m.unit) + "</p>\n<div class=\"content\"><p>您好！" +
         HtmlEscape(m.title) + "，希望有关部门予以答复。</p></div>\n";
  if (m.replied && *m.replied <= now) {
    out += "<div class=\"reply\">\n<h3>答复内容</h3>\n<p class=\"meta\">答复单位：" + HtmlEscape(m.unit) +
           "\u3000<span class=\"dfsj\">答复时间：" + ChineseTime(*m.replied) +
           "</span></p>\n<p>您好！您反映的问题已收悉，经核实，我单位已按规定办理。感谢您的关注与支持。</p>\n</div>\n";
  } else {
    out += "<div class=\"reply\"><p>该留言正在办理中，请耐心等待。</p></div>\n";
  }
  out += "</div>\n</div>\n";
  out += footer_;
  return Html(200, std::move(out));
}

FarmResponse SiteRenderer::Render(std::string_view path, std::string_view query, Timestamp now) const {
  if (path.empty() || path == "/" || path == "/index.html" || path == "/index.htm") return Homepage(now);
  if (path == "/robots.txt") return {200, "text/plain; charset=utf-8", "User-agent: *\nAllow: /\n"};
  if (path == FarmPlan::kStylesheetPath) return Stylesheet();
  if (path == "/search") return Search(query, now);
  if (path == "/jggk/" || path == "/jggk/index.html") return StaticPage(false);
  if (path == "/lxwm/" || path == "/lxwm/index.html") return StaticPage(true);
  if (path == FarmPlan::kMailboxPath && !site_.no_channel) return ChannelPage(MailboxName(), path);
  if (path == FarmPlan::kPetitionPath && site_.no_channel) return ChannelPage("网上信访", path);
  if (path == FarmPlan::kDisciplinePath && site_.no_channel) return ChannelPage("纪检举报", path);
  if (index_ == 0 && StartsWith(path, "/feeds/")) {
    const std::string_view rest = path.substr(7);
    for (const PlanAccount& a : plan_.accounts) {
      if (rest == a.account_id + ".xml") return Feed(a, now);
      if (StartsWith(rest, a.account_id + "/") && EndsWith(rest, ".html")) {
        const std::string_view digits = rest.substr(a.account_id.size() + 1, rest.size() - a.account_id.size() - 6);
        int n = -1;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), n);
        if (ec == std::errc() && end == digits.data() + digits.size()) return PostPage(a, n, now);
      }
    }
    return NotFound();
  }
  if (StartsWith(path, FarmPlan::kBoardPath)) {
    return Board(path.substr(std::string_view(FarmPlan::kBoardPath).size()), now);
  }
  const std::size_t slash = path.rfind('/');
  const std::string dir(path.substr(0, slash + 1));
  if (auto it = site_.column_by_path.find(dir); it != site_.column_by_path.end()) {
    const int page = ListPageNumber(path.substr(slash + 1));
    if (page >= 0) return ListPage(it->second, page, now);
  }
  if (auto it = site_.item_by_path.find(std::string(path)); it != site_.item_by_path.end()) {
    return Article(it->second, now);
  }
  return NotFound();
}

}  // namespace govwatch::farm
