#include "csvparser.h"

namespace Crm::Core::Import {

CsvParser::CsvParser(CsvDialect dialect)
    : m_dialect(dialect)
{ }

void CsvParser::endField()
{
    m_fields.append(m_field);
    m_field.clear();
    m_state = State::FieldStart;
}

bool CsvParser::endRecord(const RecordSink &sink)
{
    endField();
    bool keepGoing = true;
    if (m_recordHasContent) {
        keepGoing = sink(m_fields, m_recordLine);
    }
    m_fields.clear();
    m_recordHasContent = false;
    return keepGoing;
}

bool CsvParser::feed(QStringView text, const RecordSink &sink)
{
    const QChar delimiter = m_dialect.delimiter;
    const QChar quote = m_dialect.quote;
    const QChar escape = m_dialect.escape;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (m_skipLf) {
            m_skipLf = false;
            if (c == u'\n') {
                continue;
            }
        }
        const bool newline = c == u'\n' || c == u'\r';
        if (newline && m_state != State::Quoted && m_state != State::QuotedEscape) {
            ++m_line;
            m_skipLf = c == u'\r';
            const bool keepGoing = endRecord(sink);
            m_recordLine = m_line;
            if (!keepGoing) {
                return false;
            }
            continue;
        }
        if (!m_recordHasContent) {
            m_recordHasContent = true;
            m_recordLine = m_line;
        }
        switch (m_state) {
        case State::FieldStart:
            if (c == delimiter) {
                endField();
            } else if (!quote.isNull() && c == quote) {
                m_state = State::Quoted;
            } else {
                m_field.append(c);
                m_state = State::Unquoted;
            }
            break;
        case State::Unquoted:
            if (c == delimiter) {
                endField();
            } else {
                m_field.append(c);
            }
            break;
        case State::Quoted:
            if (!escape.isNull() && c == escape) {
                m_state = State::QuotedEscape;
            } else if (c == quote) {
                m_state = State::QuoteInQuoted;
            } else {
                // A quoted CRLF is one line break, also when a chunk ends between CR and LF.
                if (c == u'\r' || (c == u'\n' && !m_quotedCr)) {
                    ++m_line;
                }
                m_quotedCr = c == u'\r';
                m_field.append(c);
            }
            break;
        case State::QuotedEscape:
            m_field.append(c);
            m_state = State::Quoted;
            break;
        case State::QuoteInQuoted:
            if (c == quote) {
                m_field.append(c);  // doubled quote
                m_state = State::Quoted;
            } else if (c == delimiter) {
                endField();
            } else if (c == u' ' || c == u'\t') {
                m_state = State::AfterQuoted;  // padding after the closing quote
            } else {
                m_field.append(c);
                m_state = State::Unquoted;
            }
            break;
        case State::AfterQuoted:
            if (c == delimiter) {
                endField();
            } else if (c != u' ' && c != u'\t') {
                m_field.append(c);
                m_state = State::Unquoted;
            }
            break;
        }
    }
    return true;
}

bool CsvParser::finish(const RecordSink &sink)
{
    if (m_recordHasContent || !m_fields.isEmpty()) {
        m_recordHasContent = true;
        return endRecord(sink);
    }
    return true;
}

}  // namespace Crm::Core::Import
