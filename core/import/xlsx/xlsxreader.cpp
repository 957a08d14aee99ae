#include "xlsxreader.h"

#include "cellvalue.h"
#include "import/importerror.h"
#include "import/sheetchoice.h"
#include "workbookparts.h"
#include "xmlpart.h"
#include "zippackage.h"

#include <QCoreApplication>
#include <QFileInfo>

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
        QString value;  // reused from cell to cell: no allocation per cell
        bool hasValue = false;
        bool hasFormula = false;
        QVariant inlineText;

        void reset()
        {
            type = CellType::Number;
            style = 0;
            value.resize(0);
            hasValue = false;
            hasFormula = false;
            inlineText.clear();
        }
    };

    static CellType cellType(QStringView t)
    {
        if (t.isEmpty() || t == QLatin1String("n")) {
            return CellType::Number;
        }
        if (t == QLatin1String("s")) {
            return CellType::Shared;
        }
        if (t == QLatin1String("str")) {
            return CellType::Text;
        }
        if (t == QLatin1String("inlineStr")) {
            return CellType::Inline;
        }
        if (t == QLatin1String("b")) {
            return CellType::Boolean;
        }
        if (t == QLatin1String("e")) {
            return CellType::Error;
        }
        return t == QLatin1String("d") ? CellType::IsoDate : CellType::Number;
    }

    VoidResult loadWorkbookParts(const ProgressSink &progress);
    VoidResult readCell(QXmlStreamReader &xml, Cell &cell);
    Result<QVariant> cellValue(const Cell &cell, qint64 row);
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

// Reads one <c> element (positioned on its start tag) up to its end tag.
VoidResult XlsxReader::readCell(QXmlStreamReader &xml, Cell &cell)
{
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            return {};
        }
        if (token != QXmlStreamReader::StartElement) {
            continue;
        }
        const QStringView name = xml.name();
        if (name == QLatin1String("v")) {
            // The text of <v>, appended in place (readElementText() would allocate per cell).
            while (xml.readNext() == QXmlStreamReader::Characters
                   || xml.tokenType() == QXmlStreamReader::EntityReference) {
                cell.value.append(xml.text());
            }
            if (!xml.isEndElement()) {
                xml.raiseError(Text::tr("unexpected content in a cell value"));
                return {};
            }
            cell.hasValue = true;
        } else if (name == QLatin1String("is")) {
            cell.inlineText = readRichText(xml, m_preserveSpace);
        } else {
            cell.hasFormula = cell.hasFormula || name == QLatin1String("f");
            xml.skipCurrentElement();
        }
    }
    return {};
}

Result<QVariant> XlsxReader::cellValue(const Cell &cell, qint64 row)
{
    const CellType type = cell.type;
    if (type == CellType::Inline) {
        return cell.inlineText.isValid() ? cell.inlineText : QVariant(decodeEscapes(cell.value));
    }
    if (cell.hasFormula && !cell.hasValue) {
        if (m_formulasWithoutValue++ == 0) {
            m_firstFormulaWithoutValue = columnName(cell.column) + QString::number(row);
            m_firstFormulaRow = row;
        }
        return QVariant();
    }
    if (!cell.hasValue) {
        return cell.inlineText;
    }
    if (type == CellType::Shared) {
        if (cell.value.trimmed().isEmpty()) {
            return QVariant();  // <v></v>: some writers mean an empty cell
        }
        bool ok = false;
        const qsizetype index = cell.value.trimmed().toLongLong(&ok);
        if (!ok || index < 0 || index >= m_sharedStrings.size()) {
            return error(Text::tr("the workbook is damaged: the cell refers to shared string %1, but the shared "
                                  "strings table holds %2")
                             .arg(cell.value.trimmed())
                             .arg(m_sharedStrings.size()),
                         row, cell.column);
        }
        return QVariant(m_sharedStrings.at(index));
    }
    if (type == CellType::Text) {
        return QVariant(decodeEscapes(cell.value));
    }
    if (type == CellType::Boolean) {
        const QString value = cell.value.trimmed();
        return QVariant(value == QLatin1String("1") || value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0);
    }
    if (type == CellType::Error) {
        return QVariant::fromValue(CellError {cell.value.trimmed()});
    }
    if (type == CellType::IsoDate) {
        return isoDateToVariant(cell.value);
    }
    if (cell.value.isEmpty()) {
        return QVariant();
    }
    bool ok = false;
    const double number = cell.value.toDouble(&ok);
    if (!ok) {
        return QVariant(cell.value);  // not a number after all: keep what the file says
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
    XmlPart sheetPart(*m_package, part);
    if (auto opened = sheetPart.open(); !opened) {
        return opened;
    }
    QXmlStreamReader &xml = sheetPart.xml();
    const qint64 total = m_package->uncompressedSize(part);
    SourceRow row;
    qint64 lastRow = 0;
    qint64 mergedRanges = 0;
    qint64 rowsSeen = 0;
    bool inRow = false;
    bool rowHasValue = false;
    int lastColumn = 0;
    Cell cell;
    auto emitRow = [&]() -> bool {
        inRow = false;
        if (!rowHasValue) {
            return true;
        }
        while (!row.cells.isEmpty() && row.cells.constLast().isNull()) {
            row.cells.removeLast();
        }
        return sink(row);
    };
    while (sheetPart.next()) {
        if (xml.isEndElement()) {
            if (inRow && xml.name() == QLatin1String("row")) {
                if (!emitRow()) {
                    return {};
                }
                if ((++rowsSeen & 0x3FF) == 0 && !reportProgress(progress, sheetPart.inflatedBytes(), total)) {
                    return makeError(Error::Code::Cancelled, Text::tr("cancelled"), errorContext(m_package->path()));
                }
            }
            continue;
        }
        if (!xml.isStartElement()) {
            continue;
        }
        const QStringView name = xml.name();
        if (name == QLatin1String("row")) {
            const QXmlStreamAttributes rowAttributes = xml.attributes();
            const QStringView r = rowAttributes.value(QLatin1String("r"));
            const qint64 parsed = r.toLongLong();
            const qint64 number = parsed < 1 ? lastRow + 1 : parsed;  // missing or r="0": next row
            if (number > maxRows) {
                return error(
                    Text::tr("the workbook is damaged: row number %1 is outside Excel's limits").arg(r.toString()),
                    lastRow + 1);
            }
            row.number = lastRow = number;
            row.cells.clear();
            inRow = true;
            rowHasValue = false;
            lastColumn = 0;
        } else if (name == QLatin1String("c") && inRow) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QStringView reference = attributes.value(QLatin1String("r"));
            cell.reset();
            cell.column = reference.isEmpty() ? lastColumn + 1 : columnOfReference(reference);
            if (cell.column == 0) {
                cell.column = lastColumn + 1;  // a reference without letters: keep the order
            }
            if (cell.column < 0 || cell.column > maxColumns) {
                return error(Text::tr("the workbook is damaged: cell %1 is beyond column XFD, Excel's limit")
                                 .arg(reference.toString()),
                             row.number);
            }
            cell.type = cellType(attributes.value(QLatin1String("t")));
            cell.style = attributes.value(QLatin1String("s")).toInt();
            if (auto read = readCell(xml, cell); !read) {
                return read;
            }
            auto value = cellValue(cell, row.number);
            if (!value) {
                return value.error();
            }
            lastColumn = cell.column;
            if (value->isNull()) {
                continue;
            }
            if (row.cells.size() < cell.column) {
                row.cells.resize(cell.column);
            }
            row.cells[cell.column - 1] = std::move(value.value());
            rowHasValue = true;
        } else if (name == QLatin1String("worksheet")) {
            m_preserveSpace = preservesSpace(xml, false);
        } else if (name == QLatin1String("mergeCell")) {
            ++mergedRanges;
        }
    }
    if (auto finished
        = sheetPart.finish(errorContext(QString(), currentSheet(), inRow ? row.number : (lastRow > 0 ? lastRow : -1)));
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
