#include "clvpage.h"

#include "analysis/clv/bgnbdmodel.h"
#include "analysis/clv/clvanalysis.h"
#include "analysis/clv/clvvalidation.h"
#include "analysis/clv/customersummary.h"
#include "analysis/clv/paretonbdmodel.h"
#include "charts/charts.h"
#include "charts/heatmapview.h"
#include "labels.h"
#include "tables/columnfit.h"
#include "tables/datatablemodel.h"
#include "tables/roles.h"
#include "tables/tableviewexport.h"
#include "tasks/task.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace Crm::Ui {

using Core::Report::DataColumn;
using Core::Report::DataTable;
namespace Clv = Core::Analysis::Clv;

namespace {

constexpr int kTopCustomers = 1000;

// Row of the P(alive) matrix: repeat purchase days.
int frequencyBand(double frequency)
{
    return frequency >= 10 ? 7 : (frequency >= 6 ? 6 : int(frequency));
}

// Column: days since the last purchase.
int quietBand(double days)
{
    return days < 30 ? 0 : (days < 90 ? 1 : (days < 180 ? 2 : (days < 365 ? 3 : 4)));
}

// The fitted purchase model as an object, for the validation functions.
std::unique_ptr<Clv::PurchaseModel> fittedModel(const Clv::ClvResult &result)
{
    const std::vector<double> &p = result.parameters;
    if (p.size() != 4) {
        return nullptr;
    }
    if (result.model == Clv::PurchaseModelKind::ParetoNbd) {
        return std::make_unique<Clv::ParetoNbdModel>(Clv::ParetoNbdParameters {p[0], p[1], p[2], p[3]});
    }
    return std::make_unique<Clv::BgNbdModel>(Clv::BgNbdParameters {p[0], p[1], p[2], p[3]});
}

// The tracking chart (cumulative repeat purchases per period of one or more months, at most
// 24 periods from the first purchase to D, actual and as the model expects them), the
// repeat purchase histogram and the fit measures. The model is fitted on everything before
// D, so this shows how well it describes the data it was fitted on.
void addDiagnostics(ClvTables &tables, const Histories &histories, const Clv::ClvResult &result)
{
    const auto model = fittedModel(result);
    if (!model) {
        return;
    }
    const QLocale locale;
    std::vector<Clv::Transaction> transactions = Clv::transactionsFromHistories(histories);
    const qint64 end = result.request.calibrationEnd.toJulianDay() + 1;  // D, exclusive
    std::erase_if(transactions, [end](const Clv::Transaction &t) { return t.julianDay >= end || t.value < 0; });
    qint64 start = end;
    for (const Clv::Transaction &t : transactions) {
        start = std::min(start, t.julianDay);
    }
    // Periods of whole months, as few as keep it at most 24 points (readable axis labels).
    const double month = 365.25 / 12;
    const double span = double(end - start);
    const double length = std::max(1.0, std::ceil(span / (24 * month))) * month;
    const int periods = std::max(1, int(std::lround(span / length)));
    DataTable &tracking = tables.tracking;
    tracking.addColumn(QStringLiteral("period"), DataColumn::Type::Text);
    tracking.addColumn(QStringLiteral("actual"), DataColumn::Type::Real);
    tracking.addColumn(QStringLiteral("predicted"), DataColumn::Type::Real);
    if (span > 0) {
        // Equal periods that end exactly at D.
        const double periodDays = span / periods;
        const Clv::TrackingSeries series
            = Clv::trackingSeries(*model, std::move(transactions), start, periods, periodDays, result.request.timeUnit);
        for (size_t k = 0; k < series.actualCumulative.size(); ++k) {
            const QDate periodEnd = QDate::fromJulianDay(start + qint64(std::ceil(double(k + 1) * periodDays)) - 1);
            tracking.rows.append({locale.toString(periodEnd, QStringLiteral("yyyy-MM")), series.actualCumulative.at(k),
                                  series.expectedCumulative.at(k)});
        }
    }

    std::vector<Clv::CustomerSummary> summaries;
    summaries.reserve(result.customers.size());
    for (const Clv::ClvCustomer &customer : result.customers) {
        summaries.push_back(customer.summary);
    }
    const Clv::RepeatHistogram histogram = Clv::repeatPurchaseHistogram(*model, summaries, 7);
    DataTable &repeat = tables.repeatHistogram;
    repeat.addColumn(QStringLiteral("repeat_days"), DataColumn::Type::Text);
    repeat.addColumn(QStringLiteral("actual"), DataColumn::Type::Real);
    repeat.addColumn(QStringLiteral("predicted"), DataColumn::Type::Real);
    for (size_t k = 0; k < histogram.actual.size(); ++k) {
        const QString label = k + 1 < histogram.actual.size() ? QString::number(k) : QStringLiteral("%1+").arg(k);
        repeat.rows.append({label, histogram.actual.at(k),
                            k < histogram.expected.size() ? QVariant(histogram.expected.at(k)) : QVariant()});
    }

    DataTable &d = tables.diagnostics;
    d.addColumn(QStringLiteral("measure"), DataColumn::Type::Text);
    d.addColumn(QStringLiteral("value"), DataColumn::Type::Text);
    d.rows.append({ClvPage::tr("Customers fitted"), locale.toString(result.fit.customers)});
    d.rows.append({ClvPage::tr("Distinct (x, tₓ, T) rows"), locale.toString(result.fit.distinctRows)});
    d.rows.append({ClvPage::tr("Log-likelihood"), locale.toString(result.fit.logLikelihood, 'f', 2)});
    d.rows.append({ClvPage::tr("Converged"), result.fit.converged ? ClvPage::tr("yes") : ClvPage::tr("no")});
    d.rows.append({ClvPage::tr("Iterations"), locale.toString(result.fit.iterations)});
    d.rows.append({ClvPage::tr("Optimiser"), result.fit.method});
    d.rows.append({ClvPage::tr("Spend model log-likelihood"), locale.toString(result.spendFit.logLikelihood, 'f', 2)});
    if (!tracking.rows.isEmpty()) {
        const double actual = tracking.rows.constLast().at(1).toDouble();
        const double predicted = tracking.rows.constLast().at(2).toDouble();
        d.rows.append({ClvPage::tr("Repeat purchases, actual"), locale.toString(actual, 'f', 0)});
        d.rows.append({ClvPage::tr("Repeat purchases, predicted"), locale.toString(predicted, 'f', 1)});
        if (actual > 0) {
            d.rows.append({ClvPage::tr("Predicted vs actual"),
                           QString(locale.toString((predicted - actual) / actual * 100.0, 'f', 1) + locale.percent())});
        }
    }
    if (!histogram.expected.empty()) {
        // Pearson's chi-square over the histogram buckets: how far the model's repeat
        // distribution is from the customers'.
        double chi2 = 0;
        for (size_t k = 0; k < histogram.actual.size(); ++k) {
            if (histogram.expected.at(k) > 0) {
                const double diff = histogram.actual.at(k) - histogram.expected.at(k);
                chi2 += diff * diff / histogram.expected.at(k);
            }
        }
        d.rows.append({ClvPage::tr("χ², repeat purchase histogram"), locale.toString(chi2, 'f', 1)});
    }
}

}  // namespace

Clv::ClvRequest clvRequestFor(QDate asOf)
{
    Clv::ClvRequest request;
    request.calibrationEnd = asOf.addDays(-1);
    request.timeUnit = Clv::TimeUnit::Week;
    return request;
}

Core::Result<Clv::ClvResult> fitClv(const Histories &histories, QDate asOf, const Core::ProgressSink &progress)
{
    const Clv::ClvRequest request = clvRequestFor(asOf);
    const auto summaries = Clv::summarizeHistories(histories, request.calibrationEnd.toJulianDay(), request.timeUnit);
    return Clv::analyzeClv(summaries, request, progress);
}

Core::Result<ClvTables> clvTables(const Histories &histories, QDate asOf, const Core::ProgressSink &progress)
{
    const Clv::ClvRequest request = clvRequestFor(asOf);
    auto fitted = fitClv(histories, asOf, progress);
    if (!fitted) {
        return fitted.error();
    }
    const Clv::ClvResult &result = fitted.value();
    ClvTables tables;
    tables.customers = qint64(result.customers.size());
    addDiagnostics(tables, histories, result);

    tables.parameters.addColumn(QStringLiteral("parameter"), DataColumn::Type::Text);
    tables.parameters.addColumn(QStringLiteral("value"), DataColumn::Type::Real);
    for (size_t i = 0; i < result.parameters.size(); ++i) {
        tables.parameters.rows.append({result.parameterNames.value(qsizetype(i)), result.parameters.at(i)});
    }
    tables.parameters.rows.append({QStringLiteral("p (spend)"), result.spend.p});
    tables.parameters.rows.append({QStringLiteral("q (spend)"), result.spend.q});
    tables.parameters.rows.append({QStringLiteral("γ (spend)"), result.spend.v});
    const QLocale locale;
    tables.fitSummary
        = ClvPage::tr("BG/NBD fitted on %1 customers in weeks: log-likelihood %2, %3 after %4 iterations.")
              .arg(locale.toString(result.fit.customers), locale.toString(result.fit.logLikelihood, 'f', 1),
                   result.fit.converged ? ClvPage::tr("converged") : ClvPage::tr("not converged"))
              .arg(result.fit.iterations);

    // P(alive) matrix
    std::array<std::array<double, 5>, 8> sum {};
    std::array<std::array<qint64, 5>, 8> count {};
    std::array<qint64, 7> bands {};
    const double bandEdges[] = {0, 100, 500, 1000, 2000, 5000};
    for (const auto &customer : result.customers) {
        const double quietDays = (customer.summary.age - customer.summary.recency) * Clv::daysPerUnit(request.timeUnit);
        const int row = frequencyBand(customer.summary.frequency);
        const int column = quietBand(quietDays);
        sum[size_t(row)][size_t(column)] += customer.probabilityAlive;
        count[size_t(row)][size_t(column)] += 1;
        const double clv = std::isfinite(customer.clv) ? customer.clv : 0.0;
        tables.totalClv += clv;
        int band = 0;
        while (band < 5 && clv >= bandEdges[band + 1]) {
            ++band;
        }
        bands[size_t(clv <= 0 ? 6 : band)] += 1;
    }
    DataTable &alive = tables.aliveMatrix;
    alive.addColumn(QStringLiteral("repeat_days"), DataColumn::Type::Text);
    const QStringList quiet {ClvPage::tr("< 30 days"), ClvPage::tr("30–89 days"), ClvPage::tr("90–179 days"),
                             ClvPage::tr("180–364 days"), ClvPage::tr("≥ 365 days")};
    for (const QString &title : quiet) {
        alive.addColumn(title, DataColumn::Type::Percent);
    }
    const QStringList rows {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),   QStringLiteral("3"),
                            QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6–9"), QStringLiteral("10+")};
    for (int row = 0; row < 8; ++row) {
        QVariantList values {rows.at(row)};
        for (int column = 0; column < 5; ++column) {
            const qint64 n = count[size_t(row)][size_t(column)];
            values << (n > 0 ? QVariant(sum[size_t(row)][size_t(column)] / double(n)) : QVariant());
        }
        alive.rows.append(values);
    }

    DataTable &distribution = tables.distribution;
    distribution.addColumn(QStringLiteral("band"), DataColumn::Type::Text);
    distribution.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    distribution.rows.append({ClvPage::tr("none"), bands[6]});
    for (int band = 0; band < 6; ++band) {
        const QString label = band < 5 ? QStringLiteral("%1–%2").arg(locale.toString(bandEdges[band], 'f', 0),
                                                                     locale.toString(bandEdges[band + 1], 'f', 0))
                                       : QStringLiteral("≥ %1").arg(locale.toString(bandEdges[band], 'f', 0));
        distribution.rows.append({label, bands[size_t(band)]});
    }

    std::vector<const Clv::ClvCustomer *> ranked;
    ranked.reserve(result.customers.size());
    for (const auto &customer : result.customers) {
        ranked.push_back(&customer);
    }
    const size_t shown = std::min(ranked.size(), size_t(kTopCustomers));
    std::partial_sort(ranked.begin(), ranked.begin() + qsizetype(shown), ranked.end(),
                      [](const auto *a, const auto *b) { return a->clv > b->clv; });
    DataTable &top = tables.top;
    top.addColumn(QStringLiteral("customer_id"), DataColumn::Type::Text);
    top.addColumn(QStringLiteral("clv"), DataColumn::Type::Money);
    top.addColumn(QStringLiteral("p_alive"), DataColumn::Type::Percent);
    top.addColumn(QStringLiteral("expected_purchases_90d"), DataColumn::Type::Real);
    top.addColumn(QStringLiteral("value_at_risk"), DataColumn::Type::Money);
    top.addColumn(QStringLiteral("expected_next_order"), DataColumn::Type::Date);
    for (size_t i = 0; i < shown; ++i) {
        const auto &c = *ranked.at(i);
        const auto minor = [](double major) {
            return std::isfinite(major) ? QVariant(qint64(std::llround(major * 100))) : QVariant();
        };
        top.rows.append({c.summary.customerId, minor(c.clv), c.probabilityAlive, c.expectedPurchases90d,
                         minor(c.valueAtRisk), c.expectedNextOrder});
    }
    return tables;
}

ClvPage::ClvPage(QWidget *parent)
    : Page(parent)
    , m_parameters(new DataTableModel(this))
    , m_alive(new DataTableModel(this))
    , m_distribution(new DataTableModel(this))
    , m_top(new DataTableModel(this))
    , m_tracking(new DataTableModel(this))
    , m_repeat(new DataTableModel(this))
    , m_diagnostics(new DataTableModel(this))
    , m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true);
    auto *heatmap
        = new Charts::HeatmapView(tr("P(alive) by repeat purchase days (rows) and time since the last purchase"), this);
    heatmap->setModel(m_alive);
    heatmap->setFirstValueColumn(1);
    heatmap->tableView()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    // The row titles keep their full width; the P(alive) columns share the rest.
    connect(m_alive, &QAbstractItemModel::modelReset, heatmap, [heatmap] {
        if (heatmap->tableView()->model()->columnCount() > 0) {
            heatmap->tableView()->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        }
    });
    // Horizontal bars: the band labels ("1,000–2,000") stay readable in a narrow chart.
    QWidget *distribution
        = Charts::createFunnelChart(m_distribution, {tr("Customers by 12-month CLV"), 0, 1, 1, {}}, this);
    QWidget *tracking = Charts::createLineChart(
        m_tracking, {tr("Cumulative repeat purchases: actual and predicted"), 0, 1, 2, tr("Repeat purchases")}, this);
    tracking->setObjectName(QStringLiteral("clvTrackingChart"));
    QWidget *repeat = Charts::createBarChart(
        m_repeat, {tr("Customers by repeat purchase days: actual and predicted"), 0, 1, 2, tr("Customers")},
        Charts::BarLayout::Grouped, this);
    auto *chartTabs = new QTabWidget(this);
    chartTabs->setObjectName(QStringLiteral("clvCharts"));
    chartTabs->addTab(distribution, tr("CLV distribution"));
    chartTabs->addTab(tracking, tr("Tracking"));
    chartTabs->addTab(repeat, tr("Repeat purchases"));
    chartTabs->setAccessibleName(tr("Lifetime value charts"));
    auto *parameters = new QTableView(this);
    parameters->setModel(m_parameters);
    parameters->verticalHeader()->hide();
    parameters->horizontalHeader()->setStretchLastSection(true);
    parameters->setAccessibleName(tr("Model parameters"));
    installTableExport(parameters, tr("Model parameters"));
    auto *diagnostics = new QTableView(this);
    diagnostics->setObjectName(QStringLiteral("clvDiagnostics"));
    diagnostics->setModel(m_diagnostics);
    diagnostics->verticalHeader()->hide();
    diagnostics->horizontalHeader()->setStretchLastSection(true);
    diagnostics->setAccessibleName(tr("Fit diagnostics"));
    connect(m_diagnostics, &QAbstractItemModel::modelReset, diagnostics, &QTableView::resizeColumnsToContents);
    limitColumnFitting(diagnostics);
    installTableExport(diagnostics, tr("Fit diagnostics"));
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_top);
    sorted->setSortRole(RawValueRole);
    auto *top = new QTableView(this);
    top->setObjectName(QStringLiteral("clvTopCustomers"));
    top->setModel(sorted);
    top->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    top->setSortingEnabled(true);
    top->verticalHeader()->hide();
    top->horizontalHeader()->setStretchLastSection(true);
    top->setAccessibleName(tr("Most valuable customers"));
    installTableExport(top, tr("Most valuable customers"));
    connect(m_top, &QAbstractItemModel::modelReset, top, &QTableView::resizeColumnsToContents);
    limitColumnFitting(top);

    auto *upper = new QSplitter(this);
    upper->addWidget(heatmap);
    upper->addWidget(chartTabs);
    upper->setSizes({560, 640});
    auto *lower = new QSplitter(this);
    auto *topBox = new QWidget(this);
    auto *topLayout = new QVBoxLayout(topBox);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("<b>Most valuable customers</b>"), topBox));
    topLayout->addWidget(top);
    auto *parameterBox = new QWidget(this);
    auto *parameterLayout = new QVBoxLayout(parameterBox);
    parameterLayout->setContentsMargins(0, 0, 0, 0);
    parameterLayout->addWidget(new QLabel(tr("<b>Model parameters and fit</b>"), parameterBox));
    auto *tables = new QHBoxLayout;
    tables->addWidget(parameters, 2);
    tables->addWidget(diagnostics, 3);
    parameterLayout->addLayout(tables, 1);
    parameterLayout->addWidget(m_summary);
    lower->addWidget(topBox);
    lower->addWidget(parameterBox);
    lower->setSizes({700, 400});
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);
}

void ClvPage::reload()
{
    const PageContext ctx = context();
    runTask(Core::Tasks::run([ctx](const Core::ProgressSink &progress) -> Core::Result<ClvTables> {
                auto histories = ctx.histories->load(ctx.filter, progress);
                if (!histories) {
                    return histories.error();
                }
                return clvTables(*histories.value(), ctx.filter.asOf, progress);
            }),
            tr("Fitting the lifetime value model…"), [this](const ClvTables &tables) {
                QHash<QString, QString> titles = Labels::columnTitles();
                titles.insert(QStringLiteral("parameter"), tr("Parameter"));
                titles.insert(QStringLiteral("value"), tr("Value"));
                titles.insert(QStringLiteral("repeat_days"), tr("Repeat purchase days"));
                titles.insert(QStringLiteral("band"), tr("CLV"));
                titles.insert(QStringLiteral("clv"), tr("CLV, 12 months"));
                titles.insert(QStringLiteral("p_alive"), tr("P(alive)"));
                titles.insert(QStringLiteral("expected_purchases_90d"), tr("Expected purchases, 90 days"));
                titles.insert(QStringLiteral("value_at_risk"), tr("Value at risk"));
                titles.insert(QStringLiteral("expected_next_order"), tr("Next order due"));
                m_parameters->setTable(tables.parameters, titles);
                m_alive->setTable(tables.aliveMatrix, titles);
                m_distribution->setTable(tables.distribution, titles);
                m_top->setTable(tables.top, titles);
                titles.insert(QStringLiteral("period"), tr("Period"));
                titles.insert(QStringLiteral("actual"), tr("Actual"));
                titles.insert(QStringLiteral("predicted"), tr("Predicted"));
                titles.insert(QStringLiteral("measure"), tr("Measure"));
                m_tracking->setTable(tables.tracking, titles);
                m_repeat->setTable(tables.repeatHistogram, titles);
                m_diagnostics->setTable(tables.diagnostics, titles);
                m_summary->setText(
                    tables.fitSummary + QLatin1Char(' ')
                    + tr("Total expected value of %1 customers over 12 months: %2.")
                          .arg(QLocale().toString(tables.customers), QLocale().toString(tables.totalClv, 'f', 2)));
            });
}

}  // namespace Crm::Ui
