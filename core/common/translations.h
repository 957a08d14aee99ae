#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

namespace Crm::Core {

// Languages the application ships: "en", "zh_CN", "zh_TW".
QStringList availableLanguages();

// Picks the shipped language closest to `requested` (a locale name such as "zh_Hant_HK";
// empty means the system locale). Falls back to English.
QString resolveLanguage(const QString &requested = {});

// The locale dates and numbers follow in `language` (a shipped one): the system's when the
// system speaks that language (en_GB keeps its day-first dates), else the language's own,
// so `--lang zh_CN` on an English system formats the Chinese way too.
QLocale localeForLanguage(const QString &language, const QLocale &system = QLocale::system());

// Installs our catalog and Qt's own for `language` into the application, replacing the
// ones an earlier call installed. Returns false when our catalog could not be loaded
// (English falls back to the source texts and always succeeds).
bool installTranslators(QCoreApplication &app, const QString &language);

}  // namespace Crm::Core
