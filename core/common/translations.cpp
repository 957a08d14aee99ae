#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Crm::Core {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN"), QStringLiteral("zh_TW")};
}

QString resolveLanguage(const QString &requested)
{
    const QLocale locale = requested.isEmpty() ? QLocale::system() : QLocale(requested);
    if (locale.language() != QLocale::Chinese) {
        return QStringLiteral("en");
    }
    // Hong Kong, Macau and Taiwan read Traditional characters even when the script is not named.
    const bool traditional = locale.script() == QLocale::TraditionalChineseScript
        || locale.territory() == QLocale::Taiwan || locale.territory() == QLocale::HongKong
        || locale.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

bool installTranslators(QCoreApplication &app, const QString &language)
{
    if (language == QLatin1String("en")) {
        return true;
    }
    auto *ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/crm_%1.qm").arg(language))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

}  // namespace Crm::Core
