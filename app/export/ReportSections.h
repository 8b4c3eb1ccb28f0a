#pragma once
// The parts of the evaluation report, each painting at the pager's cursor (ReportWriter puts
// them in order and collects the page numbers for the contents).
#include "validation/Validator.h"

#include <QList>
#include <QString>

namespace el {

class Document;
class LogicModel;
class ReportPager;

namespace ReportSections {

struct ContentsEntry
{
    QString title;
    int level = 1;
    int page = 0;
    friend bool operator==(const ContentsEntry &, const ContentsEntry &) = default;
};

void cover(ReportPager &pager, const Project &project, int modelCount);
void contents(ReportPager &pager, const QList<ContentsEntry> &entries);
void coverage(ReportPager &pager, const Project &project, const Coverage &coverage);
// The model's diagram on landscape pages: fitted, or tiled when fitted text would be too small.
void diagram(ReportPager &pager, Document *document, const LogicModel &model);
void nodeTable(ReportPager &pager, const LogicModel &model);
void findings(ReportPager &pager, const LogicModel &model, const QList<Diagnostic> &diagnostics);

// The sections' translated text (context "el::ReportSections"); n >= 0 chooses the singular or
// plural form of a text with a count.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1);

// "improving", "worsening", "no change" or "" for an indicator's latest against its baseline.
QString trend(const Indicator &indicator);

} // namespace ReportSections
} // namespace el
