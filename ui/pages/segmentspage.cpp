#include "segmentspage.h"

#include "analysis/common/analysisparameters.h"
#include "charts/heatmapview.h"
#include "dialogs/segmentrulesdialog.h"
#include "labels.h"
#include "report/campaignreview.h"
#include "tables/columnfit.h"
#include "tables/datatablemodel.h"
#include "tables/roles.h"
#include "tables/tableviewexport.h"
#include "tasks/task.h"

#include <QComboBox>
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

SegmentTables segmentTables(std::shared_ptr<const Analysis::RfmResult> result)
{
    SegmentTables tables;
    std::array<std::array<qint64, 5>, 5> counts {};
    std::array<std::array<Core::MoneyMinor, 5>, 5> sums {};
    for (const auto &customer : result->customers) {
        if (customer.recencyScore < 1 || customer.frequencyScore < 1) {
            continue;
        }
        counts[size_t(customer.recencyScore - 1)][size_t(customer.frequencyScore - 1)] += 1;
        sums[size_t(customer.recencyScore - 1)][size_t(customer.frequencyScore - 1)] += customer.monetary;
    }
    for (DataTable *grid : {&tables.customersGrid, &tables.monetaryGrid}) {
        grid->addColumn(QStringLiteral("recency_score"), DataColumn::Type::Text);
        for (int f = 1; f <= 5; ++f) {
            grid->addColumn(QStringLiteral("f%1").arg(f),
                            grid == &tables.customersGrid ? DataColumn::Type::Integer : DataColumn::Type::Money);
        }
    }
    for (int r = 5; r >= 1; --r) {
        QVariantList countRow {QStringLiteral("R%1").arg(r)};
        QVariantList meanRow {QStringLiteral("R%1").arg(r)};
        for (int f = 1; f <= 5; ++f) {
            const qint64 n = counts[size_t(r - 1)][size_t(f - 1)];
            countRow << n;
            meanRow << (n > 0 ? QVariant(sums[size_t(r - 1)][size_t(f - 1)] / n) : QVariant());
        }
        tables.customersGrid.rows.append(countRow);
        tables.monetaryGrid.rows.append(meanRow);
    }

    DataTable &s = tables.segments;
    s.addColumn(QStringLiteral("segment"), DataColumn::Type::Text);
    s.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    s.addColumn(QStringLiteral("orders"), DataColumn::Type::Integer);
    s.addColumn(QStringLiteral("revenue"), DataColumn::Type::Money);
    s.addColumn(QStringLiteral("average_order_value"), DataColumn::Type::Money);
    s.addColumn(QStringLiteral("revenue_share"), DataColumn::Type::Percent);
    for (const auto &segment : result->segments) {
        s.rows.append({segment.segment, segment.customers, segment.orders, segment.revenue, segment.averageOrderValue,
                       segment.revenueShare});
    }
    tables.cellCounts = std::make_shared<const RfmCellCounts>(rfmCellCounts(*result));
    tables.result = std::move(result);
    return tables;
}

DataTable segmentMembers(const Analysis::RfmResult &result, const QString &segment)
{
    DataTable table;
    table.addColumn(QStringLiteral("customer_id"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("segment"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("recency_days"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("frequency"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("monetary"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("r_score"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("f_score"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("m_score"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("last_order"), DataColumn::Type::Date);
    for (const auto &customer : result.customers) {
        if (customer.segment == segment) {
            table.rows.append({customer.customerId, customer.segment, customer.recencyDays, customer.frequency,
                               customer.monetary, customer.recencyScore, customer.frequencyScore,
                               customer.monetaryScore, customer.lastOrder});
        }
    }
    return table;
}

SegmentsPage::SegmentsPage(QWidget *parent)
    : Page(parent)
    , m_grid(new DataTableModel(this))
    , m_segments(new DataTableModel(this))
    , m_gridMode(new QComboBox(this))
    , m_segmentView(new QTableView(this))
    , m_export(new QPushButton(tr("Export List…"), this))
    , m_editRules(new QPushButton(tr("Edit Rules…"), this))
{
    m_gridMode->addItem(tr("Customers per cell"));
    m_gridMode->addItem(tr("Mean net value per cell"));
    m_gridMode->setAccessibleName(tr("Grid values"));
    connect(m_gridMode, &QComboBox::currentIndexChanged, this, &SegmentsPage::showGrid);

    auto *heatmap = new Charts::HeatmapView(tr("Recency score (rows, 5 = recent) × frequency score (columns)"), this);
    heatmap->setObjectName(QStringLiteral("rfmHeatmap"));
    heatmap->setModel(m_grid);
    heatmap->tableView()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    heatmap->tableView()->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_gridMode, 0, Qt::AlignLeft);
    leftLayout->addWidget(heatmap, 1);

    m_segments->setTextLabel(QStringLiteral("segment"), &Core::Report::segmentDisplayName);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_segments);
    sorted->setSortRole(RawValueRole);
    m_segmentView->setObjectName(QStringLiteral("segmentTable"));
    m_segmentView->setModel(sorted);
    installTableExport(m_segmentView, tr("Segments"));
    m_segmentView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_segmentView->setSortingEnabled(true);
    m_segmentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_segmentView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_segmentView->verticalHeader()->hide();
    m_segmentView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    limitColumnFitting(m_segmentView);
    m_segmentView->setAccessibleName(tr("Segments"));
    m_export->setObjectName(QStringLiteral("exportSegmentButton"));
    m_export->setEnabled(false);
    m_export->setToolTip(tr("Save the customers of the selected segment as CSV"));
    connect(m_segmentView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_export->setEnabled(current.isValid()); });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString segment = selectedSegment();
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Segment"), segment + QStringLiteral(".csv"),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
        const auto ok = exportSegment(segment, path);
        Q_EMIT statusMessage(ok ? tr("Saved segment %1 to %2").arg(segment, path) : ok.error().describe());
    });
    m_editRules->setObjectName(QStringLiteral("editSegmentRulesButton"));
    m_editRules->setToolTip(tr("Change which R, F and M scores make up each segment"));
    connect(m_editRules, &QPushButton::clicked, this, &SegmentsPage::editRules);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Segments</b>"), right), 1);
    header->addWidget(m_editRules);
    header->addWidget(m_export);
    rightLayout->addLayout(header);
    rightLayout->addWidget(m_segmentView, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);
}

void SegmentsPage::reload()
{
    const PageContext ctx = context();
    runTask(Core::Tasks::run([ctx](const Core::ProgressSink &progress) -> Core::Result<SegmentTables> {
                auto histories = ctx.histories->load(ctx.filter, progress);
                if (!histories) {
                    return histories.error();
                }
                // Broken stored rules fall back to the default; the main window reports it.
                const Analysis::RfmRequest request = Analysis::rfmRequest(ctx.settings, ctx.filter.asOf);
                auto rfm = Analysis::analyzeRfm(*histories.value(), request);
                if (!rfm) {
                    return rfm.error();
                }
                return segmentTables(std::make_shared<const Analysis::RfmResult>(std::move(rfm).value()));
            }),
            tr("Scoring customers…"), [this](const SegmentTables &tables) {
                m_tables = tables;
                m_segments->setTable(tables.segments, Labels::columnTitles());
                m_export->setEnabled(false);
                showGrid();
            });
}

void SegmentsPage::showGrid()
{
    QHash<QString, QString> titles {{QStringLiteral("recency_score"), tr("R \\ F")}};
    for (int f = 1; f <= 5; ++f) {
        titles.insert(QStringLiteral("f%1").arg(f), QStringLiteral("F%1").arg(f));
    }
    m_grid->setTable(m_gridMode->currentIndex() == 0 ? m_tables.customersGrid : m_tables.monetaryGrid, titles);
}

SegmentRulesDialog *SegmentsPage::editRules()
{
    const Core::Store::WorkspaceSettings settings = context().settings;
    auto *dialog = new SegmentRulesDialog(Analysis::rfmSegmentRules(settings), settings.rfmUnmatchedSegment,
                                          m_tables.cellCounts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, settings] {
        Core::Store::WorkspaceSettings edited = settings;
        Analysis::setRfmSegmentRules(edited, dialog->rules());
        edited.rfmUnmatchedSegment = dialog->unmatchedSegment();
        if (edited != settings) {
            Q_EMIT settingsEdited(edited);
        }
    });
    dialog->open();
    return dialog;
}

QString SegmentsPage::selectedSegment() const
{
    const QModelIndex current = m_segmentView->currentIndex();
    return current.isValid() ? current.sibling(current.row(), 0).data().toString() : QString();
}

Core::VoidResult SegmentsPage::exportSegment(const QString &segment, const QString &path) const
{
    if (!m_tables.result) {
        return Core::makeError(Core::Error::Code::BadUsage, tr("The segments are not computed yet."));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Core::makeError(Core::Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    const DataTable members = segmentMembers(*m_tables.result, segment);
    if (auto ok = Core::Report::writeTable(file, members, Core::Report::TableFormat::Csv); !ok) {
        return ok;
    }
    if (!file.commit()) {
        return Core::makeError(Core::Error::Code::Io, tr("Cannot write %1: %2").arg(path, file.errorString()));
    }
    return {};
}

}  // namespace Crm::Ui
