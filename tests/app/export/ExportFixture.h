#pragma once
// Documents to export in the export tests: a small model and a large layered one.
#include "ModelBuilder.h"
#include "document/Document.h"
#include "model/LogicModel.h"

#include <memory>

namespace el::test {

struct ExportFixture
{
    ModelId modelId;
    std::unique_ptr<Document> doc;

    explicit ExportFixture(ModelData data)
    {
        ModelBuilder b(data.name);
        b.data() = std::move(data);
        modelId = b.data().id;
        doc = std::make_unique<Document>(b.project());
    }

    static ExportFixture small()
    {
        ModelBuilder b(QStringLiteral("Housing and Health"));
        const NodeId input = b.node(NodeKind::Input, QStringLiteral("Housing officers"));
        const NodeId activity
            = b.node(NodeKind::Activity, QStringLiteral("Home energy \"warmth\" visits"), {4});
        const NodeId outcome = b.node(NodeKind::OutcomeShort,
                                      QStringLiteral("Warmer homes <and> less damp"), {4, 5});
        b.link(input, activity);
        b.link(activity, outcome);
        return ExportFixture(b.data());
    }

    LogicModel *model() const { return doc->project()->model(modelId); }
};

} // namespace el::test
