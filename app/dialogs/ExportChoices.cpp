#include "dialogs/ExportChoices.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>

namespace el {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("el::ExportChoices", text);
}

const QString group = QStringLiteral("export");
} // namespace

ExportChoices ExportChoices::load()
{
    ExportChoices c;
    QSettings settings;
    settings.beginGroup(group);
    c.allModels = settings.value(QStringLiteral("allModels"), c.allModels).toBool();
    const int format = settings.value(QStringLiteral("format"), 0).toInt();
    if (format >= 0 && format <= static_cast<int>(ExportFormat::Json))
        c.format = static_cast<ExportFormat>(format);
    if (settings.value(QStringLiteral("page")).toString() == QLatin1String("A3"))
        c.setup.pageSize = QPageSize::A3;
    if (settings.value(QStringLiteral("orientation")).toString() == QLatin1String("portrait"))
        c.setup.orientation = QPageLayout::Portrait;
    c.setup.marginMm = std::clamp(
        settings.value(QStringLiteral("marginMm"), c.setup.marginMm).toDouble(), 0.0, 50.0);
    if (settings.value(QStringLiteral("fit")).toString() == QLatin1String("tile"))
        c.setup.fit = PageFit::Tile;
    c.setup.tileScale = std::clamp(
        settings.value(QStringLiteral("tileScale"), c.setup.tileScale).toDouble(), 0.1, 4.0);
    c.setup.dpi = std::clamp(settings.value(QStringLiteral("dpi"), c.setup.dpi).toInt(), 10, 2400);
    c.setup.transparent = settings.value(QStringLiteral("transparent"), false).toBool();
    return c;
}

void ExportChoices::save() const
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("allModels"), allModels);
    settings.setValue(QStringLiteral("format"), static_cast<int>(format));
    settings.setValue(QStringLiteral("page"), setup.pageSize == QPageSize::A3
                                                  ? QStringLiteral("A3")
                                                  : QStringLiteral("A4"));
    settings.setValue(QStringLiteral("orientation"), setup.orientation == QPageLayout::Portrait
                                                         ? QStringLiteral("portrait")
                                                         : QStringLiteral("landscape"));
    settings.setValue(QStringLiteral("marginMm"), setup.marginMm);
    settings.setValue(QStringLiteral("fit"),
                      setup.fit == PageFit::Tile ? QStringLiteral("tile") : QStringLiteral("fit"));
    settings.setValue(QStringLiteral("tileScale"), setup.tileScale);
    settings.setValue(QStringLiteral("dpi"), setup.dpi);
    settings.setValue(QStringLiteral("transparent"), setup.transparent);
}

namespace ExportFormats {

QString label(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return tr("PDF document (for reports and printing)");
    case ExportFormat::Svg:
        return tr("SVG drawing (for editing in a drawing program)");
    case ExportFormat::Png:
        return tr("PNG picture (for slides and web pages)");
    case ExportFormat::Dot:
        return tr("DOT graph (for Graphviz)");
    case ExportFormat::Graphml:
        return tr("GraphML graph (for yEd or Gephi)");
    case ExportFormat::Json:
        return tr("JSON data (to exchange with other tools)");
    }
    return {};
}

QString extension(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Svg:
        return QStringLiteral("svg");
    case ExportFormat::Png:
        return QStringLiteral("png");
    case ExportFormat::Dot:
        return QStringLiteral("dot");
    case ExportFormat::Graphml:
        return QStringLiteral("graphml");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

QString filter(ExportFormat format)
{
    QString kind;
    switch (format) {
    case ExportFormat::Pdf:
        kind = tr("PDF documents");
        break;
    case ExportFormat::Svg:
        kind = tr("SVG drawings");
        break;
    case ExportFormat::Png:
        kind = tr("PNG pictures");
        break;
    case ExportFormat::Dot:
        kind = tr("DOT graphs");
        break;
    case ExportFormat::Graphml:
        kind = tr("GraphML graphs");
        break;
    case ExportFormat::Json:
        kind = tr("JSON files");
        break;
    }
    return QStringLiteral("%1 (*.%2)").arg(kind, extension(format));
}

QString safeFileName(const QString &name)
{
    QString s = name.trimmed();
    s.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1f]")),
              QStringLiteral("-"));
    return s;
}

} // namespace ExportFormats
} // namespace el
