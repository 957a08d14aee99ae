#include "datatablemodel.h"

#include "moneyformat.h"
#include "roles.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace Crm::Ui {

using Core::Report::DataColumn;

DataTableModel::DataTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DataTableModel::setTable(Core::Report::DataTable table, const QHash<QString, QString> &titles)
{
    beginResetModel();
    m_table = std::move(table);
    m_titles = titles;
    endResetModel();
}

int DataTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int DataTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QString DataTableModel::displayText(const QVariant &value, DataColumn::Type type)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    const QLocale locale;
    switch (type) {
    case DataColumn::Type::Text:
        return value.toString();
    case DataColumn::Type::Integer:
        return locale.toString(value.toLongLong());
    case DataColumn::Type::Real: {
        // Two decimals, but small values (p-values, model parameters) keep two significant
        // digits instead of showing as 0.00.
        const double real = value.toDouble();
        return real != 0 && std::abs(real) < 0.01 ? locale.toString(real, 'g', 2) : locale.toString(real, 'f', 2);
    }
    case DataColumn::Type::Money:
        return MoneyFormat::format(value.toLongLong());
    case DataColumn::Type::Date:
        return locale.toString(value.toDate(), QLocale::ShortFormat);
    case DataColumn::Type::Percent:
        return locale.toString(value.toDouble() * 100.0, 'f', 1) + locale.percent();
    }
    return value.toString();
}

QVariant DataTableModel::chartValue(const QVariant &value, DataColumn::Type type)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (type) {
    case DataColumn::Type::Integer:
    case DataColumn::Type::Real:
        return value.toDouble();
    case DataColumn::Type::Money:
        return double(value.toLongLong()) / 100.0;
    case DataColumn::Type::Percent:
        return value.toDouble() * 100.0;
    default:
        return {};
    }
}

void DataTableModel::setTextLabel(const QString &column, std::function<QString(const QString &)> label)
{
    beginResetModel();
    m_textLabels.insert(column, std::move(label));
    endResetModel();
}

QVariant DataTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const QVariant &value = m_table.rows.at(index.row()).value(index.column());
    const DataColumn::Type type = m_table.columns.at(index.column()).type;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        if (const auto label = m_textLabels.constFind(m_table.columns.at(index.column()).name);
            label != m_textLabels.cend() && type == DataColumn::Type::Text) {
            return (*label)(value.toString());
        }
        return displayText(value, type);
    case RawValueRole:
        return value;
    case ChartValueRole:
        return chartValue(value, type);
    case Qt::TextAlignmentRole:
        return type == DataColumn::Type::Text ? QVariant(int(Qt::AlignLeft | Qt::AlignVCenter))
                                              : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant DataTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_table.columns.size()) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    const QString &name = m_table.columns.at(section).name;
    if (role == Qt::DisplayRole) {
        return m_titles.value(name, name);
    }
    if (role == RawValueRole) {
        return name;
    }
    if (role == ColumnTypeRole) {
        return int(m_table.columns.at(section).type);
    }
    return {};
}

}  // namespace Crm::Ui
