#include "cli/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace el {

bool installTranslations()
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    // The texts are written in English, so English is loaded whatever the user's locale: the
    // program speaks no other language yet.
    auto *translator = new QTranslator(app);
    if (!translator->load(QStringLiteral(":/i18n/equitylogic_en.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace el
