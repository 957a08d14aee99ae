#pragma once

#include "csvparser.h"

#include <QChar>
#include <QStringView>

namespace Crm::Core::Import {

struct SniffedDialect
{
    CsvDialect dialect;
    int columns = 0;  // the usual number of fields per record
    double consistency = 0;  // share of records with that many fields
    QChar decimal = u'.';  // ',' when numbers in the sample use decimal commas
};

// Guesses delimiter, quote and escape from the start of a text file: every candidate
// dialect parses the sample and the one giving the most consistent multi-column records
// wins (preamble lines before the table are allowed to differ).
// `fixedDelimiter` (non-null) skips the delimiter search.
SniffedDialect sniffDialect(QStringView sample, QChar fixedDelimiter = {});

// ',' when the sample's numbers use decimal commas ("1.234,50", "3,5"), else '.'.
QChar sniffDecimal(const QList<QStringList> &records, QChar delimiter);

}  // namespace Crm::Core::Import
