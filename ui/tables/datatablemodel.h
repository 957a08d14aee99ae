#pragma once

#include "report/datatable.h"

#include <QAbstractTableModel>
#include <QHash>

#include <functional>

namespace Crm::Ui {

// Read-only table model over a Core::Report::DataTable (what every analysis can turn its
// Result into). Display text is localised (QLocale, money with two decimals); RawValueRole
// returns the raw value so sorting and charts stay numeric.
class DataTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataTableModel)

public:
    explicit DataTableModel(QObject *parent = nullptr);

    // Replaces the table. `titles` maps machine column names to translated header titles.
    void setTable(Core::Report::DataTable table, const QHash<QString, QString> &titles = {});
    const Core::Report::DataTable &table() const { return m_table; }
    // Shows the values of a text column through `label` (e.g. a segment's translated name);
    // RawValueRole keeps the machine value, so selections, sorting and exports are unchanged.
    void setTextLabel(const QString &column, std::function<QString(const QString &)> label);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Localised text of one value of the given type, as the model shows it.
    static QString displayText(const QVariant &value, Core::Report::DataColumn::Type type);
    // The ChartValueRole of one value.
    static QVariant chartValue(const QVariant &value, Core::Report::DataColumn::Type type);

private:
    Core::Report::DataTable m_table;
    QHash<QString, QString> m_titles;
    QHash<QString, std::function<QString(const QString &)>> m_textLabels;
};

}  // namespace Crm::Ui
