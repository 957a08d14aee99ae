#include "page.h"

#include "widgets/taskprogresswidget.h"

namespace Crm::Ui {

Page::Page(QWidget *parent)
    : QWidget(parent)
{ }

Page::~Page()
{
    cancel();
}

void Page::setContext(const PageContext &context)
{
    m_context = context;
    m_stale = true;
    if (isVisible() && m_context.isValid()) {
        m_stale = false;
        reload();
    }
}

void Page::refresh()
{
    m_stale = true;
    if (isVisible() && m_context.isValid()) {
        m_stale = false;
        reload();
    }
}

void Page::cancel()
{
    if (m_watcher) {
        // The watcher still delivers `finished`; the handler sees the cancellation.
        m_watcher->cancel();
    }
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_context.isValid()) {
        m_stale = false;
        reload();
    }
}

void Page::showError(const QString &message)
{
    Q_EMIT statusMessage(message);
    Q_EMIT loaded(false);
}

void Page::trackTask(QFutureWatcherBase *watcher, const QString &description)
{
    if (m_taskView) {
        m_taskView->track(watcher, description, true);
    }
}

}  // namespace Crm::Ui
