#include "mainwindow/GuiMain.h"

#include <QApplication>
#include <QMainWindow>

namespace el {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Equity Logic"));
    QApplication::setOrganizationName(QStringLiteral("Equity Logic"));
    QApplication::setApplicationVersion(QStringLiteral(EL_VERSION));
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Equity Logic"));
    window.show();
    return QApplication::exec();
}

} // namespace el
