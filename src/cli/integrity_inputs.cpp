#include "cli/integrity_inputs.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include "check/channel_check.hpp"
#include "check/hidden_link_check.hpp"
#include "cli/stylesheets.hpp"
#include "common/strings.hpp"
#include "crawl/url.hpp"
#include "crawl/work_pool.hpp"
#include "extract/hidden_links.hpp"
#include "extract/message_channel.hpp"
#include "extract/page_extractor.hpp"

namespace govwatch::cli {
namespace {

// Pages read for hidden links per site and judgement: the homepage and column lists first.
constexpr std::size_t kMaxHiddenLinkPages = 3000;
// List snapshots read per column.
constexpr int kMaxColumnSnapshots = 400;

// The version of a stored page the tamper check compares: title, readable text (main text and
// link texts, so that a homepage made of lists has text too) and external scripts and frames.
check::PageVersion VersionOf(const model::Page& page, const std::string& body) {
  const extract::PageFacts facts = extract::ExtractPage(body, page.url);
  check::PageVersion v;
  v.snapshot_id = page.id;
  v.fetched_at = page.fetched_at;
  v.title = facts.title;
  v.text = facts.main_text;
  for (const extract::ExtractedLink& l : facts.links) {
    if (l.tag == "script" || l.tag == "iframe") {
      v.scripts.push_back(l.url);
    } else if (l.tag == "a" && !l.text.empty()) {
      v.text += "\n" + l.text;
    }
  }
  std::sort(v.scripts.begin(), v.scripts.end());
  v.scripts.erase(std::unique(v.scripts.begin(), v.scripts.end()), v.scripts.end());
  return v;
}

// W-V5 ①: the consultation channels linked from the homepage, from the pages of registered 互动
// columns and from the hub pages (互动交流) the homepage links to, plus the registered 互动 columns
// named as channels; each with what its page showed.
void GatherChannels(store::Repository& repo, const check::Rules& rules, const check::SiteObservations& obs,
                    check::SiteIntegrityObservations& out) {
  const check::PageObservation* home = nullptr;
  std::map<std::string, const check::PageObservation*> by_url;
  for (const check::PageObservation& p : obs.pages) {
    by_url[p.page.url] = &p;
    if (p.role == check::PageRole::kHomepage) home = &p;
  }
  if (home == nullptr || !IsUp(home->page)) return;
  out.channels_read = true;
  std::map<std::string, std::string> broken;  // external link → error
  for (const check::BrokenLink& b : obs.broken_links) broken.emplace(b.to_url, b.error);
  const std::string origin = crawl::OriginOf(home->page.url);
  std::set<std::string> seen;
  const auto add = [&](const std::string& from, const std::string& url, const std::string& text,
                       check::ChannelLinkKind kind) {
    const std::string target = crawl::NormalizeUrl(url);
    if (target.empty() || !seen.insert(target).second) return;
    check::ChannelObservation c;
    c.from_url = from;
    c.url = target;
    c.text = text;
    if (auto it = by_url.find(target); it != by_url.end()) {
      const model::Page& page = it->second->page;
      c.checked = true;
      c.http_status = page.http_status;
      c.error = page.error;
      c.snapshot_id = page.id;
      c.seen_at = page.fetched_at;
      if (IsUp(page) && kind == check::ChannelLinkKind::kChannel) {
        c.has_list = page.is_list && !page.empty_list;
        if (auto body = repo.PageBody(page.id)) {
          const extract::MessageChannelFacts facts = extract::ReadMessageChannel(*body);
          c.has_form = facts.has_form;
          c.has_list = c.has_list || facts.has_list;
        }
        // An article whose short title names a channel word ("征求意见建议") is not a channel.
        if (it->second->role == check::PageRole::kArticle && !c.has_form && !c.has_list) return;
      }
    } else if (crawl::OriginOf(target) != origin) {
      c.external = true;
      if (auto b = broken.find(target); b != broken.end()) {
        c.checked = true;
        c.error = b->second.empty() ? std::string("broken") : b->second;
      }
    }
    (kind == check::ChannelLinkKind::kChannel ? out.channels : out.excluded_channels).push_back(std::move(c));
  };
  std::vector<const check::PageObservation*> sources = {home};
  for (const check::PageObservation& p : obs.pages) {
    if (&p != home && p.column_type == model::ColumnType::kInteraction && IsUp(p.page)) sources.push_back(&p);
  }
  for (const model::Link& l : home->links) {
    if (check::ClassifyChannelLink(l.text, l.to_url, rules) != check::ChannelLinkKind::kHub) continue;
    auto it = by_url.find(l.to_url);
    if (it != by_url.end() && it->second != home && IsUp(it->second->page)) sources.push_back(it->second);
  }
  for (const check::ColumnObservation& c : obs.columns) {
    if (c.type != model::ColumnType::kInteraction) continue;
    const check::ChannelLinkKind kind = check::ClassifyChannelLink(c.column.name, c.column.url, rules);
    if (kind == check::ChannelLinkKind::kChannel || kind == check::ChannelLinkKind::kExcluded) {
      add(c.column.url, c.column.url, c.column.name, kind);
    }
  }
  std::set<const check::PageObservation*> read;
  for (const check::PageObservation* source : sources) {
    if (!read.insert(source).second) continue;
    for (const model::Link& l : source->links) {
      const check::ChannelLinkKind kind = check::ClassifyChannelLink(l.text, l.to_url, rules);
      if (kind != check::ChannelLinkKind::kChannel && kind != check::ChannelLinkKind::kExcluded) continue;
      add(source->page.url, l.to_url, l.text, kind);
    }
  }
}

}  // namespace

check::ListSnapshot ToSnapshot(const store::PageRecord& r) {
  check::ListSnapshot s;
  s.url = r.page.url;
  s.snapshot_id = r.page.id;
  s.fetched_at = r.page.fetched_at;
  s.http_status = r.page.http_status;
  s.error = r.page.error;
  s.is_list = r.page.is_list;
  s.empty_list = r.page.empty_list;
  s.items = r.items;
  return s;
}

bool IsUp(const model::Page& p) { return check::IsWorkingPage(p); }

bool IsLeaderPage(const std::string& url, const std::string& title) {
  static constexpr std::array<std::string_view, 6> kFolders = {"/ldzc", "/ldxx", "/ldjj", "/ldbz", "/leader", "/ldzs"};
  const std::string lower = ToLowerAscii(url);
  for (std::string_view f : kFolders) {
    if (Contains(lower, f)) return true;
  }
  return Contains(title, "领导之窗") || Contains(title, "领导信息") || Contains(title, "领导简介") ||
         Contains(title, "领导班子");
}

Result<check::SiteIntegrityObservations> GatherIntegrity(store::Repository& repo, const check::Rules& rules,
                                                          const check::SiteObservations& obs, Timestamp t) {
  check::SiteIntegrityObservations out;

  // Hidden links, from the stored bodies of the site's own pages.
  std::vector<const check::PageObservation*> pages;
  for (const check::PageObservation& p : obs.pages) {
    if (IsUp(p.page) && !p.page.content_hash.empty()) pages.push_back(&p);
  }
  std::stable_sort(pages.begin(), pages.end(), [](const check::PageObservation* a, const check::PageObservation* b) {
    return static_cast<int>(a->role) < static_cast<int>(b->role);
  });
  if (pages.size() > kMaxHiddenLinkPages) pages.resize(kMaxHiddenLinkPages);
  // Bodies are read here and parsed on a few workers, a bounded number at a time; the results
  // are gathered in page order. Workers look up the linked style sheets while they parse, so the
  // store and the sheet cache are used under one lock.
  std::mutex store_mutex;
  // Linked style sheets as stored by FetchStylesheets, read once per URL: the newest stored
  // version with a body at or before t (a later HEAD of the crawl stores none).
  std::map<std::string, std::optional<std::string>> sheets;
  const extract::StylesheetSource sheet_text = [&](const std::string& url) -> std::optional<std::string> {
    if (!IsStylesheetUrl(url)) return std::nullopt;
    std::lock_guard<std::mutex> lock(store_mutex);
    auto [it, added] = sheets.try_emplace(url);
    if (!added) return it->second;
    Timestamp at = t;
    for (int n = 0; n < 3; ++n) {
      auto rec = repo.LatestPage(url, at);
      if (!rec || !*rec) break;
      if (IsUp((*rec)->page) && !(*rec)->page.content_hash.empty()) {
        if (auto body = repo.PageBody((*rec)->page.id)) {
          it->second = std::move(*body);
          break;
        }
      }
      at = (*rec)->page.fetched_at - 1;
    }
    return it->second;
  };
  std::vector<std::vector<extract::HiddenLink>> found(pages.size());
  {
    const std::size_t workers = crawl::DefaultWorkerThreads();
    if (workers > 1) extract::PrepareExtractionThreads();
    crawl::WorkPool pool(workers > 1 ? workers : 0);
    for (std::size_t k = 0; k < pages.size(); ++k) {
      if (IsStylesheetUrl(pages[k]->page.url)) continue;  // a stored sheet, read through the pages that link it
      std::optional<store::PackedBody> packed;
      {
        std::lock_guard<std::mutex> lock(store_mutex);
        if (auto b = repo.PackedPageBody(pages[k]->page.id)) packed = std::move(*b);
      }
      if (!packed) continue;  // no stored body (a resource, or an error page)
      pool.WaitBelow(4 * workers);
      auto stored = std::make_shared<store::PackedBody>(std::move(*packed));
      pool.Submit([&found, &sheet_text, k, stored, url = &pages[k]->page.url, site = &obs.site.url] {
        auto html = store::DecompressBody(stored->data, stored->size);
        // A damaged body, or nothing on the page that could be reported: no parse.
        if (!html || !check::MayHoldReportableHiddenLink(*html, *site)) return;
        found[k] = extract::FindHiddenLinks(*html, *url, sheet_text);
      });
    }
    pool.Wait();
  }
  for (std::size_t k = 0; k < pages.size(); ++k) {
    const check::PageObservation* p = pages[k];
    for (extract::HiddenLink& h : found[k]) {
      check::HiddenLinkObservation o;
      o.page_url = p->page.url;
      o.snapshot_id = p->page.id;
      o.seen_at = p->page.fetched_at;
      o.url = std::move(h.url);
      o.text = std::move(h.text);
      o.how = std::move(h.how);
      out.hidden_links.push_back(std::move(o));
    }
  }

  // Stable pages: the homepage and 领导信息 pages, with their earlier stored versions.
  const int max_versions = std::max(2, rules.GetInt("tamper.max_versions") + 1);
  for (const check::PageObservation& p : obs.pages) {
    const bool home = p.role == check::PageRole::kHomepage;
    if (!home && !IsLeaderPage(p.page.url, p.page.title)) continue;
    check::StablePageHistory h;
    h.url = p.page.url;
    h.role = home ? "首页" : "领导信息页";
    Timestamp at = t;
    for (int n = 0; n < max_versions; ++n) {
      auto rec = repo.LatestPage(p.page.url, at);
      if (!rec) return rec.error();
      if (!*rec) break;
      const model::Page& page = (*rec)->page;
      at = page.fetched_at - 1;
      if (!IsUp(page)) continue;
      auto body = repo.PageBody(page.id);
      if (!body) continue;
      h.versions.push_back(VersionOf(page, *body));
    }
    std::reverse(h.versions.begin(), h.versions.end());
    if (h.versions.size() >= 2) out.stable_pages.push_back(std::move(h));
  }

  // News and notice columns: their list snapshots over the lookback, oldest first.
  const Timestamp from = t - static_cast<Timestamp>(rules.GetInt("forged_date.lookback_days")) * kSecondsPerDay;
  for (const check::ColumnObservation& c : obs.columns) {
    if (c.type != model::ColumnType::kNews && c.type != model::ColumnType::kNotice) continue;
    check::ColumnHistory h;
    h.column = c.column;
    h.type = c.type;
    const std::string url = crawl::NormalizeUrl(c.column.url);
    Timestamp at = t;
    for (int n = 0; n < kMaxColumnSnapshots; ++n) {
      auto rec = repo.LatestPage(url, at);
      if (!rec) return rec.error();
      if (!*rec) break;
      h.snapshots.push_back(ToSnapshot(**rec));
      at = (*rec)->page.fetched_at - 1;
      if ((*rec)->page.fetched_at < from) break;
    }
    std::reverse(h.snapshots.begin(), h.snapshots.end());
    if (h.snapshots.size() >= 2) out.columns.push_back(std::move(h));
  }

  // The newest site-search probe.
  auto search = repo.LatestSearchProbe(obs.site.id, t);
  if (!search) return search.error();
  if (*search) {
    const store::SearchProbeRecord& r = **search;
    check::SearchProbe s;
    s.form_found = r.form_found;
    s.form_url = r.form_url;
    s.query = r.query;
    s.target_url = r.target_url;
    s.answered = r.http_status >= 200 && r.http_status < 400 && r.error.empty();
    s.http_status = r.http_status;
    s.found = r.found;
    s.result_url = r.result_url;
    s.at = r.at;
    out.search = std::move(s);
  }

  // W-V5 ①: the consultation channels; P-14 / W-D4.5: the newest HTTPS and IPv6 facts.
  GatherChannels(repo, rules, obs, out);
  auto facts = repo.LatestSiteFacts(obs.site.id, t);
  if (!facts) return facts.error();
  if (*facts) {
    const store::SiteFacts& f = **facts;
    check::SiteFactsObservation o;
    o.checked_at = f.checked_at;
    o.https_ok = f.https_ok;
    o.http_redirects_to_https = f.http_redirects_to_https;
    o.tls_version = f.tls_version;
    o.cert_chain_valid = f.cert_chain_valid;
    o.cert_not_after = f.cert_not_after;
    o.https_error = f.https_error;
    o.aaaa = f.aaaa;
    o.ipv6_ok = f.ipv6_ok;
    o.ipv6_error = f.ipv6_error;
    out.facts = std::move(o);
  }
  return out;
}

}  // namespace govwatch::cli
