#include "cli/search_probe.hpp"

#include <iconv.h>

#include <optional>

#include "common/strings.hpp"
#include "crawl/url.hpp"
#include "extract/search_form.hpp"

namespace govwatch::cli {
namespace {

// The query in the bytes the site expects: GBK-family sites decode form input as GB18030.
std::string EncodeQuery(const std::string& utf8, const std::string& charset) {
  const std::string cs = ToLowerAscii(charset);
  if (!StartsWith(cs, "gb")) return utf8;
  iconv_t cd = iconv_open("GB18030", "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) return utf8;
  std::string in = utf8;
  std::string out(in.size() * 2 + 8, '\0');
  char* src = in.data();
  std::size_t src_left = in.size();
  char* dst = out.data();
  std::size_t dst_left = out.size();
  const std::size_t r = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  if (r == static_cast<std::size_t>(-1)) return utf8;
  out.resize(out.size() - dst_left);
  return out;
}

struct Pending {
  store::SearchProbeRecord record;
  std::string title;
};

}  // namespace

Result<int> ProbeSearch(store::Repository& repo, fetch::Fetcher& fetcher, const std::vector<model::Site>& sites,
                        const Clock& clock, std::int64_t timeout_ms) {
  const Timestamp now = clock.Now();
  std::vector<Pending> pending;
  std::vector<fetch::Request> requests;
  std::vector<store::SearchProbeRecord> done;
  for (const model::Site& site : sites) {
    auto home = repo.LatestPage(crawl::NormalizeUrl(site.url), now);
    if (!home) return home.error();
    if (!*home) continue;
    const model::Page& page = (*home)->page;
    if (!page.error.empty() || page.http_status < 200 || page.http_status >= 400) continue;
    auto body = repo.PageBody(page.id);
    if (!body) continue;
    store::SearchProbeRecord record;
    record.site_id = site.id;
    record.at = now;
    const std::optional<extract::SearchForm> form = extract::FindSearchForm(*body, page.url);
    record.form_found = form.has_value();
    if (!form || form->action.empty()) {
      done.push_back(std::move(record));  // none, or a script-driven box that cannot be probed
      continue;
    }
    record.form_url = form->action;
    // The newest dated article of the homepage lists, on the site itself, with a real title.
    const std::string origin = crawl::OriginOf(page.url);
    const model::Item* target = nullptr;
    for (const model::Item& it : (*home)->items) {
      if (!it.date || CodePointCount(it.title) < 6 || crawl::OriginOf(it.url) != origin) continue;
      if (EndsWith(it.title, "…") || EndsWith(it.title, "...")) continue;  // truncated in the list
      if (target == nullptr || *it.date > *target->date) target = &it;
    }
    if (target == nullptr) {
      done.push_back(std::move(record));
      continue;
    }
    record.query = target->title;
    record.target_url = target->url;
    record.result_url = extract::SearchUrl(*form, EncodeQuery(target->title, page.charset));
    fetch::Request request;
    request.url = record.result_url;
    request.timeout_ms = timeout_ms;
    requests.push_back(std::move(request));
    pending.push_back(Pending{std::move(record), target->title});
  }
  const std::vector<fetch::Response> responses = fetcher.FetchAllOrdered(requests);
  for (std::size_t i = 0; i < pending.size(); ++i) {
    store::SearchProbeRecord& r = pending[i].record;
    const fetch::Response& resp = responses[i];
    r.http_status = resp.http_status;
    r.error = std::string(fetch::ErrorName(resp.error));
    if (resp.Ok() && resp.body_is_text) {
      const std::string& at = resp.final_url.empty() ? resp.url : resp.final_url;
      r.found = extract::ResultFinds(resp.body, at, pending[i].title, r.target_url);
    }
    done.push_back(std::move(r));
  }
  for (const store::SearchProbeRecord& r : done) {
    if (auto e = repo.AddSearchProbe(r); !e) return e.error();
  }
  return static_cast<int>(done.size());
}

}  // namespace govwatch::cli
