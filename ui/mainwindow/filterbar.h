#pragma once

#include "pages/analysisfilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;

namespace Crm::Ui {

// The global filters every page reads: as-of date, order date range, channel, city, tier.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    AnalysisFilter filter() const;
    // A new workspace: choices from its data, as-of reset to its default (the day after the
    // last order), every other filter cleared. Emits nothing.
    void reset(QDate defaultAsOf, const QStringList &channels, const QStringList &cities, const QStringList &tiers);

    QDateEdit *asOfEdit() const { return m_asOf; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *cityBox() const { return m_city; }
    QComboBox *tierBox() const { return m_tier; }

public Q_SLOTS:
    void clearFilters();

Q_SIGNALS:
    void filterChanged(const Crm::Ui::AnalysisFilter &filter);

private:
    void emitIfChanged();

    QDateEdit *m_asOf;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_channel;
    QComboBox *m_city;
    QComboBox *m_tier;
    QDate m_defaultAsOf;
    AnalysisFilter m_last;
    bool m_resetting = false;
};

}  // namespace Crm::Ui
