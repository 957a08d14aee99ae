// The CSV reader end to end: encoding detection, dialect sniffing and streaming over raw
// bytes, as `crmwb import` meets them in a user's file.

#include "fuzzsupport.h"
#include "import/csv/csvreader.h"

using namespace Crm::Core::Import;

CRM_FUZZ_ENTRY(csvreader)
{
    Crm::Fuzz::ensureApplication();
    const QString path = Crm::Fuzz::writeScratch(QStringLiteral("input.csv"), data, size);
    auto reader = openCsvReader(path);
    if (!reader) {
        CRM_FUZZ_ASSERT(!reader.error().message.isEmpty());
        return 0;
    }
    qint64 rows = 0;
    qint64 lastNumber = 0;
    auto result = reader.value()->readRows([&](const SourceRow &row) {
        // Row numbers are physical lines: they only grow.
        CRM_FUZZ_ASSERT(row.number > lastNumber);
        lastNumber = row.number;
        ++rows;
        return true;
    });
    (void)result;
    (void)reader.value()->formatDescription();
    return 0;
}
