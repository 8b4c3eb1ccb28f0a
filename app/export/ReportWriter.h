#pragma once
// The evaluation report: one PDF with a cover, contents, the principle coverage matrix and, per
// model, its diagram, a table of its cards with principles and indicators, and its findings
// with any waivers and their justifications.
#include "util/Result.h"

#include <QString>

namespace el {

class Document;

namespace ReportWriter {

// Writes the report of the document's project to path (atomically).
Result<> write(Document *document, const QString &path);

} // namespace ReportWriter
} // namespace el
