#include "recentworkspaces.h"

#include <QFileInfo>
#include <QSettings>

namespace Crm::Ui {

namespace {

const QString kKey = QStringLiteral("recentWorkspaces");

QStringList stored()
{
    return QSettings().value(kKey).toStringList();
}

void store(const QStringList &paths)
{
    QSettings().setValue(kKey, paths);
}

}  // namespace

QStringList RecentWorkspaces::paths() const
{
    QStringList existing;
    for (const QString &path : stored()) {
        if (QFileInfo::exists(path)) {
            existing << path;
        }
    }
    return existing;
}

void RecentWorkspaces::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList paths = stored();
    paths.removeAll(absolute);
    paths.prepend(absolute);
    store(paths.mid(0, kMaximum));
}

void RecentWorkspaces::remove(const QString &path)
{
    QStringList paths = stored();
    paths.removeAll(QFileInfo(path).absoluteFilePath());
    store(paths);
}

void RecentWorkspaces::clear()
{
    store({});
}

}  // namespace Crm::Ui
