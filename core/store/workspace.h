#pragma once

#include "common/result.h"
#include "connection.h"

#include <QString>

namespace Crm::Core::Store {

// What the first 100 bytes of a file say about it, read without letting SQLite touch it.
struct FileSignature
{
    qint64 size = 0;
    bool isSqlite = false;
    qint32 applicationId = 0;
    int schemaVersion = 0;
};

Result<FileSignature> readFileSignature(const QString &path);

// A workspace is one SQLite file (suffix .crmdb) holding the tables of DESIGN.md.
// The object itself is just a validated path: connections are opened per thread.
class Workspace
{
public:
    static QString fileSuffix() { return QStringLiteral("crmdb"); }

    // Creates a new, empty workspace, readable and writable by the owner only. Refuses to
    // overwrite an existing non-empty file.
    static Result<Workspace> create(const QString &path);

    // Opens an existing workspace, upgrading an older schema. A file that is not a
    // workspace, or one written by a newer version, is refused and left untouched.
    static Result<Workspace> open(const QString &path);

    QString path() const { return m_path; }

    // A new connection for the calling thread; use it on that thread only.
    Result<Connection> connect() const;

private:
    explicit Workspace(QString path)
        : m_path(std::move(path))
    { }

    QString m_path;
};

}  // namespace Crm::Core::Store
