#include "importtestdata.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

namespace Crm::Test {

namespace {

QString sourceDir()
{
    const QString fromEnv = qEnvironmentVariable("CRM_SOURCE_DIR");
    return fromEnv.isEmpty() ? QDir::currentPath() : fromEnv;
}

}  // namespace

QString importDataPath(const QString &name)
{
    return QDir(sourceDir()).filePath(QStringLiteral("tests/data/import/") + name);
}

QString sharedPath(const QString &relative)
{
    const QString path = QDir::cleanPath(QDir(sourceDir()).filePath(QStringLiteral("../shared/") + relative));
    return QFileInfo::exists(path) ? path : QString();
}

QList<Core::Import::SourceRow> readAllRows(Core::Import::TableReader &reader)
{
    QList<Core::Import::SourceRow> rows;
    const auto result = reader.readRows([&rows](const Core::Import::SourceRow &row) {
        rows.append(row);
        return true;
    });
    if (!result) {
        qWarning("readRows failed: %s", qPrintable(result.error().describe()));
        return {};
    }
    return rows;
}

}  // namespace Crm::Test
