#pragma once

#include "import/tablereader.h"

#include <QList>
#include <QString>

namespace Crm::Test {

// tests/data/import/<name> in the source tree.
QString importDataPath(const QString &name);

// ../shared/<relative> next to the source tree; empty when it is not there.
QString sharedPath(const QString &relative);

// Every row of a reader, or an empty list (and a warning) when reading fails.
QList<Core::Import::SourceRow> readAllRows(Core::Import::TableReader &reader);

}  // namespace Crm::Test
