#include "xlsreader.h"

#include "freexlguard.h"
#include "import/importerror.h"
#include "import/ole2file.h"
#include "import/sheetchoice.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <QTimeZone>
#include <QtEndian>

#include <freexl.h>

#include <functional>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

constexpr qint64 maxFileSize = qint64(128) << 20;

QString unsupportedHint()
{
    return Text::tr("open it in Excel or LibreOffice, save it as .xlsx and import that file");
}

class FreeXlHandle
{
public:
    FreeXlHandle() = default;
    FreeXlHandle(const FreeXlHandle &) = delete;
    FreeXlHandle &operator=(const FreeXlHandle &) = delete;
    ~FreeXlHandle()
    {
        if (m_handle) {
            freexl_close(m_handle);
        }
    }
    const void *get() const { return m_handle; }
    const void **out() { return &m_handle; }

private:
    const void *m_handle = nullptr;
};

QVariant toVariant(const FreeXL_CellValue &cell)
{
    switch (cell.type) {
    case FREEXL_CELL_INT:
        return double(cell.value.int_value);
    case FREEXL_CELL_DOUBLE:
        return cell.value.double_value;
    case FREEXL_CELL_TEXT:
    case FREEXL_CELL_SST_TEXT: {
        const QString text = QString::fromUtf8(cell.value.text_value);
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    case FREEXL_CELL_DATE:
        return QDate::fromString(QString::fromLatin1(cell.value.text_value), Qt::ISODate);
    case FREEXL_CELL_DATETIME: {
        const QDateTime dateTime
            = QDateTime::fromString(QString::fromLatin1(cell.value.text_value), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return QDateTime(dateTime.date(), dateTime.time(), QTimeZone::utc());
    }
    case FREEXL_CELL_TIME:
        return QTime::fromString(QString::fromLatin1(cell.value.text_value), QStringLiteral("HH:mm:ss"));
    default:
        return {};
    }
}

class XlsReader final : public TableReader
{
public:
    XlsReader(QString path, std::unique_ptr<QTemporaryFile> container, std::unique_ptr<FreeXlHandle> handle,
              QList<SheetInfo> sheets, qsizetype sheet, unsigned int biffVersion)
        : m_path(std::move(path))
        , m_container(std::move(container))
        , m_handle(std::move(handle))
        , m_sheets(std::move(sheets))
        , m_sheet(sheet)
        , m_biffVersion(biffVersion)
    { }

    QList<SheetInfo> sheets() const override { return m_sheets; }
    QString currentSheet() const override { return m_sheets.at(m_sheet).name; }
    QList<ReadWarning> warnings() const override { return {}; }
    QString formatDescription() const override
    {
        return Text::tr("Excel 97-2003 workbook (BIFF%1)").arg(m_biffVersion);
    }

    VoidResult readRows(const RowSink &sink, const ProgressSink &progress) override
    {
        const ErrorContext where = errorContext(m_path, currentSheet());
        if (m_sheets.at(m_sheet).chart) {
            return makeError(Error::Code::BadInput, Text::tr("this is a chart sheet; it holds no cells"), where);
        }
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_select_active_worksheet(m_handle->get(), quint16(m_sheet)) != FREEXL_OK
            || freexl_worksheet_dimensions(m_handle->get(), &rows, &columns) != FREEXL_OK) {
            return makeError(Error::Code::BadInput,
                             Text::tr("this .xls sheet cannot be read; %1").arg(unsupportedHint()), where);
        }
        if (columns == 0) {
            rows = 0;  // FreeXL keeps no cells then, whatever number of rows the sheet declares
        }
        SourceRow row;
        for (unsigned int r = 0; r < rows; ++r) {
            row.number = qint64(r) + 1;
            row.cells.clear();
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue cell;
                if (freexl_get_cell_value(m_handle->get(), r, c, &cell) != FREEXL_OK) {
                    return makeError(Error::Code::BadInput,
                                     Text::tr("this .xls file is damaged; %1").arg(unsupportedHint()),
                                     errorContext(m_path, currentSheet(), row.number));
                }
                QVariant value = toVariant(cell);
                if (!value.isNull()) {
                    row.cells.resize(c + 1);
                    row.cells[c] = std::move(value);
                }
            }
            if (!row.cells.isEmpty() && !sink(row)) {
                return {};
            }
            if ((r & 0x3FF) == 0 && !reportProgress(progress, r, rows)) {
                return makeError(Error::Code::Cancelled, Text::tr("cancelled"), where);
            }
        }
        reportProgress(progress, rows, rows);
        return {};
    }

private:
    QString m_path;
    std::unique_ptr<QTemporaryFile> m_container;  // what FreeXL reads; outlives the handle
    std::unique_ptr<FreeXlHandle> m_handle;
    QList<SheetInfo> m_sheets;
    qsizetype m_sheet = 0;
    unsigned int m_biffVersion = 0;
};

// What FreeXL does not report: each sheet's visibility and type (BOUNDSHEET records) and
// whether the workbook is encrypted (FILEPASS record), from the workbook globals.
struct BiffGlobals
{
    QList<SheetInfo> sheets;
    bool encrypted = false;
    int biffVersion = 0;  // 5 (Excel 5.0/95) or 8 (Excel 97-2003); 0 when unknown
};

BiffGlobals readBiffGlobals(const QByteArray &stream)
{
    BiffGlobals globals;
    for (qsizetype offset = 0; offset + 4 <= stream.size();) {
        const quint16 id = qFromLittleEndian<quint16>(stream.constData() + offset);
        const quint16 length = qFromLittleEndian<quint16>(stream.constData() + offset + 2);
        const qsizetype body = offset + 4;
        if (body + length > stream.size() || (id == 0x000A && offset > 0)) {
            break;  // end of the globals substream (EOF) or of what we read
        }
        globals.encrypted = globals.encrypted || id == 0x002F;
        if (offset == 0 && id == 0x0809 && length >= 2) {
            const quint16 version = qFromLittleEndian<quint16>(stream.constData() + body);
            globals.biffVersion = version == 0x0600 ? 8 : (version == 0x0500 ? 5 : 0);
        }
        if (id == 0x0085 && length >= 6) {
            SheetInfo sheet;
            sheet.hidden = (quint8(stream.at(body + 4)) & 0x03) != 0;
            const auto type = quint8(stream.at(body + 5));
            sheet.chart = type == 0x02 || type == 0x06;  // chart sheet, VB module
            globals.sheets.append(sheet);
        }
        offset = body + length;
    }
    return globals;
}

// What FreeXL is given: FreeXL trusts a file's structure, so it only ever reads records
// checked by freexlguard.h, from a private copy of exactly the bytes checked (the user's
// file could change in between). Of a compound file it gets only the workbook stream, in a
// container written here: FreeXL 1.0.6 also reads past its buffers on a directory entry's
// declared name length and other container fields.
struct FreeXlInput
{
    QString path;  // the file to open with FreeXL
    std::unique_ptr<QTemporaryFile> container;  // the copy path names
    BiffGlobals globals;
    QString damage;  // why FreeXL must not read the file, for the user
    QString copyError;  // why the copy could not be written
};

void keepWorkingCopy(FreeXlInput &input, const std::function<bool(QIODevice &)> &write)
{
    auto copy = std::make_unique<QTemporaryFile>(QDir::tempPath() + QStringLiteral("/crmwb-XXXXXX.xls"));
    if (!copy->open() || !write(*copy) || !copy->flush()) {
        input.copyError = Text::tr("a working copy of it could not be written to %1 (%2)")
                              .arg(QDir::toNativeSeparators(QDir::tempPath()), copy->errorString());
        return;
    }
    copy->close();
    input.path = copy->fileName();
    input.container = std::move(copy);
}

FreeXlInput prepareCompoundFile(Ole2File &container)
{
    FreeXlInput input;
    input.damage = container.damage();
    if (!input.damage.isEmpty()) {
        return input;
    }
    QString name = QStringLiteral("Workbook");
    if (container.streamSize(name) < 0) {
        name = QStringLiteral("Book");
    }
    const qint64 declared = container.streamSize(name);
    if (declared < 0) {
        input.damage = container.isValid() ? Text::tr("it holds no workbook stream")
                                           : Text::tr("the directory of its container cannot be read");
        return input;
    }
    QByteArray stream = container.readStream(name, maxFileSize);
    if (stream.size() < qMin(declared, maxFileSize)) {
        input.damage
            = Text::tr("its workbook stream breaks off after %1 of its %2 bytes").arg(stream.size()).arg(declared);
        return input;
    }
    input.globals = readBiffGlobals(stream);
    if (input.globals.encrypted) {
        return input;  // the records' contents are ciphertext: nothing to check or read
    }
    const BiffCheck check = checkWorkbookStreamForFreeXl(stream);
    input.damage = check.damage;
    if (input.damage.isEmpty()) {
        stream.truncate(check.length);
        keepWorkingCopy(input, [&stream](QIODevice &out) {
            return writeSingleStreamCompoundFile(out, QStringLiteral("Workbook"), stream);
        });
    }
    return input;
}

FreeXlInput prepareInput(const QString &path)
{
    FreeXlInput input;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        input.copyError = file.errorString();
        return input;
    }
    Ole2File container(file);
    if (container.isCompoundFile()) {
        return prepareCompoundFile(container);
    }
    // Not a compound file: a bare BIFF2-4 worksheet, a record stream FreeXL reads as it is.
    file.seek(0);
    const QByteArray bytes = file.read(maxFileSize);
    input.damage = checkLegacyWorksheetForFreeXl(bytes).damage;
    if (input.damage.isEmpty()) {
        keepWorkingCopy(input, [&bytes](QIODevice &out) { return out.write(bytes) == bytes.size(); });
    }
    return input;
}

bool isPasswordProtected(const QByteArray &encodedPath)
{
    FreeXlHandle info;
    unsigned int password = 0;
    return freexl_open_info(encodedPath.constData(), info.out()) == FREEXL_OK
        && freexl_get_info(info.get(), FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK
        && password == FREEXL_BIFF_OBFUSCATED;
}

}  // namespace

Result<std::unique_ptr<TableReader>> openXlsReader(const QString &path, const ReadOptions &options)
{
    const ErrorContext where = errorContext(path);
    const QFileInfo fileInfo(path);
    if (fileInfo.size() > maxFileSize) {
        return makeError(Error::Code::BadInput,
                         Text::tr("this .xls file is larger than 128 MB, more than the legacy format is read "
                                  "for; %1")
                             .arg(unsupportedHint()),
                         where);
    }
    FreeXlInput input = prepareInput(path);
    const BiffGlobals &globals = input.globals;
    const QString passwordProtected
        = Text::tr("this workbook is password-protected; remove the password in Excel and import again");
    if (globals.encrypted) {
        return makeError(Error::Code::BadInput, passwordProtected, where);
    }
    if (!input.damage.isEmpty()) {
        return makeError(Error::Code::BadInput,
                         Text::tr("this .xls file is damaged: %1; %2").arg(input.damage, unsupportedHint()), where);
    }
    if (!input.copyError.isEmpty()) {
        return makeError(Error::Code::Io, Text::tr("this .xls file cannot be read: %1").arg(input.copyError), where);
    }
    const QByteArray encodedPath = QFile::encodeName(input.path);
    if (isPasswordProtected(encodedPath)) {
        return makeError(Error::Code::BadInput, passwordProtected, where);
    }
    auto handle = std::make_unique<FreeXlHandle>();
    const int opened = freexl_open(encodedPath.constData(), handle->out());
    unsigned int sheetCount = 0;
    unsigned int biffVersion = 0;
    // FreeXL 1.0 "opens" some BIFF5 and encrypted files without a workbook: no handle or no sheets.
    if (opened != FREEXL_OK || !handle->get()
        || freexl_get_info(handle->get(), FREEXL_BIFF_SHEET_COUNT, &sheetCount) != FREEXL_OK || sheetCount == 0) {
        if (globals.biffVersion == 5) {
            return makeError(Error::Code::BadInput,
                             Text::tr("this is an Excel 5.0/95 workbook, an old .xls variant this program does not "
                                      "read; %1")
                                 .arg(unsupportedHint()),
                             where);
        }
        return makeError(Error::Code::BadInput,
                         Text::tr("this .xls file cannot be read (FreeXL status %1): it is an older or unusual "
                                  ".xls variant this program does not read, password-protected, or damaged; %2")
                             .arg(opened)
                             .arg(unsupportedHint()),
                         where);
    }
    freexl_get_info(handle->get(), FREEXL_BIFF_VERSION, &biffVersion);
    QList<SheetInfo> sheets;
    for (unsigned int i = 0; i < sheetCount && i < 65535; ++i) {
        const char *name = nullptr;
        SheetInfo sheet;
        if (freexl_get_worksheet_name(handle->get(), quint16(i), &name) == FREEXL_OK && name) {
            sheet.name = QString::fromUtf8(name);
        }
        if (sheet.name.isEmpty()) {
            sheet.name = Text::tr("Sheet%1").arg(i + 1);
        }
        sheets.append(sheet);
    }
    const QList<SheetInfo> &flags = globals.sheets;
    if (flags.size() == sheets.size()) {
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            sheets[i].hidden = flags.at(i).hidden;
            sheets[i].chart = flags.at(i).chart;
        }
    }
    QString problem;
    const qsizetype sheet = chooseSheet(sheets, options.sheet, problem);
    if (sheet < 0) {
        return makeError(options.sheet.isEmpty() ? Error::Code::BadInput : Error::Code::BadUsage, problem, where);
    }
    return std::unique_ptr<TableReader>(std::make_unique<XlsReader>(path, std::move(input.container), std::move(handle),
                                                                    std::move(sheets), sheet, biffVersion));
}

}  // namespace Crm::Core::Import
