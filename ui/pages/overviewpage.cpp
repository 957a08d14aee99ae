#include "overviewpage.h"

#include "analysis/tiers/tiers.h"
#include "charts/charts.h"
#include "labels.h"
#include "overviewdata.h"
#include "tables/columnfit.h"
#include "tables/datatablemodel.h"
#include "tasks/task.h"
#include "widgets/kpicard.h"

#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Crm::Ui {

namespace {

QString tableTitle(const QString &table)
{
    static const QHash<QString, const char *> titles {
        {QStringLiteral("customers"), QT_TRANSLATE_NOOP("Crm::Ui::OverviewPage", "Customers")},
        {QStringLiteral("orders"), QT_TRANSLATE_NOOP("Crm::Ui::OverviewPage", "Orders and returns")},
        {QStringLiteral("order_items"), QT_TRANSLATE_NOOP("Crm::Ui::OverviewPage", "Order lines")},
        {QStringLiteral("campaigns"), QT_TRANSLATE_NOOP("Crm::Ui::OverviewPage", "Campaigns")},
        {QStringLiteral("campaign_contacts"), QT_TRANSLATE_NOOP("Crm::Ui::OverviewPage", "Campaign contacts")},
        {QStringLiteral("imports"), QT_TRANSLATE_NOOP("Crm::Ui::OverviewPage", "Imports")},
        {QStringLiteral("import_rejects"), QT_TRANSLATE_NOOP("Crm::Ui::OverviewPage", "Rejected rows")},
    };
    const auto it = titles.constFind(table);
    return it == titles.constEnd() ? table : OverviewPage::tr(it.value());
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

}  // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : Page(parent)
    , m_tiers(new DataTableModel(this))
    , m_funnel(new DataTableModel(this))
    , m_revenue(new DataTableModel(this))
    , m_countsTable(new QTableWidget(0, 2, this))
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(12);

    auto *cards = new QGridLayout;
    const struct
    {
        const char *name;
        QString title;
        KpiCard::Format format;
        bool higherIsBetter;
    } specs[] = {
        {"customersCard", tr("Customers"), KpiCard::Format::Count, true},
        {"activeCard", tr("Active customers"), KpiCard::Format::Count, true},
        {"dormantCard", tr("Dormant customers"), KpiCard::Format::Count, false},
        {"revenueCard", tr("Revenue, last 12 months"), KpiCard::Format::Money, true},
        {"aovCard", tr("Average order value"), KpiCard::Format::Money, true},
        {"repeatCard", tr("Repeat rate"), KpiCard::Format::Percent, true},
    };
    int index = 0;
    for (const auto &spec : specs) {
        auto *card = new KpiCard(spec.title, spec.format, spec.higherIsBetter, content);
        card->setObjectName(QLatin1String(spec.name));
        cards->addWidget(card, index / 3, index % 3);
        m_cards.append(card);
        ++index;
    }
    m_cards.at(0)->setToolTip(tr("Customers with at least one purchase before the as-of date"));
    m_cards.at(1)->setToolTip(tr("New or active customers at the as-of date"));
    m_cards.at(5)->setToolTip(tr("Share of the period's buyers who bought at least twice in it"));
    layout->addLayout(cards);

    auto *charts = new QHBoxLayout;
    m_tierChart = Charts::createBarChart(m_tiers, {tierChartTitle(Core::Store::WorkspaceSettings()), 0, 1, 1, {}},
                                         Charts::BarLayout::Grouped, content);
    m_tierChart->setObjectName(QStringLiteral("tierChart"));
    charts->addWidget(m_tierChart, 2);
    charts->addWidget(Charts::createFunnelChart(m_funnel, {tr("Churn funnel"), 0, 1, 1, {}}, content), 3);
    layout->addLayout(charts);
    QWidget *revenueChart = Charts::createBarChart(m_revenue, {tr("Net revenue by month"), 0, 1, 1, {}},
                                                   Charts::BarLayout::Grouped, content);
    revenueChart->setMinimumHeight(280);
    layout->addWidget(revenueChart);

    layout->addWidget(sectionTitle(tr("Workspace contents"), content));
    m_countsTable->setParent(content);
    m_countsTable->setObjectName(QStringLiteral("rowCounts"));
    m_countsTable->setAccessibleName(tr("Workspace contents"));
    m_countsTable->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});
    m_countsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_countsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    limitColumnFitting(m_countsTable);
    m_countsTable->verticalHeader()->hide();
    m_countsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_countsTable->setMaximumWidth(520);
    m_countsTable->setMinimumHeight(240);
    layout->addWidget(m_countsTable, 0, Qt::AlignLeft);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

KpiCard *OverviewPage::card(const QString &objectName) const
{
    for (KpiCard *card : m_cards) {
        if (card->objectName() == objectName) {
            return card;
        }
    }
    return nullptr;
}

void OverviewPage::setRowCounts(const QList<QPair<QString, qint64>> &counts)
{
    m_countsTable->setRowCount(int(counts.size()));
    const QLocale locale;
    for (int row = 0; row < counts.size(); ++row) {
        const auto &[table, count] = counts.at(row);
        m_countsTable->setItem(row, 0, new QTableWidgetItem(tableTitle(table)));
        auto *countItem = new QTableWidgetItem(locale.toString(count));
        countItem->setData(Qt::UserRole, count);
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_countsTable->setItem(row, 1, countItem);
    }
}

// The tiers follow the workspace's rule: spend over a window, or the points balance.
QString OverviewPage::tierChartTitle(const Core::Store::WorkspaceSettings &settings)
{
    if (settings.tiersByPoints) {
        return tr("Customers by tier (points balance)");
    }
    return settings.tierWindowMonths == 12
        ? tr("Customers by tier (12-month spend)")
        : tr("Customers by tier (%n-month spend)", nullptr, settings.tierWindowMonths);
}

void OverviewPage::reload()
{
    const PageContext ctx = context();
    Charts::setChartTitle(m_tierChart, tierChartTitle(ctx.settings));
    runTask(Core::Tasks::run([ctx](const Core::ProgressSink &progress) -> Core::Result<OverviewData> {
                auto histories = ctx.histories->load(ctx.filter, progress);
                if (!histories) {
                    return histories.error();
                }
                return withDatabase(
                    ctx.workspacePath, [&histories, &ctx](QSqlDatabase db) -> Core::Result<OverviewData> {
                        QHash<QString, qint64> points;
                        if (ctx.settings.tiersByPoints) {
                            auto balances = Core::Analysis::loadPointsBalances(db);
                            if (!balances) {
                                return balances.error();
                            }
                            points = std::move(balances).value();
                        }
                        OverviewData overview
                            = overviewFromHistories(*histories.value(), ctx.filter.asOf, ctx.settings, points);
                        auto revenue = revenueByMonth(db, ctx.filter);
                        if (!revenue) {
                            return revenue.error();
                        }
                        overview.revenueByMonth = std::move(revenue).value();
                        return overview;
                    });
            }),
            tr("Loading the overview…"), [this](const OverviewData &overview) { show(overview); });
}

void OverviewPage::show(const OverviewData &overview)
{
    const auto previous
        = [&overview](double value) { return overview.hasPrevious ? std::optional(value) : std::nullopt; };
    const PeriodFigures &now = overview.current;
    const PeriodFigures &before = overview.previous;
    m_cards.at(0)->setValue(double(now.customers), previous(double(before.customers)));
    m_cards.at(1)->setValue(double(now.active), previous(double(before.active)));
    m_cards.at(2)->setValue(double(now.dormant), previous(double(before.dormant)));
    m_cards.at(3)->setValue(double(now.revenue), previous(double(before.revenue)));
    m_cards.at(4)->setValue(double(now.averageOrderValue), previous(double(before.averageOrderValue)));
    m_cards.at(5)->setValue(now.repeatRate, previous(before.repeatRate));

    Core::Report::DataTable tiers = overview.tiers;
    for (QVariantList &row : tiers.rows) {
        row[0] = Labels::tier(row.at(0).toString());
    }
    m_tiers->setTable(tiers, Labels::columnTitles());
    Core::Report::DataTable funnel = overview.funnel;
    for (QVariantList &row : funnel.rows) {
        row[0] = Labels::funnelStep(row.at(0).toString());
    }
    m_funnel->setTable(funnel, Labels::columnTitles());
    m_revenue->setTable(overview.revenueByMonth, Labels::columnTitles());
}

}  // namespace Crm::Ui
