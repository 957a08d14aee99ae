#pragma once

#include "import/tablereader.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

namespace Crm::Core::Import {

struct CsvDialect
{
    QChar delimiter = u',';
    QChar quote = u'"';  // null: no quoting
    QChar escape;  // null: quotes are escaped by doubling them
    // Spaces right after a delimiter are not part of the next field, so `a, "b, c"` is two
    // fields (Python's skipinitialspace: writers that always put a space after the comma).
    bool skipInitialSpace = false;
};

// How much one record may hold. A field longer than `cellChars` or a record longer than
// `rowChars` (UTF-16 code units) stops the parser, so a hostile or broken file (one huge
// cell, an unclosed quote swallowing the rest of the file) is refused in bounded memory.
struct CsvLimits
{
    // kMaxCellChars (tablereader.h), the limit the spreadsheet readers share.
    qsizetype cellChars = kMaxCellChars;
    // 8 Mi characters (16 MiB as UTF-16): room for Excel's 16,384 columns of 500 characters.
    qsizetype rowChars = qsizetype(8) << 20;
};

// Incremental RFC 4180 parser, lenient like spreadsheet programs: text after a closing
// quote joins the field, quotes inside unquoted fields are literal, CR, LF and CRLF end
// records. Feed it text in chunks of any size; records arrive with the physical line on
// which they started. Empty lines produce no record.
// Broken quoting is recovered where it shows: a quoted field whose closing quote is followed
// by other text, and that took in a delimiter or a line break, was misread. Either a quote
// inside it that the writer did not double ends it (`"Round 48"","Made in...` is `Round 48"`
// and a quoted `Made in...`), or, without such a quote, the opening quote was a stray one
// (`"28/01/2018,00:00,...` is `"28/01/2018` and more fields); the rest is read again.
class CsvParser
{
public:
    using RecordSink = std::function<bool(QStringList &fields, qint64 line)>;  // false stops

    explicit CsvParser(CsvDialect dialect, CsvLimits limits = {});

    // Returns false when the sink asked to stop or a limit was exceeded (overflowed()).
    bool feed(QStringView text, const RecordSink &sink);
    // Ends the last record (a file without a final newline).
    bool finish(const RecordSink &sink);

    qint64 currentLine() const { return m_line; }
    bool insideQuotes() const { return m_state == State::Quoted || m_state == State::QuotedEscape; }

    enum class Overflow { None, Cell, Row };
    // Which limit stopped the parser, in which record (its first line) and field (1-based).
    Overflow overflow() const { return m_overflow; }
    qint64 overflowLine() const { return m_recordLine; }
    int overflowColumn() const { return int(m_fields.size()) + 1; }
    const CsvLimits &limits() const { return m_limits; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuotedEscape, QuoteInQuoted, AfterQuoted };

    bool parse(QStringView text, const RecordSink &sink);
    void endField();
    bool endRecord(const RecordSink &sink);
    bool checkLimits();
    qsizetype misreadQuotedField() const;
    bool rereadQuotedField(qsizetype keep, QChar next, const RecordSink &sink);

    CsvDialect m_dialect;
    CsvLimits m_limits;
    Overflow m_overflow = Overflow::None;
    qsizetype m_recordChars = 0;  // in the record's completed fields
    State m_state = State::FieldStart;
    QString m_field;
    qint64 m_quoteLine = 1;  // the line of the current quoted field's open quote
    QStringList m_fields;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    bool m_skipLf = false;
    bool m_recordHasContent = false;
    bool m_quotedCr = false;
};

}  // namespace Crm::Core::Import
