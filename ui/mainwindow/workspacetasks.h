#pragma once

#include "store/demogenerator.h"
#include "store/workspacesettings.h"

#include <QDate>
#include <QFuture>
#include <QList>
#include <QPair>
#include <QString>

namespace Crm::Ui {

// What the main window needs to show a workspace, computed off the GUI thread.
struct WorkspaceSnapshot
{
    QString path;
    QString error;  // empty on success
    QList<QPair<QString, qint64>> rowCounts;
    QDate defaultAsOf;  // the day after the last order; invalid without orders
    QStringList channels;  // choices for the filters, most frequent first for cities
    QStringList cities;
    QStringList tiers;
    Core::Store::WorkspaceSettings settings;  // the workspace's analysis settings
};

// Opens (and if needed upgrades) a workspace and counts its rows on a worker thread.
QFuture<WorkspaceSnapshot> loadWorkspaceAsync(const QString &path);

// Creates a new, empty workspace on a worker thread, then loads it.
QFuture<WorkspaceSnapshot> createWorkspaceAsync(const QString &path);

// Creates a demo workspace with progress and cancel; on cancel nothing is left behind.
QFuture<WorkspaceSnapshot> createDemoWorkspaceAsync(const QString &path, const Core::Store::DemoOptions &options);
// Writes a workspace's settings on a worker thread; the result is empty or the error.
QFuture<QString> saveSettingsAsync(const QString &path, const Core::Store::WorkspaceSettings &settings);

}  // namespace Crm::Ui
