#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace vpw {

QString installTranslators(QCoreApplication &app, const QLocale &locale) {
    const bool chinese = locale.language() == QLocale::Chinese;
    const QString language = chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");

    auto *ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/vpw_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;

    if (chinese) {
        auto *qt = new QTranslator(&app);
        if (qt->load(QStringLiteral("qtbase_zh_CN"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    return language;
}

} // namespace vpw
