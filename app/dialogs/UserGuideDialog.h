#pragma once
// Shows the user guide (docs/user-guide.md, bundled in the resources with its screenshots) in a
// simple reading window opened from Help → User Guide.
#include <QDialog>

class QTextBrowser;

namespace el {

class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    // Where the guide lives inside the application's resources.
    static QUrl guideUrl();

    explicit UserGuideDialog(QWidget *parent = nullptr);

    // Opens the guide beside the window (one reading window per parent; raised if already open).
    static UserGuideDialog *showFor(QWidget *parent);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

} // namespace el
