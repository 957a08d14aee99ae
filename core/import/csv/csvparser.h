#pragma once

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
};

// Incremental RFC 4180 parser, lenient like spreadsheet programs: text after a closing
// quote joins the field, quotes inside unquoted fields are literal, CR, LF and CRLF end
// records. Feed it text in chunks of any size; records arrive with the physical line on
// which they started. Empty lines produce no record.
class CsvParser
{
public:
    using RecordSink = std::function<bool(QStringList &fields, qint64 line)>;  // false stops

    explicit CsvParser(CsvDialect dialect);

    // Returns false when the sink asked to stop.
    bool feed(QStringView text, const RecordSink &sink);
    // Ends the last record (a file without a final newline).
    bool finish(const RecordSink &sink);

    qint64 currentLine() const { return m_line; }
    bool insideQuotes() const { return m_state == State::Quoted || m_state == State::QuotedEscape; }

private:
    enum class State { FieldStart, Unquoted, Quoted, QuotedEscape, QuoteInQuoted, AfterQuoted };

    void endField();
    bool endRecord(const RecordSink &sink);

    CsvDialect m_dialect;
    State m_state = State::FieldStart;
    QString m_field;
    QStringList m_fields;
    qint64 m_line = 1;
    qint64 m_recordLine = 1;
    bool m_skipLf = false;
    bool m_recordHasContent = false;
    bool m_quotedCr = false;
};

}  // namespace Crm::Core::Import
