#include "report/docx_writer.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/core.h>

#include "common/strings.hpp"
#include "report/docx_zip.hpp"

namespace govwatch::report {

namespace {

// Page geometry in twentieths of a point (twips). A4; margins 37/35/28/26 mm.
constexpr int kPageWidth = 11906;
constexpr int kPageHeight = 16838;
constexpr int kMarginTop = 2098;
constexpr int kMarginBottom = 1984;
constexpr int kMarginLeft = 1587;
constexpr int kMarginRight = 1474;
constexpr int kTextWidth = kPageWidth - kMarginLeft - kMarginRight;  // 8845 = 156 mm
// 22 lines in the 225 mm text height: 28.95 pt a line.
constexpr int kLinePitch = 579;
// 28 characters of 16 pt in 156 mm: each 842/4096 pt narrower than the font size.
constexpr int kCharSpace = -842;
constexpr double kCharPitchTwips = static_cast<double>(kTextWidth) / 28.0;

// Font sizes in half-points.
constexpr int kSize2 = 44;   // 二号 22 pt
constexpr int kSize3 = 32;   // 三号 16 pt
constexpr int kSize4 = 28;   // 四号 14 pt
constexpr int kSizeSmall4 = 24;  // 小四 12 pt, the annex tables
// Characters of 二号 per title line: 20 fit, one is kept for the wider digits of a substitute face.
constexpr double kTitleChars = 19;

constexpr const char* kFangSong = "仿宋_GB2312";
constexpr const char* kXiaoBiaoSong = "方正小标宋简体";
constexpr const char* kHeiTi = "黑体";
constexpr const char* kKaiTi = "楷体_GB2312";
constexpr const char* kSongTi = "宋体";
constexpr const char* kRed = "FF0000";

// Escapes text for XML character data and attribute values; drops characters XML 1.0 forbids and
// replaces invalid UTF-8 (a reader refuses the whole document otherwise).
std::string Xml(std::string_view raw) {
  const std::string s = SanitizeUtf8(raw);
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default:
        if (u < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
        out.push_back(c);
    }
  }
  return out;
}

struct RunStyle {
  const char* font = kFangSong;
  int size = kSize3;
  const char* color = nullptr;
  bool bold = false;
};

std::string RunProperties(const RunStyle& st) {
  std::string out = "<w:rPr>";
  out += fmt::format(R"(<w:rFonts w:ascii="{0}" w:eastAsia="{0}" w:hAnsi="{0}" w:cs="{0}" w:hint="eastAsia"/>)",
                     st.font);
  if (st.bold) out += "<w:b/><w:bCs/>";
  if (st.color != nullptr) out += fmt::format(R"(<w:color w:val="{}"/>)", st.color);
  // 28 characters of 三号 fill the 156 mm line only 0.25 pt closer than their size (Word's character
  // grid does the same); set on the run so that LibreOffice, whose grid would give each character
  // two cells, lays out the same 28.
  if (st.size == kSize3) out += R"(<w:spacing w:val="-5"/>)";
  out += fmt::format(R"(<w:sz w:val="{0}"/><w:szCs w:val="{0}"/>)", st.size);
  out += R"(<w:lang w:val="en-US" w:eastAsia="zh-CN"/>)";
  out += "</w:rPr>";
  return out;
}

// One run; '\n' becomes a line break and '\t' a tab.
std::string Run(std::string_view text, const RunStyle& st) {
  std::string out = "<w:r>" + RunProperties(st);
  std::string pending;
  const auto flush = [&] {
    if (!pending.empty()) out += "<w:t xml:space=\"preserve\">" + Xml(pending) + "</w:t>";
    pending.clear();
  };
  for (char c : text) {
    if (c == '\n') {
      flush();
      out += "<w:br/>";
    } else if (c == '\t') {
      flush();
      out += "<w:tab/>";
    } else if (c != '\r') {
      pending.push_back(c);
    }
  }
  flush();
  out += "</w:r>";
  return out;
}

enum class Align { kLeft, kCenter, kRight, kBoth };

struct ParaStyle {
  Align align = Align::kBoth;
  int first_line_chars = 0;  // hundredths of a character
  int hanging_chars = 0;
  int left_chars = 0;
  int right_chars = 0;
  bool page_break_before = false;
  bool keep_next = false;
  int line = kLinePitch;   // exact line height in twips; 0: single, grid off
  int before = 0;          // spacing before, twips
  int after = 0;
  std::string borders;     // <w:pBdr> content
  std::string tabs;        // <w:tabs> content
  int outline = -1;        // outline level of a heading
  // Absolute indents in twips for text smaller than the grid's 三号 (the 版记), used instead of the
  // *_chars above when set.
  int left_twips = 0;
  int right_twips = 0;
  int hanging_twips = 0;
};

std::string ParagraphProperties(const ParaStyle& p) {
  std::string out = "<w:pPr>";
  if (p.keep_next) out += "<w:keepNext/>";
  if (p.page_break_before) out += "<w:pageBreakBefore/>";
  if (!p.borders.empty()) out += "<w:pBdr>" + p.borders + "</w:pBdr>";
  if (!p.tabs.empty()) out += "<w:tabs>" + p.tabs + "</w:tabs>";
  // The layout is exact (line height and character spacing), so no paragraph snaps to the grid.
  out += R"(<w:snapToGrid w:val="0"/>)";
  if (p.line > 0) {
    out += fmt::format(R"(<w:spacing w:before="{}" w:after="{}" w:line="{}" w:lineRule="exact"/>)", p.before, p.after,
                       p.line);
  } else {
    out += fmt::format(R"(<w:spacing w:before="{}" w:after="{}" w:line="240" w:lineRule="auto"/>)", p.before,
                       p.after);
  }
  const auto twips = [](int hundredths) { return static_cast<int>(std::lround(hundredths * kCharPitchTwips / 100)); };
  if (p.first_line_chars != 0 || p.hanging_chars != 0 || p.left_chars != 0 || p.right_chars != 0) {
    out += "<w:ind";
    if (p.left_chars != 0) out += fmt::format(R"( w:leftChars="{}" w:left="{}")", p.left_chars, twips(p.left_chars));
    if (p.right_chars != 0) {
      out += fmt::format(R"( w:rightChars="{}" w:right="{}")", p.right_chars, twips(p.right_chars));
    }
    if (p.hanging_chars != 0) {
      out += fmt::format(R"( w:hangingChars="{}" w:hanging="{}")", p.hanging_chars, twips(p.hanging_chars));
    } else if (p.first_line_chars != 0) {
      out += fmt::format(R"( w:firstLineChars="{}" w:firstLine="{}")", p.first_line_chars,
                         twips(p.first_line_chars));
    }
    out += "/>";
  }
  if (p.left_twips != 0 || p.right_twips != 0 || p.hanging_twips != 0) {
    out += fmt::format(R"(<w:ind w:left="{}" w:right="{}" w:hanging="{}"/>)", p.left_twips, p.right_twips,
                       p.hanging_twips);
  }
  switch (p.align) {
    case Align::kLeft: out += R"(<w:jc w:val="left"/>)"; break;
    case Align::kCenter: out += R"(<w:jc w:val="center"/>)"; break;
    case Align::kRight: out += R"(<w:jc w:val="right"/>)"; break;
    case Align::kBoth: out += R"(<w:jc w:val="both"/>)"; break;
  }
  if (p.outline >= 0) out += fmt::format(R"(<w:outlineLvl w:val="{}"/>)", p.outline);
  out += "</w:pPr>";
  return out;
}

std::string Paragraph(const ParaStyle& p, const std::string& runs) {
  return "<w:p>" + ParagraphProperties(p) + runs + "</w:p>";
}

std::string EmptyLine() { return Paragraph(ParaStyle{}, ""); }

// A paragraph that begins with a level-2 heading such as "（一）…。" keeps the heading in 楷体.
std::string BodyRuns(std::string_view text) {
  if (StartsWith(text, "（")) {
    const std::size_t close = text.find("）");
    const std::size_t stop = text.find("。");
    if (close != std::string_view::npos && close <= 12 && stop != std::string_view::npos && stop > close) {
      const std::size_t end = stop + std::string_view("。").size();
      return Run(text.substr(0, end), RunStyle{kKaiTi, kSize3}) + Run(text.substr(end), RunStyle{});
    }
  }
  return Run(text, RunStyle{});
}

int Hundredths(double chars) { return static_cast<int>(std::lround(chars * 100)); }

std::string TableXml(const Table& table) {
  const std::size_t columns = std::max<std::size_t>(1, table.header.size());
  std::vector<int> widths(columns, kTextWidth / static_cast<int>(columns));
  if (columns == 4) {
    widths = {800, 2700, 3345, 2000};
  } else if (!table.header.empty() && table.header[0] == "序号" && columns > 1) {
    widths[0] = 800;
    for (std::size_t i = 1; i < columns; ++i) widths[i] = (kTextWidth - 800) / static_cast<int>(columns - 1);
  }
  std::string out = "<w:tbl><w:tblPr>";
  out += fmt::format(R"(<w:tblW w:w="{}" w:type="dxa"/><w:jc w:val="center"/>)", kTextWidth);
  out += "<w:tblBorders>";
  for (const char* side : {"top", "left", "bottom", "right", "insideH", "insideV"}) {
    out += fmt::format(R"(<w:{} w:val="single" w:sz="4" w:space="0" w:color="000000"/>)", side);
  }
  out += "</w:tblBorders>";
  out += R"(<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>)";
  out += R"(<w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>)";
  out += "</w:tblPr><w:tblGrid>";
  for (int w : widths) out += fmt::format(R"(<w:gridCol w:w="{}"/>)", w);
  out += "</w:tblGrid>";

  ParaStyle cell;
  cell.align = Align::kCenter;
  cell.line = 0;
  cell.before = 40;
  cell.after = 40;
  const auto tc = [&](int width, int span, const std::string& content) {
    std::string t = "<w:tc><w:tcPr>";
    t += fmt::format(R"(<w:tcW w:w="{}" w:type="dxa"/>)", width);
    if (span > 1) t += fmt::format(R"(<w:gridSpan w:val="{}"/>)", span);
    t += R"(<w:vAlign w:val="center"/></w:tcPr>)" + content + "</w:tc>";
    return t;
  };
  const std::string row_props = R"(<w:trPr><w:cantSplit/><w:trHeight w:val="560"/><w:jc w:val="center"/>)";
  out += "<w:tr>" + row_props + "<w:tblHeader/></w:trPr>";
  for (std::size_t i = 0; i < columns; ++i) {
    const std::string text = i < table.header.size() ? table.header[i] : "";
    out += tc(widths[i], 1, Paragraph(cell, Run(text, RunStyle{kHeiTi, kSizeSmall4})));
  }
  out += "</w:tr>";
  for (const auto& row : table.rows) {
    out += "<w:tr>" + row_props + "</w:trPr>";
    if (row.size() == 1 && columns > 1) {
      ParaStyle group = cell;
      group.align = Align::kLeft;
      out += tc(kTextWidth, static_cast<int>(columns), Paragraph(group, Run(row[0], RunStyle{kHeiTi, kSizeSmall4})));
    } else {
      for (std::size_t i = 0; i < columns; ++i) {
        const std::string text = i < row.size() ? row[i] : "";
        out += tc(widths[i], 1, Paragraph(cell, Run(text, RunStyle{kFangSong, kSizeSmall4})));
      }
    }
    out += "</w:tr>";
  }
  out += "</w:tbl>";
  return out;
}

std::string RedHeader(const std::string& header) {
  // 发文机关标志: red 小标宋, centred, its top 35 mm below the top of the text area, as large as
  // fits the line (at most 42 pt).
  const double width = std::max(1.0, TextWidthInChars(header));
  const int points = std::clamp(static_cast<int>(440.0 / width), 22, 42);
  ParaStyle p;
  p.align = Align::kCenter;
  p.line = 0;
  p.before = 1984 - points * 20 / 5;
  p.after = 0;
  return Paragraph(p, Run(header, RunStyle{kXiaoBiaoSong, points * 2, kRed}));
}

std::string BodyXml(const NoticeDocument& doc, const DocxOptions& options) {
  std::string out;
  bool header_done = options.header.empty();
  const auto separator = [] {
    return fmt::format(R"(<w:bottom w:val="single" w:sz="8" w:space="11" w:color="{}"/>)", kRed);
  };
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    const Block& b = doc.blocks[i];
    const bool previous_is_table = i > 0 && doc.blocks[i - 1].kind == BlockKind::kTable;
    switch (b.kind) {
      case BlockKind::kDocumentNumber: {
        if (!header_done) {
          out += RedHeader(options.header);
          out += EmptyLine() + EmptyLine();
          header_done = true;
        }
        ParaStyle p;
        p.align = Align::kCenter;
        p.borders = separator();
        out += Paragraph(p, Run(b.text, RunStyle{}));
        break;
      }
      case BlockKind::kTitle: {
        if (!header_done) {
          ParaStyle p;
          p.borders = separator();
          out += RedHeader(options.header) + Paragraph(p, "");
          header_done = true;
        }
        out += EmptyLine() + EmptyLine();
        std::string lines;
        for (const std::string& line : BreakTitle(b.text, kTitleChars)) lines += (lines.empty() ? "" : "\n") + line;
        ParaStyle p;
        p.align = Align::kCenter;
        p.line = 700;
        p.keep_next = true;
        p.outline = 0;
        out += Paragraph(p, Run(lines, RunStyle{kXiaoBiaoSong, kSize2}));
        break;
      }
      case BlockKind::kRecipients: {
        ParaStyle p;
        out += EmptyLine() + Paragraph(p, Run(b.text, RunStyle{}));
        break;
      }
      case BlockKind::kHeading1:
      case BlockKind::kHeading2: {
        // 一、 headings in 黑体, （一） headings in 楷体, both 三号 and indented like body text.
        const bool first = b.kind == BlockKind::kHeading1;
        ParaStyle p;
        p.first_line_chars = 200;
        p.keep_next = true;
        p.outline = first ? 1 : 2;
        out += Paragraph(p, Run(b.text, RunStyle{first ? kHeiTi : kKaiTi, kSize3}));
        break;
      }
      case BlockKind::kParagraph: {
        for (std::string_view para : Split(b.text, '\n')) {
          ParaStyle p;
          p.first_line_chars = 200;
          out += Paragraph(p, BodyRuns(para));
        }
        break;
      }
      case BlockKind::kAnnexList: {
        // 附件：1．…  with the following names aligned under the first one.
        out += EmptyLine();
        bool first = true;
        for (std::string_view line : Split(b.text, '\n')) {
          // "附件：" starts 2 characters in; a name's continuation lines align after "1．".
          ParaStyle p;
          p.align = Align::kLeft;
          p.left_chars = 650;
          p.hanging_chars = first ? 450 : 150;
          p.keep_next = true;  // the 附件 list travels with the signature: never a page with the signature alone
          out += Paragraph(p, Run(line, RunStyle{}));
          first = false;
        }
        break;
      }
      case BlockKind::kSignature: {
        // 署名 right indent 2 characters; the date below starts 2 characters right of the 署名.
        const double office = TextWidthInChars(b.text);
        const double date = TextWidthInChars(b.text2);
        double office_right = 2;
        double date_right = office - date;
        if (date_right < 2) {
          date_right = 2;
          office_right = 4 + date - office;
        }
        ParaStyle blank;
        blank.keep_next = true;
        out += Paragraph(blank, "") + Paragraph(blank, "");
        ParaStyle p;
        p.align = Align::kRight;
        p.keep_next = true;
        if (!b.text.empty()) {
          p.right_chars = Hundredths(office_right);
          out += Paragraph(p, Run(b.text, RunStyle{}));
        }
        p.right_chars = Hundredths(date_right);
        out += Paragraph(p, Run(b.text2, RunStyle{}));
        break;
      }
      case BlockKind::kPublicMark: {
        ParaStyle p;
        p.first_line_chars = 200;
        out += Paragraph(p, Run(b.text, RunStyle{}));
        break;
      }
      case BlockKind::kAnnexTitle: {
        ParaStyle p;
        p.align = Align::kLeft;
        p.page_break_before = true;
        p.keep_next = true;
        out += Paragraph(p, Run(b.text, RunStyle{kHeiTi, kSize3}));
        ParaStyle blank;
        blank.keep_next = true;
        out += Paragraph(blank, "");
        ParaStyle t;
        t.align = Align::kCenter;
        t.line = 700;
        t.keep_next = true;
        t.outline = 1;
        std::string lines;
        for (const std::string& line : BreakTitle(b.text2, kTitleChars)) lines += (lines.empty() ? "" : "\n") + line;
        out += Paragraph(t, Run(lines, RunStyle{kXiaoBiaoSong, kSize2}));
        out += Paragraph(blank, "");
        break;
      }
      case BlockKind::kTable: out += TableXml(b.table); break;
      case BlockKind::kNote: {
        ParaStyle p;
        p.align = Align::kLeft;
        p.before = previous_is_table ? 120 : 0;
        out += Paragraph(p, Run(b.text, RunStyle{kFangSong, kSize4}));
        break;
      }
      case BlockKind::kCopyTo: {
        // 版记: 抄送 between a thick rule above and a thin one below, 四号, one character in each side.
        ParaStyle p;
        p.page_break_before = false;
        p.align = Align::kLeft;
        // One 四号 character (280 twips) in from each side; continuation lines after "抄送：".
        p.left_twips = 280 + 3 * 280;
        p.hanging_twips = 3 * 280;
        p.right_twips = 280;
        p.before = 600;
        p.keep_next = true;
        p.borders = R"(<w:top w:val="single" w:sz="8" w:space="1" w:color="000000"/>)"
                    R"(<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/>)";
        out += Paragraph(p, Run(b.text, RunStyle{kFangSong, kSize4}));
        break;
      }
      case BlockKind::kPrinted: {
        ParaStyle p;
        p.align = Align::kLeft;
        p.left_twips = 280;
        p.right_twips = 280;
        p.borders = R"(<w:bottom w:val="single" w:sz="8" w:space="1" w:color="000000"/>)";
        const int tab = kTextWidth - 280;
        p.tabs = fmt::format(R"(<w:tab w:val="right" w:pos="{}"/>)", tab);
        out += Paragraph(p, Run(b.text + "\t" + b.text2, RunStyle{kFangSong, kSize4}));
        break;
      }
    }
  }
  return out;
}

constexpr const char* kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
constexpr const char* kNsW = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* kNsR = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::string DocumentXml(const NoticeDocument& doc, const DocxOptions& options) {
  std::string out = kXmlDecl;
  out += fmt::format(R"(<w:document xmlns:w="{}" xmlns:r="{}"><w:body>)", kNsW, kNsR);
  out += BodyXml(doc, options);
  out += "<w:sectPr>";
  out += R"(<w:footerReference w:type="default" r:id="rId4"/><w:footerReference w:type="even" r:id="rId5"/>)";
  out += fmt::format(R"(<w:pgSz w:w="{}" w:h="{}"/>)", kPageWidth, kPageHeight);
  out += fmt::format(
      R"(<w:pgMar w:top="{}" w:right="{}" w:bottom="{}" w:left="{}" w:header="851" w:footer="1247" w:gutter="0"/>)",
      kMarginTop, kMarginRight, kMarginBottom, kMarginLeft);
  out += R"(<w:cols w:space="425"/>)";
  out += fmt::format(R"(<w:docGrid w:type="linesAndChars" w:linePitch="{}" w:charSpace="{}"/>)", kLinePitch,
                     kCharSpace);
  out += "</w:sectPr></w:body></w:document>";
  return out;
}

// Page number "— 1 —" in 四号 宋体: odd pages right, even pages left, one character from the edge.
std::string FooterXml(bool even) {
  std::string out = kXmlDecl;
  out += fmt::format(R"(<w:ftr xmlns:w="{}" xmlns:r="{}">)", kNsW, kNsR);
  ParaStyle p;
  p.align = even ? Align::kLeft : Align::kRight;
  p.line = 0;
  if (even) {
    p.left_chars = 100;
  } else {
    p.right_chars = 100;
  }
  const RunStyle st{kSongTi, kSize4};
  std::string runs = Run("— ", st);
  runs += "<w:r>" + RunProperties(st) + R"(<w:fldChar w:fldCharType="begin"/></w:r>)";
  runs += "<w:r>" + RunProperties(st) + R"(<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>)";
  runs += "<w:r>" + RunProperties(st) + R"(<w:fldChar w:fldCharType="separate"/></w:r>)";
  runs += Run("1", st);
  runs += "<w:r>" + RunProperties(st) + R"(<w:fldChar w:fldCharType="end"/></w:r>)";
  runs += Run(" —", st);
  out += Paragraph(p, runs);
  out += "</w:ftr>";
  return out;
}

std::string StylesXml() {
  std::string out = kXmlDecl;
  out += fmt::format(R"(<w:styles xmlns:w="{}" xmlns:r="{}">)", kNsW, kNsR);
  out += "<w:docDefaults><w:rPrDefault>";
  out += RunProperties(RunStyle{});
  out += "</w:rPrDefault><w:pPrDefault><w:pPr>";
  out += fmt::format(R"(<w:spacing w:line="{}" w:lineRule="exact"/><w:jc w:val="both"/>)", kLinePitch);
  out += "</w:pPr></w:pPrDefault></w:docDefaults>";
  out += R"(<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>)"
         R"(<w:pPr><w:widowControl w:val="0"/></w:pPr></w:style>)";
  out += R"(<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">)"
         R"(<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>)";
  out += R"(<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>)"
         R"(<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>)"
         R"(<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>)"
         R"(</w:tblCellMar></w:tblPr></w:style>)";
  out += R"(<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>)"
         R"(<w:pPr><w:snapToGrid w:val="0"/></w:pPr></w:style>)";
  out += "</w:styles>";
  return out;
}

std::string SettingsXml() {
  std::string out = kXmlDecl;
  out += fmt::format(R"(<w:settings xmlns:w="{}" xmlns:r="{}">)", kNsW, kNsR);
  out += R"(<w:zoom w:percent="100"/><w:evenAndOddHeaders/><w:defaultTabStop w:val="420"/>)"
         R"(<w:drawingGridVerticalSpacing w:val="579"/><w:displayHorizontalDrawingGridEvery w:val="0"/>)"
         R"(<w:characterSpacingControl w:val="doNotCompress"/>)"
         R"(<w:compat><w:spaceForUL/><w:balanceSingleByteDoubleByteWidth/><w:doNotLeaveBackslashAlone/>)"
         R"(<w:ulTrailSpace/><w:doNotExpandShiftReturn/><w:adjustLineHeightInTable/><w:useFELayout/>)"
         R"(<w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>)"
         R"(</w:compat><w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>)"
         R"(<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/>)";
  out += "</w:settings>";
  return out;
}

// The font table names each Chinese government font with the alternative names Word and
// LibreOffice know, its GB2312 charset (86) and family, so that a reader without it substitutes a
// CJK face of the same kind (serif for 仿宋/宋/小标宋, sans for 黑体, script for 楷体).
std::string FontTableXml() {
  struct Font {
    const char* name;
    const char* alt;
    const char* family;
    const char* pitch;
  };
  static const Font kFonts[] = {
      {kFangSong, "仿宋", "roman", "fixed"},          {kXiaoBiaoSong, "宋体", "roman", "fixed"},
      {kHeiTi, "SimHei", "swiss", "fixed"},           {kKaiTi, "楷体", "roman", "fixed"},
      {kSongTi, "SimSun", "roman", "variable"},       {"Times New Roman", "", "roman", "variable"},
  };
  std::string out = kXmlDecl;
  out += fmt::format(R"(<w:fonts xmlns:w="{}" xmlns:r="{}">)", kNsW, kNsR);
  for (const Font& f : kFonts) {
    out += fmt::format(R"(<w:font w:name="{}">)", f.name);
    if (*f.alt != '\0') out += fmt::format(R"(<w:altName w:val="{}"/>)", f.alt);
    out += fmt::format(R"(<w:charset w:val="{}"/><w:family w:val="{}"/><w:pitch w:val="{}"/>)",
                       *f.alt != '\0' ? "86" : "00", f.family, f.pitch);
    out += "</w:font>";
  }
  out += "</w:fonts>";
  return out;
}

std::string ContentTypesXml() {
  std::string out = kXmlDecl;
  out += R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
         R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
         R"(<Default Extension="xml" ContentType="application/xml"/>)"
         R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>)"
         R"(<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>)"
         R"(<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>)"
         R"(<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>)"
         R"(<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>)"
         R"(<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>)"
         R"(<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>)"
         R"(<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>)"
         "</Types>";
  return out;
}

std::string PackageRelsXml() {
  std::string out = kXmlDecl;
  out += R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>)"
         R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>)"
         R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>)"
         "</Relationships>";
  return out;
}

std::string DocumentRelsXml() {
  std::string out = kXmlDecl;
  out += R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
         R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>)"
         R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>)"
         R"(<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/>)"
         R"(<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>)"
         R"(<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>)"
         "</Relationships>";
  return out;
}

std::string CoreXml(const NoticeDocument& doc, const DocxOptions& options) {
  const std::string when = fmt::format("{:04}-{:02}-{:02}T00:00:00Z", options.date.year, options.date.month,
                                       options.date.day);
  std::string out = kXmlDecl;
  out += R"(<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" )"
         R"(xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" )"
         R"(xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">)";
  out += "<dc:title>" + Xml(doc.title) + "</dc:title>";
  out += "<dc:creator>" + Xml(options.author) + "</dc:creator>";
  out += "<cp:lastModifiedBy>" + Xml(options.author) + "</cp:lastModifiedBy>";
  out += "<dc:language>zh-CN</dc:language>";
  out += R"(<dcterms:created xsi:type="dcterms:W3CDTF">)" + when + "</dcterms:created>";
  out += R"(<dcterms:modified xsi:type="dcterms:W3CDTF">)" + when + "</dcterms:modified>";
  out += "</cp:coreProperties>";
  return out;
}

std::string AppXml() {
  std::string out = kXmlDecl;
  out += R"(<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" )"
         R"(xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">)"
         "<Application>govwatch</Application><DocSecurity>0</DocSecurity></Properties>";
  return out;
}

}  // namespace

double TextWidthInChars(std::string_view text) {
  double width = 0;
  for (char32_t c : DecodeUtf8(text)) width += c < 0x80 ? 0.5 : 1.0;
  return width;
}

std::vector<std::string> BreakTitle(std::string_view title, double max_chars) {
  static const std::u32string kBreakAfter[] = {U"关于", U"季度", U"新媒体", U"网站", U"的"};
  const std::u32string text = DecodeUtf8(title);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    double width = 0;
    std::size_t end = start;
    while (end < text.size() && width + (text[end] < 0x80 ? 0.5 : 1.0) <= max_chars) {
      width += text[end] < 0x80 ? 0.5 : 1.0;
      ++end;
    }
    if (end < text.size()) {
      std::size_t best = 0;
      for (std::size_t pos = start + 1; pos <= end; ++pos) {
        for (const std::u32string& token : kBreakAfter) {
          if (pos - start >= token.size() && text.compare(pos - token.size(), token.size(), token) == 0) best = pos;
        }
      }
      // Break at a word boundary unless it leaves the line less than a third full.
      if (best != 0 && (best - start) * 3 >= end - start) end = best;
    }
    lines.push_back(EncodeUtf8(std::u32string_view(text).substr(start, end - start)));
    start = end;
  }
  return lines;
}

Result<std::string> RenderDocxDocument(const NoticeDocument& doc, const DocxOptions& options) {
  std::vector<ZipEntry> entries = {
      {"[Content_Types].xml", ContentTypesXml()},
      {"_rels/.rels", PackageRelsXml()},
      {"docProps/core.xml", CoreXml(doc, options)},
      {"docProps/app.xml", AppXml()},
      {"word/document.xml", DocumentXml(doc, options)},
      {"word/styles.xml", StylesXml()},
      {"word/settings.xml", SettingsXml()},
      {"word/fontTable.xml", FontTableXml()},
      {"word/footer1.xml", FooterXml(false)},
      {"word/footer2.xml", FooterXml(true)},
      {"word/_rels/document.xml.rels", DocumentRelsXml()},
  };
  return ZipEntries(entries);
}

Result<std::string> RenderDocx(const verdict::PeriodResult& result, const NoticeSettings& settings) {
  const NoticeDocument doc = BuildNotice(result, settings);
  DocxOptions options;
  options.author = settings.Get("office", result, "市人民政府办公室");
  options.header = settings.Get("header", result, options.author);
  options.date = DateOf(std::max(result.judged_at, result.period.to));
  return RenderDocxDocument(doc, options);
}

}  // namespace govwatch::report
