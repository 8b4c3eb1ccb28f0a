#include "mainwindow/NodeClipboard.h"

#include "interchange/JsonInterchange.h"
#include "model/LogicModel.h"

#include <QHash>
#include <QMimeData>
#include <QSet>

namespace el::NodeClipboard {

ModelData extract(const LogicModel &model, const QList<NodeId> &nodes)
{
    const QSet<NodeId> wanted(nodes.cbegin(), nodes.cend());
    ModelData fragment;
    fragment.id = ModelId::create();
    fragment.name = model.name();
    for (const Node &n : model.nodes()) {
        if (wanted.contains(n.id))
            fragment.nodes << n;
    }
    for (const Link &l : model.links()) {
        if (wanted.contains(l.from) && wanted.contains(l.to))
            fragment.links << l;
    }
    return fragment;
}

QMimeData *toMimeData(const ModelData &fragment)
{
    Project project;
    project.setMeta({QStringLiteral("Clipboard"), QString(), QString()});
    project.insertModel(fragment);
    const QByteArray json = JsonInterchange::exportProject(project);
    auto *mime = new QMimeData;
    mime->setData(QLatin1String(mimeType), json);
    mime->setText(QString::fromUtf8(json));
    return mime;
}

bool canPaste(const QMimeData *mime)
{
    if (!mime)
        return false;
    if (mime->hasFormat(QLatin1String(mimeType)))
        return true;
    // Plain text from another program counts only if it looks like our JSON.
    return mime->hasText() && mime->text().contains(QLatin1String("\"equitylogic\""));
}

std::optional<ModelData> fromMimeData(const QMimeData *mime)
{
    if (!canPaste(mime))
        return std::nullopt;
    const QByteArray json = mime->hasFormat(QLatin1String(mimeType))
                                ? mime->data(QLatin1String(mimeType))
                                : mime->text().toUtf8();
    auto project = JsonInterchange::importProject(json);
    if (!project || (*project)->modelCount() == 0 || (*project)->modelAt(0)->nodes().isEmpty())
        return std::nullopt;
    return (*project)->modelAt(0)->data();
}

void renewIds(ModelData &fragment, QPointF offset)
{
    QHash<NodeId, NodeId> renamed;
    for (Node &n : fragment.nodes) {
        const NodeId fresh = NodeId::create();
        renamed.insert(n.id, fresh);
        n.id = fresh;
        n.pos += offset;
        for (Indicator &i : n.indicators)
            i.id = IndicatorId::create();
    }
    QList<Link> links;
    for (Link l : std::as_const(fragment.links)) {
        if (!renamed.contains(l.from) || !renamed.contains(l.to))
            continue;
        l.id = LinkId::create();
        l.from = renamed.value(l.from);
        l.to = renamed.value(l.to);
        links << l;
    }
    fragment.links = links;
}

} // namespace el::NodeClipboard
