#pragma once

#include <QWidget>

class QFutureWatcherBase;
class QLabel;
class QProgressBar;
class QPushButton;

namespace Crm::Ui {

// Status-bar strip showing one background task: what it does, a progress bar and Cancel.
// Hidden while no task runs.
class TaskProgressWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskProgressWidget)

public:
    explicit TaskProgressWidget(QWidget *parent = nullptr);

    // Follows `watcher` until it finishes. Cancel cancels its future.
    void track(QFutureWatcherBase *watcher, const QString &description, bool cancellable);

private:
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QMetaObject::Connection m_cancelConnection;
};

}  // namespace Crm::Ui
