#include "export/DiagramExport.h"

#include "document/Document.h"
#include "export/DiagramPages.h"
#include "export/DiagramScene.h"
#include "model/LogicModel.h"

#include <QCoreApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <cmath>
#include <memory>
#include <vector>

namespace el::DiagramExport {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::DiagramExport", text);
}

QString cannotWrite(const QString &path, const QString &why)
{
    return tr("%1: could not write the file (%2). Check that the folder exists and that you may "
              "write there, then try again.")
        .arg(path, why);
}

QString title(Document *document, ModelId model)
{
    QString t = document->project()->title();
    if (const LogicModel *m = document->project()->model(model))
        t += QStringLiteral(" — ") + m->name();
    return t;
}

// Opens a save file for path (a temporary file beside it until committed) and writes into it.
// When writing fails the file is dropped, and with it the temporary file.
template<class Write>
Result<std::unique_ptr<QSaveFile>> writeUncommitted(const QString &path, Write write)
{
    auto file = std::make_unique<QSaveFile>(path);
    if (!file->open(QIODevice::WriteOnly))
        return failure(cannotWrite(path, file->errorString()));
    if (auto r = write(file.get()); !r)
        return failure(r.error());
    return file;
}

Result<> commit(QSaveFile &file)
{
    if (!file.commit())
        return failure(cannotWrite(file.fileName(), file.errorString()));
    return {};
}

Result<> paintSvg(QIODevice *device, Document *document, ModelId model, const QString &path)
{
    DiagramScene diagram(document, model);
    const QRectF content = diagram.contentRect();
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setTitle(title(document, model));
    svg.setDescription(tr("A logic model drawn by Equity Logic"));
    // One unit a pixel, as on the canvas at actual size.
    svg.setResolution(96);
    svg.setSize(content.size().toSize());
    svg.setViewBox(QRectF(QPointF(), content.size()));
    QPainter painter;
    if (!painter.begin(&svg))
        return failure(cannotWrite(path, tr("the drawing could not be started")));
    diagram.render(&painter, QRectF(QPointF(), content.size()), content);
    painter.end();
    return {};
}

Result<> paintPng(QIODevice *device, Document *document, ModelId model, const PageSetup &setup,
                  const QString &path)
{
    DiagramScene diagram(document, model);
    const QRectF content = diagram.contentRect();
    const double factor = setup.dpi / 96.0;
    const QSize size(static_cast<int>(std::ceil(content.width() * factor)),
                     static_cast<int>(std::ceil(content.height() * factor)));
    if (size.isEmpty() || static_cast<qint64>(size.width()) * size.height() > 400'000'000LL)
        return failure(tr("%1: an image of %2 × %3 pixels is too large; choose a lower "
                          "resolution.")
                           .arg(path)
                           .arg(size.width())
                           .arg(size.height()));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return failure(tr("%1: there is not enough memory for an image of %2 × %3 pixels; choose "
                          "a lower resolution.")
                           .arg(path)
                           .arg(size.width())
                           .arg(size.height()));
    image.fill(setup.transparent ? Qt::transparent : Qt::white);
    const int dotsPerMetre = static_cast<int>(std::lround(setup.dpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    diagram.setBackground(setup.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        diagram.render(&painter, QRectF(QPointF(), QSizeF(size)), content);
    }
    if (!image.save(device, "PNG"))
        return failure(cannotWrite(path, tr("the image could not be encoded")));
    return {};
}
} // namespace

Result<> writePdf(Document *document, const QList<ModelId> &models, const PageSetup &setup,
                  const QString &path, QStringList *tooSmall,
                  const WriteProgress::Callback &progress)
{
    const DiagramPages pages(document, models, setup);
    if (tooSmall)
        *tooSmall = pages.tooSmall();
    WriteProgress told(progress);
    auto file = writeUncommitted(path, [&](QIODevice *device) -> Result<> {
        QPdfWriter writer(device);
        writer.setPageLayout(setup.pageLayout());
        writer.setTitle(models.size() == 1 ? title(document, models.first())
                                           : document->project()->title());
        writer.setCreator(QStringLiteral("Equity Logic"));
        if (!pages.paintAll(&writer, &told))
            return failure(cannotWrite(path, tr("the PDF could not be drawn")));
        if (told.cancelled())
            return failure(cancelledMessage());
        return {};
    });
    if (!file)
        return failure(file.error());
    return commit(**file);
}

Result<> writeSvg(Document *document, ModelId model, const QString &path)
{
    return writePictures(document, PictureFormat::Svg, {{model, path}}, PageSetup());
}

Result<> writePng(Document *document, ModelId model, const PageSetup &setup, const QString &path)
{
    return writePictures(document, PictureFormat::Png, {{model, path}}, setup);
}

Result<> writePictures(Document *document, PictureFormat format, const QList<Picture> &pictures,
                       const PageSetup &setup, const WriteProgress::Callback &progress)
{
    WriteProgress told(progress);
    const int total = static_cast<int>(pictures.size());
    // Every picture waits in its temporary file until all are drawn; dropping them on the way
    // out removes those files.
    std::vector<std::unique_ptr<QSaveFile>> files;
    for (const Picture &picture : pictures) {
        if (!told.tell(static_cast<int>(files.size()), total))
            return failure(cancelledMessage());
        auto file = writeUncommitted(picture.path, [&](QIODevice *device) {
            return format == PictureFormat::Svg
                       ? paintSvg(device, document, picture.model, picture.path)
                       : paintPng(device, document, picture.model, setup, picture.path);
        });
        if (!file)
            return failure(file.error());
        files.push_back(std::move(*file));
    }
    if (!told.tell(total, total))
        return failure(cancelledMessage());
    for (const auto &file : files) {
        if (auto r = commit(*file); !r)
            return r;
    }
    return {};
}

QSize pngSize(Document *document, ModelId model, int dpi)
{
    DiagramScene diagram(document, model);
    const QSizeF s = diagram.contentRect().size() * (dpi / 96.0);
    return QSize(static_cast<int>(std::ceil(s.width())), static_cast<int>(std::ceil(s.height())));
}

QString cancelledMessage()
{
    return tr("The export was cancelled; no file was written.");
}

} // namespace el::DiagramExport
