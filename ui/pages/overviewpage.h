#pragma once

#include "page.h"

#include <QList>
#include <QPair>

class QTableWidget;

namespace Crm::Ui {

class DataTableModel;
class KpiCard;
struct OverviewData;

// Key figures with their change against the previous 12 months, tier distribution, churn
// funnel, monthly revenue and what the workspace holds.
class OverviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OverviewPage)

public:
    explicit OverviewPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Overview"); }

    // Row counts per table, shown under "Workspace contents".
    void setRowCounts(const QList<QPair<QString, qint64>> &counts);

    KpiCard *card(const QString &objectName) const;
    DataTableModel *funnelModel() const { return m_funnel; }
    DataTableModel *revenueModel() const { return m_revenue; }
    DataTableModel *tierModel() const { return m_tiers; }
    // The tier chart, titled after the tier rule of the settings.
    QWidget *tierChart() const { return m_tierChart; }

protected:
    void reload() override;

private:
    void show(const OverviewData &data);
    static QString tierChartTitle(const Core::Store::WorkspaceSettings &settings);

    QList<KpiCard *> m_cards;
    DataTableModel *m_tiers;
    QWidget *m_tierChart = nullptr;
    DataTableModel *m_funnel;
    DataTableModel *m_revenue;
    QTableWidget *m_countsTable;
};

}  // namespace Crm::Ui
