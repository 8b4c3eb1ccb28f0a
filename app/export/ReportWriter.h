#pragma once
// The evaluation report: one PDF with a cover, contents, the principle coverage matrix and, per
// model, its diagram, a table of its cards with principles and indicators, and its findings
// with any waivers and their justifications.
#include "export/ReportPager.h"
#include "util/Result.h"

#include <QString>

namespace el {

class Document;

namespace ReportWriter {

// Writes the report of the document's project to path (atomically). progress hears of every
// page: first while the pages are laid out (of 0: the count is not known yet), then as they
// are written; when it returns false the report stops and nothing is written (a file already
// at path is left as it was).
Result<> write(Document *document, const QString &path, const ReportPager::Progress &progress = {});
// What write() says when its progress callback cancelled it.
QString cancelledMessage();

} // namespace ReportWriter
} // namespace el
