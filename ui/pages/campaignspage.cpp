#include "campaignspage.h"

#include "analysis/common/analysisparameters.h"
#include "charts/charts.h"
#include "labels.h"
#include "tables/columnfit.h"
#include "tables/datatablemodel.h"
#include "tables/roles.h"
#include "tables/tableviewexport.h"
#include "tasks/task.h"

#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Crm::Ui {

using Core::Report::DataColumn;
using Core::Report::DataTable;

namespace {

template<typename T>
QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

// Significance in words, at the usual 5 % level.
QString significance(const Core::Analysis::CampaignStats &stats)
{
    if (!stats.incremental || !stats.pValue) {
        return {};
    }
    return *stats.pValue < 0.05 ? CampaignsPage::tr("Significant (p < 0.05)")
                                : CampaignsPage::tr("Not significant", "statistical significance");
}

QString note(const Core::Analysis::CampaignStats &stats)
{
    QStringList notes;
    if (!stats.incremental) {
        notes << CampaignsPage::tr("No control group: attributed revenue only, not incremental");
    }
    if (stats.windowOpen) {
        notes << CampaignsPage::tr("Attribution window still open");
    }
    return notes.join(QStringLiteral("; "));
}

}  // namespace

CampaignTables campaignTables(const Core::Analysis::CampaignsResult &result)
{
    CampaignTables tables;
    tables.windowDays = result.windowDays;
    tables.roi.addColumn(QStringLiteral("campaign"), DataColumn::Type::Text);
    tables.roi.addColumn(QStringLiteral("attributed_revenue"), DataColumn::Type::Money);
    tables.roi.addColumn(QStringLiteral("incremental_revenue"), DataColumn::Type::Money);
    tables.roi.addColumn(QStringLiteral("cost"), DataColumn::Type::Money);

    DataTable &m = tables.metrics;
    m.addColumn(QStringLiteral("campaign"), DataColumn::Type::Text);
    m.addColumn(QStringLiteral("contacts"), DataColumn::Type::Integer);
    m.addColumn(QStringLiteral("control"), DataColumn::Type::Integer);
    m.addColumn(QStringLiteral("responders"), DataColumn::Type::Integer);
    m.addColumn(QStringLiteral("response_rate"), DataColumn::Type::Percent);
    m.addColumn(QStringLiteral("control_response_rate"), DataColumn::Type::Percent);
    m.addColumn(QStringLiteral("uplift"), DataColumn::Type::Percent);
    m.addColumn(QStringLiteral("p_value"), DataColumn::Type::Real);
    m.addColumn(QStringLiteral("significance"), DataColumn::Type::Text);
    m.addColumn(QStringLiteral("attributed_revenue"), DataColumn::Type::Money);
    m.addColumn(QStringLiteral("incremental_revenue"), DataColumn::Type::Money);
    m.addColumn(QStringLiteral("cost"), DataColumn::Type::Money);
    m.addColumn(QStringLiteral("roas"), DataColumn::Type::Real);
    m.addColumn(QStringLiteral("roi"), DataColumn::Type::Percent);
    m.addColumn(QStringLiteral("reactivation_rate"), DataColumn::Type::Percent);
    m.addColumn(QStringLiteral("average_order_value"), DataColumn::Type::Money);
    m.addColumn(QStringLiteral("note"), DataColumn::Type::Text);
    for (const auto &stats : result.campaigns) {
        const QString name = stats.name.isEmpty() ? stats.campaignId : stats.name;
        tables.roi.rows.append(
            {name, stats.revenue, QVariant::fromValue(stats.incrementalRevenue.value_or(0)), stats.cost});
        m.rows.append({name, stats.contacts, stats.control, stats.responders, optional(stats.responseRate),
                       optional(stats.controlResponseRate), optional(stats.uplift), optional(stats.pValue),
                       significance(stats), stats.revenue, optional(stats.incrementalRevenue), stats.cost,
                       optional(stats.roas), optional(stats.roi), optional(stats.reactivationRate),
                       optional(stats.averageOrderValue), note(stats)});
    }
    return tables;
}

CampaignsPage::CampaignsPage(QWidget *parent)
    : Page(parent)
    , m_roi(new DataTableModel(this))
    , m_metrics(new DataTableModel(this))
    , m_note(new QLabel(this))
{
    QWidget *chart = Charts::createBarChart(m_roi, {tr("Revenue against cost per campaign"), 0, 1, 3, {}},
                                            Charts::BarLayout::Grouped, this);
    chart->setMinimumHeight(300);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_metrics);
    sorted->setSortRole(RawValueRole);
    auto *table = new QTableView(this);
    table->setObjectName(QStringLiteral("campaignTable"));
    table->setModel(sorted);
    // No sort indicator at first: rows keep the analysis' order until a header is clicked.
    table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    table->setSortingEnabled(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAlternatingRowColors(true);
    table->setAccessibleName(tr("Campaign metrics"));
    installTableExport(table, tr("Campaign metrics"));
    connect(m_metrics, &QAbstractItemModel::modelReset, table, &QTableView::resizeColumnsToContents);
    limitColumnFitting(table);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(chart);
    splitter->addWidget(table);
    splitter->setSizes({480, 320});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_note);
}

void CampaignsPage::reload()
{
    const PageContext ctx = context();
    runTask(Core::Tasks::run([ctx](const Core::ProgressSink &progress) {
                return withDatabase(ctx.workspacePath, [&](QSqlDatabase db) -> Core::Result<CampaignTables> {
                    const auto request = Core::Analysis::campaignsRequest(ctx.settings, ctx.filter.asOf);
                    auto result = Core::Analysis::runCampaigns(db, request, progress);
                    if (!result) {
                        return result.error();
                    }
                    return campaignTables(result.value());
                });
            }),
            tr("Evaluating campaigns…"), [this](const CampaignTables &tables) {
                m_roi->setTable(tables.roi, Labels::columnTitles());
                m_metrics->setTable(tables.metrics, Labels::columnTitles());
                m_note->setText(tr("A contact responds when the customer buys within %Ln day(s) after the contact. "
                                   "Incremental revenue compares the contacted customers with the control group; "
                                   "significance is a two-proportion z-test of the response rates.",
                                   nullptr, tables.windowDays));
            });
}

}  // namespace Crm::Ui
