#pragma once
// Writes models' diagrams to files: PDF (vector, one or more pages with frames), SVG (one model,
// text kept as text) and PNG (one model at a chosen resolution). Each names the file and says
// what went wrong when it fails, and leaves no half-written file behind.
#include "export/PageSetup.h"
#include "model/Ids.h"
#include "util/Result.h"

#include <QStringList>

namespace el {

class Document;

namespace DiagramExport {

// Every page of these models, one after another. warnings receives the names of models whose
// fitted diagram would be too small to read (the caller offers tiling).
Result<> writePdf(Document *document, const QList<ModelId> &models, const PageSetup &setup,
                  const QString &path, QStringList *tooSmall = nullptr);
Result<> writeSvg(Document *document, ModelId model, const QString &path);
Result<> writePng(Document *document, ModelId model, const PageSetup &setup, const QString &path);
// The pixel size a PNG of this model has at this resolution.
QSize pngSize(Document *document, ModelId model, int dpi);

} // namespace DiagramExport
} // namespace el
