// File > Export… counts the pages of a PDF or the pictures of every model in a progress window
// with a percentage and Cancel; a cancel leaves no new file, keeps a file the export would have
// replaced as it was, and says so in the status bar.
#include "FileBytes.h"
#include "ModelBuilder.h"
#include "TempDir.h"
#include "WindowFixture.h"
#include "dialogs/ExportDialog.h"
#include "mainwindow/ExportActions.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QProgressDialog>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>
#include <catch2/catch.hpp>
#include <functional>

using namespace el;

namespace {
// A project of these models, each a layered model with perColumn cards a column.
std::unique_ptr<Project> project(const QStringList &names, int perColumn)
{
    auto p = std::make_unique<Project>();
    for (const QString &name : names) {
        ModelData data = test::layeredModel(perColumn, 2);
        data.id = ModelId::create();
        data.name = name;
        p->insertModel(data);
    }
    return p;
}

// Looks at the progress window whenever events are let through while an export runs, as a
// person watching it would, and presses Cancel when cancelWhen says so.
class ProgressWatcher
{
public:
    explicit ProgressWatcher(std::function<bool(const QProgressDialog &)> cancelWhen = {})
        : m_cancelWhen(std::move(cancelWhen))
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { look(); });
        m_timer.start(0);
    }

    QStringList labels;
    int highestPercent = 0;
    bool cancelled = false;

private:
    void look()
    {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *progress = qobject_cast<QProgressDialog *>(w);
            if (!progress || !progress->isVisible() || cancelled)
                continue;
            CHECK(progress->windowModality() == Qt::WindowModal);
            if (labels.isEmpty() || labels.last() != progress->labelText())
                labels << progress->labelText();
            if (progress->maximum() > 0) {
                highestPercent
                    = std::max(highestPercent, progress->value() * 100 / progress->maximum());
            }
            if (m_cancelWhen && m_cancelWhen(*progress)) {
                cancelled = true;
                progress->cancel();
            }
        }
    }

    std::function<bool(const QProgressDialog &)> m_cancelWhen;
    QTimer m_timer;
};

void chooseTiledPdf(ExportDialog &dialog)
{
    dialog.formatBox()->setCurrentIndex(
        dialog.formatBox()->findData(static_cast<int>(ExportFormat::Pdf)));
    dialog.whatBox()->setCurrentIndex(0);
    dialog.pageSizeBox()->setCurrentIndex(dialog.pageSizeBox()->findData(QPageSize::A4));
    dialog.tileButton()->setChecked(true);
}

void chooseEveryModelAs(ExportDialog &dialog, ExportFormat format)
{
    dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(static_cast<int>(format)));
    dialog.whatBox()->setCurrentIndex(1);
}

// The window's Export…, saving to path, with the progress window shown at once and the export
// dialog answered by choose.
ExportActions *exporting(test::WindowFixture &f, const QString &path,
                         std::function<void(ExportDialog &)> choose)
{
    f.prompts()->fileName = path;
    ExportActions *actions = f.window()->exportActions();
    actions->progressDelay = 0;
    actions->runDialog = [choose](ExportDialog &dialog) {
        choose(dialog);
        return true;
    };
    return actions;
}

const QStringList threeModels{QStringLiteral("Housing and Health"), QStringLiteral("Warm Homes"),
                              QStringLiteral("Clean Air")};
} // namespace

TEST_CASE("A many-page PDF export counts its pages up to 100% and writes them all")
{
    test::TempDir dir;
    test::WindowFixture f(project({QStringLiteral("Housing and Health")}, 43));
    const QString path = dir.file(QStringLiteral("housing.pdf"));
    ExportActions *actions = exporting(f, path, chooseTiledPdf);
    ProgressWatcher watcher;
    REQUIRE(actions->exportDiagram());
    CHECK(watcher.highestPercent == 100);
    // "Writing page 7 of 40…", each page in turn.
    const QRegularExpression page(QStringLiteral("^Writing page (\\d+) of (\\d+)\u2026$"));
    REQUIRE(watcher.labels.size() > 3);
    int pages = 0;
    for (const QString &label : std::as_const(watcher.labels)) {
        INFO(label.toStdString());
        const auto match = page.match(label);
        REQUIRE(match.hasMatch());
        pages = match.captured(2).toInt();
    }
    CHECK(watcher.labels.last() == QStringLiteral("Writing page %1 of %1\u2026").arg(pages));
    CHECK(test::readBytes(path).contains(QStringLiteral("/Count %1").arg(pages).toLatin1()));
    CHECK(f.prompts()->errors.isEmpty());
    CHECK(f.window()->statusBar()->currentMessage().startsWith(QStringLiteral("Exported to")));
}

TEST_CASE("Cancelling a PDF export part-way keeps the file it would have replaced")
{
    test::TempDir dir;
    test::WindowFixture f(project({QStringLiteral("Housing and Health")}, 43));
    const QString path = dir.file(QStringLiteral("housing.pdf"));
    test::writeBytes(path, "%PDF- an earlier export");
    ExportActions *actions = exporting(f, path, chooseTiledPdf);
    // Cancelled once two pages are written.
    QString saidAtCancel;
    int pages = 0;
    ProgressWatcher watcher([&](const QProgressDialog &progress) {
        saidAtCancel = progress.labelText();
        pages = progress.maximum();
        return progress.maximum() > 2 && progress.value() >= 2;
    });
    CHECK_FALSE(actions->exportDiagram());
    REQUIRE(watcher.cancelled);
    CHECK(saidAtCancel == QStringLiteral("Writing page 3 of %1\u2026").arg(pages));
    CHECK(test::readBytes(path) == QByteArray("%PDF- an earlier export"));
    CHECK(test::filesIn(dir.path()) == QStringList{QStringLiteral("housing.pdf")});
    CHECK(f.prompts()->errors.isEmpty());
    CHECK(f.window()->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
}

TEST_CASE("Exporting every model as pictures names each one, and Cancel leaves none of them")
{
    test::TempDir dir;
    test::WindowFixture f(project(threeModels, 4));
    const QString path = dir.file(QStringLiteral("plan.png"));
    // One picture from an earlier export, which this one would replace.
    const QString earlier = dir.file(QStringLiteral("plan - Warm Homes.png"));
    test::writeBytes(earlier, "an earlier picture");
    ExportActions *actions = exporting(
        f, path, [](ExportDialog &dialog) { chooseEveryModelAs(dialog, ExportFormat::Png); });
    // Cancelled while the third picture is being written: two are drawn by then.
    ProgressWatcher watcher([](const QProgressDialog &progress) {
        return progress.labelText().startsWith(QStringLiteral("Writing picture 3 of 3"));
    });
    CHECK_FALSE(actions->exportDiagram());
    REQUIRE(watcher.cancelled);
    CHECK(watcher.labels.contains(QStringLiteral("Writing picture 2 of 3: Warm Homes\u2026")));
    CHECK(watcher.labels.last() == QStringLiteral("Writing picture 3 of 3: Clean Air\u2026"));
    CHECK(test::readBytes(earlier) == QByteArray("an earlier picture"));
    CHECK(test::filesIn(dir.path()) == QStringList{QStringLiteral("plan - Warm Homes.png")});
    CHECK(f.prompts()->errors.isEmpty());
    CHECK(f.window()->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));

    // Without a cancel, every picture is written, the earlier one replaced.
    ProgressWatcher untouched;
    REQUIRE(actions->exportDiagram());
    CHECK(untouched.highestPercent == 100);
    for (const QString &name : threeModels) {
        INFO(name.toStdString());
        CHECK_FALSE(QImage(dir.file(QStringLiteral("plan - %1.png").arg(name))).isNull());
    }
    CHECK(test::filesIn(dir.path()).size() == 3);
}

TEST_CASE("Pictures that cannot be written say so in plain words and leave nothing")
{
    test::TempDir dir;
    test::WindowFixture f(project(threeModels, 2));
    ExportActions *actions
        = exporting(f, dir.file(QStringLiteral("no such folder/plan.svg")),
                    [](ExportDialog &dialog) { chooseEveryModelAs(dialog, ExportFormat::Svg); });
    CHECK_FALSE(actions->exportDiagram());
    REQUIRE(f.prompts()->errors.size() == 1);
    CHECK(f.prompts()->errors.first().contains(QStringLiteral("folder exists")));
    CHECK_FALSE(f.window()->statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    CHECK(test::filesIn(dir.path()).isEmpty());
}
