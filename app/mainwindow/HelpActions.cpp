#include "mainwindow/HelpActions.h"

#include "dialogs/UserGuideDialog.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/WindowManager.h"
#include "principles/PrincipleCatalogue.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace el {

HelpActions::HelpActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    m_sample = new QAction(tr("Open the &Sample Project"), this);
    m_sample->setToolTip(tr("Luton Health Equity Town (illustrative): five logic models to "
                            "explore"));
    connect(m_sample, &QAction::triggered, this,
            [this] { m_window->manager()->openSample(m_window); });
    m_about = new QAction(tr("&About Equity Logic"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this,
            [this] { QMessageBox::about(m_window, tr("About Equity Logic"), aboutText()); });
}

void HelpActions::fillMenuBar(QMenuBar *bar)
{
    QMenu *menu = bar->addMenu(tr("&Help"));
    QAction *guide = menu->addAction(tr("&User Guide"));
    guide->setShortcuts(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] { UserGuideDialog::showFor(m_window); });
    menu->addAction(m_sample);
    menu->addSeparator();
    menu->addAction(m_about);
}

QString HelpActions::aboutText()
{
    return tr("<h3>Equity Logic %1</h3>"
              "<p>Logic models and theories of change, checked against the eight Marmot "
              "principles.</p>"
              "<p>Free software under the MIT licence.</p>"
              "<p><small>%2</small></p>")
        .arg(QStringLiteral(EL_VERSION), PrincipleCatalogue::sourceNote().toHtmlEscaped());
}

} // namespace el
