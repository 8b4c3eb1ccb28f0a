#include "export/GraphExport.h"

#include "canvas/CanvasStyle.h"
#include "model/Project.h"

#include <QHash>
#include <QXmlStreamWriter>

namespace el::GraphExport {

namespace {
// Breaks a title into lines of about width characters at spaces, for DOT's labels.
QStringList wrap(const QString &text, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.simplified().split(u' ', Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty() || lines.isEmpty())
        lines << line;
    return lines;
}

QString escapeDot(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c == u'\\' || c == u'"')
            out += u'\\';
        if (c == u'\n')
            out += QStringLiteral("\\n");
        else if (c == u'\r')
            continue;
        else
            out += c;
    }
    return out;
}

QString principlesText(const Node &n)
{
    QStringList list;
    for (int p : n.principles.numbers())
        list << QString::number(p);
    return list.join(u',');
}
} // namespace

QString dotQuoted(const QString &text)
{
    return QLatin1Char('"') + escapeDot(text) + QLatin1Char('"');
}

QByteArray toDot(const Project &project, const QList<const LogicModel *> &models)
{
    QString out;
    for (const LogicModel *m : models) {
        QHash<NodeId, QString> ids;
        out += QStringLiteral("digraph %1 {\n").arg(dotQuoted(m->name()));
        out += QStringLiteral("  graph [rankdir=LR, labelloc=t, fontname=\"DejaVu Sans\", "
                              "label=%1, nodesep=0.25, ranksep=0.6];\n")
                   .arg(dotQuoted(project.title() + QStringLiteral(" — ") + m->name()));
        out += QStringLiteral("  node [shape=box, style=\"rounded,filled\", "
                              "fontname=\"DejaVu Sans\", fontsize=10, width=2.2];\n");
        out += QStringLiteral("  edge [color=\"#5b6675\", arrowsize=0.7];\n");
        for (int i = 0; i < m->nodes().size(); ++i) {
            const Node &n = m->nodes().at(i);
            const QString id = QStringLiteral("n%1").arg(i);
            ids.insert(n.id, id);
            QStringList lines;
            for (const QString &l : wrap(n.title, 28))
                lines << escapeDot(l);
            out += QStringLiteral("  %1 [label=\"%2\", fillcolor=\"%3\", color=\"%4\", "
                                  "kind=\"%5\", principles=\"%6\"];\n")
                       .arg(id, lines.join(QStringLiteral("\\n")),
                            CanvasStyle::kindTint(n.kind).name(),
                            CanvasStyle::kindColour(n.kind).name(), nodeKindKey(n.kind),
                            principlesText(n));
        }
        // One rank per column, so that Graphviz keeps the logic model's columns.
        for (NodeKind kind : allNodeKinds) {
            QStringList members;
            for (int i = 0; i < m->nodes().size(); ++i) {
                if (m->nodes().at(i).kind == kind)
                    members << QStringLiteral("n%1").arg(i);
            }
            if (!members.isEmpty())
                out += QStringLiteral("  { rank=same; %1; } // %2\n")
                           .arg(members.join(QStringLiteral("; ")),
                                nodeKindTitle(kind).replace(u'\n', u' '));
        }
        for (const Link &l : m->links()) {
            out += QStringLiteral("  %1 -> %2").arg(ids.value(l.from), ids.value(l.to));
            if (!l.rationale.isEmpty())
                out += QStringLiteral(" [tooltip=%1]").arg(dotQuoted(l.rationale));
            out += QStringLiteral(";\n");
        }
        out += QStringLiteral("}\n");
    }
    return out.toUtf8();
}

QByteArray toGraphml(const Project &project, const QList<const LogicModel *> &models)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    struct Key
    {
        const char *id, *target, *name, *type;
    };
    const Key keys[] = {
        {"project", "graph", "project", "string"},
        {"name", "graph", "name", "string"},
        {"label", "node", "label", "string"},
        {"kind", "node", "kind", "string"},
        {"column", "node", "column", "string"},
        {"principles", "node", "principles", "string"},
        {"population", "node", "population", "string"},
        {"group", "node", "group", "string"},
        {"description", "node", "description", "string"},
        {"colour", "node", "colour", "string"},
        {"x", "node", "x", "double"},
        {"y", "node", "y", "double"},
        {"rationale", "edge", "rationale", "string"},
        {"strength", "edge", "strength", "string"},
    };
    for (const Key &k : keys) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(k.id));
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(k.target));
        xml.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(k.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(k.type));
        xml.writeEndElement();
    }
    auto data = [&xml](const char *key, const QString &value) {
        if (value.isEmpty())
            return;
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), QString::fromLatin1(key));
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    int graphIndex = 0;
    for (const LogicModel *m : models) {
        const QString prefix = QStringLiteral("g%1").arg(graphIndex++);
        QHash<NodeId, QString> ids;
        xml.writeStartElement(QStringLiteral("graph"));
        xml.writeAttribute(QStringLiteral("id"), prefix);
        xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("directed"));
        data("project", project.title());
        data("name", m->name());
        for (int i = 0; i < m->nodes().size(); ++i) {
            const Node &n = m->nodes().at(i);
            const QString id = prefix + QStringLiteral("n%1").arg(i);
            ids.insert(n.id, id);
            xml.writeStartElement(QStringLiteral("node"));
            xml.writeAttribute(QStringLiteral("id"), id);
            data("label", n.title);
            data("kind", nodeKindKey(n.kind));
            data("column", nodeKindTitle(n.kind));
            data("principles", principlesText(n));
            data("population", n.population);
            data("group", n.group);
            data("description", n.description);
            data("colour", CanvasStyle::kindColour(n.kind).name());
            data("x", QString::number(n.pos.x()));
            data("y", QString::number(n.pos.y()));
            xml.writeEndElement();
        }
        int e = 0;
        for (const Link &l : m->links()) {
            xml.writeStartElement(QStringLiteral("edge"));
            xml.writeAttribute(QStringLiteral("id"), prefix + QStringLiteral("e%1").arg(e++));
            xml.writeAttribute(QStringLiteral("source"), ids.value(l.from));
            xml.writeAttribute(QStringLiteral("target"), ids.value(l.to));
            data("rationale", l.rationale);
            data("strength", linkStrengthKey(l.strength));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

} // namespace el::GraphExport
