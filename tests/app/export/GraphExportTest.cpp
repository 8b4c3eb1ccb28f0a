#include "export/GraphExport.h"
#include "ExportFixture.h"

#include <QXmlStreamReader>
#include <catch2/catch.hpp>

using namespace el;
using namespace el::test;

TEST_CASE("DOT escapes quotes and backslashes in titles", "[export]")
{
    CHECK(GraphExport::dotQuoted(QStringLiteral("a \"b\" \\ c\nd"))
          == QStringLiteral("\"a \\\"b\\\" \\\\ c\\nd\""));
}

TEST_CASE("DOT keeps each column on one rank and every link", "[export]")
{
    ExportFixture f = ExportFixture::small();
    const QString dot = QString::fromUtf8(GraphExport::toDot(*f.doc->project(), {f.model()}));
    CHECK(dot.startsWith(QStringLiteral("digraph \"Housing and Health\" {")));
    CHECK(dot.contains(QStringLiteral("rankdir=LR")));
    CHECK(dot.count(QStringLiteral("rank=same")) == 3);
    CHECK(dot.count(QStringLiteral(" -> ")) == 2);
    CHECK(dot.contains(QStringLiteral("Home energy \\\"warmth\\\" visits")));
    CHECK(dot.contains(QStringLiteral("kind=\"outcome_short\"")));
}

TEST_CASE("GraphML is well-formed XML with titles and kinds", "[export]")
{
    ExportFixture f = ExportFixture::small();
    const QByteArray bytes = GraphExport::toGraphml(*f.doc->project(), {f.model()});
    QXmlStreamReader xml(bytes);
    QStringList labels, kinds;
    int edges = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("edge"))
            ++edges;
        if (xml.isStartElement() && xml.name() == QLatin1String("data")) {
            const QString key = xml.attributes().value(QLatin1String("key")).toString();
            const QString value = xml.readElementText();
            if (key == QLatin1String("label"))
                labels << value;
            if (key == QLatin1String("kind"))
                kinds << value;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    CHECK(labels.contains(QStringLiteral("Warmer homes <and> less damp")));
    CHECK(kinds
          == QStringList{QStringLiteral("input"), QStringLiteral("activity"),
                         QStringLiteral("outcome_short")});
    CHECK(edges == 2);
}
