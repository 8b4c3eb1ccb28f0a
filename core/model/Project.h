#pragma once
// A project: one file, several logic models (one per priority) and the waived findings.
#include "model/LogicModel.h"
#include "model/Waiver.h"

#include <QList>
#include <QObject>
#include <memory>
#include <vector>

namespace el {

struct ProjectMeta
{
    QString title;
    QString place;
    QString description;
    friend bool operator==(const ProjectMeta &, const ProjectMeta &) = default;
};

class Project : public QObject
{
    Q_OBJECT
public:
    explicit Project(QObject *parent = nullptr);
    ~Project() override;

    const ProjectMeta &meta() const { return m_meta; }
    const QString &title() const { return m_meta.title; }

    int modelCount() const { return static_cast<int>(m_models.size()); }
    LogicModel *modelAt(int index) const { return m_models.at(static_cast<size_t>(index)).get(); }
    LogicModel *model(ModelId id) const;
    LogicModel *modelByName(const QString &name) const;
    int modelIndex(ModelId id) const;
    QList<LogicModel *> models() const;

    const QList<Waiver> &waivers() const { return m_waivers; }
    const Waiver *waiver(ModelId model, const QString &subject) const;

    // Changes; each emits its signal. Only commands and loaders call these.
    void setMeta(const ProjectMeta &meta);
    LogicModel *insertModel(ModelData data, int index = -1);
    ModelData removeModel(ModelId id);
    void moveModel(ModelId id, int toIndex);
    void setWaivers(QList<Waiver> waivers);

Q_SIGNALS:
    void metaChanged();
    void modelAdded(el::ModelId id);
    void modelAboutToBeRemoved(el::ModelId id);
    void modelRemoved(el::ModelId id);
    void modelMoved(el::ModelId id, int toIndex);
    void waiversChanged();
    // Any change at all, to any part of the project (for the validator and the working copy).
    void contentChanged();

private:
    void watch(LogicModel *model);

    ProjectMeta m_meta;
    std::vector<std::unique_ptr<LogicModel>> m_models;
    QList<Waiver> m_waivers;
};

} // namespace el
