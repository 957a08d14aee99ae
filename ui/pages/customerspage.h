#pragma once

#include "page.h"

class QFormLayout;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace Crm::Ui {

class CustomerTableModel;
class DataTableModel;
struct CustomerDetail;

// All customers in a virtualised table with search, and the selected customer's details.
class CustomersPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomersPage)

public:
    explicit CustomersPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Customers"); }

    CustomerTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    DataTableModel *ordersModel() const { return m_orders; }
    // Loads and shows one customer's details.
    void showCustomer(const QString &customerId);

Q_SIGNALS:
    void detailShown(const QString &customerId);

protected:
    void reload() override;

private:
    void updateCount();
    void showDetail(const CustomerDetail &detail);

    CustomerTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QLabel *m_detailTitle;
    QFormLayout *m_fields;
    DataTableModel *m_orders;
    QPointer<QFutureWatcherBase> m_detailWatcher;
};

}  // namespace Crm::Ui
