// Help → User Guide shows the guide bundled in the application, with its pictures.
#include "dialogs/UserGuideDialog.h"

#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <catch2/catch.hpp>

// The resources live in the app library, which a static library must register by hand.
static void initGuideResources()
{
    Q_INIT_RESOURCE(resources);
}

using namespace el;

TEST_CASE("The user guide opens in the reading window with its sections and pictures", "[guide]")
{
    initGuideResources();
    UserGuideDialog dialog;
    const QTextDocument *doc = dialog.browser()->document();
    const QString text = doc->toPlainText();
    CHECK(text.contains(QStringLiteral("Drawing your first model")));
    CHECK(text.contains(QStringLiteral("Tagging the Marmot principles")));
    CHECK(text.contains(QStringLiteral("Reading the findings")));
    CHECK(text.contains(QStringLiteral("Recovering after a crash")));

    // Every picture the guide shows is bundled and loads (a missing one would show as a broken
    // image in the window).
    QFile source(QStringLiteral(":/docs/user-guide.md"));
    REQUIRE(source.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(source.readAll());
    const QRegularExpression image(QStringLiteral(R"(\]\((screenshots/[a-z0-9-]+\.png)\))"));
    int pictures = 0;
    for (auto it = image.globalMatch(markdown); it.hasNext(); ++pictures) {
        const QString path = it.next().captured(1);
        const QVariant loaded = dialog.browser()->loadResource(
            QTextDocument::ImageResource, UserGuideDialog::guideUrl().resolved(QUrl(path)));
        INFO(path.toStdString());
        CHECK(!QImage::fromData(loaded.toByteArray()).isNull());
    }
    CHECK(pictures >= 4);
}

TEST_CASE("Opening the guide twice from one window raises the same reading window", "[guide]")
{
    initGuideResources();
    QWidget window;
    UserGuideDialog *first = UserGuideDialog::showFor(&window);
    UserGuideDialog *second = UserGuideDialog::showFor(&window);
    CHECK(first == second);
    CHECK(first->isVisible());
    first->close();
}

TEST_CASE("The guide's pictures are scaled down to fit the reading window", "[guide]")
{
    initGuideResources();
    UserGuideDialog dialog;
    dialog.resize(640, 600);
    dialog.show();
    const qreal available = dialog.browser()->viewport()->width();
    int images = 0;
    const QTextDocument *doc = dialog.browser()->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (!format.isImageFormat())
                continue;
            ++images;
            const QTextImageFormat image = format.toImageFormat();
            INFO(image.name().toStdString());
            CHECK(image.width() > 0);
            CHECK(image.width() <= available);
        }
    }
    CHECK(images >= 4);
}
