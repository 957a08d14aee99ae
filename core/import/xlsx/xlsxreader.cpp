#include "xlsxreader.h"

#include "cellvalue.h"
#include "import/importerror.h"
#include "import/sheetchoice.h"
#include "scannedpart.h"
#include "workbookparts.h"
#include "zippackage.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <charconv>
#include <string>
#include <vector>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

using namespace Xlsx;

constexpr qint64 maxRows = 1048576;  // Excel's own limits
constexpr int maxColumns = 16384;

QString columnName(int column)
{
    QString name;
    for (int c = column; c > 0; c = (c - 1) / 26) {
        name.prepend(QChar(u'A' + (c - 1) % 26));
    }
    return name;
}

// A run of ASCII digits as a number, the common case of the attributes and values read
// per cell; false (caller falls back to Qt's parsing of the text) for anything else.
bool parseDigits(QByteArrayView digits, qint64 &value)
{
    if (digits.isEmpty() || digits.size() > 18) {
        return false;
    }
    qint64 result = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9') {
            return false;
        }
        result = result * 10 + (c - '0');
    }
    value = result;
    return true;
}

qint64 toLongLong(QByteArrayView text)
{
    qint64 value = 0;
    return parseDigits(text, value) ? value : QString::fromUtf8(text).toLongLong();
}

int columnOfReference(QByteArrayView reference)
{
    // Only the letters before the row count: a reference is read as ASCII up to its first
    // other character, and by Qt (Unicode case mapping) only when a non-ASCII one comes first.
    int column = 0;
    for (char c : reference) {
        if (uchar(c) >= 0x80) {
            return Xlsx::columnOfReference(QString::fromUtf8(reference));
        }
        if (c >= 'a' && c <= 'z') {
            c = char(c - 'a' + 'A');
        }
        if (c == '$') {
            continue;
        }
        if (c < 'A' || c > 'Z') {
            break;
        }
        column = column * 26 + (c - 'A' + 1);
        if (column > maxColumns) {
            return -1;
        }
    }
    return column;
}

class XlsxReader final : public TableReader
{
public:
    XlsxReader(std::unique_ptr<ZipPackage> package, WorkbookInfo info, qsizetype sheet)
        : m_package(std::move(package))
        , m_info(std::move(info))
        , m_sheet(sheet)
    { }

    QList<SheetInfo> sheets() const override { return m_info.sheets; }
    QString currentSheet() const override { return m_info.sheets.at(m_sheet).name; }
    QList<ReadWarning> warnings() const override { return m_warnings; }
    QString formatDescription() const override
    {
        return m_info.strict ? Text::tr("Excel workbook (Strict Open XML)") : Text::tr("Excel workbook");
    }

    VoidResult readRows(const RowSink &sink, const ProgressSink &progress) override;

private:
    enum class CellType : char { Number, Shared, Text, Inline, Boolean, Error, IsoDate };

    struct Cell
    {
        int column = 0;
        CellType type = CellType::Number;
        int style = 0;
        std::string value;  // UTF-8, reused from cell to cell: no allocation per cell
        bool hasValue = false;
        bool hasFormula = false;
        QVariant inlineText;

        void reset()
        {
            type = CellType::Number;
            style = 0;
            value.clear();
            hasValue = false;
            hasFormula = false;
            if (inlineText.isValid()) {
                inlineText.clear();  // usually moved out into the row already: no call
            }
        }
    };

    static CellType cellType(std::optional<QByteArrayView> attribute)
    {
        const QByteArrayView t = attribute.value_or(QByteArrayView());
        if (t.isEmpty() || isBytes(t, "n")) {
            return CellType::Number;
        }
        if (isBytes(t, "s")) {
            return CellType::Shared;
        }
        if (isBytes(t, "str")) {
            return CellType::Text;
        }
        if (isBytes(t, "inlineStr")) {
            return CellType::Inline;
        }
        if (isBytes(t, "b")) {
            return CellType::Boolean;
        }
        if (isBytes(t, "e")) {
            return CellType::Error;
        }
        return isBytes(t, "d") ? CellType::IsoDate : CellType::Number;
    }

    VoidResult loadWorkbookParts(const ProgressSink &progress);
    bool readCell(XmlScanner &xml, Cell &cell);
    Result<QVariant> cellValue(Cell &cell, qint64 row);
    Result<QString> cellText(const Cell &cell, qint64 row) const;
    Error cellTooLong(qint64 row, int column) const;
    Error error(const QString &message, qint64 row = -1, int column = 0) const;
    void finishWarnings(qint64 mergedRanges);

    std::unique_ptr<ZipPackage> m_package;
    WorkbookInfo m_info;
    qsizetype m_sheet = 0;
    bool m_partsLoaded = false;
    QStringList m_sharedStrings;
    QList<DateKind> m_formats;
    QList<ReadWarning> m_warnings;
    qint64 m_formulasWithoutValue = 0;
    QString m_firstFormulaWithoutValue;
    qint64 m_firstFormulaRow = -1;
    bool m_preserveSpace = false;  // xml:space on the <worksheet> root
    std::string m_richText;  // scratch for inline strings and their runs
    std::string m_run;
    // Inline strings repeat down a column (channels, stores, statuses): the last short one
    // of each of the first columns is kept, so that the same bytes again give the same
    // string, shared, without decoding or allocating it.
    struct RecentText
    {
        std::string bytes;
        QString text;
        bool valid = false;
    };
    static constexpr int kRecentColumns = 64;
    static constexpr size_t kRecentBytes = 64;
    std::vector<RecentText> m_recentInline = std::vector<RecentText>(kRecentColumns);
};

Error XlsxReader::error(const QString &message, qint64 row, int column) const
{
    return makeError(Error::Code::BadInput, message,
                     errorContext(m_package->path(), currentSheet(), row, column > 0 ? columnName(column) : QString()));
}

VoidResult XlsxReader::loadWorkbookParts(const ProgressSink &progress)
{
    if (m_partsLoaded) {
        return {};
    }
    auto formats = readCellFormats(*m_package, m_info.stylesPart);
    if (!formats) {
        return formats.error();
    }
    m_formats = std::move(formats.value());
    auto strings = readSharedStrings(*m_package, m_info.sharedStringsPart, progress);
    if (!strings) {
        return strings.error();
    }
    m_sharedStrings = std::move(strings.value());
    m_partsLoaded = true;
    return {};
}

Error XlsxReader::cellTooLong(qint64 row, int column) const
{
    return error(Text::tr("the workbook is damaged: a cell holds more than %L1 characters, more than any "
                          "spreadsheet program keeps in one cell")
                     .arg(qint64(kMaxCellChars)),
                 row, column);
}

// Reads one <c> element (the scanner on its start tag) up to its end tag; false on a scan
// error.
bool XlsxReader::readCell(XmlScanner &xml, Cell &cell)
{
    for (;;) {
        XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::EndElement) {
            return true;
        }
        if (token != XmlScanner::Token::StartElement) {
            return false;
        }
        const QByteArrayView name = xml.name();
        if (isBytes(name, "v")) {
            // The text of <v>, appended in place.
            token = xml.nextCollecting(cell.value, kMaxCellTextBytes);
            if (token != XmlScanner::Token::EndElement) {
                if (token == XmlScanner::Token::StartElement) {
                    xml.raiseError(Text::tr("unexpected content in a cell value"));
                }
                return false;
            }
            cell.hasValue = true;
        } else if (isBytes(name, "is")) {
            m_richText.clear();
            if (!readRichText(xml, m_preserveSpace, m_richText, m_run, kMaxCellTextBytes)) {
                return false;
            }
            RecentText *recent = cell.column <= kRecentColumns && m_richText.size() <= kRecentBytes
                ? &m_recentInline[size_t(cell.column - 1)]
                : nullptr;
            if (recent && recent->valid && recent->bytes == m_richText) {
                cell.inlineText = QVariant(recent->text);  // shared, nothing decoded or allocated
            } else {
                std::optional<QString> string = richTextString(xml, m_richText);
                if (!string) {
                    return false;
                }
                if (recent) {
                    recent->bytes = m_richText;
                    recent->text = *string;
                    recent->valid = true;
                }
                cell.inlineText = QVariant(std::move(*string));
            }
        } else {
            cell.hasFormula = cell.hasFormula || isBytes(name, "f");
            if (xml.skipCurrentElement() != XmlScanner::Token::EndElement) {
                return false;
            }
        }
    }
}

Result<QString> XlsxReader::cellText(const Cell &cell, qint64 row) const
{
    std::optional<QString> text
        = XmlScanner::decodeText(QByteArrayView(cell.value.data(), qsizetype(cell.value.size())));
    if (!text) {
        return error(Text::tr("the workbook is damaged: the cell holds text that is not valid UTF-8 or a character "
                              "XML does not allow"),
                     row, cell.column);
    }
    return std::move(*text);
}

// The cell's value; takes its inline text.
Result<QVariant> XlsxReader::cellValue(Cell &cell, qint64 row)
{
    const CellType type = cell.type;
    if (type == CellType::Inline) {
        if (cell.inlineText.isValid()) {
            return std::move(cell.inlineText);
        }
        auto text = cellText(cell, row);
        if (!text) {
            return text.error();
        }
        return QVariant(decodeEscapes(text.value()));
    }
    if (cell.hasFormula && !cell.hasValue) {
        if (m_formulasWithoutValue++ == 0) {
            m_firstFormulaWithoutValue = columnName(cell.column) + QString::number(row);
            m_firstFormulaRow = row;
        }
        return QVariant();
    }
    if (!cell.hasValue) {
        return std::move(cell.inlineText);
    }
    if (type == CellType::Number) {
        if (cell.value.empty()) {
            return QVariant();
        }
        // Plain decimal numbers straight from the bytes (std::from_chars rounds correctly,
        // as QString::toDouble does); anything else (blanks, '+', inf) takes Qt's path below.
        const char *begin = cell.value.data();
        const char *end = begin + cell.value.size();
        const char first = *begin == '-' && cell.value.size() > 1 ? begin[1] : *begin;
        double number = 0;
        if ((first >= '0' && first <= '9') || first == '.') {
            const auto [parsed, problem] = std::from_chars(begin, end, number);
            if (problem == std::errc() && parsed == end) {
                const DateKind kind
                    = cell.style >= 0 && cell.style < m_formats.size() ? m_formats.at(cell.style) : DateKind::None;
                return serialToVariant(number, kind, m_info.date1904);
            }
        }
    } else if (type == CellType::Shared) {
        qint64 index = 0;
        if (parseDigits(QByteArrayView(cell.value.data(), qsizetype(cell.value.size())), index)) {
            if (index >= m_sharedStrings.size()) {
                return error(Text::tr("the workbook is damaged: the cell refers to shared string %1, but the shared "
                                      "strings table holds %2")
                                 .arg(QString::fromLatin1(cell.value.data(), qsizetype(cell.value.size())))
                                 .arg(m_sharedStrings.size()),
                             row, cell.column);
            }
            return QVariant(m_sharedStrings.at(index));
        }
    }
    auto decoded = cellText(cell, row);
    if (!decoded) {
        return decoded.error();
    }
    const QString &value = decoded.value();
    if (type == CellType::Shared) {
        if (value.trimmed().isEmpty()) {
            return QVariant();  // <v></v>: some writers mean an empty cell
        }
        bool ok = false;
        const qsizetype index = value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            return error(Text::tr("the workbook is damaged: the cell refers to shared string %1, but the shared "
                                  "strings table holds %2")
                             .arg(value.trimmed())
                             .arg(m_sharedStrings.size()),
                         row, cell.column);
        }
        return QVariant(m_sharedStrings.at(index));
    }
    if (type == CellType::Text) {
        return QVariant(decodeEscapes(value));
    }
    if (type == CellType::Boolean) {
        const QString trimmed = value.trimmed();
        return QVariant(trimmed == QLatin1String("1")
                        || trimmed.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    }
    if (type == CellType::Error) {
        return QVariant::fromValue(CellError {value.trimmed()});
    }
    if (type == CellType::IsoDate) {
        return isoDateToVariant(value);
    }
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok) {
        return QVariant(value);  // not a number after all: keep what the file says
    }
    const DateKind kind = cell.style >= 0 && cell.style < m_formats.size() ? m_formats.at(cell.style) : DateKind::None;
    return serialToVariant(number, kind, m_info.date1904);
}

void XlsxReader::finishWarnings(qint64 mergedRanges)
{
    if (m_formulasWithoutValue > 0) {
        m_warnings.append(ReadWarning {ReadWarning::Kind::FormulaWithoutValue, m_firstFormulaRow,
                                       Text::tr("%n formula cell(s) have no saved result (first: %1) and read as "
                                                "empty; open the file in Excel and save it to store the results",
                                                nullptr, int(qMin<qint64>(m_formulasWithoutValue, INT_MAX)))
                                           .arg(m_firstFormulaWithoutValue)});
    }
    if (mergedRanges > 0) {
        m_warnings.append(ReadWarning {ReadWarning::Kind::MergedCells, -1,
                                       Text::tr("%n merged cell range(s): each value is read in its top-left "
                                                "cell only, the other cells of the range are empty",
                                                nullptr, int(qMin<qint64>(mergedRanges, INT_MAX)))});
    }
}

VoidResult XlsxReader::readRows(const RowSink &sink, const ProgressSink &progress)
{
    m_warnings.clear();
    m_formulasWithoutValue = 0;
    const QString part = m_info.sheetParts.value(m_sheet);
    if (m_info.sheets.at(m_sheet).chart) {
        return error(Text::tr("this is a chart sheet; it holds no cells"));
    }
    if (part.isEmpty()) {
        return error(Text::tr("the workbook is damaged: the sheet's part is missing"));
    }
    if (auto loaded = loadWorkbookParts(progress); !loaded) {
        return loaded;
    }
    ScannedPart sheetPart(*m_package, part);
    if (auto opened = sheetPart.open(); !opened) {
        return opened;
    }
    XmlScanner &xml = sheetPart.xml();
    const qint64 total = m_package->uncompressedSize(part);
    SourceRow row;
    qint64 lastRow = 0;
    qint64 mergedRanges = 0;
    qint64 rowsSeen = 0;
    bool inRow = false;
    bool rowHasValue = false;
    int lastColumn = 0;
    qsizetype widthHint = 0;  // cells of the last row emitted
    int readingColumn = 0;  // the cell being read, for errors
    Cell cell;
    auto emitRow = [&]() -> bool {
        inRow = false;
        if (!rowHasValue) {
            return true;
        }
        while (!row.cells.isEmpty() && row.cells.constLast().isNull()) {
            row.cells.removeLast();
        }
        widthHint = row.cells.size();
        return sink(row);
    };
    for (;;) {
        const XmlScanner::Token token = xml.next();
        if (token == XmlScanner::Token::EndElement) {
            if (inRow && isBytes(xml.name(), "row")) {
                if (!emitRow()) {
                    return {};
                }
                if ((++rowsSeen & 0x3FF) == 0 && !reportProgress(progress, sheetPart.inflatedBytes(), total)) {
                    return makeError(Error::Code::Cancelled, Text::tr("cancelled"), errorContext(m_package->path()));
                }
            }
            continue;
        }
        if (token != XmlScanner::Token::StartElement) {
            break;
        }
        const QByteArrayView name = xml.name();
        if (isBytes(name, "row")) {
            const qint64 parsed = toLongLong(xml.attribute("r").value_or(QByteArrayView()));
            const qint64 number = parsed < 1 ? lastRow + 1 : parsed;  // missing or r="0": next row
            if (number > maxRows) {
                return error(Text::tr("the workbook is damaged: row number %1 is outside Excel's limits").arg(number),
                             lastRow + 1);
            }
            row.number = lastRow = number;
            row.cells.clear();
            inRow = true;
            rowHasValue = false;
            lastColumn = 0;
        } else if (isBytes(name, "c") && inRow) {
            // r, t and s in one pass over the attributes.
            QByteArrayView reference;
            std::optional<QByteArrayView> typeAttribute;
            std::optional<QByteArrayView> style;
            for (int i = 0, count = xml.attributeCount(); i < count; ++i) {
                const QByteArrayView attributeName = xml.attributeName(i);
                if (isBytes(attributeName, "r")) {
                    reference = xml.attributeValue(i);
                } else if (isBytes(attributeName, "t")) {
                    typeAttribute = xml.attributeValue(i);
                } else if (isBytes(attributeName, "s")) {
                    style = xml.attributeValue(i);
                }
            }
            cell.reset();
            cell.column = reference.isEmpty() ? lastColumn + 1 : columnOfReference(reference);
            if (cell.column == 0) {
                cell.column = lastColumn + 1;  // a reference without letters: keep the order
            }
            if (cell.column < 0 || cell.column > maxColumns) {
                return error(Text::tr("the workbook is damaged: cell %1 is beyond column XFD, Excel's limit")
                                 .arg(QString::fromUtf8(reference)),
                             row.number);
            }
            cell.type = cellType(typeAttribute);
            if (style) {
                qint64 index = 0;
                cell.style
                    = parseDigits(*style, index) && index <= INT_MAX ? int(index) : QString::fromUtf8(*style).toInt();
            }
            readingColumn = cell.column;
            if (!readCell(xml, cell)) {
                if (xml.textOverflowed()) {
                    return cellTooLong(row.number, cell.column);
                }
                break;
            }
            readingColumn = 0;
            auto value = cellValue(cell, row.number);
            if (!value) {
                return value.error();
            }
            lastColumn = cell.column;
            if (value->isNull()) {
                continue;
            }
            if (cell.type != CellType::Shared && value->typeId() == QMetaType::QString
                && static_cast<const QString *>(value->constData())->size() > kMaxCellChars) {
                return cellTooLong(row.number, cell.column);
            }
            if (row.cells.size() < cell.column) {
                // Sized once per row like the row before; trailing empty cells are dropped
                // when the row is emitted.
                row.cells.resize(qMax<qsizetype>(cell.column, widthHint));
            }
            row.cells[cell.column - 1] = std::move(value.value());
            rowHasValue = true;
        } else if (isBytes(name, "worksheet")) {
            m_preserveSpace = preservesSpace(xml, false);
        } else if (isBytes(name, "mergeCell")) {
            ++mergedRanges;
        }
    }
    if (auto finished
        = sheetPart.finish(errorContext(QString(), currentSheet(), inRow ? row.number : (lastRow > 0 ? lastRow : -1),
                                        readingColumn > 0 ? columnName(readingColumn) : QString()));
        !finished) {
        return finished;
    }
    if (inRow && !emitRow()) {
        return {};
    }
    finishWarnings(mergedRanges);
    reportProgress(progress, total, total);
    return {};
}

}  // namespace

Result<std::unique_ptr<TableReader>> openXlsxReader(const QString &path, const ReadOptions &options)
{
    auto package = ZipPackage::open(path);
    if (!package) {
        return package.error();
    }
    auto info = readWorkbookInfo(*package.value());
    if (!info) {
        return info.error();
    }
    QString problem;
    const qsizetype sheet = chooseSheet(info->sheets, options.sheet, problem);
    if (sheet < 0) {
        return makeError(options.sheet.isEmpty() ? Error::Code::BadInput : Error::Code::BadUsage, problem,
                         errorContext(path));
    }
    return std::unique_ptr<TableReader>(
        std::make_unique<XlsxReader>(std::move(package.value()), std::move(info.value()), sheet));
}

}  // namespace Crm::Core::Import
