// The xlsx reader's XML side without the zip noise: the input is split at the first NUL
// into worksheet XML and shared-strings XML, packed into an otherwise valid workbook, and
// read. Structure-aware seeds come from bench/fuzz/seeds/xlsxsheet.

#include "fuzzsupport.h"
#include "import/tablereader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

using namespace Crm::Core::Import;

namespace {

const char kContentTypes[]
    = R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
      R"(<Default Extension="xml" ContentType="application/xml"/>)"
      R"(<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>)"
      R"(<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>)"
      R"(<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>)"
      R"(</Types>)";
const char kRootRels[]
    = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>)"
      R"(</Relationships>)";
const char kWorkbook[]
    = R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" )"
      R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>)"
      R"(<sheet name="Orders" sheetId="1" r:id="rId1"/></sheets></workbook>)";
const char kWorkbookRels[]
    = R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>)"
      R"(<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>)"
      R"(</Relationships>)";

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &bytes)
{
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name))) {
        return false;
    }
    file.write(bytes);
    file.close();
    return true;
}

}  // namespace

CRM_FUZZ_ENTRY(xlsxsheet)
{
    Crm::Fuzz::ensureApplication();
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray sheet = split < 0 ? input : input.left(split);
    const QByteArray strings = split < 0 ? QByteArray() : input.mid(split + 1);
    const QString path = Crm::Fuzz::scratchDir() + QStringLiteral("/input.xlsx");
    {
        QuaZip zip(path);
        if (!zip.open(QuaZip::mdCreate)) {
            return 0;
        }
        addEntry(zip, QStringLiteral("[Content_Types].xml"), QByteArray(kContentTypes));
        addEntry(zip, QStringLiteral("_rels/.rels"), QByteArray(kRootRels));
        addEntry(zip, QStringLiteral("xl/workbook.xml"), QByteArray(kWorkbook));
        addEntry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), QByteArray(kWorkbookRels));
        addEntry(zip, QStringLiteral("xl/worksheets/sheet1.xml"), sheet);
        addEntry(zip, QStringLiteral("xl/sharedStrings.xml"), strings);
        zip.close();
    }
    auto reader = openTableReader(path);
    if (!reader) {
        CRM_FUZZ_ASSERT(!reader.error().message.isEmpty());
        return 0;
    }
    qint64 cells = 0;
    auto result = reader.value()->readRows([&](const SourceRow &row) {
        cells += row.cells.size();
        return cells < 1000000;
    });
    (void)result;
    return 0;
}
