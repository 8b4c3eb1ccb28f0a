#pragma once
// Shows the user guide (docs/user-guide.md, bundled in the resources with its screenshots) in a
// simple reading window opened from Help → User Guide.
#include <QDialog>
#include <QHash>
#include <QSize>

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

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    // Scales the screenshots down to the window's width (never up), keeping their proportions.
    void fitImages();

    QTextBrowser *m_browser;
    QHash<QString, QSize> m_imageSizes; // natural sizes, by image name
};

} // namespace el
