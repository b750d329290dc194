#include "extract/ocr.hpp"

#include <leptonica/allheaders.h>
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-image.h>
#include <poppler/cpp/poppler-page-renderer.h>
#include <poppler/cpp/poppler-page.h>
#include <tesseract/baseapi.h>

#include <algorithm>
#include <chrono>
#include <thread>

#include "common/strings.hpp"
#include "common/subprocess.hpp"
#include "extract/attachment_text.hpp"

namespace govwatch::extract {

struct OcrQueue::Engine {
  tesseract::TessBaseAPI api;
  ~Engine() { api.End(); }
};

namespace {

// Recognised text with blank lines dropped and trailing blanks trimmed.
std::string CleanLines(const char* raw) {
  std::string out;
  if (raw == nullptr) return out;
  for (std::string_view line : Split(raw, '\n')) {
    line = Trim(line);
    if (line.empty()) continue;
    out += line;
    out.push_back('\n');
  }
  return SanitizeUtf8(out);
}

}  // namespace

OcrQueue::OcrQueue(OcrBudget budget, std::string languages, std::string data_path)
    : budget_(budget), languages_(std::move(languages)), data_path_(std::move(data_path)) {}

OcrQueue::~OcrQueue() = default;

void OcrQueue::Push(OcrJob job) { queue_.push_back(std::move(job)); }

bool OcrQueue::Has(std::string_view key) const {
  for (const OcrJob& job : queue_) {
    if (job.key == key) return true;
  }
  return false;
}

Result<void> OcrQueue::EnsureEngine() {
  if (engine_) return Ok();
  setMsgSeverity(L_SEVERITY_NONE);  // Leptonica reports unreadable input on stderr; we return errors
  auto engine = std::make_unique<Engine>();
  if (engine->api.Init(data_path_.empty() ? nullptr : data_path_.c_str(), languages_.c_str()) != 0) {
    return MakeError(ErrorCode::kIoError, "OCR: cannot load the Tesseract model " + languages_ +
                                              " (install tesseract-ocr-chi-sim)");
  }
  engine->api.SetPageSegMode(tesseract::PSM_AUTO);
  engine_ = std::move(engine);
  return Ok();
}

Result<std::string> OcrQueue::Recognise(const OcrJob& job) {
  if (job.bytes.size() > budget_.max_input_bytes) {
    return MakeError(ErrorCode::kParseError, job.file_name + ": too large for OCR");
  }
  if (auto r = EnsureEngine(); !r) return r.error();
  // Neither poppler's renderer nor Tesseract's layout analysis can be stopped in time (Tesseract's
  // deadline is looked at between words): a 7 KB PDF page filling a shape 100,000 times, or a
  // 500 KB image of noise, keeps them busy for minutes. The job runs in a child process, which
  // shares the loaded model, and is killed at its time limit. This process never runs Tesseract
  // itself, so the OpenMP threads it may start exist only in children.
  SubprocessLimits limits;
  limits.timeout_ms = static_cast<std::int64_t>(budget_.max_job_seconds * 1000);
  // Tesseract starts an OpenMP thread per core in the child, each with its stack and, under
  // glibc's malloc, a 64 MB arena of address space: the memory limit grows with the cores.
  limits.max_memory_bytes += std::size_t{96} * 1024 * 1024 * std::max(1u, std::thread::hardware_concurrency());
  auto run = RunInChildProcess(
      job.file_name,
      [&] {
        Result<std::string> text = RecogniseHere(job);
        return text ? "T" + *text : "E" + text.error().message;
      },
      limits);
  if (!run) return run.error();
  if (run->timed_out) {
    return MakeError(ErrorCode::kParseError,
                     job.file_name + ": OCR took longer than " + std::to_string(limits.timeout_ms) + " ms");
  }
  if (run->truncated || run->exit_code != 0 || run->out.empty()) {
    return MakeError(ErrorCode::kParseError, job.file_name + ": OCR failed");
  }
  if (run->out[0] == 'E') return MakeError(ErrorCode::kParseError, run->out.substr(1));
  return run->out.substr(1);
}

Result<std::string> OcrQueue::RecogniseHere(const OcrJob& job) {
  tesseract::TessBaseAPI& api = engine_->api;
  const AttachmentKind kind = AttachmentKindOf(job.file_name);
  if (kind == AttachmentKind::kImage) {
    Pix* pix = pixReadMem(reinterpret_cast<const l_uint8*>(job.bytes.data()), job.bytes.size());
    if (pix == nullptr) return MakeError(ErrorCode::kParseError, job.file_name + ": not a readable image");
    const std::size_t pixels = static_cast<std::size_t>(pixGetWidth(pix)) * static_cast<std::size_t>(pixGetHeight(pix));
    if (pixels > budget_.max_pixels) {
      pixDestroy(&pix);
      return MakeError(ErrorCode::kParseError, job.file_name + ": image too large for OCR");
    }
    api.SetImage(pix);
    char* text = api.GetUTF8Text();
    std::string out = CleanLines(text);
    delete[] text;
    api.Clear();
    pixDestroy(&pix);
    return out;
  }
  if (kind != AttachmentKind::kPdf) {
    return MakeError(ErrorCode::kInvalidArgument, job.file_name + ": not an image or PDF");
  }
  // A scanned PDF: render the pages that have no text layer and read them.
  auto layer = ReadPdfText(job.bytes, job.file_name);
  if (!layer) return layer.error();
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(job.bytes.data(), static_cast<int>(job.bytes.size())));
  if (!doc) return MakeError(ErrorCode::kParseError, job.file_name + ": not a readable PDF");
  poppler::page_renderer renderer;
  renderer.set_image_format(poppler::image::format_gray8);
  renderer.set_render_hint(poppler::page_renderer::antialiasing, true);
  std::string out = layer->text;
  int done = 0;
  for (int index : layer->pages_without_text) {
    if (done++ >= budget_.max_pdf_pages) break;
    std::unique_ptr<poppler::page> page(doc->create_page(index));
    if (!page) continue;
    const poppler::rectf box = page->page_rect();
    const double scale = budget_.dpi / 72.0;
    if (box.width() * scale * box.height() * scale > static_cast<double>(budget_.max_pixels)) continue;
    poppler::image img = renderer.render_page(page.get(), budget_.dpi, budget_.dpi);
    if (!img.is_valid()) continue;
    api.SetImage(reinterpret_cast<const unsigned char*>(img.const_data()), img.width(), img.height(), 1,
                 img.bytes_per_row());
    api.SetSourceResolution(budget_.dpi);
    char* text = api.GetUTF8Text();
    out += CleanLines(text);
    delete[] text;
    api.Clear();
  }
  return out;
}

std::vector<OcrResult> OcrQueue::Run() {
  std::vector<OcrResult> results;
  const auto start = std::chrono::steady_clock::now();
  while (!queue_.empty() && static_cast<int>(results.size()) < budget_.max_jobs) {
    const double spent = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (spent >= budget_.max_seconds) break;
    OcrJob job = std::move(queue_.front());
    queue_.pop_front();
    results.push_back(OcrResult{job.key, Recognise(job)});
  }
  return results;
}

}  // namespace govwatch::extract
