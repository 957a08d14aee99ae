#include "dialectsniffer.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace Crm::Core::Import {

namespace {

constexpr int kMaxSniffRecords = 400;

struct Layout
{
    int columns = 1;
    int matching = 0;  // records with `columns` fields
    int records = 0;
    double strayQuoteShare = 0;  // fields still starting or ending with a quote: wrong quoting
    int doubledDoubleQuotes = 0;  // fields holding "" as text: a '"' escape left unread
    QList<QStringList> parsed;
};

Layout parseSample(QStringView sample, const CsvDialect &dialect)
{
    Layout layout;
    CsvParser parser(dialect);
    const auto sink = [&layout](QStringList &fields, qint64) {
        layout.parsed.append(fields);
        return layout.parsed.size() < kMaxSniffRecords + 1;
    };
    if (parser.feed(sample, sink) && !parser.insideQuotes()) {
        (void)parser.finish(sink);
    }
    // The last record of a cut sample may be incomplete.
    if (layout.parsed.size() > 1) {
        layout.parsed.removeLast();
    }
    QHash<int, int> widths;
    qint64 fieldCount = 0;
    qint64 stray = 0;
    const auto isQuote = [](QChar c) { return c == u'"' || c == u'\''; };
    for (const QStringList &fields : std::as_const(layout.parsed)) {
        ++widths[int(fields.size())];
        for (const QString &field : fields) {
            ++fieldCount;
            if (!field.isEmpty() && (isQuote(field.front()) || isQuote(field.back()))) {
                ++stray;
            }
            if (field.indexOf(QLatin1String("\"\""), 1) > 0) {
                ++layout.doubledDoubleQuotes;
            }
        }
    }
    layout.strayQuoteShare = fieldCount > 0 ? double(stray) / double(fieldCount) : 0;
    layout.records = int(layout.parsed.size());
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (it.key() >= 2
            && (it.value() > layout.matching || (it.value() == layout.matching && it.key() > layout.columns))) {
            layout.columns = it.key();
            layout.matching = it.value();
        }
    }
    return layout;
}

// More records of the same width, and more columns, make a delimiter likelier. Records with
// other widths (preambles, summaries) cost a little.
double layoutScore(const Layout &layout)
{
    if (layout.columns < 2 || layout.matching == 0) {
        return 0;
    }
    const int others = layout.records - layout.matching;
    return (layout.matching - 0.25 * others) * (1.0 + std::log2(double(layout.columns)))
        * (1.0 - layout.strayQuoteShare);
}

// \" against "" between other characters (so not an empty field "" after a delimiter).
bool backslashQuotesDominate(QStringView sample)
{
    qsizetype backslashed = 0;
    qsizetype doubled = 0;
    for (qsizetype i = 1; i + 1 < sample.size(); ++i) {
        if (sample[i] != u'"') {
            continue;
        }
        if (sample[i - 1] == u'\\') {
            ++backslashed;
        } else if (sample[i + 1] == u'"' && sample[i - 1].isLetterOrNumber()) {
            ++doubled;
        }
    }
    return backslashed > doubled;
}

}  // namespace

SniffedDialect sniffDialect(QStringView sample, QChar fixedDelimiter)
{
    struct DelimiterCandidate
    {
        QChar delimiter;
        double weight;
    };
    QList<DelimiterCandidate> delimiters;
    if (!fixedDelimiter.isNull()) {
        delimiters.append({fixedDelimiter, 1.0});
    } else {
        delimiters = {{u',', 1.0}, {u';', 1.0}, {u'\t', 1.0},       {u'|', 1.0}, {u'^', 0.9},
                      {u'~', 0.9}, {u':', 0.6}, {QChar(0x1F), 1.0}, {u' ', 0.4}};
    }
    // '…' quoting with '"' as its escape character: `'Round 48""'` is `Round 48"`.
    const QList<QPair<QChar, QChar>> quoting {{u'"', QChar()}, {u'\'', QChar()}, {u'\'', u'"'}, {u'"', u'\\'}};
    const bool hasDoubledDoubleQuotes = sample.contains(QLatin1String("\"\""));

    // Backslash escapes are likelier than doubled quotes when the sample has more \" than ""
    // inside text: both readings often give the same layout, and then this settles it.
    const bool backslashEscapes = backslashQuotesDominate(sample);

    SniffedDialect best;
    double bestScore = -1;
    Layout bestLayout;
    for (const DelimiterCandidate &candidate : std::as_const(delimiters)) {
        if (!sample.contains(candidate.delimiter)) {
            continue;
        }
        // Set by the '…' reading without escape: its fields keep "" as text, and it reads the
        // sample better than "…" does (so the quote matters at all).
        bool singleQuotedKeepDoubled = false;
        double doubleQuotedScore = 0;
        for (const auto &[quote, escape] : quoting) {
            if (quote == u'\'' && !sample.contains(quote)) {
                continue;
            }
            const bool backslash = escape == u'\\';
            if (backslash && !sample.contains(QStringLiteral("\\\""))) {
                continue;
            }
            if (escape == u'"' && (!hasDoubledDoubleQuotes || !singleQuotedKeepDoubled)) {
                continue;
            }
            // A writer that puts a space after every delimiter (`a, "b, c"`) needs the space
            // skipped before a quote can open a field; only tried when the sample has one.
            const QString spacedQuote = QString(candidate.delimiter) + u' ' + quote;
            const bool trySkip = candidate.delimiter != u' ' && sample.contains(spacedQuote);
            for (const bool skipInitialSpace : {false, true}) {
                if (skipInitialSpace && !trySkip) {
                    continue;
                }
                const CsvDialect dialect {candidate.delimiter, quote, escape, skipInitialSpace};
                Layout layout = parseSample(sample, dialect);
                const double bonus = (backslashEscapes && backslash) || escape == u'"' ? 1.01 : 1.0;
                const double score = layoutScore(layout) * candidate.weight * bonus;
                if (quote == u'"' && escape.isNull()) {
                    doubleQuotedScore = std::max(doubleQuotedScore, score);
                } else if (quote == u'\'' && escape.isNull() && !skipInitialSpace) {
                    singleQuotedKeepDoubled = layout.doubledDoubleQuotes > 0 && score > doubleQuotedScore;
                }
                if (score > bestScore * 1.0001) {
                    bestScore = score;
                    best.dialect = dialect;
                    best.columns = layout.columns;
                    best.consistency = layout.records > 0 ? double(layout.matching) / layout.records : 0;
                    bestLayout = std::move(layout);
                }
            }
        }
    }
    if (bestScore <= 0) {
        // One column, or nothing recognisable: a plain comma-separated reading.
        best.dialect = CsvDialect {fixedDelimiter.isNull() ? QChar(u',') : fixedDelimiter, u'"', QChar()};
        bestLayout = parseSample(sample, best.dialect);
        best.columns = bestLayout.parsed.isEmpty() ? 0 : int(bestLayout.parsed.constFirst().size());
        best.consistency = 1;
    }
    best.decimal = sniffDecimal(bestLayout.parsed, best.dialect.delimiter);
    return best;
}

QChar sniffDecimal(const QList<QStringList> &records, QChar delimiter)
{
    static const QRegularExpression commaDecimal(
        QStringLiteral("^[-+(]?[^\\d\\s]{0,3}\\s?(\\d{1,3}(\\.\\d{3})+,\\d+|\\d+,\\d{1,2})\\)?\\s?[^\\d\\s]{0,3}$"));
    static const QRegularExpression dotDecimal(
        QStringLiteral("^[-+(]?[^\\d\\s]{0,3}\\s?(\\d{1,3}(,\\d{3})+\\.\\d+|\\d+\\.\\d{1,2})\\)?\\s?[^\\d\\s]{0,3}$"));
    int commas = 0;
    int dots = 0;
    for (const QStringList &fields : records) {
        for (const QString &field : fields) {
            const QString cell = field.trimmed();
            if (cell.isEmpty() || cell.size() > 24) {
                continue;
            }
            // With ',' as delimiter a decimal comma can only live inside quotes; still counted.
            if (commaDecimal.match(cell).hasMatch()) {
                ++commas;
            } else if (dotDecimal.match(cell).hasMatch()) {
                ++dots;
            }
        }
    }
    Q_UNUSED(delimiter)
    return commas > dots ? QChar(u',') : QChar(u'.');
}

}  // namespace Crm::Core::Import
