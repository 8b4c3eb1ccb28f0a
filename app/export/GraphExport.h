#pragma once
// Models as graph text for other tools: DOT for Graphviz (columns as ranks) and GraphML for yEd
// and Gephi (the column as a "kind" attribute). Titles and texts are escaped for each format.
#include <QByteArray>
#include <QList>

namespace el {

class LogicModel;
class Project;

namespace GraphExport {

// One digraph per model, left to right, each column's cards on one rank.
QByteArray toDot(const Project &project, const QList<const LogicModel *> &models);
// One graph per model, with keys for title, kind, column, principles, population and group.
QByteArray toGraphml(const Project &project, const QList<const LogicModel *> &models);
// A DOT double-quoted string, quotes included.
QString dotQuoted(const QString &text);

} // namespace GraphExport
} // namespace el
