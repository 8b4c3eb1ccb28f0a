// The keyboard shortcuts the user guide lists (docs/user-guide.md, "Keyboard shortcuts") are the
// ones the editor has: a registrar who learns them from the guide finds them working.
#include "ModelBuilder.h"
#include "WindowFixture.h"

#include <QAction>
#include <QFile>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace el;

namespace {
// The key combinations in the guide's shortcut table, one per entry ("Ctrl+X, Ctrl+C, Ctrl+V"
// gives three; "Ctrl+Shift+Z (Ctrl+Y on Windows)" gives the first). Rows that name keys in
// words ("Arrow keys") or a pair of zoom keys are left to the canvas tests.
QStringList guideShortcuts()
{
    QFile guide(QStringLiteral(EL_SOURCE_DIR "/docs/user-guide.md"));
    REQUIRE(guide.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(guide.readAll());
    const qsizetype start = text.indexOf(QStringLiteral("## 10. Keyboard shortcuts"));
    REQUIRE(start >= 0);
    QStringList keys;
    static const QRegularExpression row(QStringLiteral(R"(^\| ([^|]+) \| [^|]+ \|$)"),
                                        QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(text, start); it.hasNext();) {
        QString cell = it.next().captured(1).trimmed();
        cell = cell.section(QStringLiteral(" ("), 0, 0);
        if (cell == QLatin1String("Keys") || cell.contains(QLatin1Char('/'))
            || cell.contains(QLatin1Char(' ')) && !cell.contains(QLatin1Char(',')))
            continue;
        for (const QString &combo : cell.split(QStringLiteral(", ")))
            keys << combo.trimmed();
    }
    return keys;
}
} // namespace

TEST_CASE("Every shortcut in the user guide's table does something in the editor")
{
    test::ModelBuilder b;
    b.node(NodeKind::Activity, QStringLiteral("Job fairs"));
    test::WindowFixture f(b.project());
    QList<QKeySequence> bound;
    for (const QAction *action : f.window()->findChildren<QAction *>())
        bound << action->shortcuts();

    const QStringList keys = guideShortcuts();
    CHECK(keys.size() >= 15);
    CHECK(keys.contains(QStringLiteral("Ctrl+Shift+S")));
    for (const QString &key : keys) {
        INFO("the guide lists " << key.toStdString());
        const QKeySequence sequence(key == QLatin1String("Delete") ? QStringLiteral("Del") : key);
        REQUIRE_FALSE(sequence.isEmpty());
        CHECK(bound.contains(sequence));
    }
}
