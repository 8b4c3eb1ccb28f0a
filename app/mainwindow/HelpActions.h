#pragma once
// The Help menu of a window: the bundled sample project and the About box.
#include <QObject>

class QAction;
class QMenuBar;

namespace el {

class MainWindow;

class HelpActions : public QObject
{
    Q_OBJECT
public:
    explicit HelpActions(MainWindow *window);

    void fillMenuBar(QMenuBar *bar);
    // The About box's text: version, licence and where the principles' wording comes from.
    static QString aboutText();

private:
    MainWindow *m_window;
    QAction *m_sample;
    QAction *m_about;
};

} // namespace el
