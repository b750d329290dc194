// report: the rectification notice (整改通知) sent to one unit: every finding of the period on the
// objects it runs (and those of the units under it), with the evidence — where, what, when — and
// what to do; for a privacy finding, the masked (de-identified) text to publish instead.
#pragma once

#include <string>
#include <vector>

#include "common/result.hpp"
#include "report/notice.hpp"
#include "report/notice_document.hpp"
#include "verdict/verdict.hpp"

namespace govwatch::report {

// The units that get a rectification notice: the annex group (县（区） or 市直部门) of every object
// with a finding, in the order first found.
std::vector<std::string> RectificationUnits(const verdict::PeriodResult& result);

// The findings that belong to `unit`: those on objects it runs or whose annex group it is.
std::vector<model::Finding> FindingsOfUnit(const verdict::PeriodResult& result, const std::string& unit);

// The rectification notice of `unit` as typed blocks (rendered like the notice).
NoticeDocument BuildRectification(const verdict::PeriodResult& result, const NoticeSettings& settings,
                                  const std::string& unit);

// The rectification notice in Markdown.
std::string RenderRectificationMarkdown(const verdict::PeriodResult& result, const NoticeSettings& settings,
                                        const std::string& unit);

// The rectification notice as a DOCX (same layout as the notice, without the red header).
Result<std::string> RenderRectificationDocx(const verdict::PeriodResult& result, const NoticeSettings& settings,
                                            const std::string& unit);

}  // namespace govwatch::report
