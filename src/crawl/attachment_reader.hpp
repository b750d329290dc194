// Reads the attachments (.pdf, .doc, .docx, .xls, .xlsx, and images named like a 公示 scan) that
// a site's stored pages link to, so that the text checks see the lists usually published there:
// each attachment with readable text is stored as a snapshot of its URL whose text is the
// extracted text (no body). Scanned PDFs and images go to the OCR queue, which is drained within
// its budget after the downloads; what the budget leaves is read on a later run. Attachments
// already read (a stored snapshot with text) are not fetched again, and only those the crawl
// checked (a stored snapshot of the link) are read: robots.txt may disallow the others.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "common/clock.hpp"
#include "common/result.hpp"
#include "common/subprocess.hpp"
#include "extract/ocr.hpp"
#include "fetch/fetcher.hpp"
#include "model/model.hpp"
#include "store/repository.hpp"

namespace govwatch::crawl {

struct AttachmentOptions {
  int max_per_site = 200;          // attachments fetched per site and run
  std::int64_t timeout_ms = 15000;
  // Time and text one attachment's reading may take (.pdf, .doc, .xls are read in a child
  // process); past them the attachment is a failure ("… timed out").
  SubprocessLimits read_limits;
};

struct AttachmentStats {
  int fetched = 0;     // downloads attempted
  int read = 0;        // stored with text (OCR included)
  int failed = 0;      // download or extraction failed
  int ocr_queued = 0;  // sent to the OCR queue
  int ocr_pending = 0; // left in the queue by its budget
  // Why, for the first kListedFailures failures: "URL: reason" (the answer's status or transport
  // error, or the reader's message, which names the URL). A failed read stores nothing (the
  // crawl's own check of the link is its stored outcome), so inspect shows these.
  static constexpr std::size_t kListedFailures = 20;
  std::vector<std::string> failures;
  // URLs of the snapshots it stored (their newest snapshot is now one without body or links).
  std::vector<std::string> stored;
};

// Called with each site's newest snapshots and their links as the pass reads them, so that
// another pass that follows the same links needs no read of its own.
using SiteLinksFn = std::function<void(const model::Site&, const std::vector<store::PageRecord>&)>;

// True when `url` names an attachment worth reading; `text` is the link's text (images count
// only when it names a list or a scan: 公示, 名单, 扫描件 …).
bool IsReadableAttachment(std::string_view url, std::string_view text);

Result<AttachmentStats> ReadAttachments(store::Repository& repo, fetch::Fetcher& fetcher,
                                        const std::vector<model::Site>& sites, const Clock& clock,
                                        extract::OcrQueue& ocr, const AttachmentOptions& options,
                                        const SiteLinksFn& site_links = {});

}  // namespace govwatch::crawl
