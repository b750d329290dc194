#include "text/person_name_recognizer.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/strings.hpp"
#include "test_rules.hpp"
#include "text/normalizer.hpp"

namespace govwatch::text {
namespace {

// The recogniser and vocabulary of the repository's rules, loaded once.
struct Loaded {
  PersonNameRecognizer names;
  Vocabulary vocabulary;
};

const Loaded& Repository() {
  static const Loaded* loaded = [] {
    RuleFiles files = testing::RepositoryRuleFiles();
    auto* out = new Loaded;
    auto names = out->names.Load("surnames.txt", files.at("surnames.txt"));
    auto vocabulary = out->vocabulary.Load("vocabulary.tsv", files.at("vocabulary.tsv"));
    if (!names || !vocabulary) std::abort();
    return out;
  }();
  return *loaded;
}

// The names found in `text` (normalised as the engine does: full-width brackets and spaces fold).
std::vector<std::string> Names(std::string_view text) {
  const Normalizer normalizer;
  const NormalizedText normalized = normalizer.NormalizeUtf8(text);
  std::vector<Span> spans;
  Repository().names.Find(normalized.text, Repository().vocabulary, spans);
  std::vector<std::string> out;
  for (const Span& s : spans) out.push_back(EncodeUtf8(normalized.text.substr(s.begin, s.end - s.begin)));
  return out;
}

struct NameCase {
  const char* name;
  const char* text;
  std::vector<std::string> expected;
};

class PersonNameRecognizerTest : public ::testing::TestWithParam<NameCase> {};

TEST_P(PersonNameRecognizerTest, FindsTheNamesOfPeopleOnly) {
  const NameCase& c = GetParam();

  const std::vector<std::string> found = Names(c.text);

  EXPECT_EQ(found, c.expected) << c.name << ": " << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    OfficialText, PersonNameRecognizerTest,
    ::testing::Values(
        NameCase{"masked", "经查，村民张某某、王某于2022年3月私自砍伐林木。", {"张某某", "王某"}},
        NameCase{"masked_not_after_preposition", "关于某些单位未按时报送材料的情况说明", {}},
        NameCase{"after_resident", "辽源市西安区灯塔镇新力村2组居民郝丽艳，二十年如一日照顾亲戚。", {"郝丽艳"}},
        NameCase{"after_title_before_verb", "组长由国务院机关党组成员、国办督查室主任高雨担任。", {"高雨"}},
        NameCase{"after_title_at_end", "兰考县政协党组书记左宪安", {"左宪安"}},
        NameCase{"before_honorific", "汤晔同志任宁波市海曙区市场监督管理局科长。", {"汤晔"}},
        NameCase{"appointment", "决定任命王小明同志为县农业农村局局长，免去李建军同志的副局长职务。",
                 {"王小明", "李建军"}},
        NameCase{"enumeration", "（明）乐韶凤、宋廉等撰", {"乐韶凤", "宋廉"}},
        NameCase{"author_in_brackets", "以权力边界为切入点（著作）黄建伟（南京财经大学）", {"黄建伟"}},
        NameCase{"list_line", "郭金严　　是公安局副局长", {"郭金严"}},
        NameCase{"appointment_notice", "拟任人选：韩志刚，男，汉族，1975年6月生，大学学历。", {"韩志刚"}},
        NameCase{"members_with_sex", "小组成员：赵立新、孙丽(女)、钱国庆", {"赵立新", "孙丽", "钱国庆"}},
        NameCase{"compound_surname", "经研究，同意欧阳明华同志的辞职申请。", {"欧阳明华"}},
        // Words after titles and enumerations of words are no names.
        NameCase{"unit_after_title", "由市长办公会议研究确定牵头单位，主任委员会审议。", {}},
        NameCase{"word_enumeration", "伪造、变造、隐匿、涂改、销毁医学文书等有关资料", {}},
        NameCase{"typo_enumeration", "伪造、变造、隐匿、徐改、销毁医学文书", {}},
        NameCase{"bracketed_word", "全国总工会副主席（兼职）", {}},
        NameCase{"colleagues", "全体同志要提高认识，党员同志要带头。", {}}),
    [](const ::testing::TestParamInfo<NameCase>& param_info) { return std::string(param_info.param.name); });

TEST(PersonNameRecognizerLoadTest, RejectsAnEntryThatIsNoSurnameAndNamesTheLine) {
  PersonNameRecognizer names;

  auto loaded = names.Load("surnames.txt", "# surnames\n王\n李\nabc\n");

  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("surnames.txt line 4"), std::string::npos) << loaded.error().message;
}

TEST(PersonNameRecognizerLoadTest, WithoutSurnamesFindsNothing) {
  PersonNameRecognizer names;
  Vocabulary vocabulary;
  std::vector<Span> spans;

  names.Find(U"居民郝丽艳", vocabulary, spans);

  EXPECT_TRUE(names.empty());
  EXPECT_TRUE(spans.empty());
}

}  // namespace
}  // namespace govwatch::text
