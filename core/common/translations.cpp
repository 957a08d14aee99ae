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

QLocale localeForLanguage(const QString &language, const QLocale &system)
{
    return resolveLanguage(system.name()) == language ? system : QLocale(language);
}

bool installTranslators(QCoreApplication &app, const QString &language)
{
    // Replace what an earlier call installed: `crmwb report --lang en` on a Chinese system
    // must not keep the Chinese catalog that main() chose from the system.
    static const QString kObjectName = QStringLiteral("crm-translator");
    const auto previous = app.findChildren<QTranslator *>(kObjectName, Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    // English has a catalog too: it holds the singular and plural forms of the %n messages.
    auto *ours = new QTranslator(&app);
    ours->setObjectName(kObjectName);
    if (!ours->load(QStringLiteral(":/i18n/crm_%1.qm").arg(language))) {
        delete ours;
        return language == QLatin1String("en");
    }
    QCoreApplication::installTranslator(ours);
    if (language == QLatin1String("en")) {
        return true;
    }
    auto *qt = new QTranslator(&app);
    qt->setObjectName(kObjectName);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt;
    }
    return true;
}

}  // namespace Crm::Core
