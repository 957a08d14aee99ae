#pragma once

#include "page.h"
#include "report/datatable.h"

class QLabel;

namespace Crm::Ui {

class DataTableModel;

// The tables of the CLV page.
struct ClvTables
{
    Core::Report::DataTable parameters;  // parameter, value
    Core::Report::DataTable aliveMatrix;  // repeat purchase days × days since last purchase: mean P(alive)
    Core::Report::DataTable distribution;  // CLV band, customers
    Core::Report::DataTable top;  // most valuable customers
    QString fitSummary;
    qint64 customers = 0;
    double totalClv = 0;  // major units
};

// Fits BG/NBD + Gamma-Gamma on the customers before D and summarises the scores.
Core::Result<ClvTables> clvTables(const Histories &histories, QDate asOf, const Core::ProgressSink &progress = {});

// Customer lifetime value: model parameters and fit, the P(alive) matrix, the CLV
// distribution and the most valuable customers.
class ClvPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClvPage)

public:
    explicit ClvPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Lifetime Value"); }

    DataTableModel *topModel() const { return m_top; }
    DataTableModel *distributionModel() const { return m_distribution; }

protected:
    void reload() override;

private:
    DataTableModel *m_parameters;
    DataTableModel *m_alive;
    DataTableModel *m_distribution;
    DataTableModel *m_top;
    QLabel *m_summary;
};

}  // namespace Crm::Ui
