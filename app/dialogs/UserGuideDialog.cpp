#include "dialogs/UserGuideDialog.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QImageReader>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QVBoxLayout>

namespace el {

QUrl UserGuideDialog::guideUrl()
{
    return QUrl(QStringLiteral("qrc:/docs/user-guide.md"));
}

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("UserGuideDialog"));
    setWindowTitle(tr("Equity Logic User Guide"));
    // A reading window, not a question: it stays open beside the editor.
    setModal(false);
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    setWindowFlag(Qt::WindowMinMaxButtonsHint, true);

    // Links to web pages open in the browser; links inside the guide stay here.
    m_browser->setOpenExternalLinks(true);
    m_browser->setSource(guideUrl(), QTextDocument::MarkdownResource);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this] { fitImages(); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(860, 720);
}

UserGuideDialog *UserGuideDialog::showFor(QWidget *parent)
{
    auto *dialog = parent
                       ? parent->findChild<UserGuideDialog *>(QString(), Qt::FindDirectChildrenOnly)
                       : nullptr;
    if (!dialog) {
        dialog = new UserGuideDialog(parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

void UserGuideDialog::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    fitImages();
}

void UserGuideDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitImages();
}

void UserGuideDialog::fitImages()
{
    QTextDocument *doc = m_browser->document();
    const qreal available = m_browser->viewport()->width() - 2 * doc->documentMargin() - 4;
    if (available < 50)
        return;
    // Collect first: changing a format splits and merges the fragments being walked.
    QList<QPair<QTextFragment, QTextImageFormat>> images;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                images.append({fragment, fragment.charFormat().toImageFormat()});
        }
    }
    for (auto &[fragment, image] : images) {
        QSize natural = m_imageSizes.value(image.name());
        if (!natural.isValid()) {
            const QUrl url = m_browser->source().resolved(QUrl(image.name()));
            QByteArray bytes
                = m_browser->loadResource(QTextDocument::ImageResource, url).toByteArray();
            QBuffer buffer(&bytes);
            natural = QImageReader(&buffer).size();
            if (!natural.isValid())
                continue;
            m_imageSizes.insert(image.name(), natural);
        }
        const qreal width = std::min<qreal>(natural.width(), available);
        if (qFuzzyCompare(image.width(), width))
            continue;
        image.setWidth(width);
        image.setHeight(width * natural.height() / natural.width());
        QTextCursor cursor(doc);
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(image);
    }
}

} // namespace el
