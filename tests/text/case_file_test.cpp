// Runs every tests/data/text/<checker>/<topic>.case file. Format (STYLE.md §3.5 T5):
//   # name: …            header comments; "# at: YYYY-MM-DD" sets the page date
//   input
//   <text, possibly several lines>
//   ----
//   <check> <text> <suggestion>   one line per expected finding ("-" for no suggestion);
//                                 an optional fourth token is the severity; fields are
//                                 TAB-separated instead when the text has spaces
// The findings must be exactly the expected ones (order does not matter).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "common/strings.hpp"
#include "common/time.hpp"
#include "test_rules.hpp"

namespace govwatch::text {
namespace {

struct CaseFile {
  std::string name;
  std::filesystem::path path;
};

std::vector<CaseFile> AllCaseFiles() {
  std::vector<CaseFile> cases;
  std::filesystem::path root = std::filesystem::path(GOVWATCH_TEST_DATA_DIR) / "text";
  for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
    if (entry.path().extension() != ".case") continue;
    std::string name = std::filesystem::relative(entry.path(), root).replace_extension().generic_string();
    std::replace_if(name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); },
                    '_');
    cases.push_back({name, entry.path()});
  }
  std::sort(cases.begin(), cases.end(), [](const CaseFile& a, const CaseFile& b) { return a.name < b.name; });
  return cases;
}

class CaseFileTest : public ::testing::TestWithParam<CaseFile> {};

TEST_P(CaseFileTest, FindingsMatchExpectation) {
  std::ifstream in(GetParam().path);
  ASSERT_TRUE(in) << GetParam().path;
  std::string line;
  ScanOptions options;
  std::string input;
  std::vector<std::string> expected;
  bool with_severity = false;
  enum { kHeader, kInput, kExpected } state = kHeader;
  while (std::getline(in, line)) {
    if (state == kHeader) {
      if (StartsWith(line, "# at:")) {
        auto date = ParseDate(Trim(line.substr(5)));
        ASSERT_TRUE(date.has_value()) << line;
        options.at = *date;
      }
      if (line == "input") state = kInput;
      continue;
    }
    if (state == kInput) {
      if (line == "----") {
        state = kExpected;
        continue;
      }
      input += line;
      input += '\n';
      continue;
    }
    if (Trim(line).empty() || line[0] == '#') continue;
    std::string check, text, suggestion, severity;
    if (line.find('\t') != std::string::npos) {
      // TAB-separated when the text itself has spaces.
      auto parts = Split(line, '\t');
      check = std::string(parts[0]);
      if (parts.size() > 1) text = std::string(parts[1]);
      if (parts.size() > 2) suggestion = std::string(parts[2]);
      if (parts.size() > 3) severity = std::string(parts[3]);
    } else {
      std::istringstream fields(line);
      fields >> check >> text >> suggestion >> severity;
    }
    if (suggestion.empty()) suggestion = "-";
    if (!severity.empty()) with_severity = true;
    expected.push_back(check + " " + text + " " + suggestion + (severity.empty() ? "" : " " + severity));
  }
  ASSERT_NE(state, kHeader) << "no input section";

  auto findings = testing::RepositoryEngine().Scan(input, options);

  std::vector<std::string> actual;
  for (const TextFinding& f : findings) {
    std::string severity = with_severity ? " " + std::string(SeverityName(f.severity)) : "";
    actual.push_back(std::string(CheckName(f.check)) + " " + f.text + " " +
                     (f.suggestion.empty() ? "-" : f.suggestion) + severity);
    EXPECT_EQ(input.substr(f.byte_begin, f.byte_end - f.byte_begin), f.text) << f.rule;
  }
  if (with_severity) {
    // Cases that state severities state them on every line.
    for (std::string& e : expected) {
      if (std::count(e.begin(), e.end(), ' ') == 2) e += " ?";
    }
  }
  std::sort(actual.begin(), actual.end());
  std::sort(expected.begin(), expected.end());
  EXPECT_EQ(actual, expected) << GetParam().path;
}

INSTANTIATE_TEST_SUITE_P(TextCases, CaseFileTest, ::testing::ValuesIn(AllCaseFiles()),
                         [](const ::testing::TestParamInfo<CaseFile>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace govwatch::text
