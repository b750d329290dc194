#include "report/rectification_notice.hpp"

#include <gtest/gtest.h>

#include "common/strings.hpp"
#include "report/docx_zip.hpp"
#include "sample_result.hpp"

namespace govwatch::report {
namespace {

using testing::ProjectNoticeSettings;
using testing::SampleResult;

verdict::PeriodResult ResultWithFindings() {
  verdict::PeriodResult r = SampleResult();
  model::Finding stale;
  stale.indicator = "N-V2";
  stale.problem = "内容不更新";
  stale.object_kind = model::ObjectKind::kAccount;
  stale.object = "“抖”南美";
  stale.unit = "临翔区南美拉祜族乡人民政府";
  stale.detail = "2022-03-14 17:00 最新发文为2022-02-20，超过2周未更新";
  stale.seen_at = *ParseTime("2022-03-14T17:00");
  stale.source = "省";
  r.findings.push_back(stale);
  model::Finding unregistered = stale;
  unregistered.object = "已注销的账号";
  unregistered.unit = "临翔区人民政府";
  r.findings.push_back(unregistered);
  return r;
}

TEST(RectificationNoticeTest, OneNoticePerGroupOfARegisteredObjectWithFindings) {
  const auto r = ResultWithFindings();
  EXPECT_EQ(RectificationUnits(r), (std::vector<std::string>{"临沧市科技局", "临翔区人民政府"}));
  // The county's notice covers the township's account; the unregistered object is nobody's.
  const auto county = FindingsOfUnit(r, "临翔区人民政府");
  ASSERT_EQ(county.size(), 1u);
  EXPECT_EQ(county[0].object, "“抖”南美");
  EXPECT_EQ(FindingsOfUnit(r, "临翔区南美拉祜族乡人民政府").size(), 1u);
  EXPECT_TRUE(FindingsOfUnit(r, "临沧市财政局").empty());
}

TEST(RectificationNoticeTest, PrivacyFindingCarriesEvidenceAndTheMaskedReplacement) {
  const std::string md = RenderRectificationMarkdown(ResultWithFindings(), ProjectNoticeSettings(), "临沧市科技局");
  EXPECT_TRUE(Contains(md, "# 关于临沧市科技局2022年一季度政府网站和政务新媒体问题整改的通知")) << md;
  EXPECT_TRUE(Contains(md, "临沧市科技局："));
  EXPECT_TRUE(Contains(md, "个人隐私泄露<br>PI-2"));
  EXPECT_TRUE(Contains(md, "网址：http://127.0.0.1:18000/zfxxgk/kjj/2022/0301.html?a=1&b=2"));
  EXPECT_TRUE(Contains(md, "摘录：申请人张三，身份证号【530902199001011234】"));
  EXPECT_TRUE(Contains(md, "发现时间：2022-03-01 09:30"));
  EXPECT_TRUE(Contains(md, "去标识化后应为：530902********1234"));
  EXPECT_TRUE(Contains(md, "其中个人隐私泄露1条"));
  EXPECT_FALSE(Contains(md, "“抖”南美"));  // another unit's finding
}

TEST(RectificationNoticeTest, DocxHasTheFindingsTableAndNoRedHeader) {
  auto docx = RenderRectificationDocx(ResultWithFindings(), ProjectNoticeSettings(), "临翔区人民政府");
  ASSERT_TRUE(docx) << docx.error().message;
  auto parts = UnzipEntries(*docx);
  ASSERT_TRUE(parts);
  const std::string& xml = (*parts)["word/document.xml"];
  EXPECT_TRUE(Contains(xml, ">“抖”南美（新媒体）</w:t>")) << xml.substr(0, 3000);
  EXPECT_TRUE(Contains(xml, "检查单位：省"));
  EXPECT_TRUE(Contains(xml, "及时更新内容"));
  EXPECT_FALSE(Contains(xml, "FF0000"));
  EXPECT_TRUE(Contains(xml, R"(<w:gridCol w:w="800"/>)"));  // 序号 first, five columns
}

}  // namespace
}  // namespace govwatch::report
