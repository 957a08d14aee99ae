#pragma once

#include "customerscores.h"
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
    DataTableModel *tierHistoryModel() const { return m_tierHistory; }
    // The scores the panel shows (RFM, lifecycle, P(alive), expected purchases, CLV).
    const CustomerScores &shownScores() const { return m_scores; }
    QString scoreText(const QString &objectName) const;
    // Loads and shows one customer's details.
    void showCustomer(const QString &customerId);

Q_SIGNALS:
    void detailShown(const QString &customerId);
    // The selected customer's scores are shown (computed on a worker).
    void scoresShown(const QString &customerId);

protected:
    void reload() override;

private:
    void updateCount();
    void showDetail(const CustomerDetail &detail);
    void loadScores(const QString &customerId);
    void showScores(const CustomerScores &scores);

    CustomerTableModel *m_model;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_count;
    QTimer *m_searchDelay;
    QLabel *m_detailTitle;
    QFormLayout *m_fields;
    DataTableModel *m_orders;
    QFormLayout *m_scoreFields;
    QLabel *m_scoreStatus;
    DataTableModel *m_tierHistory;
    CustomerScores m_scores;
    QPointer<QFutureWatcherBase> m_detailWatcher;
    QPointer<QFutureWatcherBase> m_scoresWatcher;
    std::shared_ptr<PopulationScoreCache> m_scoreCache;
};

}  // namespace Crm::Ui
