// Whatever arrives by email, import never crashes: a damaged file either imports (and then
// exports stably) or is refused with a message, never half-imported.
#include "InterchangeFiles.h"
#include "interchange/JsonInterchange.h"

#include <catch2/catch.hpp>
#include <random>

using namespace el;

TEST_CASE("Damaged copies of a valid file import cleanly or are refused", "[interchange]")
{
    const QByteArray original
        = test::readFile(test::interchangeData(QStringLiteral("everything.json")));
    REQUIRE_FALSE(original.isEmpty());
    std::mt19937 rng(2024);
    const QByteArray alphabet = "{}[]\",:0123456789.-e nulltruefalse\\x";
    int imported = 0;
    int refused = 0;
    for (int round = 0; round < 400; ++round) {
        QByteArray json = original;
        const int edits = 1 + static_cast<int>(rng() % 4);
        for (int e = 0; e < edits; ++e) {
            const auto at = static_cast<qsizetype>(rng() % static_cast<unsigned>(json.size()));
            switch (rng() % 3) {
            case 0:
                json.remove(at, 1 + static_cast<qsizetype>(rng() % 8));
                break;
            case 1:
                json.insert(at, alphabet[static_cast<qsizetype>(rng() % alphabet.size())]);
                break;
            default:
                json[at] = alphabet[static_cast<qsizetype>(rng() % alphabet.size())];
            }
        }
        const auto result = JsonInterchange::importProject(json);
        if (result) {
            ++imported;
            const QByteArray once = JsonInterchange::exportProject(**result);
            const auto again = JsonInterchange::importProject(once);
            REQUIRE(again.has_value());
            CHECK(JsonInterchange::exportProject(**again) == once);
        } else {
            ++refused;
            INFO(result.error().toStdString());
            CHECK(result.error().contains(QStringLiteral("othing was imported")));
        }
    }
    // Both outcomes happened, so the test exercised both paths.
    CHECK(imported > 0);
    CHECK(refused > 0);
}

TEST_CASE("Deeply nested or odd documents are refused, not crashed on", "[interchange]")
{
    const QByteArray deep = QByteArray(5000, '[') + QByteArray(5000, ']');
    CHECK_FALSE(JsonInterchange::importProject(deep).has_value());
    CHECK_FALSE(JsonInterchange::importProject("null").has_value());
    CHECK_FALSE(JsonInterchange::importProject("\"text\"").has_value());
    CHECK_FALSE(JsonInterchange::importProject(QByteArray("\0\0\0", 3)).has_value());
    CHECK_FALSE(JsonInterchange::importProject("\xff\xfe{").has_value());
}
