#include "mainwindow/ReadOnlyBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

namespace el {

ReadOnlyBar::ReadOnlyBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_saveAs(new QPushButton(tr("Save &As\u2026"), this))
{
    setObjectName(QStringLiteral("ReadOnlyBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // A pale amber like other programs' information bars; the text keeps the palette's colour.
    setStyleSheet(QStringLiteral("#ReadOnlyBar { background: #fff4ce; border: 1px solid #e0c060; }"
                                 "#ReadOnlyBar QLabel { color: #3b2f00; }"));
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_saveAs->setToolTip(tr("Save your version in a new file that you can change"));
    connect(m_saveAs, &QPushButton::clicked, this, &ReadOnlyBar::saveAsRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_saveAs);
    hide();
}

void ReadOnlyBar::setReason(const QString &reason)
{
    m_text->setText(tr("<b>Read-only:</b> %1 You may still edit here; the file itself is never "
                       "changed.")
                        .arg(reason.toHtmlEscaped()));
    setVisible(!reason.isEmpty());
}

QString ReadOnlyBar::text() const
{
    return m_text->text();
}

} // namespace el
