#include "registry/importer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>

#include "common/time.hpp"

namespace govwatch::registry {
namespace {

class ImporterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = store::OpenSqlite(":memory:");
    ASSERT_TRUE(r);
    repo_ = std::move(*r);
    dir_ = std::filesystem::temp_directory_path() / ("govwatch-import-" + std::to_string(::getpid()) + "-" +
                                                      ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path Write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
    return dir_ / name;
  }
  std::unique_ptr<store::Repository> repo_;
  std::filesystem::path dir_;
  ManualClock clock_{1648742399};
};

const char* kUnits =
    "单位名称,单位类型,上级单位\n云岭市人民政府,其他,\n青川县人民政府,县区政府,云岭市人民政府\n"
    "云岭市财政局,市直部门,云岭市人民政府\n";
const char* kSites =
    "网站名称,网站标识码,首页网址,主办单位,网站类型,运行状态,对外服务职能,留言平台,备注\n"
    "云岭市人民政府门户网站,5399000001,http://127.0.0.1:18000/,云岭市人民政府,门户,运行,是,是,x\n"
    "青川县人民政府门户网站,5399010001,http://127.0.0.1:18001/,青川县人民政府,门户,运行,是,否,\n";

TEST_F(ImporterTest, ImportsFilesInDependencyOrderWhateverTheCommandLineOrder) {
  const auto sites = Write("sites.csv", kSites);
  const auto units = Write("units.csv", kUnits);
  const auto columns = Write("columns.csv",
                             "栏目名称,所属网站,主办单位,栏目网址,栏目类型,上级栏目,信息公开专栏\n"
                             "云岭市财政局信息公开专栏,5399000001,云岭市财政局,http://127.0.0.1:18000/zfxxgk/czj/,"
                             "动态要闻,,是\n");

  const ImportOutcome out = ImportFiles(*repo_, {columns, sites, units}, clock_);

  ASSERT_TRUE(out.failed_file.empty()) << (out.problems.empty() ? "" : out.problems[0]);
  ASSERT_EQ(out.imported.size(), 3u);
  EXPECT_EQ(out.imported[0].kind, TableKind::kUnits);
  EXPECT_EQ(out.imported[1].kind, TableKind::kSites);
  EXPECT_EQ(out.imported[1].created, 2);
  EXPECT_EQ(out.imported[1].warnings.size(), 1u);  // the 备注 column is ignored
  auto cols = repo_->ListColumns();
  ASSERT_TRUE(cols);
  ASSERT_EQ(cols->size(), 1u);
  EXPECT_TRUE(cols->at(0).disclosure);
  EXPECT_EQ(cols->at(0).type, model::ColumnType::kNews);
}

TEST_F(ImporterTest, BadFileIsRejectedWholeWithEveryProblemAndItsLine) {
  ASSERT_TRUE(ImportFiles(*repo_, {Write("units.csv", kUnits)}, clock_).failed_file.empty());
  const auto bad = Write("sites.csv",
                         "网站名称,网站标识码,首页网址,主办单位\n"
                         "好网站,5399000001,http://127.0.0.1:18000/,云岭市人民政府\n"
                         ",5399000002,http://127.0.0.1:18003/,云岭市人民政府\n"
                         "坏网址,5399000003,not a url,云岭市人民政府\n"
                         "未知单位,5399000004,http://127.0.0.1:18004/,不存在的局\n"
                         "重复,5399000001,http://127.0.0.1:18005/,云岭市人民政府\n"
                         "坏标识码,12345,http://127.0.0.1:18006/,云岭市人民政府\n");

  const ImportOutcome out = ImportFiles(*repo_, {bad}, clock_);

  EXPECT_EQ(out.failed_file, bad.string());
  const std::string f = bad.string();
  ASSERT_EQ(out.problems.size(), 5u);
  EXPECT_EQ(out.problems[0].rfind(f + ":3: 网站名称:", 0), 0u) << out.problems[0];
  EXPECT_EQ(out.problems[1].rfind(f + ":4: 首页网址:", 0), 0u) << out.problems[1];
  EXPECT_EQ(out.problems[2].rfind(f + ":5: 主办单位:", 0), 0u) << out.problems[2];
  EXPECT_EQ(out.problems[3].rfind(f + ":6: 网站标识码:", 0), 0u) << out.problems[3];
  EXPECT_EQ(out.problems[4].rfind(f + ":7: 网站标识码:", 0), 0u) << out.problems[4];
  auto sites = repo_->ListSites();
  ASSERT_TRUE(sites);
  EXPECT_TRUE(sites->empty()) << "nothing from a rejected file may be written";
}

TEST_F(ImporterTest, EnglishHeadersAndReimportReportChanges) {
  ASSERT_TRUE(ImportFiles(*repo_, {Write("units.csv", kUnits)}, clock_).failed_file.empty());
  const auto v1 = Write("s1.csv",
                        "name,site_code,url,unit,status\nPortal,5399000001,http://127.0.0.1:18000/,云岭市人民政府,running\n");
  const auto v2 = Write("s2.csv",
                        "name,site_code,url,unit,status\nPortal,5399000001,http://127.0.0.1:18000/,云岭市人民政府,关停\n");

  ASSERT_TRUE(ImportFiles(*repo_, {v1}, clock_).failed_file.empty());
  const ImportOutcome again = ImportFiles(*repo_, {v2}, clock_);

  ASSERT_TRUE(again.failed_file.empty());
  ASSERT_EQ(again.imported.size(), 1u);
  EXPECT_EQ(again.imported[0].updated, 1);
  ASSERT_EQ(again.imported[0].changes.size(), 1u);
  EXPECT_NE(again.imported[0].changes[0].find("status"), std::string::npos);
}

TEST_F(ImporterTest, MessagesWithRepliesBeforeReceiptAreRejected) {
  ASSERT_TRUE(ImportFiles(*repo_, {Write("units.csv", kUnits), Write("sites.csv", kSites)}, clock_).failed_file.empty());
  const auto msgs = Write("messages.csv",
                          "留言编号,所属网站,受理单位,留言时间,答复时间,留言类型,标题\n"
                          "M1,5399000001,云岭市财政局,2022-01-05 09:00,2022-01-06 10:00,咨询,问社保\n"
                          "M2,云岭市人民政府门户网站,,2022/1/7 9:00,2022-01-06 10:00,咨询,问医保\n"
                          "M3,5399000001,,2022-13-01,,咨询,坏日期\n");

  const ImportOutcome out = ImportFiles(*repo_, {msgs}, clock_);

  ASSERT_EQ(out.problems.size(), 2u);
  EXPECT_NE(out.problems[0].find(":3: 答复时间:"), std::string::npos) << out.problems[0];
  EXPECT_NE(out.problems[1].find(":4: 留言时间:"), std::string::npos) << out.problems[1];
}

TEST_F(ImporterTest, UnknownHeaderNamesTheFile) {
  const ImportOutcome out = ImportFiles(*repo_, {Write("x.csv", "foo,bar\n1,2\n")}, clock_);

  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_NE(out.problems[0].find("x.csv:1: header: not a known table"), std::string::npos);
}

// Message-board exports as real boards print them; a file with one bad row imports nothing.
TEST_F(ImporterTest, MessagesInTheFormsBoardsPrintAndAllOrNothing) {
  ASSERT_TRUE(ImportFiles(*repo_, {Write("units.csv", kUnits), Write("sites.csv", kSites)}, clock_).failed_file.empty());
  const auto good = Write("m1.csv",
                          "留言编号,所属网站,受理单位,留言时间,答复时间,留言类型,标题\n"
                          "M1,5399000001,云岭市财政局,2022-03-01 10:20,2022/3/2 9:05,简单咨询,问社保\n"
                          "M2,5399000001,,2022年3月1日 10时20分,2022年03月03日16:40,咨询,问医保\n"
                          "M3,5399000001,,2022/3/1,,建议,未答复\n");
  const ImportOutcome ok = ImportFiles(*repo_, {good}, clock_);
  ASSERT_TRUE(ok.failed_file.empty()) << (ok.problems.empty() ? "" : ok.problems[0]);
  auto messages = repo_->ListMessages();
  ASSERT_TRUE(messages);
  ASSERT_EQ(messages->size(), 3u);
  std::map<std::string, model::CitizenMessage> by_id;
  for (const model::CitizenMessage& m : *messages) by_id[m.message_id] = m;
  EXPECT_EQ(FormatTime(by_id["M1"].received_at), "2022-03-01 10:20:00");
  EXPECT_EQ(FormatTime(*by_id["M1"].replied_at), "2022-03-02 09:05:00");
  EXPECT_EQ(FormatTime(by_id["M2"].received_at), "2022-03-01 10:20:00");
  EXPECT_EQ(FormatTime(*by_id["M2"].replied_at), "2022-03-03 16:40:00");
  EXPECT_EQ(FormatTime(by_id["M3"].received_at), "2022-03-01 00:00:00");
  EXPECT_FALSE(by_id["M3"].replied_at);

  const auto bad = Write("m2.csv",
                         "留言编号,所属网站,受理单位,留言时间,答复时间,留言类型,标题\n"
                         "N1,5399000001,,2022-03-05 10:00,2022-03-06 10:00,咨询,好行\n"
                         "N2,5399000001,,2022年3月5日 10时,2022-03-06,咨询,时刻不全\n"
                         "N3,5399000001,,2022-03-05 10:00,2022-03-04 10:00,咨询,答复早于留言\n"
                         "N4,5399000009,,2022-03-05 10:00,,咨询,未知网站\n"
                         ",5399000001,,2022-03-05 10:00,,咨询,无编号\n");
  const ImportOutcome out = ImportFiles(*repo_, {bad}, clock_);
  EXPECT_EQ(out.failed_file, bad.string());
  ASSERT_EQ(out.problems.size(), 4u);
  EXPECT_NE(out.problems[0].find(":3: 留言时间:"), std::string::npos) << out.problems[0];
  EXPECT_NE(out.problems[1].find(":4: 答复时间:"), std::string::npos) << out.problems[1];
  EXPECT_NE(out.problems[2].find(":5: 所属网站:"), std::string::npos) << out.problems[2];
  EXPECT_NE(out.problems[3].find(":6: 留言编号:"), std::string::npos) << out.problems[3];
  messages = repo_->ListMessages();
  ASSERT_TRUE(messages);
  EXPECT_EQ(messages->size(), 3u) << "the good row N1 of a rejected file is not imported either";
}

TEST_F(ImporterTest, MessageBoardExportWithItsOwnHeadersAndPlaceholders) {
  ASSERT_TRUE(ImportFiles(*repo_, {Write("units.csv", kUnits), Write("sites.csv", kSites)}, clock_).failed_file.empty());
  // A board system's own export: its headers (信件编号, 来信时间, 回复时间 …), a status column,
  // "—" and 未回复 for no reply yet, kinds of its own, and offices the registry does not list.
  const auto file = Write("board.csv",
                          "信件编号,网站名称,办理单位,来信时间,回复时间,信件类型,信件标题,办理状态\n"
                          "X1,5399000001,云岭市财政局,2022.03.01 10:00:00.000,—,咨询类,问社保,办理中\n"
                          "X2,5399000001,云岭市城关街道办事处,2022-03-02T09:05:00+08:00,2022-03-03 08:00:00,求助,路灯坏了,已办结\n"
                          "X3,5399000001,,20220304,未回复,意见建议,公交线路,未办结\n"
                          "X4,5399000001,,2022-03-05 08:00,,咨询,无答复时间,已办结\n"
                          "X5,5399000001,,2022-03-06 08:00,正在办理,咨询,状态写在答复时间里,已受理\n");
  const ImportOutcome out = ImportFiles(*repo_, {file}, clock_);
  ASSERT_TRUE(out.failed_file.empty()) << (out.problems.empty() ? "" : out.problems[0]);
  auto messages = repo_->ListMessages();
  ASSERT_TRUE(messages);
  ASSERT_EQ(messages->size(), 5u);
  std::map<std::string, model::CitizenMessage> by_id;
  for (const model::CitizenMessage& m : *messages) by_id[m.message_id] = m;
  EXPECT_EQ(FormatTime(by_id["X1"].received_at), "2022-03-01 10:00:00");
  EXPECT_FALSE(by_id["X1"].replied_at);
  EXPECT_EQ(by_id["X1"].kind, model::MessageKind::kConsultation);
  EXPECT_EQ(by_id["X1"].title, "问社保");
  EXPECT_EQ(FormatTime(by_id["X2"].received_at), "2022-03-02 09:05:00");
  EXPECT_EQ(FormatTime(*by_id["X2"].replied_at), "2022-03-03 08:00:00");
  EXPECT_EQ(by_id["X2"].kind, model::MessageKind::kOther);
  EXPECT_EQ(by_id["X2"].unit, "云岭市城关街道办事处");
  EXPECT_FALSE(by_id["X3"].replied_at);
  EXPECT_EQ(by_id["X3"].kind, model::MessageKind::kSuggestion);
  // What was read another way is said, with its line.
  ASSERT_EQ(out.imported.size(), 1u);
  std::string warnings;
  for (const std::string& w : out.imported[0].warnings) warnings += w + "\n";
  EXPECT_EQ(warnings.find("办理状态"), warnings.rfind("办理状态")) << "only the status that contradicts: " << warnings;
  EXPECT_NE(warnings.find(":5: 办理状态: “已办结”但无答复时间"), std::string::npos) << warnings;
  EXPECT_FALSE(by_id["X4"].replied_at) << "the reply time decides";
  EXPECT_FALSE(by_id["X5"].replied_at) << "a status in the reply-time cell means no reply yet";
  EXPECT_NE(warnings.find(":3: 留言类型"), std::string::npos) << warnings;
  EXPECT_NE(warnings.find(":3: 受理单位"), std::string::npos) << warnings;

  // A placeholder is no date where a date is required.
  const auto bad = Write("board2.csv", "信件编号,网站名称,来信时间,回复时间\nY1,5399000001,—,2022-03-03\n");
  const ImportOutcome rejected = ImportFiles(*repo_, {bad}, clock_);
  EXPECT_EQ(rejected.failed_file, bad.string());
  ASSERT_FALSE(rejected.problems.empty());
  EXPECT_NE(rejected.problems[0].find(":2: 留言时间:"), std::string::npos) << rejected.problems[0];
}

TEST_F(ImporterTest, RegistryExportsUnderTheirOwnHeaders) {
  // The same registry as kUnits / kSites, and an account list, as other systems head their columns.
  const auto units = Write("u.csv", "机构名称,机构类型,上级机构\n云岭市人民政府,其他,\n云岭市财政局,市直部门,云岭市人民政府\n");
  const auto sites = Write("s.csv", "网站名称,网站标识码,网站地址,开办单位,网站分类,网站状态\n"
                                    "云岭市人民政府门户网站,5399000001,http://127.0.0.1:1/,云岭市人民政府,门户,运行\n");
  const auto accounts = Write("a.csv", "政务新媒体名称,平台类型,开办主体,原始ID,开通时间,注销时间\n"
                                       "云岭财政,微信服务号,云岭市财政局,gh_0001,2021.05.01,—\n"
                                       "云岭发布,新浪微博,云岭市人民政府,ylfb,2019-01-01,2022-02-01\n");
  const ImportOutcome out = ImportFiles(*repo_, {accounts, sites, units}, clock_);
  ASSERT_TRUE(out.failed_file.empty()) << (out.problems.empty() ? "" : out.problems[0]);
  ASSERT_EQ(out.imported.size(), 3u);
  auto listed_sites = repo_->ListSites();
  ASSERT_TRUE(listed_sites);
  ASSERT_EQ(listed_sites->size(), 1u);
  EXPECT_EQ(listed_sites->at(0).url, "http://127.0.0.1:1/");
  EXPECT_EQ(listed_sites->at(0).unit, "云岭市人民政府");
  auto listed = repo_->ListAccounts();
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 2u);
  std::map<std::string, model::MediaAccount> by_name;
  for (const model::MediaAccount& a : *listed) by_name[a.name] = a;
  EXPECT_EQ(by_name["云岭财政"].platform, model::Platform::kWeChat);
  EXPECT_EQ(by_name["云岭财政"].account_id, "gh_0001");
  EXPECT_EQ(FormatDate(DateOf(*by_name["云岭财政"].opened_at)), "2021-05-01");
  EXPECT_FALSE(by_name["云岭财政"].closed_at);
  EXPECT_EQ(by_name["云岭发布"].platform, model::Platform::kWeibo);
  ASSERT_TRUE(by_name["云岭发布"].closed_at);
}

TEST_F(ImporterTest, TitleRowsAboveTheHeaderAreSkippedAndLinesStayTheFiles) {
  ASSERT_TRUE(ImportFiles(*repo_, {Write("units.csv", kUnits), Write("sites.csv", kSites)}, clock_).failed_file.empty());
  const auto file = Write("titled.csv",
                          "云岭市政府网站网民留言办理情况统计表,,,\n"
                          "导出时间：2022-04-01,,,\n"
                          "留言编号,所属网站,留言时间,答复时间\n"
                          "T1,5399000001,2022-03-01 10:00,2022-03-02 10:00\n"
                          "T2,5399000001,2022-03-40 10:00,\n");
  const ImportOutcome out = ImportFiles(*repo_, {file}, clock_);
  EXPECT_EQ(out.failed_file, file.string());
  ASSERT_EQ(out.problems.size(), 1u);
  EXPECT_NE(out.problems[0].find("titled.csv:5: 留言时间:"), std::string::npos) << out.problems[0];
}

TEST_F(ImporterTest, AccountsWithInteractionAndAPostsExportWithBadRows) {
  ASSERT_TRUE(ImportFiles(*repo_, {Write("units.csv", kUnits)}, clock_).failed_file.empty());
  const auto accounts = Write("accounts.csv",
                              "账号名称,平台,主办单位,账号ID,运行状态,互动功能\n"
                              "云岭发布,微信公众号,云岭市人民政府,ylfb,运行,是\n"
                              "云岭财政,抖音,云岭市财政局,ylcz,运行,否\n"
                              "青川发布,微博,青川县人民政府,qcfb,运行,\n");
  const ImportOutcome a = ImportFiles(*repo_, {accounts}, clock_);
  ASSERT_TRUE(a.failed_file.empty()) << (a.problems.empty() ? "" : a.problems[0]);
  auto listed = repo_->ListAccounts();
  ASSERT_TRUE(listed);
  ASSERT_EQ(listed->size(), 3u);
  EXPECT_EQ(listed->at(0).interaction, std::optional<bool>(true));
  EXPECT_EQ(listed->at(1).interaction, std::optional<bool>(false));
  EXPECT_FALSE(listed->at(2).interaction.has_value());
  const auto unknown =
      Write("accounts2.csv", "账号名称,平台,主办单位,账号ID,互动功能\n云岭发布,微信公众号,云岭市人民政府,ylfb,也许\n");
  const ImportOutcome u = ImportFiles(*repo_, {unknown}, clock_);
  ASSERT_EQ(u.problems.size(), 1u);
  EXPECT_NE(u.problems[0].find(":2: 互动功能:"), std::string::npos) << u.problems[0];

  const auto posts = Write("posts.csv",
                           "账号ID,平台,发布时间,标题,链接,正文\n"
                           "ylfb,微信公众号,2022-03-01 10:00,春耕,http://127.0.0.1:9/1,正文\n"
                           "ylfb,微信公众号,2022年3月2日 9时30分,防汛,http://127.0.0.1:9/2,正文\n"
                           "nobody,微信公众号,2022-03-01 10:00,无此号,,\n"
                           "ylfb,微信公众号,昨天,坏日期,,\n"
                           "ylcz,抖音,,无日期,,\n");
  const ImportOutcome p = ImportFiles(*repo_, {posts}, clock_);
  EXPECT_EQ(p.failed_file, posts.string());
  ASSERT_EQ(p.problems.size(), 3u);
  EXPECT_NE(p.problems[0].find(":4: 账号ID:"), std::string::npos) << p.problems[0];
  EXPECT_NE(p.problems[1].find(":5: 发布时间:"), std::string::npos) << p.problems[1];
  EXPECT_NE(p.problems[2].find(":6: 发布时间:"), std::string::npos) << p.problems[2];
  auto stored = repo_->PostsOfAccount(listed->at(0).id, 2000000000, 2000000000);
  ASSERT_TRUE(stored);
  EXPECT_TRUE(stored->empty()) << "nothing from a rejected posts file is stored";
}

}  // namespace
}  // namespace govwatch::registry
