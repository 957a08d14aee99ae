#pragma once

#include <Qt>

namespace Crm::Ui {

// Every custom item-data role of the application's models, in one place.
enum ItemDataRole : int {
    // The unformatted value (qint64 minor units for money, QDate, double, QString): what
    // proxies sort and filter on and what charts plot, never the localised display text.
    // As horizontal header data: the column's machine name ("phone", "net_value").
    RawValueRole = Qt::UserRole + 1,
    // The customer id of a row in customer lists, to open the customer's details.
    CustomerIdRole,
    // A double in display units (money in major units, percentages as 12.5) for charts and
    // colour scales; invalid for text.
    ChartValueRole,
    // Header data only: the column's Core::Report::DataColumn::Type as an int, so exports
    // know money (minor units) from plain integers.
    ColumnTypeRole,
};

}  // namespace Crm::Ui
