#include "customertablemodel.h"

#include "moneyformat.h"
#include "pages/labels.h"
#include "report/datatable.h"
#include "roles.h"

#include <QElapsedTimer>
#include <QLocale>

#include <algorithm>
#include <array>

#include <QtConcurrent/QtConcurrentRun>

namespace Crm::Ui {

namespace {

QDate dateOf(qint64 julianDay)
{
    return julianDay == 0 ? QDate() : QDate::fromJulianDay(julianDay);
}

bool matches(const CustomerColumns &columns, int row, const QString &search, Qt::CaseSensitivity cs)
{
    return columns.ids.at(row).contains(search, cs) || columns.names.at(row).contains(search, cs)
        || columns.phones.at(row).contains(search, cs);
}

// Digits and Chinese have no case: the much faster case-sensitive search finds the same rows.
Qt::CaseSensitivity caseSensitivityFor(const QString &search)
{
    return search.toLower() == search.toUpper() ? Qt::CaseSensitive : Qt::CaseInsensitive;
}

// Compares two source rows by one column; ties keep id order (rows start in id order and
// the sort is stable).
template<typename Vector>
auto lessBy(const Vector &values)
{
    return [&values](int a, int b) { return values[a] < values[b]; };
}

// Case-insensitive order through keys folded once: comparing folded keys is a plain UTF-16
// comparison, many times faster than case-insensitive compares of a million strings.
template<typename Sort>
void sortByText(std::vector<int> &rows, const QStringList &values, Sort sort)
{
    QStringList keys;
    keys.reserve(values.size());
    for (const QString &value : values) {
        keys.append(value.toCaseFolded());
    }
    sort(rows, [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
}

template<typename Less>
void sortRows(std::vector<int> &rows, Less less, Qt::SortOrder order)
{
    if (order == Qt::AscendingOrder) {
        std::stable_sort(rows.begin(), rows.end(), less);
    } else {
        std::stable_sort(rows.begin(), rows.end(), [&less](int a, int b) { return less(b, a); });
    }
}

}  // namespace

CustomerTableModel::CustomerTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_watcher.isCanceled() || m_watcher.future().resultCount() == 0) {
            return;
        }
        Arrangement arrangement = m_watcher.result();
        if (arrangement.generation != m_generation) {
            return;  // a newer search or sort is on its way
        }
        m_arranging = false;
        applyArrangement(std::move(arrangement.rows), m_pendingSameRows);
        Q_EMIT arrangementFinished(arrangement.milliseconds);
    });
}

CustomerTableModel::~CustomerTableModel()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

std::vector<int> CustomerTableModel::arrange(const CustomerColumns &columns, const QString &search, int sortColumn,
                                             Qt::SortOrder order)
{
    std::vector<int> rows;
    rows.reserve(size_t(columns.size()));
    const Qt::CaseSensitivity cs = caseSensitivityFor(search);
    for (int row = 0; row < columns.size(); ++row) {
        if (search.isEmpty() || matches(columns, row, search, cs)) {
            rows.push_back(row);
        }
    }
    const auto sortText = [&rows, order](const QStringList &values) {
        sortByText(rows, values, [order](std::vector<int> &r, auto less) { sortRows(r, less, order); });
    };
    switch (sortColumn) {
    case Id:
        if (order == Qt::DescendingOrder) {
            std::reverse(rows.begin(), rows.end());  // rows are already in id order
        }
        break;
    case Name:
        sortText(columns.names);
        break;
    case Phone:
        sortText(columns.phones);
        break;
    case City:
        sortText(columns.cities);
        break;
    case Tier:
        sortText(columns.tiers);
        break;
    case Orders:
        sortRows(rows, lessBy(columns.orders), order);
        break;
    case NetValue:
        sortRows(rows, lessBy(columns.netValue), order);
        break;
    case FirstPurchase:
        sortRows(rows, lessBy(columns.firstPurchase), order);
        break;
    case LastPurchase:
        sortRows(rows, lessBy(columns.lastPurchase), order);
        break;
    default:
        break;
    }
    return rows;
}

void CustomerTableModel::setColumns(std::shared_ptr<const CustomerColumns> columns)
{
    ++m_generation;
    m_watcher.cancel();
    m_arranging = false;
    // Shown in id order at once; a search or sort in effect is re-applied on the worker, so
    // a million new rows never sort on the GUI thread.
    beginResetModel();
    m_columns = std::move(columns);
    m_rows = m_columns ? arrange(*m_columns, {}, -1, Qt::AscendingOrder) : std::vector<int>();
    endResetModel();
    const bool sorted = m_sortColumn > Id || (m_sortColumn == Id && m_sortOrder == Qt::DescendingOrder);
    if (m_columns && (sorted || !m_search.isEmpty())) {
        m_pendingSameRows = m_search.isEmpty();
        startArranging();
    }
}

void CustomerTableModel::setSearchText(const QString &text)
{
    if (text == m_search) {
        return;
    }
    m_search = text;
    m_pendingSameRows = false;
    startArranging();
}

void CustomerTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder) {
        return;
    }
    m_sortColumn = column;
    m_sortOrder = order;
    m_pendingSameRows = !isArranging() || m_pendingSameRows;
    startArranging();
}

void CustomerTableModel::startArranging()
{
    const quint64 generation = ++m_generation;
    if (!m_columns) {
        return;
    }
    m_arranging = true;
    m_watcher.setFuture(QtConcurrent::run(
        [columns = m_columns, search = m_search, column = m_sortColumn, order = m_sortOrder, generation] {
            QElapsedTimer timer;
            timer.start();
            Arrangement arrangement;
            arrangement.rows = arrange(*columns, search, column, order);
            arrangement.milliseconds = timer.elapsed();
            arrangement.generation = generation;
            return arrangement;
        }));
}

void CustomerTableModel::applyArrangement(std::vector<int> rows, bool sameRows)
{
    if (!sameRows || rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    // Only the order changed: keep selections and the current row through a layout change.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    std::vector<int> position(size_t(m_columns->size()), -1);
    for (size_t i = 0; i < rows.size(); ++i) {
        position[size_t(rows[i])] = int(i);
    }
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before) {
        after.append(this->index(position[size_t(m_rows[size_t(index.row())])], index.column()));
    }
    m_rows = std::move(rows);
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::rawValue(int source, int column) const
{
    const CustomerColumns &c = *m_columns;
    switch (column) {
    case Id:
        return c.ids.at(source);
    case Name:
        return c.names.at(source);
    case Phone:
        return c.phones.at(source);
    case City:
        return c.cities.at(source);
    case Tier:
        return c.tiers.at(source);
    case Orders:
        return c.orders[size_t(source)];
    case NetValue:
        return c.netValue[size_t(source)];
    case FirstPurchase:
        return dateOf(c.firstPurchase[size_t(source)]);
    case LastPurchase:
        return dateOf(c.lastPurchase[size_t(source)]);
    default:
        return {};
    }
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const int source = m_rows[size_t(index.row())];
    switch (role) {
    case RawValueRole:
        return rawValue(source, index.column());
    case CustomerIdRole:
        return m_columns->ids.at(source);
    case Qt::DisplayRole: {
        const QVariant raw = rawValue(source, index.column());
        const QLocale locale;
        switch (index.column()) {
        case Orders:
            return locale.toString(raw.toInt());
        case NetValue:
            return MoneyFormat::format(raw.toLongLong());
        case Tier:
            return Labels::tier(raw.toString());
        case FirstPurchase:
        case LastPurchase:
            return locale.toString(raw.toDate(), QLocale::ShortFormat);
        default:
            return raw;
        }
    }
    case Qt::TextAlignmentRole:
        return index.column() >= Orders ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                        : QVariant(int(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    using Type = Core::Report::DataColumn::Type;
    // Machine names and types, for exports (the names as `crmwb export` writes them).
    static const std::array<std::pair<const char *, Type>, ColumnCount> columns {{
        {"customer_id", Type::Text},
        {"name", Type::Text},
        {"phone", Type::Text},
        {"city", Type::Text},
        {"tier", Type::Text},
        {"orders", Type::Integer},
        {"net_value", Type::Money},
        {"first_purchase", Type::Date},
        {"last_purchase", Type::Date},
    }};
    if (orientation == Qt::Horizontal && section >= 0 && section < ColumnCount) {
        if (role == RawValueRole) {
            return QString::fromLatin1(columns.at(size_t(section)).first);
        }
        if (role == ColumnTypeRole) {
            return int(columns.at(size_t(section)).second);
        }
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case Id:
        return tr("Customer ID");
    case Name:
        return tr("Name");
    case Phone:
        return tr("Phone");
    case City:
        return tr("City");
    case Tier:
        return tr("Tier", "membership tier");
    case Orders:
        return tr("Orders");
    case NetValue:
        return tr("Net value");
    case FirstPurchase:
        return tr("First purchase");
    case LastPurchase:
        return tr("Last purchase");
    default:
        return {};
    }
}

}  // namespace Crm::Ui
