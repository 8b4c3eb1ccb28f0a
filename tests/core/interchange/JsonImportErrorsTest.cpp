// A bad interchange file is refused with the place (JSON path, or line and column) and the
// reason, and nothing is imported.
#include "interchange/JsonInterchange.h"

#include <catch2/catch.hpp>

using namespace el;

namespace {
// A valid document around the given models.
QByteArray withModels(const char *models)
{
    return QByteArray(R"({"format": "equitylogic", "version": 1, "project": {"title": "T"},
                         "models": )")
           + models + "}";
}

struct BadDocument
{
    const char *what;
    QByteArray json;
    const char *expected; // part of the message
};
} // namespace

TEST_CASE("Each kind of bad document is refused with its path and reason", "[interchange]")
{
    const BadDocument cases[] = {
        {"missing project title", R"({"format": "equitylogic", "version": 1, "project": {}})",
         "project.title: this is required but missing."},
        {"missing project", R"({"format": "equitylogic", "version": 1})",
         "project: this is required but missing."},
        {"bad kind",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "input", "title": "A"},
                      {"id": "b", "kind": "outcome", "title": "B"}]}])"),
         "models[0].nodes[1].kind: \"outcome\" is not a kind; expected one of situation, input, "
         "activity, participation, output, outcome_short"},
        {"principle 9", withModels(R"([{"name": "M", "nodes": [
                      {"id": "a", "kind": "input", "title": "A", "principles": [1, 9]}]}])"),
         "models[0].nodes[0].principles[1]: 9 is not a Marmot principle; the principles are "
         "numbered 1 to 8."},
        {"principle 2.5", withModels(R"([{"name": "M", "nodes": [
                      {"id": "a", "kind": "input", "title": "A", "principles": [2.5]}]}])"),
         "models[0].nodes[0].principles[0]: expected a principle number from 1 to 8, but found "
         "2.5."},
        {"principle as text", withModels(R"([{"name": "M", "nodes": [
                      {"id": "a", "kind": "input", "title": "A", "principles": ["4"]}]}])"),
         "models[0].nodes[0].principles[0]: expected a principle number from 1 to 8, but found "
         "text."},
        {"bad date",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "outcome_long", "title": "A",
                      "indicators": [{"title": "I", "baseline": {"value": 1, "date": "31/03/2023"}}]}]}])"),
         "models[0].nodes[0].indicators[0].baseline.date: \"31/03/2023\" is not a date; write "
         "dates as YYYY-MM-DD"},
        {"impossible date",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "outcome_long", "title": "A",
                      "indicators": [{"measurements": [{"value": 1, "date": "2023-02-30"}]}]}]}])"),
         "models[0].nodes[0].indicators[0].measurements[0].date: \"2023-02-30\" is not a date"},
        {"measurement without value",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "outcome_long", "title": "A",
                      "indicators": [{"measurements": [{"date": "2023-02-28"}]}]}]}])"),
         "models[0].nodes[0].indicators[0].measurements[0].value: this is required but missing."},
        {"bad measure",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "outcome_long", "title": "A",
                      "indicators": [{"measure": "rate"}]}]}])"),
         "models[0].nodes[0].indicators[0].measure: \"rate\" is not a measure; expected one of "
         "number, percentage, qualitative."},
        {"higher_is_better as text",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "outcome_long", "title": "A",
                      "indicators": [{"higher_is_better": "yes"}]}]}])"),
         "models[0].nodes[0].indicators[0].higher_is_better: expected true or false, but found "
         "text."},
        {"dangling link",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "input", "title": "A"}],
                      "links": [{"from": "a", "to": "n9"}]}])"),
         "models[0].links[0].to: \"n9\" is not the id of any node in this model."},
        {"link across models",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "input", "title": "A"}]},
                      {"name": "N", "nodes": [{"id": "b", "kind": "output", "title": "B"}],
                       "links": [{"from": "a", "to": "b"}]}])"),
         "models[1].links[0].from: \"a\" is a node of models[0]; a link must join two nodes of "
         "the same model."},
        {"link without to",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "input", "title": "A"}],
                      "links": [{"from": "a"}]}])"),
         "models[0].links[0].to: this is required but missing."},
        {"self-link",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "input", "title": "A"}],
                      "links": [{"from": "a", "to": "a"}]}])"),
         "models[0].links[0].to: a link cannot lead from a node to itself (\"a\")."},
        {"bad strength",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "input", "title": "A"},
                      {"id": "b", "kind": "output", "title": "B"}],
                      "links": [{"from": "a", "to": "b", "strength": "very"}]}])"),
         "models[0].links[0].strength: \"very\" is not a strength; expected one of weak, "
         "moderate, strong."},
        {"duplicate node id",
         withModels(R"([{"name": "M", "nodes": [{"id": "n1", "kind": "input", "title": "A"},
                      {"id": "n1", "kind": "output", "title": "B"}]}])"),
         "models[0].nodes[1].id: \"n1\" is already the id of models[0].nodes[0]; node ids must "
         "be unique in the file."},
        {"duplicate node id across models",
         withModels(R"([{"name": "M", "nodes": [{"id": "n1", "kind": "input", "title": "A"}]},
                      {"name": "N", "nodes": [{"id": "n1", "kind": "output", "title": "B"}]}])"),
         "models[1].nodes[0].id: \"n1\" is already the id of models[0].nodes[0]"},
        {"duplicate model id",
         withModels(R"([{"id": "m", "name": "M"}, {"id": "m", "name": "N"}])"),
         "models[1].id: something else in this file has the same id \"m\"; ids must be unique."},
        {"one UUID for a node and a link", withModels(R"([{"name": "M", "nodes": [
                      {"id": "6f9619ff-8b86-d011-b42d-00c04fc964ff", "kind": "input", "title": "A"},
                      {"id": "b", "kind": "output", "title": "B"}],
                      "links": [{"id": "6f9619ff-8b86-d011-b42d-00c04fc964ff", "from": "6f9619ff-8b86-d011-b42d-00c04fc964ff", "to": "b"}]}])"),
         "models[0].links[0].id: something else in this file has the same id; ids must be unique."},
        {"missing node id",
         withModels(R"([{"name": "M", "nodes": [{"kind": "input", "title": "A"}]}])"),
         "models[0].nodes[0].id: this is required but missing."},
        {"empty node id",
         withModels(R"([{"name": "M", "nodes": [{"id": " ", "kind": "input", "title": "A"}]}])"),
         "models[0].nodes[0].id: this is required but empty."},
        {"missing node title",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "input"}]}])"),
         "models[0].nodes[0].title: this is required but missing."},
        {"missing node kind",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "title": "A"}]}])"),
         "models[0].nodes[0].kind: this is required but missing."},
        {"missing model name", withModels(R"([{"id": "m"}])"),
         "models[0].name: this is required but missing."},
        {"model name as a number", withModels(R"([{"name": 12}])"),
         "models[0].name: expected text, but found a number."},
        {"nodes not a list", withModels(R"([{"name": "M", "nodes": {"id": "a"}}])"),
         "models[0].nodes: expected a list [ ... ], but found an object { ... }."},
        {"model not an object", withModels(R"(["Housing"])"),
         "models[0]: expected an object { ... }, but found text."},
        {"models not a list", withModels(R"({"name": "M"})"),
         "models: expected a list [ ... ], but found an object { ... }."},
        {"x without y",
         withModels(
             R"([{"name": "M", "nodes": [{"id": "a", "kind": "input", "title": "A", "x": 4}]}])"),
         "models[0].nodes[0].y: x is given but y is missing; give both or neither."},
        {"x as text",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "input", "title": "A",
                      "x": "4", "y": 5}]}])"),
         "models[0].nodes[0].x: expected a number, but found text."},
        {"number too large",
         withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "input", "title": "A",
                      "x": 1e999, "y": 5}]}])"),
         "The file is not valid JSON: at line 3, column 32, a number is written wrongly."},
        {"title too long to store",
         withModels((R"([{"name": "M", "nodes": [{"id": "a", "kind": "input", "title": ")"
                     + QByteArray(1001, 'x') + R"("}]}])")
                        .constData()),
         // The numbers follow the user's locale ("1,001", "1.001", ...).
         "models[0].nodes[0].title: this text is 1"},
        {"too many breakdowns",
         withModels((R"([{"name": "M", "nodes": [{"id": "a", "kind": "impact", "title": "A",
                      "indicators": [{"disaggregation": [)"
                     + QByteArray("\"w\",").repeated(101) + R"("w"]}]}]}])")
                        .constData()),
         "models[0].nodes[0].indicators[0].disaggregation: this list has 102 entries; the most "
         "allowed is 100."},
        {"waiver for an unknown model",
         R"({"format": "equitylogic", "version": 1, "project": {"title": "T"},
             "waivers": [{"model": "nope", "code": "EL301", "subject": "s"}]})",
         "waivers[0].model: \"nope\" is not the id of any model in this file."},
        {"waiver without code",
         R"({"format": "equitylogic", "version": 1, "project": {"title": "T"},
             "waivers": [{"subject": "s"}]})",
         "waivers[0].code: this is required but missing."},
        {"wrong format", R"({"format": "drawio", "version": 1, "project": {"title": "T"}})",
         "format: \"drawio\" is not \"equitylogic\"; this does not look like an Equity Logic "
         "file."},
        {"missing format", R"({"version": 1, "project": {"title": "T"}})",
         "format: this is required but missing."},
        {"newer version", R"({"format": "equitylogic", "version": 2, "project": {"title": "T"}})",
         "This file was made by a newer version of Equity Logic (its \"version\" is 2; this "
         "version of Equity Logic reads version 1). Please update Equity Logic to import it."},
        {"version as text",
         R"({"format": "equitylogic", "version": "1", "project": {"title": "T"}})",
         "version: expected a number, but found text."},
        {"version 1.5", R"({"format": "equitylogic", "version": 1.5, "project": {"title": "T"}})",
         "version: 1.5 is not a version; the first version is 1."},
        {"missing version", R"({"format": "equitylogic", "project": {"title": "T"}})",
         "version: this is required but missing."},
        {"malformed JSON",
         "{\n  \"format\": \"equitylogic\",\n  \"version\": 1\n  \"project\": {\"title\": "
         "\"T\"}\n}",
         "The file is not valid JSON: at line 4, column 3, "},
        {"unterminated text", "{\n  \"format\": \"equitylogic\",\n  \"version\": 1,\n  \"pro",
         "The file is not valid JSON: at line 4"},
        {"trailing comma", "{\"format\": \"equitylogic\", \"version\": 1,}", "line 1, column"},
        {"empty file", "", "The file is empty"},
        {"list at the top", "[1, 2]",
         "its top level should be an object { ... } with \"format\": \"equitylogic\""},
    };
    for (const BadDocument &c : cases) {
        INFO(c.what);
        const auto result = JsonInterchange::importProject(c.json);
        REQUIRE_FALSE(result.has_value());
        INFO(result.error().toStdString());
        CHECK(result.error().contains(QString::fromUtf8(c.expected)));
        CHECK(result.error().contains(QStringLiteral("Nothing was imported"), Qt::CaseInsensitive));
    }
}

TEST_CASE("Only the first ten problems are listed", "[interchange]")
{
    QByteArray nodes = "[";
    for (int i = 0; i < 25; ++i)
        nodes += QByteArray(i ? "," : "") + "{\"id\": \"n" + QByteArray::number(i)
                 + "\", \"kind\": \"outcome\", \"title\": \"A\"}";
    nodes += "]";
    const auto result = JsonInterchange::importProject(
        withModels(QByteArray("[{\"name\": \"M\", \"nodes\": " + nodes + "}]").constData()));
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().count(QStringLiteral("is not a kind")) == 10);
    CHECK(result.error().contains(QStringLiteral("models[0].nodes[9].kind")));
    CHECK_FALSE(result.error().contains(QStringLiteral("models[0].nodes[10].kind")));
    CHECK(result.error().contains(QStringLiteral("only the first 10 are listed")));
}

TEST_CASE("Several different problems are all listed at once", "[interchange]")
{
    const auto result = JsonInterchange::importProject(
        withModels(R"([{"name": "M", "nodes": [{"id": "a", "kind": "input"},
                   {"id": "b", "kind": "output", "title": "B", "principles": [0]}],
                   "links": [{"from": "a", "to": "zz"}]}])"));
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().contains(QStringLiteral("models[0].nodes[0].title")));
    CHECK(result.error().contains(QStringLiteral("models[0].nodes[1].principles[0]")));
    CHECK(result.error().contains(QStringLiteral("models[0].links[0].to")));
}
