#include "customerspage.h"

#include "customerdetail.h"
#include "labels.h"
#include "tables/customercolumns.h"
#include "tables/customertablemodel.h"
#include "tables/datatablemodel.h"
#include "tables/roles.h"
#include "tables/tableviewexport.h"
#include "tasks/task.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSplitter>
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
    detailLayout->addLayout(m_fields);
    auto *ordersView = new QTableView(detail);
    ordersView->setObjectName(QStringLiteral("customerOrders"));
    ordersView->setModel(m_orders);
    ordersView->verticalHeader()->hide();
    ordersView->horizontalHeader()->setStretchLastSection(true);
    ordersView->setAccessibleName(tr("Orders of the selected customer"));
    installTableExport(ordersView, tr("Orders of the selected customer"));
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
