#pragma once

#include "analysisfilter.h"
#include "common/result.h"
#include "historycache.h"
#include "store/workspace.h"
#include "store/workspacesettings.h"
#include "widgets/taskprogresswidget.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>

namespace Crm::Ui {

// What every page works on: the open workspace, the global filters, the shared history and
// the workspace's analysis settings (thresholds, lifecycle rule, attribution window …).
struct PageContext
{
    QString workspacePath;
    AnalysisFilter filter;
    std::shared_ptr<HistoryCache> histories;
    Core::Store::WorkspaceSettings settings;

    bool isValid() const { return !workspacePath.isEmpty() && histories; }
};

// Runs `fn(QSqlDatabase)` on a fresh connection of the calling (worker) thread.
template<typename Fn>
auto withDatabase(const QString &path, Fn fn) -> decltype(fn(QSqlDatabase()))
{
    auto workspace = Core::Store::Workspace::open(path);
    if (!workspace) {
        return workspace.error();
    }
    auto connection = workspace->connect();
    if (!connection) {
        return connection.error();
    }
    return fn(connection->database());
}

// One page of the workspace view. A page loads its data on a worker when it becomes
// visible after the context changed, never on the GUI thread, and shows progress and Cancel
// in the status bar.
class Page : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    explicit Page(QWidget *parent = nullptr);
    ~Page() override;

    virtual QString title() const = 0;

    void setTaskView(TaskProgressWidget *view) { m_taskView = view; }
    // Marks the data stale; reloads now if the page is visible.
    void setContext(const PageContext &context);
    const PageContext &context() const { return m_context; }
    // Reloads even if nothing changed (View > Refresh).
    void refresh();
    bool isLoading() const { return m_watcher && m_watcher->isRunning(); }
    // Cancels the running load, if any.
    void cancel();

Q_SIGNALS:
    // The page shows data for the current context (ok) or an error.
    void loaded(bool ok);
    // The user cancelled the load; the page keeps what it showed before.
    void cancelled();
    void statusMessage(const QString &text);

protected:
    virtual void reload() = 0;
    void showEvent(QShowEvent *event) override;

    // Runs `future` for this page, replacing (cancelling) a load still running, and calls
    // onValue(T) on the GUI thread with a successful result. Errors go to the status bar.
    template<typename T, typename OnValue>
    void runTask(QFuture<Core::Result<T>> future, const QString &description, OnValue onValue)
    {
        cancel();
        auto *watcher = new QFutureWatcher<Core::Result<T>>(this);
        m_watcher = watcher;
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, onValue] {
            watcher->deleteLater();
            if (m_watcher == watcher) {
                m_watcher = nullptr;
            }
            if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
                Q_EMIT cancelled();
                return;
            }
            const Core::Result<T> result = watcher->result();
            if (!result) {
                if (result.error().code == Core::Error::Code::Cancelled) {
                    Q_EMIT cancelled();
                    return;
                }
                showError(result.error().describe());
                return;
            }
            onValue(result.value());
            Q_EMIT loaded(true);
        });
        trackTask(watcher, description);
        watcher->setFuture(future);
    }

    void showError(const QString &message);

private:
    void trackTask(QFutureWatcherBase *watcher, const QString &description);

    PageContext m_context;
    QPointer<TaskProgressWidget> m_taskView;
    QPointer<QFutureWatcherBase> m_watcher;
    bool m_stale = false;
};

}  // namespace Crm::Ui
