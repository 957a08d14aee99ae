// openTableReader over arbitrary bytes: format sniffing, zip directory, OOXML parts
// (workbook, styles, shared strings, sheet XML), BIFF via freexl, and text. Seeded with the
// xlsx/xls/csv corpora, so mutations start from real workbooks.

#include "fuzzsupport.h"
#include "import/tablereader.h"

using namespace Crm::Core::Import;

CRM_FUZZ_ENTRY(tablereader)
{
    Crm::Fuzz::ensureApplication();
    const QString path = Crm::Fuzz::writeScratch(QStringLiteral("input.bin"), data, size);
    auto reader = openTableReader(path);
    if (!reader) {
        CRM_FUZZ_ASSERT(!reader.error().message.isEmpty());
        return 0;
    }
    (void)reader.value()->sheets();
    qint64 cells = 0;
    auto result = reader.value()->readRows([&](const SourceRow &row) {
        cells += row.cells.size();
        return cells < 1000000;
    });
    if (!result) {
        CRM_FUZZ_ASSERT(!result.error().message.isEmpty());
    }
    return 0;
}
