#include "validation/MessageTemplate.h"

#include <catch2/catch.hpp>

using namespace el;

// A finding's message is filled from a template translated once; a reader must see exactly what
// QString::arg would have written, whatever the titles hold and however a translation orders
// the placeholders.
TEST_CASE("A message template fills in as QString::arg does", "[validation]")
{
    const QString title = QStringLiteral("Cut 20% of %1 waits “now”");
    const QString kind = QStringLiteral("activity");
    const QString templates[] = {
        QStringLiteral("the %1 “%2”"),
        QStringLiteral("%2 — the %1"),          // a translation may reorder the placeholders
        QStringLiteral("%1 and %1 again, %2."), // or repeat one
        QStringLiteral("%L1 costs %2%"),        // a localised placeholder, a lone percent sign
        QStringLiteral("no placeholders at all"),
        QStringLiteral("%3 then %5"), // numbers with gaps are taken in order
        QStringLiteral("%10 of %2 and %1"),
        QString(),
    };
    for (const QString &text : templates) {
        INFO(text.toStdString());
        const MessageTemplate t(text);
        if (text.contains(QLatin1Char('%')) && text.count(QLatin1Char('%')) > 1)
            CHECK(t.fill({kind, title}) == text.arg(kind, title));
        CHECK(t.fill({title}) == (text.contains(QLatin1Char('%')) ? text.arg(title) : text));
    }
}

TEST_CASE("A message template can be appended piece by piece", "[validation]")
{
    const MessageTemplate quoted(QStringLiteral("“%1”"));
    QString chain;
    quoted.appendTo(chain, {QStringLiteral("Run classes")});
    chain += QStringLiteral(" → ");
    quoted.appendTo(chain, {QStringLiteral("Classes held")});
    CHECK(chain == QStringLiteral("“Run classes” → “Classes held”"));
}
