#pragma once

#include "customercolumns.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>

#include <memory>
#include <vector>

namespace Crm::Ui {

// The customer list: a virtualised model over CustomerColumns. Rows shown are an index
// permutation of the columns; searching and sorting compute a new permutation on a worker
// thread and swap it in, so a million rows never stall the GUI.
class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTableModel)

public:
    enum Column { Id, Name, Phone, City, Tier, Orders, NetValue, FirstPurchase, LastPurchase, ColumnCount };

    explicit CustomerTableModel(QObject *parent = nullptr);
    ~CustomerTableModel() override;

    // Shows `columns`, keeping the current search and sort (re-applied asynchronously).
    void setColumns(std::shared_ptr<const CustomerColumns> columns);
    std::shared_ptr<const CustomerColumns> columns() const { return m_columns; }

    // Case-insensitive substring of id, name or phone; empty shows everyone. Asynchronous.
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }

    // Asynchronous: arrangementFinished() follows.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // True while a search or sort runs on a worker.
    bool isArranging() const { return m_arranging; }
    // Index into columns() of a shown row.
    int sourceRow(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The arrangement a search and sort give, computed from scratch (public for tests).
    static std::vector<int> arrange(const CustomerColumns &columns, const QString &search, int sortColumn,
                                    Qt::SortOrder order);

Q_SIGNALS:
    // A search or sort finished and its rows are shown; `milliseconds` it took on the worker.
    void arrangementFinished(qint64 milliseconds);

private:
    struct Arrangement
    {
        std::vector<int> rows;
        qint64 milliseconds = 0;
        quint64 generation = 0;
    };

    void startArranging();
    void applyArrangement(std::vector<int> rows, bool sameRows);
    QVariant rawValue(int source, int column) const;

    std::shared_ptr<const CustomerColumns> m_columns;
    std::vector<int> m_rows;
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_pendingSameRows = false;
    bool m_arranging = false;  // until the newest arrangement is shown
    quint64 m_generation = 0;
    QFutureWatcher<Arrangement> m_watcher;
};

}  // namespace Crm::Ui
