#include "workspacetasks.h"

#include "analysis/common/purchasehistory.h"
#include "store/workspace.h"
#include "store/workspacestats.h"

#include <QFile>
#include <QPromise>
#include <QSqlQuery>
#include <QtConcurrent>

namespace Crm::Ui {

namespace {

// The distinct values of one column, most frequent first, for a filter's choices.
QStringList distinctValues(QSqlDatabase db, const QString &table, const QString &column)
{
    QSqlQuery query(db);
    query.exec(QStringLiteral("SELECT %2, COUNT(*) AS n FROM %1 WHERE %2 IS NOT NULL AND %2 <> '' "
                              "GROUP BY %2 ORDER BY n DESC, %2 LIMIT 500")
                   .arg(table, column));
    QStringList values;
    while (query.next()) {
        values << query.value(0).toString();
    }
    return values;
}

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
    const QSqlDatabase db = connection->database();
    if (auto asOf = Core::Analysis::defaultAsOfDate(db)) {
        snapshot.defaultAsOf = asOf.value();
    }
    auto settings = Core::Store::WorkspaceSettings::load(db);
    if (!settings) {
        snapshot.error = settings.error().describe();
        return snapshot;
    }
    snapshot.settings = settings.value();
    snapshot.channels = distinctValues(db, QStringLiteral("orders"), QStringLiteral("channel"));
    snapshot.cities = distinctValues(db, QStringLiteral("customers"), QStringLiteral("city"));
    snapshot.tiers = distinctValues(db, QStringLiteral("customers"), QStringLiteral("tier"));
    const QStringList order {QStringLiteral("Regular"), QStringLiteral("Silver"), QStringLiteral("Gold"),
                             QStringLiteral("Diamond")};
    std::stable_sort(snapshot.tiers.begin(), snapshot.tiers.end(), [&order](const QString &a, const QString &b) {
        const auto rank = [&order](const QString &tier) {
            const qsizetype i = order.indexOf(tier);
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
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

QFuture<QString> saveSettingsAsync(const QString &path, const Core::Store::WorkspaceSettings &settings)
{
    return QtConcurrent::run([path, settings] {
        auto workspace = Core::Store::Workspace::open(path);
        if (!workspace) {
            return workspace.error().describe();
        }
        auto connection = workspace->connect();
        if (!connection) {
            return connection.error().describe();
        }
        const auto saved = Core::Store::WorkspaceSettings::save(connection->database(), settings);
        return saved ? QString() : saved.error().describe();
    });
}

}  // namespace Crm::Ui
