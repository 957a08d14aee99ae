#pragma once

#include "common/result.h"
#include "report/datatable.h"

#include <QString>
#include <QVariant>

#include <memory>

namespace Crm::Core::Report {

// Writes a one-sheet Office Open XML workbook (.xlsx) row by row, so a list of a million
// customers never sits in memory as XML. The package is written with QuaZip and
// QXmlStreamWriter: [Content_Types].xml, _rels/.rels, xl/workbook.xml with its rels,
// xl/styles.xml (date, money and percent number formats, a bold header, a text style with
// quotePrefix) and xl/worksheets/sheet1.xml with inline strings.
//
// Cells are typed by their column: Money (minor units) becomes a number in major units with
// a money format, Date a date serial with a date format, Percent a fraction with a percent
// format, Integer/Real numbers, Text inline strings. Text that looks like a formula gets the
// quotePrefix style, so editing the cell in Excel never turns it into a formula.
// The file appears only when finish() succeeds (QSaveFile).
class XlsxWriter
{
public:
    XlsxWriter();
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter &) = delete;
    XlsxWriter &operator=(const XlsxWriter &) = delete;

    // On by default: formula-like text gets the quotePrefix style. Call before open().
    void setQuoteFormulaText(bool quote);

    // Creates the package, writes every part but the sheet, starts the sheet and writes the
    // header row (the column names, or `headers` when given).
    VoidResult open(const QString &path, const QString &sheetName, const QList<DataColumn> &columns,
                    const QStringList &headers = {});
    VoidResult writeRow(const QVariantList &values);
    // Ends the sheet and commits the file.
    VoidResult finish();

    // Excel's serial day number of a date (1900 date system, days since 1899-12-30).
    static qint64 excelSerial(const QDate &date);
    // "A", "B", ..., "Z", "AA", ... for a 0-based column index.
    static QString columnName(qsizetype index);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

}  // namespace Crm::Core::Report
