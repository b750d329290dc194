#include "report/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <string_view>

#include <fmt/core.h>

#include "common/files.hpp"
#include "common/strings.hpp"
#include "report/notice_document.hpp"

namespace govwatch::report {

namespace fs = std::filesystem;

namespace {

// Formats shared by the sheets.
struct Formats {
  lxw_format* title = nullptr;
  lxw_format* header = nullptr;
  lxw_format* cell = nullptr;
  lxw_format* cell_left = nullptr;
  lxw_format* group = nullptr;
  lxw_format* number = nullptr;
  lxw_format* rate = nullptr;
  lxw_format* note = nullptr;
};

Formats MakeFormats(lxw_workbook* wb) {
  Formats f;
  const auto base = [&](bool border) {
    lxw_format* x = workbook_add_format(wb);
    format_set_font_name(x, "仿宋_GB2312");
    format_set_font_size(x, 12);
    format_set_text_wrap(x);
    format_set_align(x, LXW_ALIGN_VERTICAL_CENTER);
    if (border) format_set_border(x, LXW_BORDER_THIN);
    return x;
  };
  f.title = base(false);
  format_set_font_name(f.title, "方正小标宋简体");
  format_set_font_size(f.title, 16);
  format_set_align(f.title, LXW_ALIGN_CENTER);
  f.header = base(true);
  format_set_font_name(f.header, "黑体");
  format_set_bold(f.header);
  format_set_align(f.header, LXW_ALIGN_CENTER);
  format_set_bg_color(f.header, 0xD9D9D9);
  f.cell = base(true);
  format_set_align(f.cell, LXW_ALIGN_CENTER);
  f.cell_left = base(true);
  format_set_align(f.cell_left, LXW_ALIGN_LEFT);
  f.group = base(true);
  format_set_font_name(f.group, "黑体");
  format_set_bold(f.group);
  format_set_align(f.group, LXW_ALIGN_LEFT);
  f.number = base(true);
  format_set_align(f.number, LXW_ALIGN_RIGHT);
  f.rate = base(true);
  format_set_num_format(f.rate, "0.00");
  format_set_align(f.rate, LXW_ALIGN_RIGHT);
  f.note = base(false);
  return f;
}

// A4, one page wide, as the office prints it.
void SetUpPage(lxw_worksheet* ws, bool landscape) {
  worksheet_set_paper(ws, 9);
  if (landscape) worksheet_set_landscape(ws);
  worksheet_fit_to_pages(ws, 1, 0);
  worksheet_repeat_rows(ws, 0, 0);
}

void WriteText(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* format) {
  const std::string clean = SanitizeUtf8(text);
  worksheet_write_string(ws, row, col, clean.c_str(), format);
}

// The annex sheets, from the notice's blocks so that they list what the notice lists.
void WriteAnnexes(lxw_workbook* wb, const Formats& f, const NoticeDocument& doc) {
  lxw_worksheet* ws = nullptr;
  lxw_row_t row = 0;
  int annex = 0;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kAnnexTitle) {
      if (annex >= 2) break;
      ws = workbook_add_worksheet(wb, kXlsxSheetNames[annex++]);
      SetUpPage(ws, false);
      worksheet_set_column(ws, 0, 0, 8, nullptr);
      worksheet_set_column(ws, 1, 1, 30, nullptr);
      worksheet_set_column(ws, 2, 2, 40, nullptr);
      worksheet_set_column(ws, 3, 3, 24, nullptr);
      worksheet_set_row(ws, 0, 36, nullptr);
      const std::string title = SanitizeUtf8(b.text + "　" + b.text2);
      worksheet_merge_range(ws, 0, 0, 0, 3, title.c_str(), f.title);
      row = 1;
      continue;
    }
    if (ws == nullptr) continue;
    if (b.kind == BlockKind::kTable) {
      const auto columns = static_cast<lxw_col_t>(std::max<std::size_t>(1, b.table.header.size()));
      if (row == 1) worksheet_freeze_panes(ws, 2, 0);
      for (lxw_col_t c = 0; c < b.table.header.size(); ++c) WriteText(ws, row, c, b.table.header[c], f.header);
      ++row;
      for (const auto& cells : b.table.rows) {
        if (cells.size() == 1 && columns > 1) {
          const std::string text = SanitizeUtf8(cells[0]);
          worksheet_merge_range(ws, row, 0, row, columns - 1, text.c_str(), f.group);
        } else {
          for (lxw_col_t c = 0; c < columns; ++c) {
            const std::string text = c < cells.size() ? cells[c] : "";
            WriteText(ws, row, c, text, c == 2 ? f.cell_left : f.cell);
          }
        }
        ++row;
      }
    } else if (b.kind == BlockKind::kNote) {
      ++row;
      const std::string text = SanitizeUtf8(b.text);
      worksheet_merge_range(ws, row, 0, row, 3, text.c_str(), f.note);
      ++row;
    }
  }
}

void WriteFigures(lxw_workbook* wb, const Formats& f, const verdict::PeriodResult& r) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, kXlsxSheetNames[2]);
  SetUpPage(ws, false);
  worksheet_set_column(ws, 0, 0, 34, nullptr);
  worksheet_set_column(ws, 1, 1, 18, nullptr);
  worksheet_set_column(ws, 2, 2, 16, nullptr);
  lxw_row_t row = 0;
  WriteText(ws, row, 0, "项目", f.header);
  WriteText(ws, row, 1, "数值", f.header);
  ++row;
  const auto text = [&](const std::string& label, const std::string& value) {
    WriteText(ws, row, 0, label, f.cell_left);
    WriteText(ws, row, 1, value, f.number);
    ++row;
  };
  const auto count = [&](const std::string& label, int value) {
    WriteText(ws, row, 0, label, f.cell_left);
    worksheet_write_number(ws, row, 1, value, f.number);
    ++row;
  };
  const auto rate = [&](const std::string& label, const std::string& value) {
    WriteText(ws, row, 0, label, f.cell_left);
    worksheet_write_number(ws, row, 1, std::strtod(value.c_str(), nullptr), f.rate);
    ++row;
  };
  text("期间", r.period.Name());
  text("监测数据采集时间", FormatDate(DateOf(r.period.from)) + " — " + FormatDate(DateOf(r.period.to)));
  text("判定时间", FormatTime(r.judged_at));
  count("在运行政府网站（个）", r.sites.total);
  count("问题网站（个）", r.sites.failed);
  rate("网站合格率（%）", r.sites.pass_rate);
  count("信息公开专栏（个）", r.columns.total);
  count("问题专栏（个）", r.columns.failed);
  rate("专栏合格率（%）", r.columns.pass_rate);
  count("在运行政务新媒体（个）", r.accounts.total);
  count("本期新增登记政务新媒体（个）", r.accounts_opened);
  count("本期关停政务新媒体（个）", r.accounts_closed);
  count("问题政务新媒体（个）", r.accounts.failed);
  rate("政务新媒体合格率（%）", r.accounts.pass_rate);
  count("开设留言平台的政府网站（个）", r.boards);
  count("网民留言（条）", r.messages.received);
  count("逾期未办结留言（条）", r.messages.overdue_unfinished);
  rate("办结率（%）", r.messages.resolution_rate);
  ++row;
  WriteText(ws, row, 0, "受理单位", f.header);
  WriteText(ws, row, 1, "网民留言（条）", f.header);
  WriteText(ws, row, 2, "逾期未办结（条）", f.header);
  ++row;
  for (const auto& [unit, c] : r.messages.by_unit) {
    WriteText(ws, row, 0, unit, f.cell_left);
    worksheet_write_number(ws, row, 1, c.received, f.number);
    worksheet_write_number(ws, row, 2, c.overdue_unfinished, f.number);
    ++row;
  }
}

void WriteFindings(lxw_workbook* wb, const Formats& f, const verdict::PeriodResult& r) {
  lxw_worksheet* ws = workbook_add_worksheet(wb, kXlsxSheetNames[3]);
  SetUpPage(ws, true);
  static const struct {
    const char* name;
    double width;
  } kColumns[] = {{"序号", 6},      {"指标", 10},     {"问题", 14},     {"对象", 30},
                  {"对象类型", 10}, {"单位", 24},     {"网址", 40},     {"证据摘录", 50},
                  {"发现时间", 18}, {"最后发现", 18}, {"修改建议/去标识化", 30}, {"检查单位", 10}};
  lxw_col_t c = 0;
  for (const auto& col : kColumns) {
    worksheet_set_column(ws, c, c, col.width, nullptr);
    WriteText(ws, 0, c++, col.name, f.header);
  }
  worksheet_freeze_panes(ws, 1, 0);
  lxw_row_t row = 1;
  for (const model::Finding& x : r.findings) {
    worksheet_write_number(ws, row, 0, row, f.cell);
    WriteText(ws, row, 1, x.indicator, f.cell);
    WriteText(ws, row, 2, x.problem, f.cell);
    WriteText(ws, row, 3, x.object, f.cell_left);
    WriteText(ws, row, 4, std::string(model::ToChinese(x.object_kind)), f.cell);
    WriteText(ws, row, 5, x.unit, f.cell_left);
    WriteText(ws, row, 6, x.url, f.cell_left);
    WriteText(ws, row, 7, !x.excerpt.empty() ? x.excerpt : x.detail, f.cell_left);
    WriteText(ws, row, 8, x.seen_at > 0 ? FormatTime(x.seen_at) : "", f.cell);
    WriteText(ws, row, 9, x.last_seen_at > 0 ? FormatTime(x.last_seen_at) : "", f.cell);
    WriteText(ws, row, 10, x.suggestion, f.cell_left);
    WriteText(ws, row, 11, x.source, f.cell);
    ++row;
  }
  if (row > 1) worksheet_autofilter(ws, 0, 0, row - 1, static_cast<lxw_col_t>(c - 1));
}

// A private temporary folder, removed when this goes out of scope.
class TempDir {
 public:
  TempDir() {
    std::string pattern = (fs::temp_directory_path() / "govwatch-xlsx-XXXXXX").string();
    if (::mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

}  // namespace

Result<std::string> RenderXlsx(const verdict::PeriodResult& result, const NoticeSettings& settings) {
  TempDir dir;
  if (dir.path().empty()) return MakeError(ErrorCode::kIoError, "xlsx: cannot create a temporary folder");
  const std::string file = (dir.path() / "notice.xlsx").string();
  const std::string tmpdir = dir.path().string();
  lxw_workbook_options options{};
  options.constant_memory = LXW_FALSE;
  options.tmpdir = const_cast<char*>(tmpdir.c_str());
  lxw_workbook* wb = workbook_new_opt(file.c_str(), &options);
  if (wb == nullptr) return MakeError(ErrorCode::kIoError, "xlsx: cannot create " + file);

  const NoticeDocument doc = BuildNotice(result, settings);
  const std::string title = SanitizeUtf8(doc.title);
  const std::string author = SanitizeUtf8(settings.Get("office", result, "市人民政府办公室"));
  lxw_doc_properties properties{};
  properties.title = const_cast<char*>(title.c_str());
  properties.author = const_cast<char*>(author.c_str());
  properties.created = static_cast<time_t>(std::max(result.judged_at, result.period.to));
  workbook_set_properties(wb, &properties);

  const Formats formats = MakeFormats(wb);
  WriteAnnexes(wb, formats, doc);
  WriteFigures(wb, formats, result);
  WriteFindings(wb, formats, result);
  const lxw_error closed = workbook_close(wb);
  if (closed != LXW_NO_ERROR) {
    return MakeError(ErrorCode::kIoError, fmt::format("xlsx: writing {}: {}", file, lxw_strerror(closed)));
  }
  return ReadFile(file);
}

}  // namespace govwatch::report
