#include "model/NodeKind.h"

#include <QCoreApplication>

namespace el {

namespace {
struct KindText
{
    const char *key;
    const char *title;
    const char *name;
    const char *counted;
};

constexpr std::array<KindText, nodeKindCount> kindTexts = {{
    {"situation", QT_TRANSLATE_NOOP("el::NodeKind", "Situation"),
     QT_TRANSLATE_NOOP("el::NodeKind", "situation"),
     QT_TRANSLATE_N_NOOP("el::NodeKind", "%n situation card(s)")},
    {"input", QT_TRANSLATE_NOOP("el::NodeKind", "Inputs"),
     QT_TRANSLATE_NOOP("el::NodeKind", "input"),
     QT_TRANSLATE_N_NOOP("el::NodeKind", "%n input(s)")},
    {"activity", QT_TRANSLATE_NOOP("el::NodeKind", "Activities"),
     QT_TRANSLATE_NOOP("el::NodeKind", "activity"),
     QT_TRANSLATE_N_NOOP("el::NodeKind", "%n activity(ies)")},
    {"participation", QT_TRANSLATE_NOOP("el::NodeKind", "Participation"),
     QT_TRANSLATE_NOOP("el::NodeKind", "participation"),
     QT_TRANSLATE_N_NOOP("el::NodeKind", "%n participation card(s)")},
    {"output", QT_TRANSLATE_NOOP("el::NodeKind", "Outputs"),
     QT_TRANSLATE_NOOP("el::NodeKind", "output"),
     QT_TRANSLATE_N_NOOP("el::NodeKind", "%n output(s)")},
    {"outcome_short", QT_TRANSLATE_NOOP("el::NodeKind", "Short-term outcomes"),
     QT_TRANSLATE_NOOP("el::NodeKind", "short-term outcome"),
     QT_TRANSLATE_N_NOOP("el::NodeKind", "%n short-term outcome(s)")},
    {"outcome_medium", QT_TRANSLATE_NOOP("el::NodeKind", "Medium-term outcomes"),
     QT_TRANSLATE_NOOP("el::NodeKind", "medium-term outcome"),
     QT_TRANSLATE_N_NOOP("el::NodeKind", "%n medium-term outcome(s)")},
    {"outcome_long", QT_TRANSLATE_NOOP("el::NodeKind", "Long-term outcomes"),
     QT_TRANSLATE_NOOP("el::NodeKind", "long-term outcome"),
     QT_TRANSLATE_N_NOOP("el::NodeKind", "%n long-term outcome(s)")},
    {"impact", QT_TRANSLATE_NOOP("el::NodeKind", "Impact"),
     QT_TRANSLATE_NOOP("el::NodeKind", "impact"),
     QT_TRANSLATE_N_NOOP("el::NodeKind", "%n impact(s)")},
    {"assumption", QT_TRANSLATE_NOOP("el::NodeKind", "Assumptions"),
     QT_TRANSLATE_NOOP("el::NodeKind", "assumption"),
     QT_TRANSLATE_N_NOOP("el::NodeKind", "%n assumption(s)")},
    {"external_factor", QT_TRANSLATE_NOOP("el::NodeKind", "External factors"),
     QT_TRANSLATE_NOOP("el::NodeKind", "external factor"),
     QT_TRANSLATE_N_NOOP("el::NodeKind", "%n external factor(s)")},
}};

const KindText &textOf(NodeKind kind)
{
    return kindTexts[static_cast<size_t>(kind)];
}
} // namespace

QString nodeKindKey(NodeKind kind)
{
    return QString::fromLatin1(textOf(kind).key);
}

std::optional<NodeKind> nodeKindFromKey(QStringView key)
{
    for (NodeKind kind : allNodeKinds) {
        if (key == QLatin1String(textOf(kind).key))
            return kind;
    }
    return std::nullopt;
}

QStringList nodeKindKeys()
{
    QStringList keys;
    for (NodeKind kind : allNodeKinds)
        keys << nodeKindKey(kind);
    return keys;
}

QString nodeKindTitle(NodeKind kind)
{
    return QCoreApplication::translate("el::NodeKind", textOf(kind).title);
}

QString nodeKindName(NodeKind kind)
{
    return QCoreApplication::translate("el::NodeKind", textOf(kind).name);
}

QString nodeKindCounted(NodeKind kind, int count)
{
    return QCoreApplication::translate("el::NodeKind", textOf(kind).counted, nullptr, count);
}

QString nodeKindCapitalName(NodeKind kind)
{
    QString name = nodeKindName(kind);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

} // namespace el
