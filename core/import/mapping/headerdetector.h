#pragma once

#include "import/tablereader.h"

#include <QList>
#include <QStringList>

namespace Crm::Core::Import {

struct HeaderGuess
{
    int index = -1;  // position in the rows given; -1 = the table has no header row
    int knownHeaders = 0;  // cells that name a known field
};

// Finds the header row among the first rows of a sheet or text file, past preambles and
// summary lines (WeChat Pay and Alipay exports put ~16 lines before the table): the row
// naming the most known fields wins; without any, the first all-text row as wide as the
// data rows below it.
HeaderGuess findHeaderRow(const QList<SourceRow> &rows);

// Column titles from a header row; empty or missing titles become "Column N" (1-based).
QStringList headerTitles(const SourceRow *header, int columnCount);

// Whether a cell holds a number or date (typed, or as text).
bool looksNumericOrDate(const QVariant &cell);

}  // namespace Crm::Core::Import
