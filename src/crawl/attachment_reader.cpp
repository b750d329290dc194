#include "crawl/attachment_reader.hpp"

#include <cstdlib>
#include <set>

#include "common/strings.hpp"
#include "crawl/url.hpp"
#include "extract/attachment_text.hpp"

namespace govwatch::crawl {
namespace {

struct Wanted {
  std::int64_t site_id = 0;
  std::string url;
  std::string title;  // the link text, else the file name
};

std::string OcrKey(const Wanted& w) { return std::to_string(w.site_id) + '\t' + w.url + '\t' + w.title; }

std::string FileNameOf(std::string_view url) {
  std::string_view path = url.substr(0, url.find_first_of("?#"));
  const std::size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

store::PageRecord Record(const Wanted& w, Timestamp at, int status, std::string text) {
  store::PageRecord r;
  r.page.site_id = w.site_id;
  r.page.url = w.url;
  r.page.fetched_at = at;
  r.page.http_status = status;
  r.page.title = w.title;
  r.page.text = std::move(text);
  return r;
}

}  // namespace

bool IsReadableAttachment(std::string_view url, std::string_view text) {
  switch (extract::AttachmentKindOf(url)) {
    case extract::AttachmentKind::kPdf:
    case extract::AttachmentKind::kDoc:
    case extract::AttachmentKind::kDocx:
    case extract::AttachmentKind::kXls:
    case extract::AttachmentKind::kXlsx: return true;
    case extract::AttachmentKind::kImage:
      for (std::string_view w : {"公示", "名单", "名册", "一览表", "明细", "扫描", "附件", "公告", "通知"}) {
        if (Contains(text, w)) return true;
      }
      return false;
    default: return false;
  }
}

Result<AttachmentStats> ReadAttachments(store::Repository& repo, fetch::Fetcher& fetcher,
                                        const std::vector<model::Site>& sites, const Clock& clock,
                                        extract::OcrQueue& ocr, const AttachmentOptions& options,
                                        const SiteLinksFn& site_links) {
  AttachmentStats stats;
  const Timestamp now = clock.Now();
  std::vector<Wanted> wanted;
  for (const model::Site& site : sites) {
    auto pages = repo.LatestLinksOfSite(site.id, now);
    if (!pages) return pages.error();
    if (site_links) site_links(site, *pages);
    const std::string origin = OriginOf(site.url);
    std::set<std::string> seen;
    int count = 0;
    for (const store::PageRecord& r : *pages) {
      for (const model::Link& l : r.links) {
        if (count >= options.max_per_site) break;
        // The file-name test first: it rules out nearly every link without a copy.
        if (!IsReadableAttachment(l.to_url, l.text) || OriginOf(l.to_url) != origin || !seen.insert(l.to_url).second) {
          continue;
        }
        auto stored = repo.LatestPage(l.to_url, now);
        if (!stored) return stored.error();
        // Only what the crawl checked: robots.txt disallowed the others (or a limit left them).
        if (!*stored) continue;
        if (!(*stored)->page.text.empty()) continue;  // read before
        std::string title(Trim(l.text));
        if (title.empty()) title = FileNameOf(l.to_url);
        Wanted w{site.id, l.to_url, std::move(title)};
        if (ocr.Has(OcrKey(w))) continue;  // downloaded already, waiting for OCR
        wanted.push_back(std::move(w));
        ++count;
      }
    }
  }
  std::vector<fetch::Request> requests;
  for (const Wanted& w : wanted) {
    fetch::Request req;
    req.url = w.url;
    req.timeout_ms = options.timeout_ms;
    requests.push_back(std::move(req));
  }
  const std::vector<fetch::Response> responses = fetcher.FetchAllOrdered(requests);
  const auto fail = [&stats](std::string why) {
    ++stats.failed;
    if (stats.failures.size() < AttachmentStats::kListedFailures) stats.failures.push_back(std::move(why));
  };
  for (std::size_t i = 0; i < wanted.size(); ++i) {
    ++stats.fetched;
    const Wanted& w = wanted[i];
    const fetch::Response& resp = responses[i];
    if (!resp.Ok() || resp.body.empty()) {
      const std::string_view error = fetch::ErrorName(resp.error);
      fail(w.url + ": " + (!error.empty()                    ? std::string(error)
                           : resp.http_status >= 200 && resp.http_status < 400 ? std::string("empty body")
                                                                                : "HTTP " + std::to_string(resp.http_status)));
      continue;
    }
    const extract::AttachmentKind kind = extract::AttachmentKindOf(w.url);
    std::string text;
    bool needs_ocr = kind == extract::AttachmentKind::kImage;
    if (kind == extract::AttachmentKind::kPdf) {
      auto pdf = extract::ReadPdfText(resp.body, w.url, options.read_limits);
      if (!pdf) {
        fail(pdf.error().message);
        continue;
      }
      text = std::move(pdf->text);
      needs_ocr = !pdf->pages_without_text.empty() && Trim(text).empty();  // a scan
    } else if (!needs_ocr) {
      auto t = extract::ExtractAttachmentText(resp.body, w.url, options.read_limits);
      if (!t) {
        fail(t.error().message);
        continue;
      }
      text = std::move(*t);
    }
    if (needs_ocr) {
      // The key carries what the record needs, so a job left for a later run can still be stored.
      ocr.Push(extract::OcrJob{OcrKey(w), FileNameOf(w.url), resp.body});
      ++stats.ocr_queued;
      continue;
    }
    if (Trim(text).empty()) continue;
    if (auto r = repo.SavePage(Record(w, now, resp.http_status, std::move(text))); !r) return r.error();
    stats.stored.push_back(w.url);
    ++stats.read;
  }
  // OCR within its budget; jobs queued by an earlier run are drained too when they fit.
  for (extract::OcrResult& result : ocr.Run()) {
    const auto parts = Split(result.key, '\t');
    if (parts.size() != 3) continue;
    Wanted w;
    w.site_id = std::strtoll(std::string(parts[0]).c_str(), nullptr, 10);
    w.url = std::string(parts[1]);
    w.title = std::string(parts[2]);
    if (!result.text || Trim(*result.text).empty()) {
      fail(w.url + ": " + (result.text ? std::string("OCR found no text") : result.text.error().message));
      continue;
    }
    if (auto r = repo.SavePage(Record(w, now, 200, std::move(*result.text))); !r) return r.error();
    stats.stored.push_back(w.url);
    ++stats.read;
  }
  stats.ocr_pending = static_cast<int>(ocr.Pending());
  return stats;
}

}  // namespace govwatch::crawl
