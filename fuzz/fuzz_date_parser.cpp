// libFuzzer target: every date reader of extract/ (digits, full-width digits, Chinese numerals,
// labelled dates, URL dates, split day/year-month dates, month-days). Each result must be a
// valid calendar date inside its span.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "common/time.hpp"
#include "extract/date_finder.hpp"
#include "extract/page_extractor.hpp"

namespace {

void CheckDate(const govwatch::Date& d) {
  if (!govwatch::IsValidDate(d.year, d.month, d.day) || d.year < 1990 || d.year > 2099) std::abort();
}

void CheckMatch(const std::optional<govwatch::extract::detail::DateMatch>& m, std::string_view text) {
  if (!m) return;
  CheckDate(m->date);
  if (m->begin >= m->end || m->end > text.size()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace detail = govwatch::extract::detail;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckMatch(detail::FindDate(text), text);
  CheckMatch(detail::FindChineseNumeralDate(text), text);
  CheckMatch(detail::FindAnyDate(text), text);
  if (auto d = detail::FindLabelledDate(text)) CheckDate(*d);
  if (auto d = detail::DateFromUrl(text)) CheckDate(*d);
  if (auto d = detail::FindSplitDate(text)) CheckDate(*d);
  if (auto md = detail::FindMonthDay(text)) {
    if (!govwatch::IsValidDate(2000, md->month, md->day)) std::abort();
  }
  if (auto d = govwatch::extract::ParseDateText(text)) CheckDate(*d);
  return 0;
}
