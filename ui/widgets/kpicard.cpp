#include "kpicard.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace Crm::Ui {

KpiCard::KpiCard(const QString &title, Format format, bool higherIsBetter, QWidget *parent)
    : QFrame(parent)
    , m_format(format)
    , m_higherIsBetter(higherIsBetter)
    , m_title(new QLabel(title, this))
    , m_valueLabel(new QLabel(this))
    , m_change(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(title);
    QFont big = m_valueLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_valueLabel->setFont(big);
    m_valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    layout->addWidget(m_valueLabel);
    layout->addWidget(m_change);
    setMinimumWidth(170);
    clear();
}

QString KpiCard::format(double value, Format format)
{
    const QLocale locale;
    switch (format) {
    case Format::Count:
        return locale.toString(qint64(std::llround(value)));
    case Format::Money:
        return locale.toString(value / 100.0, 'f', 2);
    case Format::Percent:
        return locale.toString(value * 100.0, 'f', 1) + locale.percent();
    }
    return {};
}

void KpiCard::setValue(double current, std::optional<double> previous)
{
    m_value = current;
    m_valueLabel->setText(format(current, m_format));
    if (!previous) {
        m_change->setText(tr("no earlier period"));
        m_change->setStyleSheet({});
        return;
    }
    const QLocale locale;
    const double delta = current - *previous;
    QString text;
    if (m_format == Format::Percent) {
        // Percentage points, not a percent of a percent.
        text = tr("%1 pts vs. previous period", "change of a rate")
                   .arg((delta >= 0 ? QStringLiteral("+") : QString()) + locale.toString(delta * 100.0, 'f', 1));
    } else if (*previous != 0) {
        const double relative = delta / std::abs(*previous) * 100.0;
        text = tr("%1% vs. previous period", "relative change")
                   .arg((relative >= 0 ? QStringLiteral("+") : QString()) + locale.toString(relative, 'f', 1));
    } else {
        text = tr("previous period: %1").arg(format(*previous, m_format));
    }
    m_change->setText(text);
    m_change->setToolTip(tr("Previous period: %1").arg(format(*previous, m_format)));
    const bool good = (delta > 0) == m_higherIsBetter;
    m_change->setStyleSheet(
        delta == 0 ? QString()
                   : QStringLiteral("color: %1").arg(good ? QStringLiteral("#2f855a") : QStringLiteral("#c53030")));
}

void KpiCard::clear()
{
    m_value = 0;
    m_valueLabel->setText(QStringLiteral("–"));
    m_change->setText(QString());
}

QString KpiCard::valueText() const
{
    return m_valueLabel->text();
}

QString KpiCard::changeText() const
{
    return m_change->text();
}

}  // namespace Crm::Ui
