// The evaluation report tells of its progress page by page and can be cancelled without
// leaving a file behind.
#include "export/ReportWriter.h"
#include "ExportFixture.h"
#include "TempDir.h"
#include "document/Document.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

TEST_CASE("The report tells of every page it writes, ending with all of them", "[export]")
{
    ExportFixture f(layeredModel(20, 2));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("report.pdf"));
    QList<int> done;
    int total = 0;
    const auto written = ReportWriter::write(f.doc.get(), path, [&](int page, int pages) {
        if (pages > 0) {
            CHECK((total == 0 || total == pages));
            total = pages;
            done << page;
        }
        return true;
    });
    REQUIRE(written);
    REQUIRE(total > 3);
    CHECK(done.size() == total);
    CHECK(done.first() == 1);
    CHECK(done.last() == total);
    CHECK(std::is_sorted(done.begin(), done.end()));
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    // As many pages as it told of.
    CHECK(pdf.readAll().contains(QStringLiteral("/Count %1").arg(total).toLatin1()));
}

TEST_CASE("Cancelling the report midway writes no file", "[export]")
{
    ExportFixture f(layeredModel(20, 2));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("report.pdf"));
    int calls = 0;
    const auto written = ReportWriter::write(f.doc.get(), path, [&](int page, int pages) {
        ++calls;
        return !(pages > 0 && page >= 2);
    });
    REQUIRE_FALSE(written);
    CHECK(written.error() == ReportWriter::cancelledMessage());
    CHECK_FALSE(QFile::exists(path));
    // Nothing beside it either: the partial file was a temporary one, removed.
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}

TEST_CASE("Cancelling a report over an earlier one leaves the earlier one as it was", "[export]")
{
    ExportFixture f(layeredModel(20, 2));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("report.pdf"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("earlier report");
    }
    // Cancelled while the pages are still being laid out.
    const auto written = ReportWriter::write(f.doc.get(), path, [](int, int) { return false; });
    REQUIRE_FALSE(written);
    QFile old(path);
    REQUIRE(old.open(QIODevice::ReadOnly));
    CHECK(old.readAll() == QByteArray("earlier report"));
}

TEST_CASE("Page numbers stay right when the contents take more than a page", "[export]")
{
    auto project = std::make_unique<Project>();
    for (int m = 0; m < 40; ++m) {
        ModelData data = layeredModel(1, 1);
        data.id = ModelId::create();
        data.name = QStringLiteral("Model %1").arg(m);
        project->insertModel(data);
    }
    Document document(std::move(project));
    TempDir dir;
    int total = 0;
    int last = 0;
    const auto written = ReportWriter::write(&document, dir.file(QStringLiteral("report.pdf")),
                                             [&](int page, int pages) {
                                                 total = pages;
                                                 last = page;
                                                 return true;
                                             });
    REQUIRE(written);
    // The footer's "of N" (known before writing) is the number of pages written.
    CHECK(last == total);
}
