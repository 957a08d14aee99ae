#include "htmltablereader.h"

#include "import/importerror.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

constexpr qint64 maxFileSize = qint64(64) << 20;

QString decodeHtml(const QByteArray &bytes, QString &encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        encoding = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes.mid(3));
    }
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        encoding = bytes.startsWith("\xFF\xFE") ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        return decoder.decode(bytes.mid(2));
    }
    static const QRegularExpression charset(QStringLiteral(R"(charset\s*=\s*["']?([A-Za-z0-9_.:-]+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = charset.match(QString::fromLatin1(bytes.left(8192)));
    QByteArray name = match.hasMatch() ? match.captured(1).toLatin1().toUpper() : QByteArray();
    if (name == "GB2312" || name == "GBK" || name == "X-GBK") {
        name = "GB18030";  // a superset, and what Windows really writes under these labels
    }
    if (!name.isEmpty() && name != "UTF-8") {
        QStringDecoder decoder(name.constData());
        if (decoder.isValid()) {
            encoding = QString::fromLatin1(name);
            return decoder.decode(bytes);
        }
    }
    QStringDecoder utf8(QStringConverter::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        encoding = QStringLiteral("UTF-8");
        return text;
    }
    QStringDecoder gb18030("GB18030");
    if (gb18030.isValid()) {
        encoding = QStringLiteral("GB18030");
        return gb18030.decode(bytes);
    }
    encoding = QStringLiteral("ISO-8859-1");
    return QString::fromLatin1(bytes);
}

QString decodeEntity(QStringView entity)
{
    if (entity.startsWith(u'#')) {
        bool ok = false;
        const uint code = entity.size() > 1 && (entity.at(1) == u'x' || entity.at(1) == u'X')
            ? entity.mid(2).toUInt(&ok, 16)
            : entity.mid(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1);
        }
        return {};
    }
    static const QHash<QString, QString> named {
        {QStringLiteral("amp"), QStringLiteral("&")},   {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},    {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},  {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("yen"), QStringLiteral("¥")},   {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("pound"), QStringLiteral("£")}, {QStringLiteral("copy"), QStringLiteral("©")},
    };
    return named.value(entity.toString().toLower());
}

// The text of a cell: entities decoded, white space collapsed as a browser shows it,
// <br> kept as a line break.
QString cellText(QStringView raw)
{
    QString text;
    bool space = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw.at(i);
        if (c == u'\n' && i > 0 && raw.at(i - 1) == u'\x01') {
            continue;
        }
        if (c == u'\x01') {  // marker for <br>
            text.append(u'\n');
            space = false;
            continue;
        }
        if (c.isSpace()) {
            space = !text.isEmpty() && !text.endsWith(u'\n');
            continue;
        }
        if (space) {
            text.append(u' ');
            space = false;
        }
        if (c == u'&') {
            const qsizetype end = raw.indexOf(u';', i + 1);
            if (end > i && end - i <= 10) {
                const QString decoded = decodeEntity(raw.mid(i + 1, end - i - 1));
                if (!decoded.isEmpty()) {
                    text.append(decoded);
                    i = end;
                    continue;
                }
            }
        }
        text.append(c);
    }
    return text.trimmed();
}

// One tag: its lower-case name ("td", "/tr") and attributes text.
struct Tag
{
    QString name;
    QStringView attributes;
};

Tag parseTag(QStringView inside)
{
    qsizetype end = 0;
    while (end < inside.size() && !inside.at(end).isSpace() && inside.at(end) != u'/') {
        ++end;
    }
    if (end == 0 && inside.startsWith(u'/')) {
        end = 1;
        while (end < inside.size() && !inside.at(end).isSpace()) {
            ++end;
        }
    }
    return Tag {inside.left(end).toString().toLower(), inside.mid(end)};
}

int colspanOf(QStringView attributes)
{
    static const QRegularExpression colspan(QStringLiteral(R"(colspan\s*=\s*["']?(\d+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = colspan.match(attributes);
    return match.hasMatch() ? qBound(1, match.captured(1).toInt(), 16384) : 1;
}

class HtmlTableReader final : public TableReader
{
public:
    HtmlTableReader(QString path, QString html, QString encoding)
        : m_path(std::move(path))
        , m_html(std::move(html))
        , m_encoding(std::move(encoding))
    { }

    QList<SheetInfo> sheets() const override { return {SheetInfo {currentSheet(), false, false}}; }
    QString currentSheet() const override { return QFileInfo(m_path).completeBaseName(); }
    QList<ReadWarning> warnings() const override { return {}; }
    QString formatDescription() const override { return Text::tr("web page with a table (HTML, %1)").arg(m_encoding); }
    QString encodingName() const override { return m_encoding; }

    VoidResult readRows(const RowSink &sink, const ProgressSink &progress) override
    {
        SourceRow row;
        QString cell;
        bool inTable = false;
        bool inCell = false;
        int pendingColspan = 1;
        qint64 rowNumber = 0;
        auto closeCell = [&]() {
            if (inCell) {
                const QString text = cellText(cell);
                row.cells.append(text.isEmpty() ? QVariant() : QVariant(text));
                for (int i = 1; i < pendingColspan; ++i) {
                    row.cells.append(QVariant());
                }
                cell.clear();
                inCell = false;
            }
        };
        auto closeRow = [&]() -> bool {
            closeCell();
            if (row.cells.isEmpty()) {
                return true;
            }
            row.number = ++rowNumber;
            while (!row.cells.isEmpty() && row.cells.constLast().isNull()) {
                row.cells.removeLast();
            }
            const bool more = row.cells.isEmpty() || sink(row);
            row.cells.clear();
            return more;
        };
        const QStringView html(m_html);
        for (qsizetype i = 0; i < html.size();) {
            if (html.at(i) != u'<') {
                const qsizetype next = html.indexOf(u'<', i);
                const qsizetype end = next < 0 ? html.size() : next;
                if (inCell) {
                    cell.append(html.mid(i, end - i));
                }
                i = end;
                continue;
            }
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? html.size() : end + 3;
                continue;
            }
            const qsizetype close = html.indexOf(u'>', i + 1);
            if (close < 0) {
                break;
            }
            const Tag tag = parseTag(html.mid(i + 1, close - i - 1));
            i = close + 1;
            if (tag.name == QLatin1String("script") || tag.name == QLatin1String("style")) {
                const qsizetype end = html.indexOf(QString(QStringLiteral("</") + tag.name), i, Qt::CaseInsensitive);
                i = end < 0 ? html.size() : end;
            } else if (tag.name == QLatin1String("table")) {
                inTable = true;
            } else if (!inTable) {
                continue;
            } else if (tag.name == QLatin1String("/table")) {
                break;  // the first table only
            } else if (tag.name == QLatin1String("tr") || tag.name == QLatin1String("/tr")) {
                if (!closeRow()) {
                    return {};
                }
            } else if (tag.name == QLatin1String("td") || tag.name == QLatin1String("th")) {
                closeCell();
                inCell = true;
                pendingColspan = colspanOf(tag.attributes);
            } else if (tag.name == QLatin1String("/td") || tag.name == QLatin1String("/th")) {
                closeCell();
            } else if (tag.name == QLatin1String("br") && inCell) {
                cell.append(u'\x01');
            }
            if ((rowNumber & 0x3FF) == 0 && !reportProgress(progress, i, html.size())) {
                return makeError(Error::Code::Cancelled, Text::tr("cancelled"), errorContext(m_path));
            }
        }
        if (!inTable) {
            return makeError(Error::Code::BadInput,
                             Text::tr("this is a web page (HTML) without a table; open it in Excel, save it as "
                                      ".xlsx and import again"),
                             errorContext(m_path));
        }
        closeRow();
        reportProgress(progress, html.size(), html.size());
        return {};
    }

private:
    QString m_path;
    QString m_html;
    QString m_encoding;
};

}  // namespace

Result<std::unique_ptr<TableReader>> openHtmlTableReader(const QString &path, const ReadOptions &)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::Io, Text::tr("cannot open the file: %1").arg(file.errorString()),
                         errorContext(path));
    }
    if (file.size() > maxFileSize) {
        return makeError(Error::Code::BadInput,
                         Text::tr("this web page (HTML) is larger than 64 MB; open it in Excel, save it as .xlsx "
                                  "and import again"),
                         errorContext(path));
    }
    QString encoding;
    QString html = decodeHtml(file.readAll(), encoding);
    if (!html.contains(QLatin1String("<table"), Qt::CaseInsensitive)) {
        return makeError(Error::Code::BadInput,
                         Text::tr("this is a web page (HTML) without a table; open it in Excel, save it as .xlsx "
                                  "and import again"),
                         errorContext(path));
    }
    return std::unique_ptr<TableReader>(std::make_unique<HtmlTableReader>(path, std::move(html), std::move(encoding)));
}

}  // namespace Crm::Core::Import
