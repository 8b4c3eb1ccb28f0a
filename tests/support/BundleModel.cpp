#include "BundleModel.h"

#include "ModelBuilder.h"

namespace el::test {

BundleModel::BundleModel()
{
    ModelBuilder b;
    for (int i = 0; i < 3; ++i) {
        activities << b.node(NodeKind::Activity, QStringLiteral("Activity %1").arg(i + 1));
        b.last().pos.setY(i * 110.0);
    }
    for (int i = 0; i < 3; ++i) {
        outputs << b.node(NodeKind::Output, QStringLiteral("Output %1").arg(i + 1));
        b.last().pos.setY(40 + i * 110.0);
    }
    outcome = b.node(NodeKind::OutcomeShort, QStringLiteral("Outcome"));
    for (NodeId a : std::as_const(activities))
        for (NodeId o : std::as_const(outputs))
            links << b.link(a, o);
    extra = b.link(outputs.first(), outcome);
    modelId = b.data().id;
    project = b.project();
}

} // namespace el::test
