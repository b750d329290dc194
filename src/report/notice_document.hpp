// The notice as a sequence of typed blocks, built once from a period's result and rendered by each
// writer (Markdown, HTML, DOCX …), so every format says the same thing.
#pragma once

#include <string>
#include <vector>

#include "report/notice.hpp"

namespace govwatch::report {

enum class BlockKind {
  kDocumentNumber,  // 发文字号
  kTitle,           // 标题
  kRecipients,      // 主送机关
  kHeading1,        // 一、总体情况
  kHeading2,        // （一）…
  kParagraph,
  kAnnexList,       // 附件：1．…
  kSignature,       // 发文机关署名 and 成文日期
  kPublicMark,      // （此件公开发布）
  kAnnexTitle,      // 附件1 + its title (page break before)
  kTable,
  kNote,            // 监测数据采集时间 …
  kCopyTo,          // 抄送
  kPrinted,         // 印发机关和印发日期
};

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;  // a row with one cell spans the table (a group heading)
};

struct Block {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;   // for kAnnexTitle: "附件1"; `text2` holds the annex's title
  std::string text2;
  Table table;
};

struct NoticeDocument {
  std::string title;
  std::vector<Block> blocks;
};

// Builds the notice for `result` with the wording of `settings`.
NoticeDocument BuildNotice(const verdict::PeriodResult& result, const NoticeSettings& settings);

}  // namespace govwatch::report
