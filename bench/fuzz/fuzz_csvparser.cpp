// CsvParser: any text, any dialect, any chunking. Invariant: feeding the text in chunks
// gives exactly the records of feeding it whole (the reader streams 64 KiB blocks, so a
// chunk boundary inside a quote, CRLF or escape must not change the result).

#include "fuzzsupport.h"
#include "import/csv/csvparser.h"

#include <QList>
#include <QStringList>

using namespace Crm::Core::Import;

namespace {

struct Record
{
    QStringList fields;
    qint64 line = 0;
    bool operator==(const Record &other) const { return fields == other.fields && line == other.line; }
};

QList<Record> parse(const CsvDialect &dialect, QStringView text, qsizetype chunk)
{
    QList<Record> records;
    CsvParser parser(dialect);
    const CsvParser::RecordSink sink = [&records](QStringList &fields, qint64 line) {
        records.append({fields, line});
        return true;
    };
    for (qsizetype pos = 0; pos < text.size(); pos += chunk) {
        parser.feed(text.mid(pos, qMin(chunk, text.size() - pos)), sink);
    }
    parser.finish(sink);
    return records;
}

}  // namespace

CRM_FUZZ_ENTRY(csvparser)
{
    if (size < 2) {
        return 0;
    }
    static const char16_t delimiters[] = {u',', u';', u'\t', u'|', u' '};
    static const char16_t quotes[] = {u'"', u'\'', 0};
    CsvDialect dialect;
    dialect.delimiter = QChar(delimiters[data[0] % 5]);
    dialect.quote = QChar(quotes[(data[0] / 5) % 3]);
    dialect.escape = (data[0] / 15) % 2 ? QChar(u'\\') : QChar();
    const qsizetype chunk = 1 + data[1] % 17;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 2), qsizetype(size - 2));
    const QList<Record> whole = parse(dialect, text, qMax<qsizetype>(1, text.size()));
    const QList<Record> chunked = parse(dialect, text, chunk);
    CRM_FUZZ_ASSERT(whole == chunked);
    return 0;
}
