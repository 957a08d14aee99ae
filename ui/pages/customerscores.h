#pragma once

#include "analysis/clv/clvanalysis.h"
#include "analysis/rfm/rfm.h"
#include "page.h"
#include "report/datatable.h"

#include <QMutex>

#include <memory>
#include <optional>

namespace Crm::Ui {

// What a customer's scores are relative to: RFM quintiles over every customer, the CLV
// model fitted on every customer, the population purchase cycle. Built once per context.
struct PopulationScores
{
    std::shared_ptr<const Histories> histories;
    Core::Analysis::RfmResult rfm;
    std::optional<Core::Analysis::Clv::ClvResult> clv;
    QString clvError;  // why there is no CLV model (too little data …)
    double populationCycleDays = 0;
};

// One customer's scores as the detail panel shows them.
struct CustomerScores
{
    QString customerId;
    bool hasPurchases = false;  // before the as-of date
    int recencyScore = 0;
    int frequencyScore = 0;
    int monetaryScore = 0;
    QString segment;  // machine name of the RFM segment
    qint64 recencyDays = 0;
    QString stage;  // lifecycle stage (machine name)
    std::optional<double> probabilityAlive;
    double repeatPurchaseDays = 0;  // x of the CLV model
    std::optional<double> expectedPurchases90d;
    std::optional<double> clv;  // major units, over the CLV page's horizon
    QDate expectedNextOrder;
    QString clvNote;  // why there is no CLV for this customer
    // Tier at the as-of date and at the end of each earlier quarter: date, spend, tier
    // (spend rule), or the tier by today's points balance (points rule, no history).
    Core::Report::DataTable tierHistory;
};

// Computes the population scores on the calling (worker) thread, once per cache; concurrent
// callers wait for one computation.
class PopulationScoreCache
{
public:
    explicit PopulationScoreCache(PageContext context);

    Core::Result<std::shared_ptr<const PopulationScores>> load(const Core::ProgressSink &progress = {});
    const PageContext &context() const { return m_context; }

private:
    PageContext m_context;
    QMutex m_mutex;
    std::shared_ptr<const PopulationScores> m_scores;
};

// Builds the population scores from the shared history (RFM, CLV fit, population cycle).
Core::Result<PopulationScores> populationScores(std::shared_ptr<const Histories> histories, const QDate &asOf,
                                                const Core::Store::WorkspaceSettings &settings,
                                                const Core::ProgressSink &progress = {});

// One customer's scores. pointsBalance: the customer's balance (points tier rule only).
CustomerScores customerScores(const PopulationScores &population, const QString &customerId, const QDate &asOf,
                              const Core::Store::WorkspaceSettings &settings, qint64 pointsBalance = 0);

// The number of quarters before the as-of date the tier history covers.
inline constexpr int kTierHistoryQuarters = 8;

}  // namespace Crm::Ui
