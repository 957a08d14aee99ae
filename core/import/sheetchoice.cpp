#include "sheetchoice.h"

#include <QCoreApplication>
#include <QStringList>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

}  // namespace

qsizetype chooseSheet(const QList<SheetInfo> &sheets, const QString &wanted, QString &problem)
{
    if (!wanted.isEmpty()) {
        for (Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
            for (qsizetype i = 0; i < sheets.size(); ++i) {
                if (sheets.at(i).name.compare(wanted, cs) == 0) {
                    return i;
                }
            }
        }
        bool ok = false;
        const int index = wanted.toInt(&ok);
        if (ok && index >= 1 && index <= sheets.size()) {
            return index - 1;
        }
        QStringList names;
        for (const SheetInfo &sheet : sheets) {
            names << sheet.name;
        }
        problem
            = Text::tr("there is no sheet \"%1\"; the workbook has: %2").arg(wanted, names.join(QStringLiteral(", ")));
        return -1;
    }
    for (bool allowHidden : {false, true}) {
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            if (!sheets.at(i).chart && (allowHidden || !sheets.at(i).hidden)) {
                return i;
            }
        }
    }
    problem = Text::tr("the workbook has no worksheets");
    return -1;
}

}  // namespace Crm::Core::Import
