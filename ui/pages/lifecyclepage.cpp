#include "lifecyclepage.h"

#include "analysis/common/analysisparameters.h"
#include "analysis/funnel/funnel.h"
#include "analysis/lifecycle/lifecycle.h"
#include "charts/charts.h"
#include "charts/heatmapview.h"
#include "labels.h"
#include "tables/columnfit.h"
#include "tables/datatablemodel.h"
#include "tables/roles.h"
#include "tables/tableviewexport.h"
#include "tasks/task.h"

#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Crm::Ui {

using Core::Report::DataColumn;
using Core::Report::DataTable;
namespace Analysis = Core::Analysis;

LifecycleData lifecycleData(const Histories &histories, QDate asOf, const Core::Store::WorkspaceSettings &settings)
{
    LifecycleData data;
    const Analysis::LifecycleRequest request = Analysis::lifecycleRequest(settings, asOf);
    const Analysis::LifecycleResult lifecycle = Analysis::analyzeLifecycle(histories, request);
    data.populationCycleDays = lifecycle.populationCycleDays;

    data.stages.addColumn(QStringLiteral("stage"), DataColumn::Type::Text);
    data.stages.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    for (int stage = 0; stage < Analysis::kLifecycleStageCount; ++stage) {
        data.stages.rows.append(
            {Analysis::lifecycleStageName(Analysis::LifecycleStage(stage)), lifecycle.stageCounts.at(size_t(stage))});
    }

    Analysis::FunnelRequest funnelRequest;
    funnelRequest.lifecycle = request;
    const Analysis::FunnelResult funnel = Analysis::analyzeFunnel(histories, funnelRequest);
    data.funnel.addColumn(QStringLiteral("step"), DataColumn::Type::Text);
    data.funnel.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    data.funnel.addColumn(QStringLiteral("pct_of_previous"), DataColumn::Type::Percent);
    data.funnel.addColumn(QStringLiteral("pct_of_first"), DataColumn::Type::Percent);
    for (const auto &step : funnel.steps) {
        data.funnel.rows.append({step.name, step.customers,
                                 step.pctOfPrevious ? QVariant(*step.pctOfPrevious) : QVariant(),
                                 step.pctOfFirst ? QVariant(*step.pctOfFirst) : QVariant()});
    }

    data.transitions.addColumn(QStringLiteral("from_stage"), DataColumn::Type::Text);
    for (int to = 0; to < Analysis::kLifecycleStageCount; ++to) {
        data.transitions.addColumn(Analysis::lifecycleStageName(Analysis::LifecycleStage(to)),
                                   DataColumn::Type::Integer);
    }
    for (int from = 0; from < Analysis::kLifecycleStageCount; ++from) {
        QVariantList row {Analysis::lifecycleStageName(Analysis::LifecycleStage(from))};
        for (int to = 0; to < Analysis::kLifecycleStageCount; ++to) {
            row << funnel.transitions.at(size_t(from)).at(size_t(to));
        }
        data.transitions.rows.append(row);
    }

    data.dormant.addColumn(QStringLiteral("customer_id"), DataColumn::Type::Text);
    data.dormant.addColumn(QStringLiteral("value_at_risk"), DataColumn::Type::Money);
    data.dormant.addColumn(QStringLiteral("last_purchase"), DataColumn::Type::Date);
    data.dormant.addColumn(QStringLiteral("recency_days"), DataColumn::Type::Integer);
    data.dormant.addColumn(QStringLiteral("purchase_orders"), DataColumn::Type::Integer);
    data.dormant.addColumn(QStringLiteral("cycle_days"), DataColumn::Type::Real);
    for (const qsizetype index : lifecycle.dormantRanking) {
        const Analysis::CustomerLifecycle &customer = lifecycle.customers.at(size_t(index));
        data.dormant.rows.append({customer.customerId, customer.valueBeforeQuiet, customer.lastPurchase,
                                  customer.recencyDays ? QVariant(*customer.recencyDays) : QVariant(),
                                  customer.purchaseOrders,
                                  customer.cycleDays ? QVariant(*customer.cycleDays) : QVariant()});
    }
    return data;
}

namespace {

QTableView *makeTable(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    installTableExport(view, name);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    return view;
}

QHash<QString, QString> transitionTitles()
{
    QHash<QString, QString> titles = Labels::columnTitles();
    for (int stage = 0; stage < Analysis::kLifecycleStageCount; ++stage) {
        const QString name = Analysis::lifecycleStageName(Analysis::LifecycleStage(stage));
        titles.insert(name, Labels::lifecycleStage(name));
    }
    return titles;
}

}  // namespace

LifecyclePage::LifecyclePage(QWidget *parent)
    : Page(parent)
    , m_stages(new DataTableModel(this))
    , m_funnel(new DataTableModel(this))
    , m_transitions(new DataTableModel(this))
    , m_dormant(new DataTableModel(this))
    , m_export(new QPushButton(tr("Export for Campaign…"), this))
{
    auto *charts = new QWidget(this);
    auto *chartsLayout = new QHBoxLayout(charts);
    chartsLayout->setContentsMargins(0, 0, 0, 0);
    chartsLayout->addWidget(Charts::createBarChart(m_stages, {tr("Customers by lifecycle stage"), 0, 1, 1, {}},
                                                   Charts::BarLayout::Grouped, charts));
    chartsLayout->addWidget(Charts::createFunnelChart(m_funnel, {tr("Churn funnel"), 0, 1, 1, {}}, charts));

    auto *heatmap = new Charts::HeatmapView(tr("Stage 90 days ago (rows) → stage now (columns)"), this);
    heatmap->setObjectName(QStringLiteral("transitionHeatmap"));
    heatmap->setModel(m_transitions);

    auto *dormantBox = new QWidget(this);
    auto *dormantLayout = new QVBoxLayout(dormantBox);
    dormantLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Dormant customers, most valuable first</b>"), dormantBox), 1);
    m_export->setObjectName(QStringLiteral("exportDormantButton"));
    m_export->setToolTip(tr("Save the dormant customers as a CSV list for a reactivation campaign"));
    header->addWidget(m_export);
    dormantLayout->addLayout(header);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_dormant);
    sorted->setSortRole(RawValueRole);
    QTableView *dormantView = makeTable(sorted, tr("Dormant customers"), dormantBox);
    dormantView->setObjectName(QStringLiteral("dormantTable"));
    // No sort indicator at first: rows keep the analysis' order until a header is clicked.
    dormantView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    dormantView->setSortingEnabled(true);
    connect(m_dormant, &QAbstractItemModel::modelReset, dormantView, &QTableView::resizeColumnsToContents);
    limitColumnFitting(dormantView);
    dormantLayout->addWidget(dormantView);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Dormant Customers"),
                                                          tr("dormant-customers.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
        if (auto ok = exportDormant(path); !ok) {
            Q_EMIT statusMessage(ok.error().describe());
        } else {
            Q_EMIT statusMessage(tr("Saved %Ln customer(s) to %1", nullptr, m_dormant->rowCount()).arg(path));
        }
    });

    auto *bottom = new QSplitter(this);
    bottom->addWidget(heatmap);
    bottom->addWidget(dormantBox);
    // The matrix needs room for its six columns; the list takes the rest.
    bottom->setSizes({560, 800});
    bottom->setStretchFactor(1, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(charts);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);
}

void LifecyclePage::reload()
{
    const PageContext ctx = context();
    runTask(Core::Tasks::run([ctx](const Core::ProgressSink &progress) -> Core::Result<LifecycleData> {
                auto histories = ctx.histories->load(ctx.filter, progress);
                if (!histories) {
                    return histories.error();
                }
                return lifecycleData(*histories.value(), ctx.filter.asOf, ctx.settings);
            }),
            tr("Classifying customers…"), [this](const LifecycleData &result) { show(result); });
}

void LifecyclePage::show(const LifecycleData &result)
{
    DataTable stages = result.stages;
    for (QVariantList &row : stages.rows) {
        row[0] = Labels::lifecycleStage(row.at(0).toString());
    }
    m_stages->setTable(stages, Labels::columnTitles());
    DataTable funnel = result.funnel;
    for (QVariantList &row : funnel.rows) {
        row[0] = Labels::funnelStep(row.at(0).toString());
    }
    m_funnel->setTable(funnel, Labels::columnTitles());
    DataTable transitions = result.transitions;
    for (QVariantList &row : transitions.rows) {
        row[0] = Labels::lifecycleStage(row.at(0).toString());
    }
    m_transitions->setTable(transitions, transitionTitles());
    m_dormant->setTable(result.dormant, Labels::columnTitles());
    m_export->setEnabled(!result.dormant.rows.isEmpty());
}

Core::VoidResult LifecyclePage::exportDormant(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Core::makeError(Core::Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    if (auto ok = Core::Report::writeTable(file, m_dormant->table(), Core::Report::TableFormat::Csv); !ok) {
        return ok;
    }
    if (!file.commit()) {
        return Core::makeError(Core::Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

}  // namespace Crm::Ui
