#pragma once

#include <QStringList>

namespace Crm::Ui {

// Most recently used workspace files, newest first, kept in QSettings.
class RecentWorkspaces
{
public:
    static constexpr int kMaximum = 8;

    QStringList paths() const;  // only files that still exist
    void add(const QString &path);  // moves to the front
    void remove(const QString &path);
    void clear();
};

}  // namespace Crm::Ui
