#include "taskprogresswidget.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace Crm::Ui {

TaskProgressWidget::TaskProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(false);
    m_bar->setAccessibleName(tr("Task progress"));
    m_cancel->setObjectName(QStringLiteral("cancelTaskButton"));
    m_cancel->setToolTip(tr("Stop the running task (Esc)"));
    m_cancel->setShortcut(Qt::Key_Escape);
    connect(m_cancel, &QPushButton::clicked, this, &TaskProgressWidget::cancelAll);
    hide();
}

void TaskProgressWidget::track(QFutureWatcherBase *watcher, const QString &description, bool cancellable)
{
    m_tasks.append({watcher, description, cancellable});
    m_bar->setRange(0, 0);  // busy until the task reports a range
    m_cancel->setEnabled(true);
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, this, [this, watcher](int minimum, int maximum) {
        if (!m_tasks.isEmpty() && m_tasks.constLast().watcher == watcher) {
            m_bar->setRange(minimum, maximum);
        }
    });
    connect(watcher, &QFutureWatcherBase::progressValueChanged, this, [this, watcher](int value) {
        if (!m_tasks.isEmpty() && m_tasks.constLast().watcher == watcher) {
            m_bar->setValue(value);
        }
    });
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] { finish(watcher); });
    connect(watcher, &QObject::destroyed, this, [this, watcher] { finish(watcher); });
    updateView();
}

void TaskProgressWidget::cancelAll()
{
    bool any = false;
    for (const Task &task : std::as_const(m_tasks)) {
        if (task.cancellable && task.watcher) {
            task.watcher->cancel();
            any = true;
        }
    }
    if (any) {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
    }
}

void TaskProgressWidget::finish(QFutureWatcherBase *watcher)
{
    m_tasks.removeIf([watcher](const Task &task) { return !task.watcher || task.watcher == watcher; });
    updateView();
}

void TaskProgressWidget::updateView()
{
    if (m_tasks.isEmpty()) {
        hide();
        return;
    }
    const Task &newest = m_tasks.constLast();
    m_label->setText(m_tasks.size() == 1 ? newest.description
                                         : tr("%1 (+%2 more)").arg(newest.description).arg(m_tasks.size() - 1));
    const bool cancellable
        = std::any_of(m_tasks.cbegin(), m_tasks.cend(), [](const Task &task) { return task.cancellable; });
    m_cancel->setVisible(cancellable);
    if (m_cancel->isEnabled()) {
        m_bar->setRange(newest.watcher ? newest.watcher->progressMinimum() : 0,
                        newest.watcher ? newest.watcher->progressMaximum() : 0);
        if (newest.watcher && newest.watcher->progressMaximum() > 0) {
            m_bar->setValue(newest.watcher->progressValue());
        }
    }
    show();
}

}  // namespace Crm::Ui
