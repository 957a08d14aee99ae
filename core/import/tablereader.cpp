#include "tablereader.h"

#include "csv/csvreader.h"
#include "formatsniffer.h"
#include "html/htmltablereader.h"
#include "import/importerror.h"
#include "xls/xlsreader.h"
#include "xlsx/xlsxreader.h"

#include <QCoreApplication>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

// The message for a file whose content we recognise but do not read.
QString refusal(FileFormat format)
{
    switch (format) {
    case FileFormat::Empty:
        return Text::tr("the file is empty");
    case FileFormat::Ods:
        return Text::tr("this is an OpenDocument spreadsheet; save it as .xlsx in LibreOffice and import again");
    case FileFormat::EncryptedOoxml:
        return Text::tr("this workbook is password-protected; remove the password in Excel and import again");
    case FileFormat::Xlsb:
        return Text::tr("this is an Excel binary workbook (.xlsb); save it as .xlsx in Excel and import again");
    case FileFormat::BrokenZip:
        return Text::tr("the workbook is damaged: its zip container cannot be opened; open it in Excel, save it "
                        "again and import the new file");
    case FileFormat::OtherZip:
        return Text::tr("this is a zip archive but not an Excel workbook; import the .xlsx, .xls or .csv file "
                        "itself");
    case FileFormat::OtherOle2:
        return Text::tr("this is an Office document but not an Excel workbook (no workbook stream inside)");
    case FileFormat::SpreadsheetMl2003:
        return Text::tr("this is an Excel 2003 XML spreadsheet; open it in Excel, save it as .xlsx and import "
                        "again");
    case FileFormat::Html:
    case FileFormat::Xlsx:
    case FileFormat::Xls:
    case FileFormat::Text:
        break;
    }
    return {};
}

}  // namespace

Result<std::unique_ptr<TableReader>> openTableReader(const QString &path, const ReadOptions &options)
{
    const auto format = detectFileFormat(path);
    if (!format) {
        return format.error();
    }
    switch (format.value()) {
    case FileFormat::Xlsx:
        return openXlsxReader(path, options);
    case FileFormat::Xls:
        return openXlsReader(path, options);
    case FileFormat::Text:
        return openCsvReader(path, options);
    case FileFormat::Html:
        return openHtmlTableReader(path, options);
    default:
        return makeError(Error::Code::BadInput, refusal(format.value()), errorContext(path));
    }
}

}  // namespace Crm::Core::Import
