#include "error.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>

namespace Crm::Core {

QString Error::describe() const
{
    QStringList where;
    if (!context.file.isEmpty()) {
        where << QFileInfo(context.file).fileName();
    }
    if (!context.sheet.isEmpty()) {
        where << QCoreApplication::translate("Crm::Error", "sheet %1").arg(context.sheet);
    }
    if (context.row >= 0) {
        where << QCoreApplication::translate("Crm::Error", "row %1").arg(context.row);
    }
    if (!context.column.isEmpty()) {
        where << QCoreApplication::translate("Crm::Error", "column %1").arg(context.column);
    }
    if (where.isEmpty()) {
        return message;
    }
    return where.join(QStringLiteral(", ")) + QStringLiteral(": ") + message;
}

Error makeError(Error::Code code, const QString &message, ErrorContext context)
{
    return Error {code, message, std::move(context)};
}

}  // namespace Crm::Core
