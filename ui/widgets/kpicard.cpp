#include "kpicard.h"

#include "tables/moneyformat.h"

#include <QEvent>
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
        return MoneyFormat::formatMajor(value / 100.0);
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
        m_trend = 0;
        applyTrendColor();
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
    m_trend = delta == 0 ? 0 : (good ? 1 : -1);
    applyTrendColor();
}

QColor KpiCard::changeColor() const
{
    const QColor base = palette().color(QPalette::Base);
    if (m_trend == 0) {
        return palette().color(QPalette::WindowText);
    }
    // Both pairs keep a contrast of at least 4.5:1 against white and the usual dark bases.
    const bool dark = base.lightnessF() < 0.5;
    if (m_trend > 0) {
        return dark ? QColor(0x68, 0xd3, 0x91) : QColor(0x27, 0x67, 0x49);
    }
    return dark ? QColor(0xfc, 0x81, 0x81) : QColor(0xc5, 0x30, 0x30);
}

void KpiCard::applyTrendColor()
{
    // A style sheet, not the label's palette: palette propagation from the card would reset
    // a child's text colour on the next palette change.
    m_change->setStyleSheet(m_trend == 0 ? QString() : QStringLiteral("color: %1").arg(changeColor().name()));
}

void KpiCard::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        // The system switched between light and dark.
        applyTrendColor();
    }
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
