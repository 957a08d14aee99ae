#include "customerspage.h"

#include "customerdetail.h"
#include "labels.h"
#include "report/campaignreview.h"
#include "store/connection.h"
#include "tables/columnfit.h"
#include "tables/customercolumns.h"
#include "tables/customertablemodel.h"
#include "tables/datatablemodel.h"
#include "tables/moneyformat.h"
#include "tables/roles.h"
#include "tables/tableviewexport.h"
#include "tasks/task.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Crm::Ui {

CustomersPage::CustomersPage(QWidget *parent)
    : Page(parent)
    , m_model(new CustomerTableModel(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_detailTitle(new QLabel(this))
    , m_fields(new QFormLayout)
    , m_orders(new DataTableModel(this))
    , m_scoreFields(new QFormLayout)
    , m_scoreStatus(new QLabel(this))
    , m_tierHistory(new DataTableModel(this))
{
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setPlaceholderText(tr("Search by ID, name or phone"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text().trimmed()); });
    connect(m_model, &CustomerTableModel::modelReset, this, &CustomersPage::updateCount);
    connect(m_model, &CustomerTableModel::arrangementFinished, this, [this](qint64 milliseconds) {
        Q_EMIT statusMessage(tr("Arranged %Ln customer(s) in %1 ms", nullptr, m_model->rowCount()).arg(milliseconds));
    });

    m_view->setObjectName(QStringLiteral("customerTable"));
    m_view->setModel(m_model);
    installTableExport(m_view, tr("Customers"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CustomerTableModel::Id, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // Fixed row heights and no content-based column sizing keep a million rows cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultSectionSize(110);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Customers"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid()) {
                    showCustomer(current.data(CustomerIdRole).toString());
                }
            });

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_count);
    leftLayout->addLayout(searchRow);
    leftLayout->addWidget(m_view, 1);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    QFont heading = m_detailTitle->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.3);
    heading.setBold(true);
    m_detailTitle->setFont(heading);
    m_detailTitle->setText(tr("Select a customer to see their orders."));
    m_detailTitle->setWordWrap(true);
    detailLayout->addWidget(m_detailTitle);
    auto *facts = new QHBoxLayout;
    facts->addLayout(m_fields, 1);
    auto *scoreBox = new QVBoxLayout;
    scoreBox->addWidget(new QLabel(tr("<b>Scores</b>"), detail));
    m_scoreStatus->setObjectName(QStringLiteral("scoreStatus"));
    m_scoreStatus->setWordWrap(true);
    m_scoreStatus->setForegroundRole(QPalette::PlaceholderText);
    scoreBox->addWidget(m_scoreStatus);
    scoreBox->addLayout(m_scoreFields);
    scoreBox->addStretch();
    facts->addLayout(scoreBox, 1);
    detailLayout->addLayout(facts);
    auto *tierView = new QTableView(detail);
    tierView->setObjectName(QStringLiteral("customerTierHistory"));
    tierView->setModel(m_tierHistory);
    tierView->verticalHeader()->hide();
    tierView->verticalHeader()->setDefaultSectionSize(tierView->fontMetrics().height() + 6);
    tierView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    tierView->setAccessibleName(tr("Tier history of the selected customer"));
    installTableExport(tierView, tr("Tier history of the selected customer"));
    // Room for every row (D and the quarters before it) without scrolling.
    tierView->setFixedHeight((tierView->fontMetrics().height() + 6) * (kTierHistoryQuarters + 3));
    detailLayout->addWidget(new QLabel(tr("<b>Tier history</b>"), detail));
    detailLayout->addWidget(tierView);
    auto *ordersView = new QTableView(detail);
    ordersView->setObjectName(QStringLiteral("customerOrders"));
    ordersView->setModel(m_orders);
    ordersView->verticalHeader()->hide();
    ordersView->horizontalHeader()->setStretchLastSection(true);
    ordersView->setAccessibleName(tr("Orders of the selected customer"));
    installTableExport(ordersView, tr("Orders of the selected customer"));
    connect(m_orders, &QAbstractItemModel::modelReset, ordersView, &QTableView::resizeColumnsToContents);
    limitColumnFitting(ordersView);
    detailLayout->addWidget(new QLabel(tr("<b>Orders and returns</b>"), detail));
    detailLayout->addWidget(ordersView, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);
    updateCount();
}

void CustomersPage::reload()
{
    const PageContext ctx = context();
    // New filters or settings: the scores are relative to a new population.
    m_scoreCache = std::make_shared<PopulationScoreCache>(ctx);
    CustomerQuery query {ctx.filter.asOf,    ctx.filter.from, ctx.filter.to,
                         ctx.filter.channel, ctx.filter.city, ctx.filter.tier};
    runTask(Core::Tasks::run([path = ctx.workspacePath, query](const Core::ProgressSink &progress) {
                return withDatabase(path, [&](QSqlDatabase db) -> Core::Result<std::shared_ptr<const CustomerColumns>> {
                    auto columns = loadCustomerColumns(db, query, progress);
                    if (!columns) {
                        return columns.error();
                    }
                    return std::make_shared<const CustomerColumns>(std::move(columns).value());
                });
            }),
            tr("Loading customers…"),
            [this](const std::shared_ptr<const CustomerColumns> &columns) { m_model->setColumns(columns); });
}

void CustomersPage::updateCount()
{
    const qsizetype total = m_model->columns() ? m_model->columns()->size() : 0;
    const QLocale locale;
    m_count->setText(m_model->rowCount() == total
                         ? tr("%1 customers").arg(locale.toString(total))
                         : tr("%1 of %2 customers").arg(locale.toString(m_model->rowCount()), locale.toString(total)));
}

void CustomersPage::showCustomer(const QString &customerId)
{
    if (m_detailWatcher) {
        m_detailWatcher->cancel();
    }
    auto *watcher = new QFutureWatcher<Core::Result<CustomerDetail>>(this);
    m_detailWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_detailWatcher || watcher->isCanceled() || watcher->future().resultCount() == 0) {
            return;
        }
        const auto result = watcher->result();
        if (!result) {
            Q_EMIT statusMessage(result.error().describe());
            return;
        }
        showDetail(result.value());
    });
    watcher->setFuture(QtConcurrent::run([path = context().workspacePath, customerId] {
        return withDatabase(path, [&customerId](QSqlDatabase db) { return loadCustomerDetail(db, customerId); });
    }));
    loadScores(customerId);
}

void CustomersPage::loadScores(const QString &customerId)
{
    if (m_scoresWatcher) {
        m_scoresWatcher->cancel();
    }
    if (!m_scoreCache) {
        return;
    }
    m_scoreStatus->setText(tr("Computing scores…"));
    m_scoreStatus->show();
    auto *watcher = new QFutureWatcher<Core::Result<CustomerScores>>(this);
    m_scoresWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher != m_scoresWatcher || watcher->isCanceled() || watcher->future().resultCount() == 0) {
            return;
        }
        const auto result = watcher->result();
        if (!result) {
            m_scoreStatus->setText(result.error().describe());
            return;
        }
        showScores(result.value());
    });
    // The first customer pays for the population scores (RFM quintiles, the CLV fit) on this
    // worker; the next ones only look themselves up.
    watcher->setFuture(Core::Tasks::run(
        [cache = m_scoreCache, customerId](const Core::ProgressSink &progress) -> Core::Result<CustomerScores> {
            auto population = cache->load(progress);
            if (!population) {
                return population.error();
            }
            const PageContext &ctx = cache->context();
            qint64 points = 0;
            if (ctx.settings.tiersByPoints) {
                auto balance = withDatabase(ctx.workspacePath, [&customerId](QSqlDatabase db) -> Core::Result<qint64> {
                    QSqlQuery query(db);
                    query.prepare(QStringLiteral("SELECT points_balance FROM customers WHERE customer_id = :id"));
                    query.bindValue(QStringLiteral(":id"), customerId);
                    if (!query.exec()) {
                        return Core::Store::databaseError(QStringLiteral("points balance"), query.lastError().text());
                    }
                    return query.next() ? query.value(0).toLongLong() : 0;
                });
                if (!balance) {
                    return balance.error();
                }
                points = balance.value();
            }
            return customerScores(*population.value(), customerId, ctx.filter.asOf, ctx.settings, points);
        }));
}

void CustomersPage::showScores(const CustomerScores &scores)
{
    m_scores = scores;
    while (m_scoreFields->rowCount() > 0) {
        m_scoreFields->removeRow(0);
    }
    const QLocale locale;
    const auto add = [this](const char *name, const QString &label, const QString &value, const QString &tip = {}) {
        auto *valueLabel = new QLabel(value);
        valueLabel->setObjectName(QLatin1String(name));
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        valueLabel->setToolTip(tip);
        valueLabel->setWordWrap(true);
        m_scoreFields->addRow(label, valueLabel);
    };
    add("stageScore", tr("Lifecycle stage"), Labels::lifecycleStage(scores.stage));
    if (scores.hasPurchases) {
        add("segmentScore", tr("RFM segment"), Core::Report::segmentDisplayName(scores.segment));
        add("rfmScore", tr("R / F / M scores"),
            QStringLiteral("%1 / %2 / %3")
                .arg(scores.recencyScore)
                .arg(scores.frequencyScore)
                .arg(scores.monetaryScore),
            tr("Quintiles of all customers, 5 = best"));
        add("recencyScore", tr("Days since last purchase"), locale.toString(scores.recencyDays));
    }
    if (scores.probabilityAlive) {
        add("pAliveScore", tr("P(alive)"), locale.toString(*scores.probabilityAlive * 100.0, 'f', 1) + locale.percent(),
            tr("Probability that the customer still buys (BG/NBD)"));
        add("expected90Score", tr("Expected purchases, 90 days"),
            locale.toString(*scores.expectedPurchases90d, 'f', 2));
        add("clvScore", tr("CLV, 12 months"), scores.clv ? MoneyFormat::formatMajor(*scores.clv) : tr("not available"),
            tr("Discounted expected value of the next 12 months (BG/NBD × Gamma-Gamma)"));
        if (scores.expectedNextOrder.isValid()) {
            add("nextOrderScore", tr("Next order due"),
                locale.toString(scores.expectedNextOrder, QLocale::ShortFormat));
        }
    }
    QString note = scores.clvNote;
    if (scores.probabilityAlive && scores.repeatPurchaseDays == 0) {
        // BG/NBD lets a customer drop out only after a repeat purchase.
        note = tr("One purchase day only: the model cannot tell yet whether this customer is gone, so P(alive) "
                  "stays at 100% and the lifecycle stage is the better guide.");
    }
    m_scoreStatus->setText(note);
    m_scoreStatus->setVisible(!note.isEmpty());
    QHash<QString, QString> titles = Labels::columnTitles();
    titles.insert(QStringLiteral("date"), tr("Date"));
    titles.insert(QStringLiteral("spend"), tr("Net spend in the window"));
    titles.insert(QStringLiteral("points"), tr("Points"));
    titles.insert(QStringLiteral("tier"), tr("Tier", "membership tier"));
    Core::Report::DataTable tiers = scores.tierHistory;
    for (QVariantList &row : tiers.rows) {
        row.last() = Labels::tier(row.last().toString());
    }
    m_tierHistory->setTable(tiers, titles);
    Q_EMIT scoresShown(scores.customerId);
}

QString CustomersPage::scoreText(const QString &objectName) const
{
    for (int row = 0; row < m_scoreFields->rowCount(); ++row) {
        QLayoutItem *item = m_scoreFields->itemAt(row, QFormLayout::FieldRole);
        if (item && item->widget() && item->widget()->objectName() == objectName) {
            return static_cast<QLabel *>(item->widget())->text();
        }
    }
    return {};
}

void CustomersPage::showDetail(const CustomerDetail &detail)
{
    m_detailTitle->setText(detail.name.isEmpty() ? detail.customerId
                                                 : QStringLiteral("%1 · %2").arg(detail.name, detail.customerId));
    while (m_fields->rowCount() > 0) {
        m_fields->removeRow(0);
    }
    for (const auto &[label, value] : detail.fields) {
        auto *valueLabel = new QLabel(value);
        valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields->addRow(label, valueLabel);
    }
    m_orders->setTable(detail.orders, Labels::columnTitles());
    Q_EMIT detailShown(detail.customerId);
}

}  // namespace Crm::Ui
