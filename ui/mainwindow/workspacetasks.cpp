#include "workspacetasks.h"

#include "store/workspace.h"
#include "store/workspacestats.h"

#include <QFile>
#include <QPromise>
#include <QtConcurrent>

namespace Crm::Ui {

namespace {

WorkspaceSnapshot snapshotOf(const Core::Result<Core::Store::Workspace> &workspace, const QString &path)
{
    WorkspaceSnapshot snapshot;
    snapshot.path = path;
    if (!workspace) {
        snapshot.error = workspace.error().describe();
        return snapshot;
    }
    snapshot.path = workspace->path();
    auto connection = workspace->connect();
    if (!connection) {
        snapshot.error = connection.error().describe();
        return snapshot;
    }
    auto counts = Core::Store::rowCounts(connection->database());
    if (!counts) {
        snapshot.error = counts.error().describe();
        return snapshot;
    }
    snapshot.rowCounts = counts.value();
    return snapshot;
}

void removeWorkspaceFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
}

}  // namespace

QFuture<WorkspaceSnapshot> loadWorkspaceAsync(const QString &path)
{
    return QtConcurrent::run([path] { return snapshotOf(Core::Store::Workspace::open(path), path); });
}

QFuture<WorkspaceSnapshot> createWorkspaceAsync(const QString &path)
{
    return QtConcurrent::run([path] { return snapshotOf(Core::Store::Workspace::create(path), path); });
}

QFuture<WorkspaceSnapshot> createDemoWorkspaceAsync(const QString &path, const Core::Store::DemoOptions &options)
{
    return QtConcurrent::run([path, options](QPromise<WorkspaceSnapshot> &promise) {
        auto workspace = Core::Store::Workspace::create(path);
        if (!workspace) {
            promise.addResult(snapshotOf(workspace, path));
            return;
        }
        promise.setProgressRange(0, options.customers);
        auto summary = Core::Store::generateDemo(workspace.value(), options, [&promise](qint64 done, qint64) {
            promise.setProgressValue(int(done));
            return !promise.isCanceled();
        });
        if (!summary) {
            removeWorkspaceFiles(path);
            WorkspaceSnapshot failed;
            failed.path = path;
            failed.error = summary.error().describe();
            promise.addResult(failed);
            return;
        }
        promise.addResult(snapshotOf(workspace, path));
    });
}

}  // namespace Crm::Ui
