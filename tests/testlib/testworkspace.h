#pragma once

#include "store/workspace.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

namespace Crm::Test {

// A workspace in its own temporary directory, removed with the object.
class TestWorkspace
{
public:
    TestWorkspace();
    bool isValid() const { return m_workspace.has_value(); }
    const Core::Store::Workspace &workspace() const { return *m_workspace; }
    QString path() const;
    QString dirPath() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    std::optional<Core::Store::Workspace> m_workspace;
};

// The bytes of a file, to prove that an operation left it untouched.
QByteArray fileBytes(const QString &path);

// Runs SQL on a file through a raw connection (no workspace checks).
bool execRaw(const QString &path, const QStringList &statements);

}  // namespace Crm::Test
