#include "dialogs/UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
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

} // namespace el
