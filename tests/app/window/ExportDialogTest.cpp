// File > Export…: the dialog greys out what the format does not use, warns when a fitted page
// would make the text too small and offers tiling, and the export writes the file chosen.
#include "dialogs/ExportDialog.h"
#include "ModelBuilder.h"
#include "TempDir.h"
#include "WindowFixture.h"
#include "document/Document.h"
#include "mainwindow/ExportActions.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <catch2/catch.hpp>

using namespace el;

namespace {
std::unique_ptr<Project> project(int perColumn)
{
    auto p = std::make_unique<Project>();
    ModelData data = test::layeredModel(perColumn, 2);
    data.id = ModelId::create();
    data.name = QStringLiteral("Housing and Health");
    p->insertModel(data);
    return p;
}

void chooseFormat(ExportDialog &dialog, ExportFormat format)
{
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(static_cast<int>(format)));
}
} // namespace

TEST_CASE("The export dialog offers only the options that apply to the format")
{
    test::WindowFixture f(project(2));
    ExportDialog dialog(f.document(), f.model()->id(), ExportChoices());

    chooseFormat(dialog, ExportFormat::Pdf);
    CHECK(dialog.pageSizeBox()->isEnabled());
    CHECK_FALSE(dialog.dpiBox()->isEnabled());
    CHECK_FALSE(dialog.backgroundBox()->isEnabled());

    chooseFormat(dialog, ExportFormat::Png);
    CHECK_FALSE(dialog.pageSizeBox()->isEnabled());
    CHECK_FALSE(dialog.fitButton()->isEnabled());
    CHECK(dialog.dpiBox()->isEnabled());
    CHECK(dialog.backgroundBox()->isEnabled());

    chooseFormat(dialog, ExportFormat::Svg);
    CHECK_FALSE(dialog.pageSizeBox()->isEnabled());
    CHECK_FALSE(dialog.dpiBox()->isEnabled());
}

TEST_CASE("Fitting a big model onto one page warns about small text and offers tiling")
{
    test::WindowFixture f(project(40));
    ExportChoices fitted;
    fitted.setup.fit = PageFit::FitToPage;
    ExportDialog dialog(f.document(), f.model()->id(), fitted);
    chooseFormat(dialog, ExportFormat::Pdf);

    REQUIRE(dialog.tooSmall() == QStringList{QStringLiteral("Housing and Health")});
    CHECK(dialog.warningLabel()->isVisibleTo(&dialog));
    CHECK(dialog.warningLabel()->text().contains(QStringLiteral("Housing and Health")));
    REQUIRE(dialog.tileInsteadButton()->isVisibleTo(&dialog));

    dialog.tileInsteadButton()->click();
    CHECK(dialog.tileButton()->isChecked());
    CHECK(dialog.choices().setup.fit == PageFit::Tile);
    CHECK_FALSE(dialog.warningLabel()->isVisibleTo(&dialog));
}

TEST_CASE("A small model fits onto one page without a warning")
{
    test::ModelBuilder b(QStringLiteral("Small"));
    b.link(b.node(NodeKind::Activity, QStringLiteral("Insulate homes")),
           b.node(NodeKind::Output, QStringLiteral("Homes insulated")));
    test::WindowFixture f(b.project());
    ExportChoices fitted;
    ExportDialog dialog(f.document(), f.model()->id(), fitted);
    chooseFormat(dialog, ExportFormat::Pdf);
    CHECK(dialog.tooSmall().isEmpty());
    CHECK_FALSE(dialog.warningLabel()->isVisibleTo(&dialog));
}

TEST_CASE("Export writes a PDF of the current model where the user chose")
{
    test::TempDir dir;
    test::WindowFixture f(project(3));
    const QString path = dir.file(QStringLiteral("housing.pdf"));
    f.prompts()->fileName = path;
    ExportActions *actions = f.window()->exportActions();
    bool asked = false;
    actions->runDialog = [&](ExportDialog &dialog) {
        asked = true;
        chooseFormat(dialog, ExportFormat::Pdf);
        dialog.whatBox()->setCurrentIndex(0);
        dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(QPageSize::A3));
        return true;
    };

    REQUIRE(actions->exportDiagram());
    CHECK(asked);
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.size() > 1000);
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
    CHECK(f.prompts()->errors.isEmpty());
    // The choices are remembered for next time.
    CHECK(ExportChoices::load().setup.pageSize == QPageSize::A3);
}

TEST_CASE("Export of a picture uses the resolution chosen")
{
    test::TempDir dir;
    test::WindowFixture f(project(2));
    const QString path = dir.file(QStringLiteral("housing.png"));
    f.prompts()->fileName = path;
    f.window()->exportActions()->runDialog = [](ExportDialog &dialog) {
        chooseFormat(dialog, ExportFormat::Png);
        dialog.whatBox()->setCurrentIndex(0);
        dialog.dpiBox()->setValue(96);
        return true;
    };
    REQUIRE(f.window()->exportActions()->exportDiagram());
    const QImage at96(path);
    REQUIRE_FALSE(at96.isNull());

    f.window()->exportActions()->runDialog = [](ExportDialog &dialog) {
        dialog.dpiBox()->setValue(192);
        return true;
    };
    REQUIRE(f.window()->exportActions()->exportDiagram());
    const QImage at192(path);
    CHECK(at192.width() == Approx(2 * at96.width()).margin(2));
}

TEST_CASE("An export that cannot be written says so in plain words")
{
    test::TempDir dir;
    test::WindowFixture f(project(2));
    f.prompts()->fileName = dir.file(QStringLiteral("no such folder/housing.pdf"));
    f.window()->exportActions()->runDialog = [](ExportDialog &dialog) {
        chooseFormat(dialog, ExportFormat::Pdf);
        return true;
    };
    CHECK_FALSE(f.window()->exportActions()->exportDiagram());
    REQUIRE(f.prompts()->errors.size() == 1);
    CHECK(f.prompts()->errors.first().contains(QStringLiteral("folder")));
}

TEST_CASE("Cancelling the export dialog writes nothing and asks for no file name")
{
    test::TempDir dir;
    test::WindowFixture f(project(2));
    const QString path = dir.file(QStringLiteral("housing.pdf"));
    f.prompts()->fileName = path;
    f.window()->exportActions()->runDialog = [](ExportDialog &) {
        return false;
    };
    CHECK_FALSE(f.window()->exportActions()->exportDiagram());
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("Export Report writes the evaluation report where the user chose")
{
    test::TempDir dir;
    test::WindowFixture f(project(2));
    const QString path = dir.file(QStringLiteral("report"));
    f.prompts()->fileName = path;
    REQUIRE(f.window()->exportActions()->exportReport());
    QFile pdf(path + QStringLiteral(".pdf"));
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(5) == QByteArray("%PDF-"));
}

TEST_CASE("Export Report shows its progress and Cancel leaves no file")
{
    test::TempDir dir;
    test::WindowFixture f(project(20));
    const QString path = dir.file(QStringLiteral("report.pdf"));
    f.prompts()->fileName = path;
    f.window()->exportActions()->progressDelay = 0;
    // The user presses Cancel once the progress window shows a percentage.
    bool sawPercentage = false;
    QTimer watcher;
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *progress = qobject_cast<QProgressDialog *>(w);
            if (!progress || !progress->isVisible())
                continue;
            if (progress->maximum() > 0 && progress->value() >= 2) {
                sawPercentage = true;
                progress->cancel();
            }
        }
    });
    watcher.start(0);
    CHECK_FALSE(f.window()->exportActions()->exportReport());
    watcher.stop();
    CHECK(sawPercentage);
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    CHECK(f.prompts()->errors.isEmpty());
    CHECK(f.window()->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
}
