#include "testworkspace.h"

#include "store/connection.h"

#include <QDir>
#include <QFile>

namespace Crm::Test {

TestWorkspace::TestWorkspace()
{
    auto created = Core::Store::Workspace::create(QDir(m_dir.path()).filePath(QStringLiteral("test.crmdb")));
    if (created) {
        m_workspace = created.value();
    } else {
        qWarning("Cannot create test workspace: %s", qPrintable(created.error().describe()));
    }
}

QString TestWorkspace::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool execRaw(const QString &path, const QStringList &statements)
{
    auto connection = Core::Store::Connection::openSqlite(path);
    if (!connection) {
        return false;
    }
    for (const QString &statement : statements) {
        if (!Core::Store::exec(connection->database(), statement)) {
            qWarning("SQL failed: %s", qPrintable(statement));
            return false;
        }
    }
    return true;
}

}  // namespace Crm::Test
