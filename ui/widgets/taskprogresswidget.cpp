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
    hide();
}

void TaskProgressWidget::track(QFutureWatcherBase *watcher, const QString &description, bool cancellable)
{
    m_label->setText(description);
    m_bar->setRange(0, 0);  // busy until the task reports a range
    m_cancel->setVisible(cancellable);
    m_cancel->setEnabled(true);
    show();
    connect(watcher, &QFutureWatcherBase::progressRangeChanged, m_bar, &QProgressBar::setRange);
    connect(watcher, &QFutureWatcherBase::progressValueChanged, m_bar, &QProgressBar::setValue);
    connect(watcher, &QFutureWatcherBase::finished, this, &QWidget::hide);
    disconnect(m_cancelConnection);
    m_cancelConnection = connect(m_cancel, &QPushButton::clicked, watcher, [this, watcher] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("Cancelling…"));
        watcher->cancel();
    });
}

}  // namespace Crm::Ui
