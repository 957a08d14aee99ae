#pragma once

#include <QHeaderView>
#include <QTableView>

namespace Crm::Ui {

// Fitting a column to its contents measures, on the GUI thread, as many rows as the header's
// resize precision allows: Qt's default of 1,000 rows costs about 100 ms for a wide ranked
// list (the dormant customers, the most valuable customers), more than the event loop may
// stand still. The rows on screen and a screenful more size the columns a person reads.
inline constexpr int kColumnFitRows = 60;

inline void limitColumnFitting(QTableView *view)
{
    view->horizontalHeader()->setResizeContentsPrecision(kColumnFitRows);
}

}  // namespace Crm::Ui
