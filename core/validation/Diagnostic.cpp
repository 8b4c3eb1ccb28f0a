#include "validation/Diagnostic.h"

#include <QCoreApplication>
#include <QStringList>
#include <limits>

namespace el {

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString severityTitle(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QCoreApplication::translate("el::Diagnostic", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("el::Diagnostic", "Warning");
    case Severity::Info:
        break;
    }
    return QCoreApplication::translate("el::Diagnostic", "Note");
}

namespace {
template<class IdT>
QString sortedIds(const QList<IdT> &ids)
{
    QStringList texts;
    texts.reserve(ids.size());
    for (const IdT &id : ids)
        texts << id.toString();
    texts.sort();
    texts.removeDuplicates();
    return texts.join(QLatin1Char(','));
}
} // namespace

QString Diagnostic::key() const
{
    QString k = code;
    if (principle != 0)
        k += QStringLiteral("|p:%1").arg(principle);
    if (!nodes.isEmpty())
        k += QStringLiteral("|n:") + sortedIds(nodes);
    if (!links.isEmpty())
        k += QStringLiteral("|l:") + sortedIds(links);
    if (!indicator.isNull())
        k += QStringLiteral("|i:") + indicator.toString();
    if (staleWaiver)
        k += QStringLiteral("|w:") + staleWaiver->subject;
    return k;
}

bool Diagnostic::chainCountSaturated() const
{
    return chainCount == std::numeric_limits<quint64>::max();
}

} // namespace el
