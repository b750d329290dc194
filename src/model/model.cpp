#include "model/model.hpp"

#include <utility>

#include "common/strings.hpp"

namespace govwatch::model {

namespace {

template <typename E, std::size_t N>
std::optional<E> Lookup(std::string_view s, const std::pair<std::string_view, E> (&table)[N]) {
  const std::string key = ToLowerAscii(Trim(s));
  for (const auto& [name, value] : table) {
    if (key == name) return value;
  }
  return std::nullopt;
}

}  // namespace

std::string_view ToChinese(UnitKind v) {
  switch (v) {
    case UnitKind::kCounty: return "县区政府";
    case UnitKind::kDepartment: return "市直部门";
    case UnitKind::kTownship: return "乡镇";
    case UnitKind::kOther: return "其他";
  }
  return "其他";
}

std::string_view ToChinese(ColumnType v) {
  switch (v) {
    case ColumnType::kNews: return "动态要闻";
    case ColumnType::kNotice: return "通知公告";
    case ColumnType::kPolicy: return "政策文件";
    case ColumnType::kInterpretation: return "政策解读";
    case ColumnType::kPersonnel: return "人事";
    case ColumnType::kPlanning: return "规划计划";
    case ColumnType::kInteraction: return "互动";
    case ColumnType::kService: return "服务";
    case ColumnType::kOther: return "其他";
  }
  return "其他";
}

std::string_view ToEnglish(ColumnType v) {
  switch (v) {
    case ColumnType::kNews: return "news";
    case ColumnType::kNotice: return "notice";
    case ColumnType::kPolicy: return "policy";
    case ColumnType::kInterpretation: return "interpretation";
    case ColumnType::kPersonnel: return "personnel";
    case ColumnType::kPlanning: return "planning";
    case ColumnType::kInteraction: return "interaction";
    case ColumnType::kService: return "service";
    case ColumnType::kOther: return "other";
  }
  return "other";
}

std::string_view ToChinese(Platform v) {
  switch (v) {
    case Platform::kWeChat: return "微信公众号";
    case Platform::kDouyin: return "抖音";
    case Platform::kWeibo: return "微博";
    case Platform::kToutiao: return "今日头条";
    case Platform::kKuaishou: return "快手";
    case Platform::kChannels: return "视频号";
    case Platform::kApp: return "客户端";
    case Platform::kOther: return "其他";
  }
  return "其他";
}

std::string_view ToEnglish(Platform v) {
  switch (v) {
    case Platform::kWeChat: return "wechat";
    case Platform::kDouyin: return "douyin";
    case Platform::kWeibo: return "weibo";
    case Platform::kToutiao: return "toutiao";
    case Platform::kKuaishou: return "kuaishou";
    case Platform::kChannels: return "channels";
    case Platform::kApp: return "app";
    case Platform::kOther: return "other";
  }
  return "other";
}

std::string_view ToChinese(MessageKind v) {
  switch (v) {
    case MessageKind::kSimpleConsultation: return "简单咨询";
    case MessageKind::kConsultation: return "咨询";
    case MessageKind::kSuggestion: return "建议";
    case MessageKind::kComplaint: return "投诉";
    case MessageKind::kOther: return "其他";
  }
  return "其他";
}

std::string_view ToChinese(ObjectKind v) {
  switch (v) {
    case ObjectKind::kSite: return "网站";
    case ObjectKind::kColumn: return "栏目";
    case ObjectKind::kAccount: return "新媒体";
    case ObjectKind::kMessageBoard: return "留言";
  }
  return "网站";
}

std::string_view ToEnglish(ObjectKind v) {
  switch (v) {
    case ObjectKind::kSite: return "site";
    case ObjectKind::kColumn: return "column";
    case ObjectKind::kAccount: return "account";
    case ObjectKind::kMessageBoard: return "message_board";
  }
  return "site";
}

std::optional<UnitKind> ParseUnitKind(std::string_view s) {
  static constexpr std::pair<std::string_view, UnitKind> kTable[] = {
      {"县区政府", UnitKind::kCounty},     {"县（区）政府", UnitKind::kCounty},
      {"县(区)政府", UnitKind::kCounty},   {"县区", UnitKind::kCounty},
      {"county", UnitKind::kCounty},       {"市直部门", UnitKind::kDepartment},
      {"部门", UnitKind::kDepartment},     {"department", UnitKind::kDepartment},
      {"乡镇", UnitKind::kTownship},       {"township", UnitKind::kTownship},
      {"其他", UnitKind::kOther},          {"other", UnitKind::kOther}};
  return Lookup(s, kTable);
}

std::optional<ColumnType> ParseColumnType(std::string_view s) {
  static constexpr std::pair<std::string_view, ColumnType> kTable[] = {
      {"动态要闻", ColumnType::kNews},         {"动态", ColumnType::kNews},
      {"要闻", ColumnType::kNews},             {"news", ColumnType::kNews},
      {"通知公告", ColumnType::kNotice},       {"notice", ColumnType::kNotice},
      {"政策文件", ColumnType::kPolicy},       {"policy", ColumnType::kPolicy},
      {"政策解读", ColumnType::kInterpretation}, {"interpretation", ColumnType::kInterpretation},
      {"人事", ColumnType::kPersonnel},        {"personnel", ColumnType::kPersonnel},
      {"规划计划", ColumnType::kPlanning},     {"planning", ColumnType::kPlanning},
      {"互动", ColumnType::kInteraction},      {"interaction", ColumnType::kInteraction},
      {"服务", ColumnType::kService},          {"service", ColumnType::kService},
      {"其他", ColumnType::kOther},            {"other", ColumnType::kOther}};
  return Lookup(s, kTable);
}

std::optional<Platform> ParsePlatform(std::string_view s) {
  static constexpr std::pair<std::string_view, Platform> kTable[] = {
      {"微信公众号", Platform::kWeChat}, {"微信", Platform::kWeChat},
      {"wechat", Platform::kWeChat},     {"抖音", Platform::kDouyin},
      {"抖音号", Platform::kDouyin},     {"douyin", Platform::kDouyin},
      {"微博", Platform::kWeibo},        {"weibo", Platform::kWeibo},
      {"今日头条", Platform::kToutiao},  {"头条", Platform::kToutiao},
      {"toutiao", Platform::kToutiao},   {"快手", Platform::kKuaishou},
      {"kuaishou", Platform::kKuaishou}, {"视频号", Platform::kChannels},
      {"channels", Platform::kChannels}, {"客户端", Platform::kApp},
      {"app", Platform::kApp},           {"其他", Platform::kOther},
      {"other", Platform::kOther},       {"微信服务号", Platform::kWeChat},
      {"微信订阅号", Platform::kWeChat}, {"新浪微博", Platform::kWeibo},
      {"头条号", Platform::kToutiao},    {"快手号", Platform::kKuaishou},
      {"微信视频号", Platform::kChannels}, {"移动客户端", Platform::kApp},
      {"政务客户端", Platform::kApp},    {"其它", Platform::kOther}};
  return Lookup(s, kTable);
}

MessageStatus ParseMessageStatus(std::string_view text) {
  for (std::string_view w : {"未办结", "办理中", "处理中", "未答复", "未回复", "待答复", "待回复", "待处理", "受理中",
                             "未处理", "转办中", "审核中", "正在办理", "正在处理", "已受理", "已转办", "待受理",
                             "未受理", "待审核"}) {
    if (Contains(text, w)) return MessageStatus::kInProgress;
  }
  for (std::string_view w : {"已办结", "已答复", "已回复", "办结", "已处理", "已完成", "已反馈", "已办理", "已解决",
                             "办理完毕", "处理完毕"}) {
    if (Contains(text, w)) return MessageStatus::kFinished;
  }
  return MessageStatus::kUnknown;
}

std::optional<MessageKind> ParseMessageKind(std::string_view s) {
  static constexpr std::pair<std::string_view, MessageKind> kTable[] = {
      {"简单咨询", MessageKind::kSimpleConsultation}, {"simple", MessageKind::kSimpleConsultation},
      {"简单咨询类", MessageKind::kSimpleConsultation}, {"简单常见咨询", MessageKind::kSimpleConsultation},
      {"常见咨询", MessageKind::kSimpleConsultation}, {"咨询", MessageKind::kConsultation},
      {"consultation", MessageKind::kConsultation}, {"咨询类", MessageKind::kConsultation},
      {"政策咨询", MessageKind::kConsultation},      {"一般咨询", MessageKind::kConsultation},
      {"建议", MessageKind::kSuggestion},            {"suggestion", MessageKind::kSuggestion},
      {"建议类", MessageKind::kSuggestion},          {"意见建议", MessageKind::kSuggestion},
      {"建言献策", MessageKind::kSuggestion},        {"意见", MessageKind::kSuggestion},
      {"投诉", MessageKind::kComplaint},             {"complaint", MessageKind::kComplaint},
      {"投诉类", MessageKind::kComplaint},           {"投诉举报", MessageKind::kComplaint},
      {"其他", MessageKind::kOther},                 {"其它", MessageKind::kOther},
      {"other", MessageKind::kOther}};
  return Lookup(s, kTable);
}

std::optional<ObjectStatus> ParseObjectStatus(std::string_view s) {
  static constexpr std::pair<std::string_view, ObjectStatus> kTable[] = {
      {"运行", ObjectStatus::kRunning},   {"在运行", ObjectStatus::kRunning},
      {"正常", ObjectStatus::kRunning},   {"running", ObjectStatus::kRunning},
      {"关停", ObjectStatus::kShutdown},  {"已关停", ObjectStatus::kShutdown},
      {"注销", ObjectStatus::kShutdown},  {"shutdown", ObjectStatus::kShutdown},
      {"closed", ObjectStatus::kShutdown}};
  return Lookup(s, kTable);
}

std::optional<SiteKind> ParseSiteKind(std::string_view s) {
  static constexpr std::pair<std::string_view, SiteKind> kTable[] = {
      {"门户", SiteKind::kPortal},         {"门户网站", SiteKind::kPortal},
      {"portal", SiteKind::kPortal},       {"部门", SiteKind::kDepartment},
      {"部门网站", SiteKind::kDepartment}, {"department", SiteKind::kDepartment}};
  return Lookup(s, kTable);
}

std::optional<bool> ParseYesNo(std::string_view s) {
  static constexpr std::pair<std::string_view, bool> kTable[] = {
      {"是", true}, {"yes", true}, {"y", true}, {"true", true}, {"1", true}, {"有", true},
      {"否", false}, {"no", false}, {"n", false}, {"false", false}, {"0", false}, {"无", false}};
  return Lookup(s, kTable);
}

}  // namespace govwatch::model
