#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QFutureWatcherBase;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Crm::Ui {

// Status-bar strip showing the background tasks: what the newest one does, its progress
// and Cancel (which cancels every cancellable task shown). Hidden while no task runs.
class TaskProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgressWidget)

public:
    explicit TaskProgressWidget(QWidget *parent = nullptr);

    // Follows `watcher` until it finishes. Cancel cancels its future.
    void track(QFutureWatcherBase *watcher, const QString &description, bool cancellable);

    int runningTasks() const { return int(m_tasks.size()); }

public Q_SLOTS:
    void cancelAll();

private:
    struct Task
    {
        QPointer<QFutureWatcherBase> watcher;
        QString description;
        bool cancellable = false;
    };

    void finish(QFutureWatcherBase *watcher);
    void updateView();

    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QList<Task> m_tasks;
};

}  // namespace Crm::Ui
