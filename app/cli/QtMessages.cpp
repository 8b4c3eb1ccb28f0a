#include "cli/QtMessages.h"

#include <QString>
#include <QtGlobal>

namespace el {

namespace {
QtMessageHandler previous = nullptr;

bool saysNothingToActOn(QtMsgType type, const QString &message)
{
    return type == QtWarningMsg
           && message.trimmed().startsWith(QLatin1String("OpenType support missing for"));
}

void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (saysNothingToActOn(type, message))
        return;
    if (previous)
        previous(type, context, message);
}
} // namespace

void quietenQtMessages()
{
    static bool installed = false;
    if (installed)
        return;
    installed = true;
    previous = qInstallMessageHandler(filter);
}

} // namespace el
