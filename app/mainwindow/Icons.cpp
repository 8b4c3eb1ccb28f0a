#include "mainwindow/Icons.h"

#include "principles/PrincipleCatalogue.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QStyle>

namespace el::Icons {

namespace {
struct Entry
{
    const char *file;
    QStyle::StandardPixmap fallback;
};

Entry entry(Name name)
{
    switch (name) {
    case New:
        return {"new", QStyle::SP_FileIcon};
    case Open:
        return {"open", QStyle::SP_DialogOpenButton};
    case Save:
        return {"save", QStyle::SP_DialogSaveButton};
    case Undo:
        return {"undo", QStyle::SP_ArrowBack};
    case Redo:
        return {"redo", QStyle::SP_ArrowForward};
    case Cut:
        return {"cut", QStyle::SP_DialogResetButton};
    case Copy:
        return {"copy", QStyle::SP_FileDialogContentsView};
    case Paste:
        return {"paste", QStyle::SP_DialogApplyButton};
    case Delete:
        return {"delete", QStyle::SP_TrashIcon};
    case ZoomIn:
        return {"zoom-in", QStyle::SP_ArrowUp};
    case ZoomOut:
        return {"zoom-out", QStyle::SP_ArrowDown};
    case ZoomFit:
        return {"zoom-fit", QStyle::SP_TitleBarMaxButton};
    case Tidy:
        return {"tidy", QStyle::SP_BrowserReload};
    case ZoomActual:
        return {"zoom-actual", QStyle::SP_TitleBarNormalButton};
    case Find:
        return {"find", QStyle::SP_FileDialogContentsView};
    case Add:
        return {"add", QStyle::SP_FileDialogNewFolder};
    case Rename:
        return {"rename", QStyle::SP_FileDialogDetailedView};
    case Duplicate:
        return {"duplicate", QStyle::SP_FileLinkIcon};
    case MoveUp:
        return {"move-up", QStyle::SP_ArrowUp};
    case MoveDown:
        return {"move-down", QStyle::SP_ArrowDown};
    case Error:
        return {"error", QStyle::SP_MessageBoxCritical};
    case Warning:
        return {"warning", QStyle::SP_MessageBoxWarning};
    case Information:
        return {"information", QStyle::SP_MessageBoxInformation};
    }
    return {"", QStyle::SP_FileIcon};
}
} // namespace

QIcon get(Name name)
{
    const Entry e = entry(name);
    const QString path = QStringLiteral(":/icons/%1.svg").arg(QLatin1String(e.file));
    if (QFile::exists(path))
        return QIcon(path);
    return QApplication::style()->standardIcon(e.fallback);
}

QIcon card(const QColor &colour)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(colour.darker(140), 2));
    p.setBrush(colour.lighter(150));
    p.drawRoundedRect(QRectF(3, 7, 26, 18), 4, 4);
    p.setPen(QPen(colour.darker(180), 3, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(16, 11), QPointF(16, 21));
    p.drawLine(QPointF(11, 16), QPointF(21, 16));
    return QIcon(pixmap);
}

QIcon principle(int number)
{
    const Principle &pr = PrincipleCatalogue::principle(number);
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor::fromRgba(pr.rgba));
    p.drawEllipse(QRectF(1, 1, 30, 30));
    QFont font = p.font();
    font.setPixelSize(19);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::white);
    p.drawText(QRectF(0, 0, 32, 32), Qt::AlignCenter, QString::number(number));
    return QIcon(pixmap);
}

} // namespace el::Icons
