// Licence plates, home landlines, and names/addresses by field label or table column header, each
// with its masked (or generalised) replacement; and the word trigram typo tier.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "text/language_model.hpp"
#include "text/text_engine.hpp"
#include "test_rules.hpp"

namespace govwatch::text {
namespace {

std::vector<TextFinding> Pii(const std::string& text) {
  std::vector<TextFinding> out;
  for (TextFinding& f : testing::RepositoryEngine().Scan(text, ScanOptions{})) {
    if (f.check == Check::kPii) out.push_back(std::move(f));
  }
  return out;
}

TEST(PiiStructuredTest, PlatesRegularAndNewEnergyAreMaskedInTheMiddle) {
  auto found = Pii("违章停车公示：车牌号云A·12345，粤BD12345。");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].rule, "pii.plate");
  EXPECT_EQ(found[0].text, "云A·12345");
  EXPECT_EQ(found[0].suggestion, "云A·***45");
  EXPECT_EQ(found[1].text, "粤BD12345");
  EXPECT_EQ(found[1].suggestion, "粤B****45");
  EXPECT_NE(found[1].evidence["technique"].get<std::string>().find("GB/T 37964"), std::string::npos);
}

TEST(PiiStructuredTest, PlateShapesInsideCodesAreNotPlates) {
  // ICP filing (I is no plate letter), a letter run, a longer code.
  EXPECT_TRUE(Pii("滇ICP备05000394号 京ABCDE 沪A123456789").empty());
}

TEST(PiiStructuredTest, HomeLandlineIsPersonalOfficeLineIsNot) {
  auto found = Pii("家庭电话：0883-2123456；咨询电话：0883-2140000；举报电话 010-12345678。");
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].rule, "pii.landline");
  EXPECT_EQ(found[0].text, "0883-2123456");
  EXPECT_EQ(found[0].suggestion, "0883-212****");
}

TEST(PiiStructuredTest, NamesAndAddressesByFieldLabel) {
  auto found = Pii("户主：张三丰，家庭住址：临沧市临翔区南美乡南华村3组12号。");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].rule, "pii.name");
  EXPECT_EQ(found[0].suggestion, "张**");
  EXPECT_EQ(found[1].rule, "pii.address");
  EXPECT_EQ(found[1].suggestion, "临沧市临翔区南美乡南华村");
  EXPECT_NE(found[1].evidence["technique"].get<std::string>().find("泛化"), std::string::npos);
}

TEST(PiiStructuredTest, NamesAndAddressesByTableColumnHeader) {
  auto found = Pii("序号\t姓名\t家庭住址\t金额\n1\t李四\t耿马县孟定镇景信村5组8号\t300元\n2\t王小明\t勐简乡大寨村\t200元\n\n"
                   "说明\t张三\n");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].text, "李四");
  EXPECT_EQ(found[0].suggestion, "李*");
  EXPECT_EQ(found[1].suggestion, "耿马县孟定镇景信村");
  EXPECT_EQ(found[2].text, "王小明");  // the village-level address is not precise enough to report
}

TEST(PiiStructuredTest, OrganisationCreditCodeAndDocumentNumbersAreNotPersonal) {
  EXPECT_TRUE(Pii("统一社会信用代码：91350100M000100Y43，临政办字〔2022〕49号，"
                  "索引号：11530900015161925A/2022-00123，邮编677000。")
                  .empty());
}

TEST(LanguageModelTierTest, CorrectsTyposWithTheWordTrigramModel) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "libime-data-language-model not installed";
  if (!engine->HasLanguageModel()) GTEST_SKIP() << "built without libime";
  ScanOptions options;
  options.statistical_typos = true;
  auto found = engine->Scan("内蒙古自治区乌兰察布市大力培育发展大数局产业。", options);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "局");
  EXPECT_EQ(found[0].suggestion, "据");
  EXPECT_NE(found[0].severity, TextSeverity::kSevere);
  // Clean official text, names of places and people: nothing.
  EXPECT_TRUE(engine->Scan("武汉市洪山区珞南街道办事处汤晔同志任宁波市副市长。", options).empty());
  // The seed notice: only 仍就存在 (from the exact pair list, not the model).
  std::ifstream in(std::filesystem::path(GOVWATCH_SOURCE_DIR) / "tests" / "data" / "text" / "example-notice-2022Q1.txt");
  std::ostringstream seed;
  seed << in.rdbuf();
  options.at = Date{2022, 4, 11};
  auto seed_findings = engine->Scan(seed.str(), options);
  ASSERT_EQ(seed_findings.size(), 1u);
  EXPECT_EQ(seed_findings[0].text, "仍就存在");
}

TEST(LanguageModelTierTest, LeavesNamesOfPeoplePlacesAndCompaniesAlone) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "libime-data-language-model not installed";
  if (!engine->HasLanguageModel()) GTEST_SKIP() << "built without libime";
  ScanOptions options;
  options.statistical_typos = true;

  // Given names the model would turn into words (丽艳→砾岩, 建伟→建委), a trade name (盈丰→迎风),
  // an aid term (援滇→原点), a defined short name (特医→特意) and lake names (贡湖→江湖).
  const char* clean[] = {
      "辽源市西安区灯塔镇新力村2组居民郝丽艳，二十年如一日，精心照顾远房亲戚已成为当地的一段佳话。",
      "美国“府学关系”问题研究：以权力边界为切入点（著作）黄建伟（南京财经大学）",
      "江门市盈丰智能装备有限公司",
      "上海市政府驻昆明办事处主任，上海援滇干部联络组组长",
      "研制新药、医疗器械、特殊医学用途配方（以下简称特医）食品等",
      "先行实施梅梁湖、贡湖水源地生态清淤；",
  };
  for (const char* text : clean) {
    auto found = engine->Scan(text, options);

    EXPECT_TRUE(found.empty()) << text << ": " << found.size() << " findings, first " << found[0].text << "→"
                               << found[0].suggestion;
  }
  // A slip next to a protected name is still corrected.
  auto found = engine->Scan("江门市盈丰智能装杯有限公司", options);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "杯");
  EXPECT_EQ(found[0].suggestion, "备");
}

TEST(LanguageModelTierTest, ChangesOfficialVocabularyOnlyOnStrongEvidence) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "libime-data-language-model not installed";
  if (!engine->HasLanguageModel()) GTEST_SKIP() << "built without libime";
  ScanOptions options;
  options.statistical_typos = true;

  // 人士 is official vocabulary; beside another slip (程续) the model's case for 人事档案 is enough.
  // (A slip found only by the official-word bonus, such as 拍射 for 拍摄, is not enough: it lowers
  // no bar.)
  auto found = engine->Scan("严格履行审批程续，严禁擅自查阅干部人士档案；", options);
  auto clean = engine->Scan("各民主党派和无党派人士积极参政议政，严禁销毁干部人事档案。", options);

  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].suggestion, "序");
  EXPECT_EQ(found[1].text, "士");
  EXPECT_EQ(found[1].suggestion, "事");
  EXPECT_TRUE(clean.empty());
}

TEST(LanguageModelTierTest, PrefersCorrectionsThatCompleteALongerWord) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "libime-data-language-model not installed";
  if (!engine->HasLanguageModel()) GTEST_SKIP() << "built without libime";
  ScanOptions options;
  options.statistical_typos = true;

  // 联系 is a word, but 联席会议 (four characters) explains the text better than 联系 + 会议.
  auto found = engine->Scan("部际联系会议办公室设在国家发展改革委。", options);
  auto clean = engine->Scan("加快发展农产品加工业，部际联席会议办公室设在国家发展改革委。", options);

  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text, "系");
  EXPECT_EQ(found[0].suggestion, "席");
  EXPECT_TRUE(clean.empty());
}

TEST(LanguageModelTierTest, MissingModelIsAnErrorNamingThePath) {
  EngineResources resources;
  resources.language_model = "/nonexistent/zh_CN.lm";
  auto engine = TextEngine::Load(testing::RepositoryRuleFiles(), resources);
  ASSERT_FALSE(engine);
  EXPECT_NE(engine.error().message.find("/nonexistent/zh_CN.lm"), std::string::npos);
}

}  // namespace
}  // namespace govwatch::text

namespace govwatch::text {
namespace {

TEST(SensitiveAllowTest, SiteAllowListDropsOnlyTheListedTerms) {
  const TextEngine& engine = testing::RepositoryEngine();
  std::string text = "坚决反对藏独分裂活动，依法打击法 轮 功邪教组织。";
  ScanOptions options;
  auto count = [&](const std::vector<TextFinding>& findings) {
    std::size_t n = 0;
    for (const TextFinding& f : findings) n += f.check == Check::kSensitive;
    return n;
  };
  std::size_t all = count(engine.Scan(text, options));
  ASSERT_GE(all, 2u);
  options.sensitive_allow = {"法轮功"};
  std::size_t allowed = count(engine.Scan(text, options));
  EXPECT_EQ(allowed, all - 1);
}

}  // namespace
}  // namespace govwatch::text
