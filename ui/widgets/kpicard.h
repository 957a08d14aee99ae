#pragma once

#include <QFrame>

class QLabel;

namespace Crm::Ui {

// One key figure with its change against the previous period, e.g. "Revenue, 12 months:
// 1,234,567.00, +4.2 % vs. previous 12 months".
class KpiCard final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KpiCard)

public:
    enum class Format { Count, Money, Percent };

    // `higherIsBetter` decides whether a rise is shown green or red.
    KpiCard(const QString &title, Format format, bool higherIsBetter = true, QWidget *parent = nullptr);

    // `previous` is empty when there is no earlier period to compare with.
    void setValue(double current, std::optional<double> previous);
    void clear();

    QString valueText() const;
    QString changeText() const;
    // The colour the change is written in: green or red, lighter on a dark palette, the
    // palette's text colour when unchanged.
    QColor changeColor() const;
    double value() const { return m_value; }

    // Localised text of a value in a format (money in minor units).
    static QString format(double value, Format format);

private:
    Format m_format;
    bool m_higherIsBetter;
    double m_value = 0;
    QLabel *m_title;
    QLabel *m_valueLabel;
    QLabel *m_change;
    int m_trend = 0;  // +1 good, -1 bad, 0 unchanged or no comparison

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTrendColor();
};

}  // namespace Crm::Ui
