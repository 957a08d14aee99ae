#pragma once

#include "page.h"
#include "report/datatable.h"

class QPushButton;

namespace Crm::Ui {

class DataTableModel;

// What the Lifecycle & churn page shows, computed on a worker.
struct LifecycleData
{
    Core::Report::DataTable stages;  // stage, customers
    Core::Report::DataTable funnel;  // step, customers, pct_of_previous, pct_of_first
    Core::Report::DataTable transitions;  // from_stage, then one column per stage at D
    Core::Report::DataTable dormant;  // ranked by value before going quiet
    double populationCycleDays = 0;
};

LifecycleData lifecycleData(const Histories &histories, QDate asOf,
                            const Core::Store::WorkspaceSettings &settings = {});

// Lifecycle stages and churn funnel, the transition matrix of the last 90 days, and the
// dormant customers worth reactivating, exportable for a campaign.
class LifecyclePage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LifecyclePage)

public:
    explicit LifecyclePage(QWidget *parent = nullptr);

    QString title() const override { return tr("Lifecycle & Churn"); }

    DataTableModel *stageModel() const { return m_stages; }
    DataTableModel *funnelModel() const { return m_funnel; }
    DataTableModel *transitionModel() const { return m_transitions; }
    DataTableModel *dormantModel() const { return m_dormant; }
    // Writes the dormant list as CSV (what "Export for campaign…" saves).
    Core::VoidResult exportDormant(const QString &path) const;

protected:
    void reload() override;

private:
    void show(const LifecycleData &data);

    DataTableModel *m_stages;
    DataTableModel *m_funnel;
    DataTableModel *m_transitions;
    DataTableModel *m_dormant;
    QPushButton *m_export;
};

}  // namespace Crm::Ui
