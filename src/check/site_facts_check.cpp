#include "check/site_facts_check.hpp"

#include <cstdlib>

#include <fmt/core.h>

#include "check/check_util.hpp"
#include "common/strings.hpp"

namespace govwatch::check {
namespace {

// Severity and points of a problem whose rule gives `points`: a deduction when > 0, else information.
void Weigh(model::Finding& f, double points) {
  f.severity = points > 0 ? model::Severity::kDeduction : model::Severity::kInfo;
  f.points = points > 0 ? points : 0;
}

std::string HostOf(const std::string& url) {
  const std::size_t scheme = url.find("://");
  std::string rest = scheme == std::string::npos ? url : url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#"));
  if (!rest.empty() && rest.front() == '[') return rest.substr(0, rest.find(']') + 1);
  return rest.substr(0, rest.find(':'));
}

}  // namespace

std::optional<double> TlsVersionNumber(std::string_view name) {
  std::string_view n = Trim(name);
  double base = 0;
  if (StartsWith(n, "TLSv")) {
    n.remove_prefix(4);
  } else if (StartsWith(n, "SSLv")) {
    n.remove_prefix(4);
    const int major = n.empty() ? 0 : n.front() - '0';
    if (major < 0 || major > 9) return std::nullopt;
    return major / 10.0;
  } else {
    return std::nullopt;
  }
  if (n.empty() || n.front() < '0' || n.front() > '9') return std::nullopt;
  base = n.front() - '0';
  n.remove_prefix(1);
  if (n.empty()) return base;
  if (n.size() == 2 && n.front() == '.' && n[1] >= '0' && n[1] <= '9') return base + (n[1] - '0') / 10.0;
  return std::nullopt;
}

std::vector<model::Finding> CheckSiteFacts(const SiteObservations& site, const SiteIntegrityObservations& obs,
                                           Timestamp t, const Rules& rules) {
  std::vector<model::Finding> out;
  if (!obs.facts || obs.facts->checked_at > t || obs.facts->checked_at == 0) return out;
  const SiteFactsObservation& facts = *obs.facts;
  const std::string host = HostOf(site.site.url);
  const std::string https_url = "https://" + host + "/";
  const Timestamp at = facts.checked_at;

  // P-14: the most serious HTTPS problem, with every problem seen in the excerpt.
  std::vector<std::string> problems;
  std::string label;
  double points = 0;
  const bool handshake = !facts.tls_version.empty() || facts.cert_not_after.has_value();
  const bool expired = facts.cert_not_after && *facts.cert_not_after < at;
  if (!handshake && !facts.https_ok) {
    label = "未启用HTTPS";
    points = rules.Get("https.missing_points");
    problems.push_back(fmt::format("{}无法建立HTTPS连接（{}）", https_url,
                                   facts.https_error.empty() ? std::string("无响应") : facts.https_error));
  } else {
    if (expired) {
      label = "HTTPS证书已过期";
      points = rules.Get("https.cert_points");
      problems.push_back(fmt::format("证书有效期至{}，检测时已过期", FormatTime(*facts.cert_not_after)));
    } else if (!facts.cert_chain_valid) {
      label = "HTTPS证书无效";
      points = rules.Get("https.cert_points");
      problems.push_back(fmt::format("{}证书链校验失败（{}）", https_url,
                                     facts.https_error.empty() ? std::string("tls") : facts.https_error));
    }
    const int warn_days = rules.GetInt("https.cert_warn_days");
    if (!expired && facts.cert_not_after && warn_days > 0 &&
        *facts.cert_not_after < at + static_cast<Timestamp>(warn_days) * kSecondsPerDay) {
      if (label.empty()) label = "HTTPS证书即将到期";
      problems.push_back(fmt::format("证书有效期至{}，不足{}天", FormatTime(*facts.cert_not_after), warn_days));
    }
    const std::optional<double> version = TlsVersionNumber(facts.tls_version);
    const double min_version = rules.Get("https.min_tls_version");
    if (version && *version + 1e-9 < min_version) {
      if (label.empty()) {
        label = "TLS协议版本过低";
        points = rules.Get("https.old_tls_points");
      }
      problems.push_back(fmt::format("协商的协议版本为{}，低于TLS {:.1f}", facts.tls_version, min_version));
    }
  }
  if (!label.empty()) {
    model::Finding f = detail::MakeFinding("P-14", label, model::ObjectKind::kSite, site.site.name, site.site.unit,
                                           model::Severity::kInfo, t);
    Weigh(f, points);
    f.url = https_url;
    f.seen_at = at;
    f.last_seen_at = at;
    std::string excerpt;
    for (const std::string& p : problems) excerpt += (excerpt.empty() ? "" : "；") + p;
    f.excerpt = excerpt;
    f.detail = f.points > 0 ? fmt::format("网站HTTPS安全访问存在问题：{}，扣{:g}分", label, f.points)
                            : fmt::format("网站HTTPS安全访问存在问题：{}（提示）", label);
    f.suggestion = "部署有效的HTTPS证书（TLS 1.2及以上），并在证书到期前及时续期";
    out.push_back(std::move(f));
  }

  // W-D4.5 / P-13: the homepage over IPv6.
  if (!facts.ipv6_ok) {
    const bool no_address = !facts.aaaa;
    model::Finding f = detail::MakeFinding("W-D4.5", no_address ? "未支持IPv6访问" : "IPv6访问失败",
                                           model::ObjectKind::kSite, site.site.name, site.site.unit,
                                           model::Severity::kInfo, t);
    Weigh(f, rules.Get("ipv6.points"));
    f.url = site.site.url;
    f.seen_at = at;
    f.last_seen_at = at;
    f.excerpt = no_address ? fmt::format("域名{}无IPv6地址（AAAA记录）", host)
                           : fmt::format("域名{}有IPv6地址，但首页经IPv6访问失败（{}）", host,
                                         facts.ipv6_error.empty() ? std::string("无响应") : facts.ipv6_error);
    f.detail = f.points > 0 ? fmt::format("首页不能通过IPv6访问（P-13），扣{:g}分", f.points)
                            : std::string("首页不能通过IPv6访问（P-13，提示）");
    f.suggestion = "完成网站IPv6改造，确保首页及二、三级页面可通过IPv6正常访问";
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace govwatch::check
