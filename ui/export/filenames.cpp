#include "filenames.h"

namespace Crm::Ui {

QString suggestedFileName(const QString &title, const QString &fallback)
{
    QString name = title.trimmed().isEmpty() ? fallback : title.trimmed();
    static const QString forbidden = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : name) {
        if (forbidden.contains(c) || c.unicode() < 0x20) {
            c = QLatin1Char('_');
        }
    }
    return name.left(80);
}

}  // namespace Crm::Ui
