// The runner for the app tests: a real QApplication on the offscreen platform unless a display
// is asked for (test discovery runs at build time, with no display), with the translation the
// programs load, so that texts with a count read as the user sees them.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "canvas/CanvasAccessible.h"
#include "cli/Translations.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // CTest runs test cases as separate processes in parallel: each gets settings of its own,
    // so that one test's remembered choices never leak into another running at the same time.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Equity Logic Tests"));
    QApplication::setOrganizationName(QStringLiteral("EquityLogicTests"));
    el::installTranslations();
    el::CanvasAccessible::installFactory(); // as the editor does
    return Catch::Session().run(argc, argv);
}
