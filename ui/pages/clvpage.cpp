#include "clvpage.h"

#include "analysis/clv/clvanalysis.h"
#include "analysis/clv/customersummary.h"
#include "charts/charts.h"
#include "charts/heatmapview.h"
#include "labels.h"
#include "tables/datatablemodel.h"
#include "tables/roles.h"
#include "tables/tableviewexport.h"
#include "tasks/task.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSplitter>
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

}  // namespace

Core::Result<ClvTables> clvTables(const Histories &histories, QDate asOf, const Core::ProgressSink &progress)
{
    Clv::ClvRequest request;
    request.calibrationEnd = asOf.addDays(-1);
    request.timeUnit = Clv::TimeUnit::Week;
    const auto summaries = Clv::summarizeHistories(histories, request.calibrationEnd.toJulianDay(), request.timeUnit);
    auto fitted = Clv::analyzeClv(summaries, request, progress);
    if (!fitted) {
        return fitted.error();
    }
    const Clv::ClvResult &result = fitted.value();
    ClvTables tables;
    tables.customers = qint64(result.customers.size());

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
    , m_summary(new QLabel(this))
{
    m_summary->setWordWrap(true);
    auto *heatmap
        = new Charts::HeatmapView(tr("P(alive) by repeat purchase days (rows) and time since the last purchase"), this);
    heatmap->setModel(m_alive);
    heatmap->setFirstValueColumn(1);
    heatmap->tableView()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    QWidget *distribution = Charts::createBarChart(m_distribution, {tr("Customers by 12-month CLV"), 0, 1, 1, {}},
                                                   Charts::BarLayout::Grouped, this);
    auto *parameters = new QTableView(this);
    parameters->setModel(m_parameters);
    parameters->verticalHeader()->hide();
    parameters->horizontalHeader()->setStretchLastSection(true);
    parameters->setAccessibleName(tr("Model parameters"));
    installTableExport(parameters, tr("Model parameters"));
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

    auto *upper = new QSplitter(this);
    upper->addWidget(heatmap);
    upper->addWidget(distribution);
    upper->setSizes({600, 500});
    auto *lower = new QSplitter(this);
    auto *topBox = new QWidget(this);
    auto *topLayout = new QVBoxLayout(topBox);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(new QLabel(tr("<b>Most valuable customers</b>"), topBox));
    topLayout->addWidget(top);
    auto *parameterBox = new QWidget(this);
    auto *parameterLayout = new QVBoxLayout(parameterBox);
    parameterLayout->setContentsMargins(0, 0, 0, 0);
    parameterLayout->addWidget(new QLabel(tr("<b>Model parameters</b>"), parameterBox));
    parameterLayout->addWidget(parameters);
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
                m_summary->setText(
                    tables.fitSummary + QLatin1Char(' ')
                    + tr("Total expected value of %1 customers over 12 months: %2.")
                          .arg(QLocale().toString(tables.customers), QLocale().toString(tables.totalClv, 'f', 2)));
            });
}

}  // namespace Crm::Ui
