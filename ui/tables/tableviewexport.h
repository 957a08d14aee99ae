#pragma once

#include "common/result.h"
#include "report/datatable.h"
#include "report/tableexport.h"

#include <QString>
#include <QStringList>

#include <functional>

class QTableView;

namespace Crm::Ui {

// What a table view shows, as data: the rows in the view's order (after its sorting and
// filtering proxies), the visible columns in their visual order, raw values (RawValueRole:
// numbers, money in minor units, QDate), header labels as shown. Column types come from
// the model's ColumnTypeRole header data, else from the values; column names from the
// RawValueRole header data (so "phone" columns are masked), else the label.
struct ShownTable
{
    Core::Report::DataTable table;
    QStringList headers;
};

ShownTable shownTable(const QTableView &view);

// Writes what `view` shows to `path` (.csv: UTF-8 with BOM; .xlsx) through
// Core::Report::exportTable with its defaults: phone and e-mail masked, formula-like text
// neutralised. Synchronous; the GUI uses startTableExport().
Core::VoidResult exportTableView(const QTableView &view, const QString &path,
                                 const Core::Report::ExportOptions &options = {});

// Reads the view's model in slices on the GUI thread (a million rows never stall it) and
// writes the file on a worker, with a progress dialog and Cancel for long exports. A model
// reset while reading cancels the export. `done` gets the outcome; nothing is written on
// failure or cancel.
void startTableExport(QTableView *view, const QString &path, std::function<void(Core::VoidResult)> done = {});

// Adds "Export Table…" (CSV or Excel) to the view's right-click menu and Ctrl+Shift+S
// while it has focus. `fileBaseName` is the suggested file name.
void installTableExport(QTableView *view, const QString &fileBaseName);

}  // namespace Crm::Ui
