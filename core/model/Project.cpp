#include "model/Project.h"

namespace el {

Project::Project(QObject *parent)
    : QObject(parent)
{}

Project::~Project() = default;

LogicModel *Project::model(ModelId id) const
{
    for (const auto &m : m_models) {
        if (m->id() == id)
            return m.get();
    }
    return nullptr;
}

LogicModel *Project::modelByName(const QString &name) const
{
    for (const auto &m : m_models) {
        if (m->name() == name)
            return m.get();
    }
    return nullptr;
}

int Project::modelIndex(ModelId id) const
{
    for (size_t i = 0; i < m_models.size(); ++i) {
        if (m_models[i]->id() == id)
            return static_cast<int>(i);
    }
    return -1;
}

QList<LogicModel *> Project::models() const
{
    QList<LogicModel *> out;
    out.reserve(static_cast<qsizetype>(m_models.size()));
    for (const auto &m : m_models)
        out << m.get();
    return out;
}

const Waiver *Project::waiver(ModelId model, const QString &subject) const
{
    for (const Waiver &w : m_waivers) {
        if (w.model == model && w.subject == subject)
            return &w;
    }
    return nullptr;
}

void Project::setMeta(const ProjectMeta &meta)
{
    if (meta == m_meta)
        return;
    m_meta = meta;
    Q_EMIT metaChanged();
    Q_EMIT contentChanged();
}

LogicModel *Project::insertModel(ModelData data, int index)
{
    Q_ASSERT(!model(data.id));
    if (index < 0 || index > modelCount())
        index = modelCount();
    auto owned = std::make_unique<LogicModel>(std::move(data));
    LogicModel *m = owned.get();
    m_models.insert(m_models.begin() + index, std::move(owned));
    watch(m);
    Q_EMIT modelAdded(m->id());
    Q_EMIT contentChanged();
    return m;
}

ModelData Project::removeModel(ModelId id)
{
    const int i = modelIndex(id);
    Q_ASSERT(i >= 0);
    if (i < 0)
        return {};
    Q_EMIT modelAboutToBeRemoved(id);
    std::unique_ptr<LogicModel> owned = std::move(m_models[static_cast<size_t>(i)]);
    m_models.erase(m_models.begin() + i);
    ModelData data = owned->data();
    owned.reset();
    Q_EMIT modelRemoved(id);
    Q_EMIT contentChanged();
    return data;
}

void Project::moveModel(ModelId id, int toIndex)
{
    const int from = modelIndex(id);
    if (from < 0 || toIndex < 0 || toIndex >= modelCount() || from == toIndex)
        return;
    auto owned = std::move(m_models[static_cast<size_t>(from)]);
    m_models.erase(m_models.begin() + from);
    m_models.insert(m_models.begin() + toIndex, std::move(owned));
    Q_EMIT modelMoved(id, toIndex);
    Q_EMIT contentChanged();
}

void Project::setWaivers(QList<Waiver> waivers)
{
    if (waivers == m_waivers)
        return;
    m_waivers = std::move(waivers);
    Q_EMIT waiversChanged();
    Q_EMIT contentChanged();
}

void Project::watch(LogicModel *m)
{
    auto changed = [this] {
        Q_EMIT contentChanged();
    };
    connect(m, &LogicModel::metaChanged, this, changed);
    connect(m, &LogicModel::nodeAdded, this, changed);
    connect(m, &LogicModel::nodeChanged, this, changed);
    connect(m, &LogicModel::nodeRemoved, this, changed);
    connect(m, &LogicModel::linkAdded, this, changed);
    connect(m, &LogicModel::linkChanged, this, changed);
    connect(m, &LogicModel::linkRemoved, this, changed);
}

} // namespace el
