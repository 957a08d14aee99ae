#pragma once

#include "analysis/cohorts/cohorts.h"
#include "page.h"
#include "report/datatable.h"

class QComboBox;

namespace Crm::Ui {

class DataTableModel;

// The tables of the Cohorts page, built from a cohort Result.
struct CohortTables
{
    Core::Report::DataTable retention;  // cohort, size, then one column per period k (fractions)
    Core::Report::DataTable revenue;  // cohort, size, net revenue per period
    Core::Report::DataTable cumulative;  // cohort, size, cumulative revenue per customer
    Core::Report::DataTable curves;  // period, then the newest cohorts' retention (up to 6)
};

CohortTables cohortTables(const Core::Analysis::CohortResult &result);

// Retention heatmap with a colour scale (or revenue, or cumulative revenue per customer) and
// retention curves of the newest cohorts.
class CohortsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohortsPage)

public:
    explicit CohortsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Cohorts"); }

    DataTableModel *heatmapModel() const { return m_heatmap; }
    QComboBox *valueBox() const { return m_values; }

protected:
    void reload() override;

private:
    void showValues();

    DataTableModel *m_heatmap;
    DataTableModel *m_curves;
    QComboBox *m_values;
    QComboBox *m_period;
    CohortTables m_tables;
};

}  // namespace Crm::Ui
