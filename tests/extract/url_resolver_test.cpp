#include <gtest/gtest.h>

#include "extract/page_extractor.hpp"

namespace govwatch::extract {
namespace {

struct UrlCase {
  std::string name;
  std::string base;
  std::string href;
  std::string expected;
};

class ResolveUrlTest : public ::testing::TestWithParam<UrlCase> {};

TEST_P(ResolveUrlTest, Resolves) {
  const UrlCase& c = GetParam();

  EXPECT_EQ(ResolveUrl(c.base, c.href), c.expected) << c.name;
}

const char kBase[] = "http://www.example.gov.cn/zwgk/tzgg/202203/t20220301_1.html?from=nav#top";

INSTANTIATE_TEST_SUITE_P(
    Rfc3986, ResolveUrlTest,
    ::testing::Values(
        UrlCase{"Sibling", kBase, "t20220302_2.html", "http://www.example.gov.cn/zwgk/tzgg/202203/t20220302_2.html"},
        UrlCase{"DotSlash", kBase, "./P0202203.pdf", "http://www.example.gov.cn/zwgk/tzgg/202203/P0202203.pdf"},
        UrlCase{"Parent", kBase, "../index.html", "http://www.example.gov.cn/zwgk/tzgg/index.html"},
        UrlCase{"TooManyParents", kBase, "../../../../../a.html", "http://www.example.gov.cn/a.html"},
        UrlCase{"Rooted", kBase, "/xxgk/", "http://www.example.gov.cn/xxgk/"},
        UrlCase{"SchemeRelative", "https://a.gov.cn/x/", "//b.gov.cn/y", "https://b.gov.cn/y"},
        UrlCase{"QueryOnly", kBase, "?page=2", "http://www.example.gov.cn/zwgk/tzgg/202203/t20220301_1.html?page=2"},
        UrlCase{"EmptyKeepsQuery", kBase, "", "http://www.example.gov.cn/zwgk/tzgg/202203/t20220301_1.html?from=nav"},
        UrlCase{"FragmentDropped", kBase, "b.html#sec2", "http://www.example.gov.cn/zwgk/tzgg/202203/b.html"},
        UrlCase{"FragmentOnly", kBase, "#top", ""},
        UrlCase{"Javascript", kBase, "JavaScript:void(0)", ""},
        UrlCase{"Mailto", kBase, "mailto:a@b.cn", ""},
        UrlCase{"Tel", kBase, "tel:0872-1234567", ""},
        UrlCase{"Data", kBase, "data:image/png;base64,AAAA", ""},
        UrlCase{"Absolute", kBase, "HTTPS://WWW.GOV.CN/a/./b/../c", "https://www.gov.cn/a/c"},
        UrlCase{"WhitespaceAndBackslash", kBase, "  \n..\\img\\a b.jpg ", "http://www.example.gov.cn/zwgk/tzgg/img/a%20b.jpg"},
        UrlCase{"HostOnlyBase", "http://www.example.gov.cn", "a.html", "http://www.example.gov.cn/a.html"},
        UrlCase{"UppercaseHost", "http://WWW.Example.GOV.cn/a/", "b", "http://www.example.gov.cn/a/b"}),
    [](const ::testing::TestParamInfo<UrlCase>& param_info) { return param_info.param.name; });

}  // namespace
}  // namespace govwatch::extract
