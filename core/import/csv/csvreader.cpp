#include "csvreader.h"

#include "csvparser.h"
#include "dialectsniffer.h"
#include "encodingdetector.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

constexpr qsizetype kSniffBytes = 64 * 1024;
constexpr qsizetype kChunkBytes = 1024 * 1024;
constexpr int kMaxRaggedWarnings = 100;

QString delimiterName(QChar delimiter)
{
    if (delimiter == u'\t') {
        return QStringLiteral("\\t");
    }
    if (delimiter == u' ') {
        return QStringLiteral("space");
    }
    return QString(delimiter);
}

// A text file is mostly printable: many NULs or control characters mean binary data.
bool looksBinary(QStringView text)
{
    qsizetype control = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t' && u != u'\r' && u != u'\n' && u != 0x1F && u != 0x0C) || u == 0xFFFD) {
            ++control;
        }
    }
    return text.size() > 0 && control * 10 > text.size();
}

class CsvReader final : public TableReader
{
public:
    CsvReader(QString path, EncodingGuess encoding, SniffedDialect dialect, QList<ReadWarning> warnings)
        : m_path(std::move(path))
        , m_encoding(std::move(encoding))
        , m_dialect(dialect)
        , m_openWarnings(std::move(warnings))
    { }

    QList<SheetInfo> sheets() const override { return {SheetInfo {currentSheet(), false, false}}; }
    QString currentSheet() const override { return QFileInfo(m_path).completeBaseName(); }
    QList<ReadWarning> warnings() const override { return m_openWarnings + m_readWarnings; }
    QString encodingName() const override { return codecDisplayName(m_encoding); }
    QChar delimiter() const override { return m_dialect.dialect.delimiter; }
    QChar decimalHint() const override { return m_dialect.decimal; }

    QString formatDescription() const override
    {
        return QStringLiteral("%1, '%2'").arg(encodingName(), delimiterName(m_dialect.dialect.delimiter));
    }

    VoidResult readRows(const RowSink &sink, const ProgressSink &progress) override
    {
        m_readWarnings.clear();
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            return makeError(Error::Code::Io, Text::tr("Cannot read the file: %1").arg(file.errorString()),
                             {m_path, {}, -1, {}});
        }
        const qint64 total = file.size();
        file.seek(m_encoding.bomLength);
        QStringDecoder decoder(m_encoding.codec.constData());
        CsvParser parser(m_dialect.dialect);
        SourceRow row;
        int ragged = 0;
        const int expected = m_dialect.columns;
        const auto recordSink = [&](QStringList &fields, qint64 line) {
            row.number = line;
            row.cells.clear();
            row.cells.reserve(fields.size());
            for (QString &field : fields) {
                row.cells.append(field.isEmpty() ? QVariant() : QVariant(std::move(field)));
            }
            if (expected > 1 && fields.size() != expected) {
                if (++ragged <= kMaxRaggedWarnings) {
                    m_readWarnings.append({ReadWarning::Kind::RaggedRow, line,
                                           Text::tr("Row %1 has %2 fields where the file mostly has %3.")
                                               .arg(line)
                                               .arg(fields.size())
                                               .arg(expected)});
                }
            }
            return sink(row);
        };
        const auto overflowError = [&] {
            const bool cell = parser.overflow() == CsvParser::Overflow::Cell;
            const QString message = cell
                ? Text::tr("A cell holds more than %L1 characters, more than any spreadsheet program keeps in one "
                           "cell. The file is damaged or has a quote that is never closed.")
                      .arg(qint64(parser.limits().cellChars))
                : Text::tr("A row holds more than %L1 characters. The file is damaged or has a quote that is never "
                           "closed.")
                      .arg(qint64(parser.limits().rowChars));
            return makeError(
                Error::Code::BadInput, message,
                {m_path, {}, parser.overflowLine(), cell ? QString::number(parser.overflowColumn()) : QString()});
        };
        qint64 done = m_encoding.bomLength;
        qsizetype replacements = 0;
        // One buffer for the whole file, no larger than the file: a small file does not pay
        // for a 1 MiB allocation (which under AddressSanitizer is an mmap and a memset).
        QByteArray bytes(qsizetype(total > 0 ? qMin<qint64>(kChunkBytes, total + 1) : kChunkBytes), Qt::Uninitialized);
        const qsizetype capacity = bytes.size();
        bool stopped = false;
        while (!stopped) {
            bytes.resize(capacity);
            const qint64 got = file.read(bytes.data(), capacity);
            bytes.resize(qMax<qint64>(got, 0));
            if (bytes.isEmpty()) {
                if (file.error() != QFileDevice::NoError) {
                    return makeError(Error::Code::Io, Text::tr("Reading stopped: %1").arg(file.errorString()),
                                     {m_path, {}, parser.currentLine(), {}});
                }
                break;
            }
            done += bytes.size();
            const QString text = decoder.decode(bytes);
            replacements += text.count(QChar(QChar::ReplacementCharacter));
            stopped = !parser.feed(text, recordSink);
            if (parser.overflow() != CsvParser::Overflow::None) {
                return overflowError();
            }
            if (!stopped && !reportProgress(progress, done, total)) {
                return makeError(Error::Code::Cancelled, Text::tr("Reading was cancelled."), {m_path, {}, -1, {}});
            }
        }
        if (!stopped) {
            const QString tail = decoder.decode(QByteArray());
            if (!tail.isEmpty()) {
                stopped = !parser.feed(tail, recordSink);
                if (parser.overflow() != CsvParser::Overflow::None) {
                    return overflowError();
                }
            }
            if (!stopped) {
                if (parser.insideQuotes()) {
                    m_readWarnings.append({ReadWarning::Kind::Other, parser.currentLine(),
                                           Text::tr("The file ends inside a quoted field.")});
                }
                (void)parser.finish(recordSink);
            }
        }
        if (ragged > kMaxRaggedWarnings) {
            m_readWarnings.append({ReadWarning::Kind::RaggedRow, -1,
                                   Text::tr("%1 rows in all have an unusual number of fields.").arg(ragged)});
        }
        if (replacements > 0) {
            m_readWarnings.append(
                {ReadWarning::Kind::EncodingGuess, -1,
                 Text::tr("%1 characters could not be decoded as %2.").arg(replacements).arg(encodingName())});
        }
        return {};
    }

private:
    QString m_path;
    EncodingGuess m_encoding;
    SniffedDialect m_dialect;
    QList<ReadWarning> m_openWarnings;
    QList<ReadWarning> m_readWarnings;
};

Result<EncodingGuess> chooseEncoding(const QString &path, const QByteArray &sample, bool complete,
                                     const QString &requested)
{
    if (requested.isEmpty() || requested.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        return detectEncoding(sample, complete);
    }
    EncodingGuess guess;
    guess.codec = requested.toLatin1();
    if (!isCodecAvailable(guess.codec)) {
        return makeError(Error::Code::BadUsage,
                         Text::tr("Unknown or unsupported encoding \"%1\" (try UTF-8, UTF-16LE, GB18030, Big5, "
                                  "Shift_JIS or windows-1252).")
                             .arg(requested),
                         {path, {}, -1, {}});
    }
    // Skip a BOM of the same family, so "--encoding UTF-8" on a BOM file works.
    const EncodingGuess bom = detectEncoding(sample.left(4), false);
    if (bom.bomLength > 0 && QString::fromLatin1(bom.codec).startsWith(requested.left(5), Qt::CaseInsensitive)) {
        guess.bomLength = bom.bomLength;
    }
    return guess;
}

}  // namespace

Result<std::unique_ptr<TableReader>> openCsvReader(const QString &path, const ReadOptions &options)
{
    const ErrorContext where {path, {}, -1, {}};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::BadInput, Text::tr("Cannot open the file: %1").arg(file.errorString()), where);
    }
    const QByteArray sample = file.read(kSniffBytes);
    const bool complete = file.atEnd();
    if (sample.isEmpty()) {
        return makeError(Error::Code::BadInput, Text::tr("The file is empty."), where);
    }
    Result<EncodingGuess> encoding = chooseEncoding(path, sample, complete, options.encoding);
    if (!encoding) {
        return encoding.error();
    }
    QStringDecoder decoder(encoding->codec.constData());
    const QString text = decoder.decode(sample.mid(encoding->bomLength));
    if (looksBinary(text)) {
        return makeError(Error::Code::BadInput,
                         Text::tr("This is not a text table (it looks like binary data). Save it as CSV or .xlsx "
                                  "and import again."),
                         where);
    }
    QList<ReadWarning> warnings;
    if (!encoding->pureAscii && encoding->margin < 1.0 && encoding->bomLength == 0
        && (options.encoding.isEmpty() || options.encoding == QLatin1String("auto"))) {
        warnings.append({ReadWarning::Kind::EncodingGuess, -1,
                         Text::tr("The encoding %1 is a guess; if the text looks wrong, choose the encoding.")
                             .arg(codecDisplayName(encoding.value()))});
    }
    SniffedDialect dialect = sniffDialect(text, options.delimiter);
    if (!options.decimal.isNull()) {
        dialect.decimal = options.decimal;
    }
    return std::unique_ptr<TableReader>(
        std::make_unique<CsvReader>(path, std::move(encoding).value(), dialect, std::move(warnings)));
}

}  // namespace Crm::Core::Import
