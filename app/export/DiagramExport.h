#pragma once
// Writes models' diagrams to files: PDF (vector, one or more pages with frames), SVG (one model,
// text kept as text) and PNG (one model at a chosen resolution). Each names the file and says
// what went wrong when it fails, and leaves no half-written file behind. Long exports tell of
// their progress and can be cancelled; a cancelled export writes nothing.
#include "export/PageSetup.h"
#include "export/WriteProgress.h"
#include "model/Ids.h"
#include "util/Result.h"

#include <QStringList>

namespace el {

class Document;

namespace DiagramExport {

// Every page of these models, one after another. tooSmall receives the names of models whose
// fitted diagram would be too small to read (the caller offers tiling). progress is told of the
// pages (0 of their count first, then each page written).
Result<> writePdf(Document *document, const QList<ModelId> &models, const PageSetup &setup,
                  const QString &path, QStringList *tooSmall = nullptr,
                  const WriteProgress::Callback &progress = {});
Result<> writeSvg(Document *document, ModelId model, const QString &path);
Result<> writePng(Document *document, ModelId model, const PageSetup &setup, const QString &path);

enum class PictureFormat { Svg, Png };
struct Picture
{
    ModelId model;
    QString path;
};
// A picture of each model to its own path. They are written to temporary files beside their
// paths and put in place together at the end, so that a cancelled or failed export leaves none
// of them behind and the files they would replace as they were. progress is told the pictures
// done before each one is drawn (0 first) and once all are drawn.
Result<> writePictures(Document *document, PictureFormat format, const QList<Picture> &pictures,
                       const PageSetup &setup, const WriteProgress::Callback &progress = {});

// What the writers say when their progress callback cancelled them.
QString cancelledMessage();
// The pixel size a PNG of this model has at this resolution.
QSize pngSize(Document *document, ModelId model, int dpi);

} // namespace DiagramExport
} // namespace el
