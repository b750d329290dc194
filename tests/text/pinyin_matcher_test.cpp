// Pinyin evasion of high-risk terms (textchecks §5.2 item 4), through the engine with the
// repository's rules (pinyin_readings.tsv, leaders.tsv, pinyin_terms.txt).
#include "text/pinyin_matcher.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/strings.hpp"
#include "test_rules.hpp"
#include "text/text_engine.hpp"

namespace govwatch::text {
namespace {

struct PinyinCase {
  std::string name;
  std::string text;
  bool initials;
  std::string expected;  // "<term>=<text as written>", or "" for no pinyin finding
};

std::string PinyinFindings(const std::string& text, bool initials) {
  ScanOptions options;
  options.pinyin_initials = initials;
  std::string out;
  for (const TextFinding& f : testing::RepositoryEngine().Scan(text, options)) {
    if (!StartsWith(f.rule, "sensitive.pinyin:")) continue;
    if (!out.empty()) out += ";";
    out += f.rule.substr(std::string("sensitive.pinyin:").size()) + "=" + f.text;
  }
  return out;
}

class PinyinEvasionTest : public ::testing::TestWithParam<PinyinCase> {};

TEST_P(PinyinEvasionTest, MatchesEvasionsOnly) {
  const PinyinCase& c = GetParam();

  const std::string found = PinyinFindings(c.text, c.initials);

  EXPECT_EQ(found, c.expected) << c.name << ": " << c.text;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PinyinEvasionTest,
    ::testing::Values(
        PinyinCase{"MixedSyllableAndCharacters", "会议要求深入学习贯彻xi近平新时代中国特色社会主义思想。", false,
                   "习近平=xi近平"},
        PinyinCase{"OneRunOfPinyinInChineseText", "转发XIJINPING同志重要讲话精神。", false, "习近平=XIJINPING"},
        PinyinCase{"MiddleCharacterAsPinyin", "坚决反对李hong志及其邪教组织。", false, "李洪志=李hong志"},
        PinyinCase{"PolyphonicReadingsAllCount", "参与fa轮gong活动的人员。", false, "法轮功=fa轮gong"},
        // A greedy split reads jing + uo and fails; the whole run splits as liu jin guo.
        PinyinCase{"RunThatGreedySplittingMisreads", "网传liujinguo相关消息。", false, "刘金国=liujinguo"},
        PinyinCase{"FalunGongInOneRun", "参与falungong活动的人员。", false, "法轮功=falungong"},
        PinyinCase{"StandardRomanisationIsNoEvasion", "President Xi Jinping met the delegation in Beijing.", false, ""},
        PinyinCase{"PlainCharactersAreTheLiteralMatchersJob", "深入学习习近平新时代中国特色社会主义思想。", false, ""},
        PinyinCase{"UrlLettersAreProtected", "详见 http://www.gov.cn/xijinping/index.htm 。", false, ""},
        PinyinCase{"EnglishWordsDoNotParse", "机器machine学习与大数据平台ping测试。", false, ""},
        PinyinCase{"InitialsOffByDefault", "转发XJP讲话。", false, ""},
        PinyinCase{"InitialsOnRequest", "转发XJP讲话。", true, "习近平=XJP"}),
    [](const ::testing::TestParamInfo<PinyinCase>& case_info) { return case_info.param.name; });

TEST(PinyinMatcherTest, RejectsReadingWithToneMarkAndNamesTheLine) {
  PinyinMatcher matcher;

  auto loaded = matcher.LoadReadings("pinyin_readings.tsv", "# comment\n习\txi\n近\tjìn\n");

  ASSERT_FALSE(loaded.has_value());
  EXPECT_NE(loaded.error().message.find("pinyin_readings.tsv line 3"), std::string::npos) << loaded.error().message;
}

TEST(PinyinMatcherTest, RefusesShortTermsAndCharactersWithoutReading) {
  PinyinMatcher matcher;
  ASSERT_TRUE(matcher.LoadReadings("pinyin_readings.tsv", "习\txi\n近\tjin\n平\tping pian\n").has_value());

  EXPECT_FALSE(matcher.AddTerm(U"习近"));
  EXPECT_FALSE(matcher.AddTerm(U"习近乎"));
  EXPECT_TRUE(matcher.AddTerm(U"习近平"));
  EXPECT_EQ(matcher.Find(U"xi近pian", {}).size(), 1u);
}

}  // namespace
}  // namespace govwatch::text
