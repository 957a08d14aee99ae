#pragma once

#include "analysis/campaigns/campaigns.h"
#include "page.h"
#include "report/datatable.h"

class QLabel;

namespace Crm::Ui {

class DataTableModel;

// The tables of the Campaigns page built from the analysis Result.
struct CampaignTables
{
    Core::Report::DataTable roi;  // campaign, attributed_revenue, incremental_revenue, cost
    Core::Report::DataTable metrics;  // every metric per campaign, with significance and notes
    int windowDays = 0;
};

CampaignTables campaignTables(const Core::Analysis::CampaignsResult &result);

// What each campaign earned: attributed and incremental revenue against cost, with the
// significance of the uplift; campaigns without a control group are marked as such.
class CampaignsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CampaignsPage)

public:
    explicit CampaignsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Campaigns"); }

    DataTableModel *roiModel() const { return m_roi; }
    DataTableModel *metricsModel() const { return m_metrics; }

protected:
    void reload() override;

private:
    DataTableModel *m_roi;
    DataTableModel *m_metrics;
    QLabel *m_note;
};

}  // namespace Crm::Ui
