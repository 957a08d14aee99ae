#include "formatsniffer.h"

#include "import/importerror.h"
#include "ole2file.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QtEndian>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

FileFormat classifyOle2(QFile &file)
{
    const QStringList names = Ole2File(file).entryNames();
    for (const QString &name : names) {
        if (name.compare(QLatin1String("EncryptionInfo"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("EncryptedPackage"), Qt::CaseInsensitive) == 0) {
            return FileFormat::EncryptedOoxml;
        }
    }
    for (const QString &name : names) {
        if (name.compare(QLatin1String("Workbook"), Qt::CaseInsensitive) == 0
            || name.compare(QLatin1String("Book"), Qt::CaseInsensitive) == 0) {
            return FileFormat::Xls;
        }
    }
    // A directory we could not walk: let the BIFF reader try and explain.
    return names.isEmpty() ? FileFormat::Xls : FileFormat::OtherOle2;
}

QByteArray readZipEntry(QuaZip &zip, const QString &name, qint64 maxBytes)
{
    if (!zip.setCurrentFile(name)) {
        return {};
    }
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::ReadOnly)) {
        return {};
    }
    return entry.read(maxBytes);
}

FileFormat classifyZip(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip)) {
        return FileFormat::BrokenZip;
    }
    const QStringList entries = zip.getFileNameList();
    bool hasXlDirectory = false;
    bool hasWorkbookBin = false;
    QString mimetypeEntry;
    QString contentTypesEntry;
    for (const QString &entry : entries) {
        const QString normalized = QString(entry).replace(QLatin1Char('\\'), QLatin1Char('/')).toLower();
        if (normalized == QLatin1String("mimetype")) {
            mimetypeEntry = entry;
        } else if (normalized == QLatin1String("[content_types].xml")) {
            contentTypesEntry = entry;
        } else if (normalized.startsWith(QLatin1String("xl/"))) {
            hasXlDirectory = true;
        }
        hasWorkbookBin = hasWorkbookBin || normalized.endsWith(QLatin1String("workbook.bin"));
    }
    if (!mimetypeEntry.isEmpty()) {
        const QByteArray mimetype = readZipEntry(zip, mimetypeEntry, 256).trimmed();
        if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
            return FileFormat::Ods;
        }
    }
    if (!contentTypesEntry.isEmpty()) {
        const QByteArray types = readZipEntry(zip, contentTypesEntry, 1 << 20);
        // The workbook part's content type decides; a package may list others as well.
        if (types.contains("spreadsheetml.sheet.main") || types.contains("spreadsheetml.template.main")
            || types.contains("ms-excel.sheet.macroEnabled.main")
            || types.contains("ms-excel.template.macroEnabled.main")) {
            return FileFormat::Xlsx;
        }
        if (types.contains("ms-excel.sheet.binary")) {
            return FileFormat::Xlsb;
        }
        if (types.contains("spreadsheetml")) {
            return FileFormat::Xlsx;
        }
    }
    if (hasWorkbookBin && !hasXlDirectory) {
        return FileFormat::Xlsb;
    }
    return hasXlDirectory || hasWorkbookBin ? FileFormat::Xlsx : FileFormat::OtherZip;
}

// The start of the text with any BOM and leading white space removed, lower-cased.
QByteArray textStart(const QByteArray &head)
{
    QByteArray text = head;
    if (text.startsWith("\xEF\xBB\xBF")) {
        text.remove(0, 3);
    } else if (text.startsWith("\xFF\xFE") || text.startsWith("\xFE\xFF")) {
        // UTF-16: keep only the ASCII bytes, enough to recognise markup.
        text.remove(0, 2);
        text.replace('\0', QByteArray());
    }
    return text.trimmed().left(512).toLower();
}

bool looksLikeHtml(const QByteArray &start)
{
    static const char *const prefixes[]
        = {"<html", "<!doctype html", "<table", "<head", "<body", "<meta", "<style", "<!--"};
    for (const char *prefix : prefixes) {
        if (start.startsWith(prefix)) {
            return true;
        }
    }
    return start.startsWith("<?xml") && start.contains("<html");
}

bool isBareBiff(const QByteArray &head)
{
    // BIFF2-4 worksheets are a bare record stream starting with a BOF record (0x0009,
    // 0x0209, 0x0409 or 0x0809) whose length is small.
    if (head.size() < 4) {
        return false;
    }
    const quint16 id = qFromLittleEndian<quint16>(head.constData());
    const quint16 length = qFromLittleEndian<quint16>(head.constData() + 2);
    return (id == 0x0009 || id == 0x0209 || id == 0x0409 || id == 0x0809) && length >= 4 && length <= 20;
}

}  // namespace

Result<FileFormat> detectFileFormat(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io, Text::tr("cannot open the file: %1").arg(file.errorString()),
                         errorContext(path));
    }
    const QByteArray head = file.read(4096);
    if (head.isEmpty()) {
        return FileFormat::Empty;
    }
    if (head.startsWith("PK\x03\x04") || head.startsWith("PK\x05\x06") || head.startsWith("PK\x07\x08")) {
        file.close();
        return classifyZip(path);
    }
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
        return classifyOle2(file);
    }
    if (isBareBiff(head)) {
        return FileFormat::Xls;
    }
    const QByteArray start = textStart(head);
    if (looksLikeHtml(start)) {
        return FileFormat::Html;
    }
    if (start.startsWith("<?xml") && head.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
        return FileFormat::SpreadsheetMl2003;
    }
    return FileFormat::Text;
}

}  // namespace Crm::Core::Import
