// T4 site-corpus contrast (textchecks §4.5): a rare string whose one-character confusion variant is
// at least 50 times more frequent over the monitored pages is a typo (issue 4).
#include "text/corpus_contrast.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "common/strings.hpp"
#include "test_rules.hpp"
#include "text/text_engine.hpp"

namespace govwatch::text {
namespace {

// Sentences of the kind every government news page repeats.
const std::vector<std::string> kSentences = {
    "为进一步做好安全生产工作，县应急管理局近日对相关工作进行了专题研究和安排部署。",
    "会议强调，各单位要进一步提高思想认识，切实增强做好工作的责任感和紧迫感。",
    "下一步，将进一步加大工作力度，推动各项措施落地落实。",
    "要进一步完善应急预案，组织开展应急演练，提升应急处置能力。",
};

std::string Page(int i) {
  return kSentences[static_cast<std::size_t>(i) % kSentences.size()] +
         kSentences[static_cast<std::size_t>(i + 1) % kSentences.size()];
}

// Counts `pages` through the engine (first pass), then scans `target` with the candidates.
std::vector<TextFinding> ContrastFindings(const std::vector<std::string>& pages, const std::string& target) {
  const TextEngine& engine = testing::RepositoryEngine();
  CorpusContrast corpus = engine.NewCorpusContrast();
  ScanOptions count;
  count.corpus = &corpus;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    count.corpus_group = static_cast<std::uint32_t>(i % 3);
    (void)engine.Scan(pages[i], count);
  }
  const std::vector<ContrastCandidate> candidates = corpus.Find();
  ScanOptions report;
  report.contrast = &candidates;
  std::vector<TextFinding> out;
  for (TextFinding& f : engine.Scan(target, report)) {
    if (StartsWith(f.rule, "typo.contrast:")) out.push_back(std::move(f));
  }
  return out;
}

TEST(CorpusContrastTest, FlagsRareVariantOfFrequentPhrase) {
  std::vector<std::string> pages;
  for (int i = 0; i < 80; ++i) pages.push_back(Page(i));
  const std::string typo = "会议要求，要进一布加强统筹协调，确保各项任务按时完成。";
  pages.push_back(typo);

  const std::vector<TextFinding> findings = ContrastFindings(pages, typo);

  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].check, Check::kTypo);
  EXPECT_EQ(findings[0].severity, TextSeverity::kWarn);
  EXPECT_EQ(findings[0].text, "进一布");
  EXPECT_EQ(findings[0].suggestion, "进一步");
  EXPECT_EQ(findings[0].rule, "typo.contrast:进一布");
  EXPECT_EQ(findings[0].evidence.at("count"), 1);
  EXPECT_GE(findings[0].evidence.at("variant_count").get<int>(), 80);
  EXPECT_EQ(typo.substr(findings[0].byte_begin, findings[0].byte_end - findings[0].byte_begin), "进一布");
}

TEST(CorpusContrastTest, FlagsARareVariantOneComponentApart) {
  // 汁 for 计 (a radical swapped) is in none of the sound or shape columns, only in
  // confusion_components.tsv.
  std::vector<std::string> pages;
  for (int i = 0; i < 60; ++i) {
    pages.push_back("据统计，今年以来全县共开展安全生产检查" + std::to_string(100 + i) + "次，排查整改隐患一批。");
  }
  const std::string typo = "据统汁，上半年全县新登记市场主体三千余户。";
  pages.push_back(typo);

  const std::vector<TextFinding> findings = ContrastFindings(pages, typo);

  ASSERT_FALSE(findings.empty());
  EXPECT_EQ(findings[0].suggestion.find("计") != std::string::npos, true) << findings[0].text;
  EXPECT_NE(findings[0].text.find("统汁"), std::string::npos) << findings[0].text;
}

// Pages scanned on several threads hand their normalised pieces back (ScanOptions::corpus_pieces)
// and are counted afterwards in page order: the same counts and candidates as a serial scan. The
// second pass with contrast_only gives the same contrast findings and skips the pages holding no
// candidate.
TEST(CorpusContrastTest, PiecesCountedInOrderMatchTheSerialScanAndContrastOnlySkipsCleanPages) {
  const TextEngine& engine = testing::RepositoryEngine();
  std::vector<std::string> pages;
  for (int i = 0; i < 80; ++i) pages.push_back(Page(i));
  const std::string typo = "会议要求，要进一布加强统筹协调，确保各项任务按时完成。";
  pages.push_back(typo);

  CorpusContrast serial = engine.NewCorpusContrast();
  CorpusContrast collected = engine.NewCorpusContrast();
  for (std::size_t i = 0; i < pages.size(); ++i) {
    ScanOptions count;
    count.corpus = &serial;
    count.corpus_group = 1;
    const std::vector<TextFinding> counted = engine.Scan(pages[i], count);
    std::vector<CorpusPiece> pieces;
    ScanOptions hand_back;
    hand_back.corpus_pieces = &pieces;
    const std::vector<TextFinding> handed = engine.Scan(pages[i], hand_back);
    ASSERT_EQ(handed.size(), counted.size()) << "handing the pieces back changes no finding";
    ASSERT_EQ(pieces.size(), 1u);
    EXPECT_EQ(pieces[0].blocked.size(), pieces[0].text.size());
    for (const CorpusPiece& piece : pieces) collected.Add(piece.text, piece.blocked, 1);
  }
  EXPECT_EQ(collected.Documents(), serial.Documents());
  EXPECT_EQ(collected.Entries(), serial.Entries());
  EXPECT_EQ(collected.Count(U"进一步"), serial.Count(U"进一步"));
  EXPECT_GE(collected.Count(U"进一步"), 80u);
  const std::vector<ContrastCandidate> candidates = collected.Find();
  ASSERT_EQ(candidates.size(), serial.Find().size());
  ASSERT_FALSE(candidates.empty());

  ScanOptions only;
  only.contrast = &candidates;
  only.contrast_only = true;
  const std::vector<TextFinding> on_typo = engine.Scan(typo, only);
  const auto contrast = std::find_if(on_typo.begin(), on_typo.end(),
                                     [](const TextFinding& f) { return f.rule == "typo.contrast:进一布"; });
  ASSERT_NE(contrast, on_typo.end());
  EXPECT_EQ(contrast->suggestion, "进一步");
  // A page with no candidate in it yields nothing, not even its other findings (a typo pair).
  const std::string clean = "各单位要仍就存在的问题抓好整改。";
  ScanOptions full;
  full.contrast = &candidates;
  EXPECT_FALSE(engine.Scan(clean, full).empty());
  EXPECT_TRUE(engine.Scan(clean, only).empty());
}

TEST(CorpusContrastTest, KeepsRareStringWhoseVariantIsNotFiftyTimesMoreFrequent) {
  // 权力 and 权利 are both words; 40 pages on 权利 do not make the one page on 权力 a typo.
  std::vector<std::string> pages;
  for (int i = 0; i < 40; ++i) pages.push_back("依法保障公民合法权利，切实维护群众切身利益。" + Page(i));
  const std::string legit = "健全权力运行制约和监督体系。";
  pages.push_back(legit);

  const std::vector<TextFinding> findings = ContrastFindings(pages, legit);

  EXPECT_TRUE(findings.empty()) << findings.front().text << " -> " << findings.front().suggestion;
}

TEST(CorpusContrastTest, KeepsRareStringThatIsPartOfAWordInItsContext) {
  // 据有 is rare beside the frequent 具有, but in 根据有关 the 据 belongs to 根据; 专题回 is rare
  // beside 专题会, but 回 belongs to 回顾.
  std::vector<std::string> pages;
  for (int i = 0; i < 80; ++i) {
    pages.push_back(Page(i) + "该单位具有相应资质，召开专题会研究部署。");
  }
  const std::string legit = "根据有关规定，现予以公示。往期工作情况请参阅专题回顾。";
  pages.push_back(legit);

  const std::vector<TextFinding> findings = ContrastFindings(pages, legit);

  EXPECT_TRUE(findings.empty()) << findings.front().text << " -> " << findings.front().suggestion;
}

TEST(CorpusContrastTest, IgnoresProtectedSpans) {
  // The rare variant sits inside a document title in 《》 only: titles are quoted as issued.
  std::vector<std::string> pages;
  for (int i = 0; i < 80; ++i) pages.push_back(Page(i));
  const std::string titled = "现将《关于进一布加强安全管理的通知》转发给你们，请认真贯彻执行。";
  pages.push_back(titled);

  const std::vector<TextFinding> findings = ContrastFindings(pages, titled);

  EXPECT_TRUE(findings.empty()) << findings.front().text;
}

TEST(CorpusContrastTest, RatioThresholdIsFiftyTimes) {
  ConfusionTable confusions;
  confusions.AddPair(U'秆', U'杆');
  for (int frequent : {49, 50}) {
    CorpusContrast corpus(confusions, ContrastOptions{});
    for (int i = 0; i < frequent; ++i) corpus.Add(U"严禁露天焚烧，推进秸秆综合利用。", {}, 0);
    corpus.Add(U"禁止露天焚烧秸杆。", {}, 1);

    const std::vector<ContrastCandidate> found = corpus.Find();

    // Only 秸杆 has a frequent variant (烧秸秆 never occurs).
    const bool flagged = !found.empty();
    EXPECT_EQ(flagged, frequent >= 50) << "variant pages " << frequent;
    for (const ContrastCandidate& c : found) {
      EXPECT_EQ(c.count, 1u);
      EXPECT_EQ(c.groups, 1u << 1) << EncodeUtf8(c.text);
      EXPECT_NE(c.text.find(U'杆'), std::u32string::npos);
    }
  }
}

TEST(CorpusContrastTest, BlockedPositionsAreNotCounted) {
  ConfusionTable confusions;
  confusions.AddPair(U'布', U'步');
  CorpusContrast corpus(confusions, ContrastOptions{});
  for (int i = 0; i < 60; ++i) corpus.Add(U"进一步加强管理", {}, 0);
  const std::u32string name_line = U"联系人：王一布";
  std::vector<std::uint8_t> blocked(name_line.size(), 0);
  for (std::size_t i = 4; i < name_line.size(); ++i) blocked[i] = 1;  // a name
  corpus.Add(name_line, blocked, 0);

  EXPECT_EQ(corpus.Count(U"一布"), 0u);
  EXPECT_EQ(corpus.Count(U"一步"), 60u);
  EXPECT_TRUE(corpus.Find().empty());
}

TEST(CorpusContrastTest, PruningNeverUnderstatesARareCount) {
  // A tiny table forces pruning; 秸杆 occurs 5 times spread through the corpus, so it is not
  // rare, and must not come out with a count of 3 or less after its early counts were dropped.
  ConfusionTable confusions;
  confusions.AddPair(U'秆', U'杆');
  ContrastOptions options;
  options.max_entries = 512;
  CorpusContrast corpus(confusions, options);
  for (int i = 0; i < 300; ++i) {
    corpus.Add(U"推进秸秆综合利用", {}, 0);
    // Fresh strings that fill the table between the occurrences.
    std::u32string filler;
    for (int k = 0; k < 8; ++k) filler.push_back(static_cast<char32_t>(0x4E00 + (i * 8 + k) % 8000));
    corpus.Add(filler, {}, 0);
    if (i % 60 == 59) corpus.Add(U"秸杆", {}, 0);
  }

  EXPECT_LE(corpus.Entries(), 512u);
  EXPECT_GE(corpus.Count(U"秸秆"), 250u);
  for (const ContrastCandidate& c : corpus.Find()) {
    EXPECT_GT(c.count, 3u) << "never reported; " << EncodeUtf8(c.text);
  }
  EXPECT_TRUE(corpus.Find().empty());
}

TEST(ConfusionTableTest, RejectsMultiCharacterKeyAndNamesTheLine) {
  ConfusionTable table;

  auto added = table.Add("confusion_shape.tsv", "# comment\n人\t入八\n进一\t步\n");

  ASSERT_FALSE(added.has_value());
  EXPECT_NE(added.error().message.find("confusion_shape.tsv line 3"), std::string::npos) << added.error().message;
}

}  // namespace
}  // namespace govwatch::text
