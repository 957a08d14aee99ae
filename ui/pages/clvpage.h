#pragma once

#include "analysis/clv/clvanalysis.h"
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
    // Fit diagnostics: cumulative repeat purchases per period, actual and predicted (period,
    // actual, predicted); customers by repeat purchase days, actual and expected; measures.
    Core::Report::DataTable tracking;
    Core::Report::DataTable repeatHistogram;
    Core::Report::DataTable diagnostics;  // measure, value (text)
    QString fitSummary;
    qint64 customers = 0;
    double totalClv = 0;  // major units
};

// The CLV model of the page (and of the customer detail): BG/NBD + Gamma-Gamma in weeks,
// calibrated on the purchase days before D.
Core::Analysis::Clv::ClvRequest clvRequestFor(QDate asOf);
Core::Result<Core::Analysis::Clv::ClvResult> fitClv(const Histories &histories, QDate asOf,
                                                    const Core::ProgressSink &progress = {});

// Fits BG/NBD + Gamma-Gamma on the customers before D and summarises the scores.
Core::Result<ClvTables> clvTables(const Histories &histories, QDate asOf, const Core::ProgressSink &progress = {});

// Customer lifetime value: model parameters and fit diagnostics (tracking chart of actual
// vs predicted repeat purchases, repeat purchase histogram), the P(alive) matrix, the CLV
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
    DataTableModel *trackingModel() const { return m_tracking; }
    DataTableModel *repeatModel() const { return m_repeat; }
    DataTableModel *diagnosticsModel() const { return m_diagnostics; }

protected:
    void reload() override;

private:
    DataTableModel *m_parameters;
    DataTableModel *m_alive;
    DataTableModel *m_distribution;
    DataTableModel *m_top;
    DataTableModel *m_tracking;
    DataTableModel *m_repeat;
    DataTableModel *m_diagnostics;
    QLabel *m_summary;
};

}  // namespace Crm::Ui
