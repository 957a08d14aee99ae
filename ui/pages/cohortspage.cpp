#include "cohortspage.h"

#include "charts/charts.h"
#include "charts/heatmapview.h"
#include "labels.h"
#include "tables/datatablemodel.h"
#include "tasks/task.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

namespace Crm::Ui {

using Core::Report::DataColumn;
using Core::Report::DataTable;
namespace Analysis = Core::Analysis;

namespace {

constexpr int kCurveCohorts = 6;

QString periodTitle(Analysis::CohortPeriod period, int k)
{
    switch (period) {
    case Analysis::CohortPeriod::Week:
        return CohortsPage::tr("W%1", "week k of a cohort").arg(k);
    case Analysis::CohortPeriod::Quarter:
        return CohortsPage::tr("Q%1", "quarter k of a cohort").arg(k);
    case Analysis::CohortPeriod::Month:
        break;
    }
    return CohortsPage::tr("M%1", "month k of a cohort").arg(k);
}

}  // namespace

CohortTables cohortTables(const Analysis::CohortResult &result)
{
    CohortTables tables;
    size_t periods = 0;
    for (const auto &cohort : result.cohorts) {
        periods = std::max(periods, cohort.cells.size());
    }
    const auto header = [&](DataTable &table, DataColumn::Type type) {
        table.addColumn(QStringLiteral("cohort"), DataColumn::Type::Text);
        table.addColumn(QStringLiteral("size"), DataColumn::Type::Integer);
        for (size_t k = 0; k < periods; ++k) {
            table.addColumn(periodTitle(result.period, int(k)), type);
        }
    };
    header(tables.retention, DataColumn::Type::Percent);
    header(tables.revenue, DataColumn::Type::Money);
    header(tables.cumulative, DataColumn::Type::Money);
    for (const auto &cohort : result.cohorts) {
        QVariantList retention {cohort.label, cohort.size};
        QVariantList revenue {cohort.label, cohort.size};
        QVariantList cumulative {cohort.label, cohort.size};
        for (const auto &cell : cohort.cells) {
            retention << cell.retention;
            revenue << cell.revenue;
            cumulative << qint64(std::llround(cell.cumulativeRevenuePerCustomer));
        }
        tables.retention.rows.append(retention);
        tables.revenue.rows.append(revenue);
        tables.cumulative.rows.append(cumulative);
    }

    // Curves: periods as rows, the newest full-enough cohorts as columns (skipping the
    // last two, whose curves are one or two points long).
    tables.curves.addColumn(QStringLiteral("period"), DataColumn::Type::Text);
    std::vector<const Analysis::Cohort *> shown;
    const qsizetype count = qsizetype(result.cohorts.size());
    for (qsizetype i = std::max<qsizetype>(0, count - 2 - kCurveCohorts); i < count - 2; ++i) {
        shown.push_back(&result.cohorts.at(size_t(i)));
        tables.curves.addColumn(result.cohorts.at(size_t(i)).label, DataColumn::Type::Percent);
    }
    size_t curveLength = 0;
    for (const auto *cohort : shown) {
        curveLength = std::max(curveLength, cohort->cells.size());
    }
    for (size_t k = 0; k < curveLength; ++k) {
        QVariantList row {periodTitle(result.period, int(k))};
        for (const auto *cohort : shown) {
            row << (k < cohort->cells.size() ? QVariant(cohort->cells.at(k).retention) : QVariant());
        }
        tables.curves.rows.append(row);
    }
    return tables;
}

CohortsPage::CohortsPage(QWidget *parent)
    : Page(parent)
    , m_heatmap(new DataTableModel(this))
    , m_curves(new DataTableModel(this))
    , m_values(new QComboBox(this))
    , m_period(new QComboBox(this))
{
    m_values->setObjectName(QStringLiteral("cohortValues"));
    m_values->addItem(tr("Retention"));
    m_values->addItem(tr("Net revenue"));
    m_values->addItem(tr("Cumulative revenue per customer"));
    m_values->setAccessibleName(tr("Cohort values"));
    connect(m_values, &QComboBox::currentIndexChanged, this, &CohortsPage::showValues);
    m_period->addItem(tr("Months"), int(Analysis::CohortPeriod::Month));
    m_period->addItem(tr("Quarters"), int(Analysis::CohortPeriod::Quarter));
    m_period->addItem(tr("Weeks"), int(Analysis::CohortPeriod::Week));
    m_period->setAccessibleName(tr("Cohort period"));
    connect(m_period, &QComboBox::currentIndexChanged, this, &CohortsPage::refresh);

    auto *controls = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("&Show:"), this);
    showLabel->setBuddy(m_values);
    auto *periodLabel = new QLabel(tr("&Cohorts by:"), this);
    periodLabel->setBuddy(m_period);
    controls->addWidget(showLabel);
    controls->addWidget(m_values);
    controls->addSpacing(16);
    controls->addWidget(periodLabel);
    controls->addWidget(m_period);
    controls->addStretch();

    auto *heatmap = new Charts::HeatmapView(tr("Cohort (first purchase) × periods since"), this);
    heatmap->setObjectName(QStringLiteral("cohortHeatmap"));
    heatmap->setModel(m_heatmap);
    heatmap->setFirstValueColumn(2);
    QWidget *curves
        = Charts::createLineChart(m_curves, {tr("Retention curves of recent cohorts"), 0, 1, -1, tr("%")}, this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(heatmap);
    splitter->addWidget(curves);
    splitter->setSizes({500, 300});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);
}

void CohortsPage::reload()
{
    const PageContext ctx = context();
    const auto period = Analysis::CohortPeriod(m_period->currentData().toInt());
    runTask(Core::Tasks::run([ctx, period](const Core::ProgressSink &progress) -> Core::Result<CohortTables> {
                auto histories = ctx.histories->load(ctx.filter, progress);
                if (!histories) {
                    return histories.error();
                }
                Analysis::CohortRequest request;
                request.asOf = ctx.filter.asOf;
                request.period = period;
                auto cohorts = Analysis::analyzeCohorts(*histories.value(), request);
                if (!cohorts) {
                    return cohorts.error();
                }
                return cohortTables(cohorts.value());
            }),
            tr("Building cohorts…"), [this](const CohortTables &tables) {
                m_tables = tables;
                m_curves->setTable(tables.curves, Labels::columnTitles());
                showValues();
            });
}

void CohortsPage::showValues()
{
    const DataTable *tables[] = {&m_tables.retention, &m_tables.revenue, &m_tables.cumulative};
    m_heatmap->setTable(*tables[std::clamp(m_values->currentIndex(), 0, 2)], Labels::columnTitles());
}

}  // namespace Crm::Ui
