// A diagram export tells of its progress page by page or picture by picture, and a cancel or a
// failure part-way leaves nothing behind: no partial PDF, none of several pictures, and a file
// it would have replaced as it was.
#include "ExportFixture.h"
#include "FileBytes.h"
#include "TempDir.h"
#include "export/DiagramExport.h"
#include "export/DiagramPages.h"

#include <QFile>
#include <QImage>
#include <catch2/catch.hpp>
#include <utility>

using namespace el;
using namespace el::test;

namespace {
PageSetup tiled()
{
    PageSetup setup;
    setup.pageSize = QPageSize::A4;
    setup.orientation = QPageLayout::Portrait;
    setup.fit = PageFit::Tile;
    return setup;
}

// A document with three models, each with a few cards.
struct ThreeModels
{
    std::unique_ptr<Document> doc;
    QList<ModelId> models;

    ThreeModels()
    {
        auto project = std::make_unique<Project>();
        for (const QString &name : {QStringLiteral("Housing and Health"),
                                    QStringLiteral("Warm Homes"), QStringLiteral("Clean Air")}) {
            ModelData data = layeredModel(3, 2);
            data.id = ModelId::create();
            data.name = name;
            project->insertModel(data);
            models << data.id;
        }
        doc = std::make_unique<Document>(std::move(project));
    }

    QList<DiagramExport::Picture> pictures(const TempDir &dir) const
    {
        return {{models.at(0), dir.file(QStringLiteral("plan - Housing and Health.png"))},
                {models.at(1), dir.file(QStringLiteral("plan - Warm Homes.png"))},
                {models.at(2), dir.file(QStringLiteral("plan - Clean Air.png"))}};
    }
};
} // namespace

TEST_CASE("A tiled PDF tells of every page it writes, ending with all of them", "[export]")
{
    ExportFixture f(layeredModel(43, 2));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("tiled.pdf"));
    const int pageCount = DiagramPages(f.doc.get(), {f.modelId}, tiled()).pageCount();
    REQUIRE(pageCount > 3);
    QList<std::pair<int, int>> told;
    const auto written = DiagramExport::writePdf(f.doc.get(), {f.modelId}, tiled(), path, nullptr,
                                                 [&](int done, int total) {
                                                     told.append({done, total});
                                                     return true;
                                                 });
    REQUIRE(written);
    REQUIRE(told.size() == pageCount + 1);
    for (int i = 0; i < told.size(); ++i) {
        CHECK(told.at(i).first == i);
        CHECK(told.at(i).second == pageCount);
    }
    // Every page is in the file: 100% is told only of a complete PDF.
    const QByteArray pdf = test::readBytes(path);
    CHECK(pdf.startsWith("%PDF-"));
    CHECK(pdf.contains(QStringLiteral("/Count %1").arg(pageCount).toLatin1()));
    CHECK(test::filesIn(dir.path()) == QStringList{QStringLiteral("tiled.pdf")});
}

TEST_CASE("Cancelling a PDF part-way writes no file and paints no further page", "[export]")
{
    ExportFixture f(layeredModel(43, 2));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("tiled.pdf"));
    int lastTold = -1;
    int calls = 0;
    const auto written = DiagramExport::writePdf(f.doc.get(), {f.modelId}, tiled(), path, nullptr,
                                                 [&](int done, int) {
                                                     ++calls;
                                                     lastTold = done;
                                                     return done < 2;
                                                 });
    REQUIRE_FALSE(written);
    CHECK(written.error() == DiagramExport::cancelledMessage());
    CHECK(lastTold == 2);
    CHECK(calls == 3);
    CHECK_FALSE(QFile::exists(path));
    // Nothing beside it either: the partial file was a temporary one, removed.
    CHECK(test::filesIn(dir.path()).isEmpty());
}

TEST_CASE("Cancelling a PDF over an earlier one leaves the earlier one byte for byte", "[export]")
{
    ExportFixture f(layeredModel(43, 2));
    TempDir dir;
    const QString path = dir.file(QStringLiteral("plan.pdf"));
    // The earlier export: the same model fitted onto one page.
    REQUIRE(DiagramExport::writePdf(f.doc.get(), {f.modelId}, PageSetup(), path));
    const QByteArray earlier = test::readBytes(path);
    REQUIRE(earlier.startsWith("%PDF-"));

    const auto written = DiagramExport::writePdf(f.doc.get(), {f.modelId}, tiled(), path, nullptr,
                                                 [](int done, int) { return done < 3; });
    REQUIRE_FALSE(written);
    CHECK(test::readBytes(path) == earlier);
    CHECK(test::filesIn(dir.path()) == QStringList{QStringLiteral("plan.pdf")});
}

TEST_CASE("Several pictures are all written, each told of by name", "[export]")
{
    ThreeModels three;
    TempDir dir;
    const auto pictures = three.pictures(dir);
    QList<std::pair<int, int>> told;
    const auto written
        = DiagramExport::writePictures(three.doc.get(), DiagramExport::PictureFormat::Png, pictures,
                                       PageSetup(), [&](int done, int total) {
                                           told.append({done, total});
                                           return true;
                                       });
    REQUIRE(written);
    CHECK(told == QList<std::pair<int, int>>{{0, 3}, {1, 3}, {2, 3}, {3, 3}});
    for (const DiagramExport::Picture &picture : pictures) {
        INFO(picture.path.toStdString());
        CHECK_FALSE(QImage(picture.path).isNull());
    }
    CHECK(test::filesIn(dir.path()).size() == 3);
}

TEST_CASE("Cancelling several pictures part-way leaves none of them, and an earlier one as it was",
          "[export]")
{
    ThreeModels three;
    TempDir dir;
    const auto pictures = three.pictures(dir);
    // A picture from an earlier export, which the user chose to replace.
    const QByteArray earlier("an earlier picture of Warm Homes");
    test::writeBytes(pictures.at(1).path, earlier);

    for (const int cancelAt : {1, 2, 3}) {
        INFO("cancelled after " << cancelAt << " pictures");
        const auto written = DiagramExport::writePictures(
            three.doc.get(), DiagramExport::PictureFormat::Png, pictures, PageSetup(),
            [&](int done, int) { return done < cancelAt; });
        REQUIRE_FALSE(written);
        CHECK(written.error() == DiagramExport::cancelledMessage());
        CHECK_FALSE(QFile::exists(pictures.at(0).path));
        CHECK_FALSE(QFile::exists(pictures.at(2).path));
        CHECK(test::readBytes(pictures.at(1).path) == earlier);
        CHECK(test::filesIn(dir.path()) == QStringList{QStringLiteral("plan - Warm Homes.png")});
    }
}

TEST_CASE("A picture that cannot be written leaves none of the others behind", "[export]")
{
    ThreeModels three;
    TempDir dir;
    auto pictures = three.pictures(dir);
    pictures[2].path = dir.file(QStringLiteral("no such folder/plan - Clean Air.svg"));
    const auto written = DiagramExport::writePictures(
        three.doc.get(), DiagramExport::PictureFormat::Svg, pictures, PageSetup());
    REQUIRE_FALSE(written);
    CHECK(written.error().contains(QStringLiteral("no such folder")));
    CHECK(written.error().contains(QStringLiteral("folder exists")));
    CHECK(test::filesIn(dir.path()).isEmpty());
}
