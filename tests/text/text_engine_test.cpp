#include "text/text_engine.hpp"

#include <filesystem>

#include <gtest/gtest.h>

#include <string>

#include "common/strings.hpp"
#include "text/language_model.hpp"
#include "text/word_readings.hpp"
#include "text/pii_recognizer.hpp"
#include "text/protected_spans.hpp"
#include "text/statistical_typo_checker.hpp"
#include "test_rules.hpp"

namespace govwatch::text {
namespace {

// Each finding as "written>suggestion", in order.
std::vector<std::string> EditsOf(const std::vector<TextFinding>& found) {
  std::vector<std::string> edits;
  for (const TextFinding& f : found) edits.push_back(f.text + ">" + f.suggestion);
  return edits;
}

TEST(TextEngineTest, MalformedSevereRowNamesFileAndLine) {
  RuleFiles files{{"severe_exact.tsv", "# wrong\tright\tsource\n习近乎\t习近平\tx\n扫黑险恶 扫黑除恶\n"}};

  auto engine = TextEngine::Load(files);

  ASSERT_FALSE(engine.has_value());
  EXPECT_NE(engine.error().message.find("severe_exact.tsv line 3"), std::string::npos) << engine.error().message;
}

TEST(TextEngineTest, BadSeverityInTypoPairsNamesFileAndLine) {
  RuleFiles files{{"typo_pairs.tsv", "按装\t安装\tcommon\twarn\tx\n既使\t即使\tcommon\tloud\tx\n"}};

  auto engine = TextEngine::Load(files);

  ASSERT_FALSE(engine.has_value());
  EXPECT_NE(engine.error().message.find("typo_pairs.tsv line 2"), std::string::npos) << engine.error().message;
  EXPECT_NE(engine.error().message.find("loud"), std::string::npos);
}

TEST(TextEngineTest, InvalidUtf8InRuleFileNamesTheLine) {
  RuleFiles files{{"severe_exact.tsv", "a\tb\tc\n\xff\xfe\tb\tc\n"}};

  auto engine = TextEngine::Load(files);

  ASSERT_FALSE(engine.has_value());
  EXPECT_NE(engine.error().message.find("severe_exact.tsv line 2"), std::string::npos);
}

TEST(TextEngineTest, ReportsCodePointAndByteOffsetsIntoTheOriginal) {
  const TextEngine& engine = testing::RepositoryEngine();
  std::string text = "ａｂ\u200B习近乎同志";

  auto findings = engine.Scan(text, {});

  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].check, Check::kSevere);
  EXPECT_EQ(findings[0].begin, 3u);
  EXPECT_EQ(findings[0].end, 6u);
  EXPECT_EQ(findings[0].byte_begin, 9u);
  EXPECT_EQ(findings[0].byte_end, 18u);
  EXPECT_EQ(findings[0].text, "习近乎");
  EXPECT_EQ(findings[0].suggestion, "习近平");
  EXPECT_EQ(findings[0].evidence["kb_version"], engine.Version());
}

TEST(TextEngineTest, ZeroWidthInsideAWrongStringStillMatchesAndSpansTheOriginal) {
  const TextEngine& engine = testing::RepositoryEngine();
  std::string text = "扫黑\u200B险恶";

  auto findings = engine.Scan(text, {});

  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].begin, 0u);
  EXPECT_EQ(findings[0].end, 5u);
  EXPECT_EQ(findings[0].text, text);
}

TEST(TextEngineTest, LineBreakInsideANameOrTermIsReadAsAbsent) {
  // Hard-wrapped attachment text: the break falls inside the name and inside the formulation.
  const TextEngine& engine = testing::RepositoryEngine();
  ScanOptions options;
  options.at = Date{2019, 6, 1};
  std::string text = "会议指出，国务院总理李\n强主持召开常务会议。\n坚持中华人民共\n合国宪法。\n习近平\n总书记强调。";

  auto findings = engine.Scan(text, options);

  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].rule, "severe.title_name:国务院总理");
  EXPECT_EQ(findings[0].text, "国务院总理李\n强");
  EXPECT_EQ(findings[0].severity, TextSeverity::kSevere);
  EXPECT_EQ(findings[1].text, "中华人民共\n合国");
  EXPECT_EQ(findings[1].suggestion, "中华人民共和国");
}

TEST(TextEngineTest, ALongTermWrittenWholeButOneCharacterIsSevereWhateverTheCharacter) {
  const TextEngine& engine = testing::RepositoryEngine();
  ScanOptions options;
  options.at = Date{2024, 6, 30};
  auto rules_of = [&](std::string_view text) {
    std::vector<std::string> rules;
    for (const TextFinding& f : engine.Scan(text, options)) {
      rules.push_back(f.rule + (f.severity == TextSeverity::kSevere ? " severe" : " not severe"));
    }
    return rules;
  };

  // 找 and 溉 neither sound nor look like 华 and 核; six characters of the term around them do.
  EXPECT_EQ(rules_of("大力弘扬“中找人民共和国”精神。"), (std::vector<std::string>{"severe.fuzzy:中华人民共和国 severe"}));
  EXPECT_EQ(rules_of("坚持以习近平同志为溉心的党中央领导。"),
            (std::vector<std::string>{"severe.fuzzy:以习近平同志为核心的党中央 severe"}));
  // Another body (全省), another count (第十九次) and a phrase running on at the end (价值体系) are no slips.
  EXPECT_TRUE(rules_of("全省人民代表大会常务委员会召开第十九次会议。").empty());
  EXPECT_TRUE(rules_of("培育和践行社会主义核心价值体系。").empty());
  // Short terms still need a confusable character: 扫黑除啊 is not read as 扫黑除恶.
  EXPECT_TRUE(rules_of("开展扫黑除啊专项行动。").empty());
}

TEST(TextEngineTest, ANameDoesNotPairWithTheNextTitleAcrossALineBreak) {
  // A list of office holders, one cell per line: 赵乐际 and the next line's 全国政协主席 are not a pair.
  const TextEngine& engine = testing::RepositoryEngine();
  ScanOptions options;
  options.at = Date{2024, 6, 30};
  std::string text = "全国人大常委会委员长\n赵乐际\n全国政协主席\n王沪宁\n";

  EXPECT_TRUE(engine.Scan(text, options).empty());
}

TEST(TextEngineTest, InvalidUtf8AndNulBytesDoNotCrash) {
  const TextEngine& engine = testing::RepositoryEngine();
  std::string text("\xff\xfe习近乎\0\x80身份证530902199003071231\xc3", 40);

  auto findings = engine.Scan(text, {});

  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].text, "习近乎");
  EXPECT_EQ(findings[0].begin, 2u);
  EXPECT_EQ(findings[1].text, "530902199003071231");
  EXPECT_EQ(text.substr(findings[1].byte_begin, findings[1].byte_end - findings[1].byte_begin), "530902199003071231");
}

TEST(TextEngineTest, LongDocumentIsScannedInPiecesWithGlobalOffsets) {
  const TextEngine& engine = testing::RepositoryEngine();
  std::string filler;
  while (filler.size() < (3u << 18)) filler += "各单位要认真贯彻落实会议精神。";
  std::string text = filler + "习近乎" + filler + "中华人民共合国";

  auto findings = engine.Scan(text, {});

  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(text.substr(findings[0].byte_begin, 9), "习近乎");
  EXPECT_EQ(findings[0].begin, CodePointCount(filler));
  EXPECT_EQ(text.substr(findings[1].byte_begin, findings[1].byte_end - findings[1].byte_begin), "中华人民共合国");
}

}  // namespace
}  // namespace govwatch::text

namespace govwatch::text {
namespace {

TEST(TextEngineTest, RowsOfALongRosterAreReadUnderTheirHeaderInEveryPiece) {
  // A spreadsheet attachment read as TAB lines, far longer than one scan piece: the header line
  // is carried into every piece, so the names of the last rows are still read as names (at their
  // own offsets), and a row with an ID number still makes its name a leak.
  const TextEngine& engine = testing::RepositoryEngine();
  std::string text = "序号\t身份证号码\t姓名\t救助金额\n";
  for (int row = 1; row <= 4000; ++row) text += std::to_string(row) + "\t532923********1521\t王秀兰\t800\n";
  const std::size_t last_row = text.size();
  text += "4001\t532923197208210017\t李桂兰\t1200\n";
  ASSERT_GT(text.size(), 2u << 16);

  std::size_t names = 0;
  const TextFinding* last = nullptr;
  auto findings = engine.Scan(text, {});
  for (const TextFinding& f : findings) {
    if (f.rule != "pii.name") continue;
    ++names;
    last = &f;
    EXPECT_EQ(text.substr(f.byte_begin, f.byte_end - f.byte_begin), f.text);
  }
  EXPECT_EQ(names, 4001u);
  ASSERT_NE(last, nullptr);
  EXPECT_EQ(last->text, "李桂兰");
  EXPECT_EQ(last->severity, TextSeverity::kWarn);
  EXPECT_EQ(last->begin, CodePointCount(text.substr(0, last_row)) + 24);
  EXPECT_EQ(findings.front().severity, TextSeverity::kInfo);  // 王秀兰, her ID masked
}

TEST(TextEngineTest, MaskProfileChoosesTheIdMask) {
  const TextEngine& engine = testing::RepositoryEngine();
  ScanOptions options;
  // The default keeps the first 3 and last 4 (textchecks §6.5).
  auto findings = engine.Scan("身份证号：530902199003071231", options);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestion, "530***********1231");
  options.mask_profile = MaskProfile::kHideBirthDate;
  findings = engine.Scan("身份证号：530902199003071231", options);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestion, "530902********1231");
  options.mask_profile = MaskProfile::kKeepLast4;
  findings = engine.Scan("身份证号：530902199003071231", options);
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].suggestion, "**************1231");
  EXPECT_EQ(MaskIdNumber("530902900307123"), "************123");
  EXPECT_EQ(findings[0].evidence["technique"], "GB/T 37964-2019 抑制技术（屏蔽/masking）");
}

TEST(TextEngineTest, StatisticalTierIsOptionalAndNeverSevere) {
  // The unigram fallback (no language model): only a clear gain is proposed.
  const TextEngine& engine = testing::RepositoryEngine();
  std::string text = "各部门要认真落实工作责壬。";
  ScanOptions options;

  auto without = engine.Scan(text, options);
  options.statistical_typos = true;
  auto with = engine.Scan(text, options);

  EXPECT_TRUE(without.empty());
  ASSERT_EQ(with.size(), 1u);
  EXPECT_EQ(with[0].text, "壬");
  EXPECT_EQ(with[0].suggestion, "任");
  EXPECT_EQ(with[0].check, Check::kTypo);
  EXPECT_NE(with[0].severity, TextSeverity::kSevere);
  // A weaker unigram gain (效律 → 效率) stays quiet: the fallback keeps false alarms under 1 %.
  EXPECT_TRUE(engine.Scan("进一步提高政务服务效律。", options).empty());
}

TEST(TextEngineTest, LanguageModelTierWeighsConfusionKindsAndKeepsOfficialWords) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ASSERT_TRUE(engine->HasLanguageModel());
  ScanOptions options;
  options.statistical_typos = true;
  // Same-syllable slips inside running text, and one inside an accidental word (二登).
  auto found = engine->Scan("进一步提高政务服务效律。国家科学技术进步奖分为一等奖、二登奖两个等级。", options);
  for (const TextFinding& f : found) {
    EXPECT_EQ(f.check, Check::kTypo);
    EXPECT_NE(f.severity, TextSeverity::kSevere);
    EXPECT_TRUE(f.evidence.contains("confusion"));
  }
  EXPECT_EQ(EditsOf(found), (std::vector<std::string>{"律>率", "登>等"}));
  // Clean official prose stays clean (words of the official lexicon are never second-guessed).
  EXPECT_TRUE(engine->Scan("全面贯彻落实党的二十大精神，深入推进依法行政，加快建设法治政府。", options).empty());
}

TEST(TextEngineTest, LanguageModelTierReplacesBothCharactersOfAMisspeltWord) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;
  // Two neighbouring slips of one word: no single change makes a word, the pair of the same
  // syllables does (tones may differ: 乖买 guai1 mai3 for 拐卖 guai3 mai4).
  struct Case {
    const char* text;
    const char* wrong;
    const char* right;
  };
  for (const Case& c : {Case{"公安机关严厉打击乖买妇女儿童犯罪。", "乖买", "拐卖"},
                        Case{"各地要加强鱼蒜管理，严控一般性支出。", "鱼蒜", "预算"},
                        Case{"市场监管部门为企业办理营业直招。", "直招", "执照"}}) {
    auto found = engine->Scan(c.text, options);

    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].text, c.wrong) << c.text;
    EXPECT_EQ(found[0].suggestion, c.right) << c.text;
    EXPECT_EQ(found[0].evidence["pair"], true) << c.text;
  }
  // A real word of the same syllables stays as written when the context fits it.
  EXPECT_TRUE(engine->Scan("冬季到滑雪场滑雪的游客逐年增加。", options).empty());
}

TEST(TextEngineTest, LanguageModelTierReplacesAWholeWordTypedForAnotherOfTheSameSyllables) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;
  // A pinyin input method slips by whole words: the written pair is a word itself (练习 and 平菇 of
  // the vocabulary, 维基 of the model), so a word of the same syllables that the model prefers needs
  // less gain than a pair across words.
  struct Case {
    const char* text;
    const char* wrong;
    const char* right;
    bool vocabulary_word;
  };
  for (const Case& c : {Case{"各成员单位要按照练习会议的要求，抓好工作落实。", "练习", "联席", true},
                        Case{"区政府组织开展了安全生产大检查，并对检查情况进行了综合平菇。", "平菇", "评估", true},
                        Case{"严肃查处各类维基违法行为。", "维基", "违纪", false}}) {
    auto found = engine->Scan(c.text, options);

    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].text, c.wrong) << c.text;
    EXPECT_EQ(found[0].suggestion, c.right) << c.text;
    EXPECT_EQ(found[0].evidence["pair"], true) << c.text;
    EXPECT_EQ(found[0].evidence["in_word"], c.vocabulary_word) << c.text;
    EXPECT_EQ(found[0].evidence["threshold"], StatisticalTypoChecker::kModelThresholdPairWord) << c.text;
  }
  // The same word where it belongs stays.
  EXPECT_TRUE(engine->Scan("学生们利用课余时间认真练习书法。", options).empty());
}

TEST(TextEngineTest, LanguageModelTierKeepsAWholeWordThatOnlyFrequencyArguesAgainst) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;
  // 评估 is far commoner than 平菇, but nothing around 平菇 here asks for 评估: a price report names
  // the mushroom on purpose, and the whole-word bar (which needs the context's support) does not
  // apply.
  for (const char* text : {"监测显示，本周平菇价格环比下降，香菇价格保持稳定。", "平菇每公斤6元，较上月略有回落。"}) {
    auto found = engine->Scan(text, options);

    EXPECT_TRUE(found.empty()) << text << ": " << (found.empty() ? "" : found[0].text + ">" + found[0].suggestion);
  }
}

TEST(TextEngineTest, LanguageModelTierReadsAPolyphoneAsItsWordDoes) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  if (InstalledWordReadingsPath().empty()) GTEST_SKIP() << "no libime pinyin dictionary installed";
  ScanOptions options;
  options.statistical_typos = true;
  // 参 reads can in 参训 (shen in 人参): read every way, 参训 sounds like 审讯 and the model, which
  // knows 审讯 far better, made it a slip on every training notice.
  const std::vector<const char*> training = {"全市共组织参训人员320人次，参训率达到98%。",
                                             "各单位要按时报送参训人员名单，确保参训人员按时到岗。"};
  for (const char* text : training) {
    auto found = engine->Scan(text, options);
    EXPECT_TRUE(found.empty()) << text << ": " << (found.empty() ? "" : found[0].text + ">" + found[0].suggestion);
  }
  // Without the dictionary's readings the same engine read 参训 as shen xun.
  EngineResources resources;
  resources.language_model = WordLanguageModel::kDefaultPath;
  auto every_reading = TextEngine::Load(testing::RepositoryRuleFiles(), resources);
  ASSERT_TRUE(every_reading.has_value()) << every_reading.error().message;
  int slips = 0;
  for (const char* text : training) {
    for (const TextFinding& f : every_reading->Scan(text, options)) slips += f.suggestion == "审讯" ? 1 : 0;
  }
  EXPECT_GT(slips, 0);
  // A whole-word slip whose written word reads one way is still found.
  auto found = engine->Scan("各成员单位要按照练习会议的要求，抓好工作落实。", options);
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].suggestion, "联席");
  // 盖 reads gai in 覆盖 (ge as a surname): 合 (ge as a measure) is no homophone there. With 提喜 (体系)
  // corrected in the sentence, its other candidates get the burst bonus, and 覆合 had passed.
  found = engine->Scan(
      "健全政府主导、社会参与、全民覆盖、普惠共享、城乡一体、可持续的基本公共服务提喜，增强基本公共服务能力。",
      options);
  ASSERT_EQ(found.size(), 1U);
  EXPECT_EQ(found[0].text, "提喜");
  EXPECT_EQ(found[0].suggestion, "体系");
}

TEST(TextEngineTest, LanguageModelTierReadsTitlesOfOfficialDocumentsButNotOtherTitles) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;
  // A title that names an official document by its kind (办法, also before a bracket such as
  // （试行）) is official vocabulary, and a slip in it is corrected like one in the text around it.
  for (const char* text : {"县政府印发《关于加强农村饮水安全工程运行菅理的实施办法》。",
                           "全县认真贯彻《关于加强农村饮水安全工程运行菅理的实施办法（试行）》。"}) {
    auto found = engine->Scan(text, options);

    ASSERT_EQ(found.size(), 1u) << text;
    EXPECT_EQ(found[0].text + ">" + found[0].suggestion, "菅>管") << text;
  }
  // The same slip in the title of a film stays protected: such titles are names.
  EXPECT_TRUE(engine->Scan("学校组织学生观看了纪录片《饮水工程运行菅理》。", options).empty());
}

TEST(TextEngineTest, LanguageModelTierFindsCharactersOneComponentApart) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;
  // confusion_components.tsv: a component added (贝 for 员), a radical swapped (汁 for 计) and a
  // short character one stroke short (厂 for 广), none of them in the shape columns.
  struct Case {
    const char* text;
    const char* wrong;
    const char* right;
  };
  for (const Case& c : {Case{"全体党贝要牢记初心使命，发挥先锋模范作用。", "贝", "员"},
                        Case{"据统汁，全市上半年新增市场主体一万余户。", "汁", "计"},
                        Case{"各乡镇要厂泛开展森林防火宣传。", "厂", "广"}}) {
    auto found = engine->Scan(c.text, options);

    ASSERT_EQ(found.size(), 1u) << c.text;
    EXPECT_EQ(found[0].text, c.wrong) << c.text;
    EXPECT_EQ(found[0].suggestion, c.right) << c.text;
    EXPECT_EQ(found[0].evidence["confusion"], "shape") << c.text;
  }
}

TEST(TextEngineTest, LanguageModelTierWeighsLooseSoundPairsAsNearSyllables) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;

  // 销 (xiao) for 教 (jiao) is an ECSpell sound pair without a common syllable: found on strong
  // evidence, with the near-syllable prior rather than the other-tone one.
  auto found = engine->Scan("县财政局加大对义务销育阶段学校的经费保障。", options);

  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].text + ">" + found[0].suggestion, "销>教");
  EXPECT_EQ(found[0].evidence["confusion"], "near_syllable");
}

TEST(TextEngineTest, LanguageModelTierPutsNoWordOverAParallelPattern) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;

  // 兜牢兜实 repeats 兜 on purpose: the model alone would read 兜实 as 都市 and then, with the
  // burst bonus, 兜牢 as 套牢.
  auto parallel = engine->Scan("各地要兜牢兜实基本民生底线。", options);
  // A single slip that happens to repeat a character two places away is still found.
  auto slip = engine->Scan("要建立建全长效工作机制。", options);

  EXPECT_TRUE(parallel.empty()) << parallel.size() << " findings, first: "
                                << (parallel.empty() ? "" : parallel[0].text + ">" + parallel[0].suggestion);
  ASSERT_EQ(slip.size(), 1u);
  EXPECT_EQ(slip[0].text + ">" + slip[0].suggestion, "建>健");
}

TEST(TextEngineTest, LanguageModelTierLeavesReduplicationAlone) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;

  // 坎坎坷坷 is written on purpose; the model alone would prefer 坎坎可可.
  auto found = engine->Scan("山路坎坎坷坷，村民出行十分不便。", options);

  EXPECT_TRUE(found.empty()) << found.size() << " findings, first: " << (found.empty() ? "" : found[0].text);
}

TEST(TextEngineTest, CorrectionThatRestoresTheWrittenTextIsDropped) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;

  // Normalisation folds 覆 to 复 and 著 to 着; the model then prefers the written character back.
  auto found = engine->Scan("配方施肥技术推广覆盖率达到百分之九十，应急救援能力显著增强。", options);

  EXPECT_TRUE(found.empty()) << found.size() << " findings, first: " << (found.empty() ? "" : found[0].text);
}

TEST(TextEngineTest, LanguageModelTierLowersTheBarForEarlierClausesOfASentenceWithACorrection) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;
  auto pairs_of = [&](std::string_view text) { return EditsOf(engine->Scan(text, options)); };

  // 本育 alone is too weak to report; a clear slip later in the sentence (建身) makes it likely.
  auto alone = pairs_of("各地要组织社会本育指导员深入社区。");
  auto clean_later = pairs_of("各地要组织社会本育指导员深入社区，为群众提供科学健身指导。");
  auto slip_later = pairs_of("各地要组织社会本育指导员深入社区，为群众提供科学建身指导。");

  EXPECT_TRUE(alone.empty());
  EXPECT_TRUE(clean_later.empty());
  EXPECT_EQ(slip_later, (std::vector<std::string>{"本>体", "建>健"}));
}

TEST(TextEngineTest, LanguageModelTierChangesACharacterBeforeATitleOnlyIntoOfficialVocabulary) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;

  auto party = engine->Scan("县委召开各乡镇党祖书记座谈会。", options);
  auto commission = engine->Scan("市纪律检擦委员会派出督查组。", options);
  auto person = engine->Scan("王晔同志任县委办公室主任。", options);
  auto village = engine->Scan("柳泉口村驻村工作队开展走访。", options);

  ASSERT_EQ(party.size(), 1u);
  EXPECT_EQ(party[0].text + ">" + party[0].suggestion, "祖>组");
  ASSERT_EQ(commission.size(), 1u);
  EXPECT_EQ(commission[0].text + ">" + commission[0].suggestion, "擦>查");
  EXPECT_TRUE(person.empty());   // a name before 同志
  EXPECT_TRUE(village.empty());  // a place name before 村 is never changed
}

TEST(TextEngineTest, LanguageModelTierPutsNoHomophonePairOverARareCharacter) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;

  // 圃 and 瘴 are outside the 3,500 common characters an input method offers: 范圃 is a shape slip
  // of one character (范围), 顽瘴痼疾 a rare phrase written on purpose; neither is two homophone slips
  // (反扑, 万丈). Pairs of common characters (乖买, 鱼蒜) are still replaced, see above.
  for (const char* text : {"不属于本机关职责范圃的，应当告知申请人。", "要以钉钉子精神破除顽瘴痼疾，推动改革落地见效。"}) {
    auto found = engine->Scan(text, options);
    for (const TextFinding& f : found) {
      EXPECT_FALSE(f.evidence["pair"].get<bool>()) << text << ": " << f.text << ">" << f.suggestion;
    }
  }
}

TEST(TextEngineTest, LanguageModelTierPrefersOfficialDocumentWords) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;
  auto pairs_of = [&](std::string_view text) { return EditsOf(engine->Scan(text, options)); };

  // Looking alike is mutual: ECSpell lists 敕 under 整 and 责 under 债, not the other way round.
  EXPECT_EQ(pairs_of("各县区要对排查出的隐患制定敕改措施，督促限期消除。"), (std::vector<std::string>{"敕>整"}));
  EXPECT_EQ(pairs_of("有效防范化解地方政府隐性责务风险。"), (std::vector<std::string>{"责>债"}));
  // A 公文 word made by the edit (污水, 考核) is what the sentence meant.
  EXPECT_EQ(pairs_of("加快推进城镇屋水处理设施建设和改造。"), (std::vector<std::string>{"屋>污"}));
  EXPECT_EQ(pairs_of("年度工作靠河结果作为干部评优评先的重要依据。"), (std::vector<std::string>{"靠河>考核"}));
  // An edit that makes no such word needs more than the general model's preference: 壮秧 (strong
  // seedlings) stays, though the model likes 壮阳 better.
  EXPECT_TRUE(pairs_of("加强秧田管理，科学调控肥水，培育壮秧。").empty());
  // A look-alike over a word of the model is not helped into 新区, and nothing follows from it.
  EXPECT_EQ(pairs_of("全市上下要勠力同心谋新篇，砥砺前行开新局。"), (std::vector<std::string>{"勠>戮"}));
  // Nor is a written word replaced by a 公文 word its context does not ask for (评估).
  EXPECT_TRUE(pairs_of("监测显示，本周平菇价格环比下降，香菇价格保持稳定。").empty());
}

TEST(TextEngineTest, LanguageModelTierLowersNoBarAfterCorrectingARareCharacter) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;
  auto pairs_of = [&](std::string_view text) { return EditsOf(engine->Scan(text, options)); };

  // 勠 and 楫 are rare: the model knows little of them and any common character gains much there.
  // Their correction (itself doubtful: 勠力 and 奋楫 are written on purpose) is no sign of a careless
  // sentence, so the burst bonus does not turn 新篇, 新局, 过坎 and 夺隘 into slips.
  EXPECT_EQ(pairs_of("全市上下要勠力同心谋新篇，砥砺前行开新局。"), (std::vector<std::string>{"勠>戮"}));
  // 奋楫 itself no longer clears the bar (5.5 since the official-word bonus); 过坎 and 夺隘 stay too.
  EXPECT_EQ(pairs_of("各级干部要在爬坡过坎中闯关夺隘，奋楫向前。"), (std::vector<std::string>{}));
}

TEST(TextEngineTest, LanguageModelTierLeavesShortTextBlocksAlone) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;
  auto pairs_of = [&](std::string_view text) { return EditsOf(engine->Scan(text, options)); };

  // A pagination bar as the page text gives it (link texts glued on one line): the model reads
  // 下一页一页 for 下一页尾页, since nothing around says which words these are.
  EXPECT_TRUE(pairs_of("政策解读\n123下一页尾页首页\n2022.03.02").empty());
  // A table cell after its column header is as short a block; a long value is read as prose.
  EXPECT_TRUE(pairs_of("事项：服务效律\n").empty());
  EXPECT_EQ(pairs_of("备注：进一步提高政务服务效律。\n"), (std::vector<std::string>{"律>率"}));
}

TEST(ProtectedSpanFinderTest, DatesInChineseNumeralsAreProtected) {
  ProtectedSpanFinder finder;
  const std::u32string text = U"市人民政府办公室\n二〇二四年三月五日\n（二○二三年十二月三十一日起施行，二十四年来）";

  std::vector<std::u32string> dates;
  for (const ProtectedSpan& s : finder.Find(text)) {
    if (s.kind == SpanKind::kDate) dates.push_back(text.substr(s.span.begin, s.span.end - s.span.begin));
  }

  // 二十四年 is a count of years, not a date.
  EXPECT_EQ(dates, (std::vector<std::u32string>{U"二〇二四年三月五日", U"二○二三年十二月三十一日"}));
}

TEST(TextEngineTest, LanguageModelTierLeavesADateInChineseNumeralsAlone) {
  const TextEngine* engine = testing::LanguageModelEngine();
  if (engine == nullptr) GTEST_SKIP() << "no libime model installed";
  ScanOptions options;
  options.statistical_typos = true;
  // The model reads 二〇二四 as a slip for 二〇二十 (二十 is a word) unless the date is protected.
  EXPECT_TRUE(EditsOf(engine->Scan("特此通知。\n市人民政府办公室\n二〇二四年三月五日", options)).empty());
}

}  // namespace
}  // namespace govwatch::text
