#include "csvparser.h"

namespace Crm::Core::Import {

namespace {

// End of the run of characters from `from` that none of a, b, c, d is.
qsizetype runEnd(QStringView text, qsizetype from, char16_t a, char16_t b, char16_t c, char16_t d)
{
    const char16_t *data = text.utf16();
    const qsizetype size = text.size();
    qsizetype i = from;
    while (i < size) {
        const char16_t ch = data[i];
        if (ch == a || ch == b || ch == c || ch == d) {
            break;
        }
        ++i;
    }
    return i;
}

}  // namespace

CsvParser::CsvParser(CsvDialect dialect, CsvLimits limits)
    : m_dialect(dialect)
    , m_limits(limits)
{ }

void CsvParser::endField()
{
    m_recordChars += m_field.size();
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
    m_recordChars = 0;
    m_recordHasContent = false;
    return keepGoing;
}

bool CsvParser::checkLimits()
{
    if (m_field.size() > m_limits.cellChars) {
        m_overflow = Overflow::Cell;
    } else if (m_recordChars + m_field.size() > m_limits.rowChars) {
        m_overflow = Overflow::Row;
    }
    return m_overflow == Overflow::None;
}

bool CsvParser::feed(QStringView text, const RecordSink &sink)
{
    if (m_overflow != Overflow::None) {
        return false;
    }
    return parse(text, sink);
}

// The quoted field just "closed" is followed by `next`, which is no delimiter, quote or
// padding. When the field took in a delimiter or a line break, its quotes were misread:
// - a quote right before a delimiter or line break inside it (`"Round 48"","Made in`: the
//   writer did not double the quote of 48") was text, and the one after it ended the field;
// - otherwise the quote that opened the field was a stray one (`"28/01/2018,00:00,...`).
// Only for doubled-quote escaping, where the text read can be rebuilt from the field (each
// quote doubled, then the closing one). Returns the length of the field to keep, or -1.
qsizetype CsvParser::misreadQuotedField() const
{
    if (!m_dialect.escape.isNull()) {
        return -1;
    }
    const QChar delimiter = m_dialect.delimiter;
    const QChar quote = m_dialect.quote;
    const auto endsField = [delimiter](QChar c) { return c == delimiter || c == u'\n' || c == u'\r'; };
    bool spans = false;
    for (qsizetype i = 0; i < m_field.size(); ++i) {
        if (endsField(m_field[i])) {
            if (i > 0 && m_field[i - 1] == quote) {
                return i;
            }
            spans = true;
        }
    }
    return spans ? 0 : -1;
}

// Keeps the first `keep` characters of the quoted field (none: the stray quote itself
// starts the field as text) and reads the rest again as unquoted text.
bool CsvParser::rereadQuotedField(qsizetype keep, QChar next, const RecordSink &sink)
{
    const QChar quote = m_dialect.quote;
    QString text;
    text.reserve(m_field.size() - keep + 2);
    for (qsizetype i = keep; i < m_field.size(); ++i) {
        const QChar c = m_field[i];
        text.append(c);
        if (c == quote) {
            text.append(c);
        }
    }
    text.append(quote);
    text.append(next);
    // Line breaks in the part kept (CR, LF or CRLF each one line).
    m_line = m_quoteLine;
    for (qsizetype i = 0; i < keep; ++i) {
        if (m_field[i] == u'\r' || (m_field[i] == u'\n' && (i == 0 || m_field[i - 1] != u'\r'))) {
            ++m_line;
        }
    }
    m_field = keep > 0 ? m_field.left(keep) : QString(quote);
    m_state = State::Unquoted;
    m_quotedCr = false;
    return parse(text, sink);
}

bool CsvParser::parse(QStringView text, const RecordSink &sink)
{
    const QChar delimiter = m_dialect.delimiter;
    const QChar quote = m_dialect.quote;
    const QChar escape = m_dialect.escape;
    const char16_t d = delimiter.unicode();
    const char16_t q = quote.isNull() ? d : quote.unicode();
    const char16_t e = escape.isNull() ? q : escape.unicode();
    // Appends the ordinary characters from i + 1 on to the field in one go (they need no
    // state change) and returns the index of the last one.
    const auto appendRun = [&](qsizetype i, char16_t a, char16_t b) {
        const qsizetype end = runEnd(text, i + 1, a, b, u'\n', u'\r');
        if (end > i + 1) {
            m_field.append(text.mid(i + 1, end - i - 1));
        }
        return end - 1;
    };
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
        if (m_state == State::FieldStart && c == u' ' && m_dialect.skipInitialSpace) {
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
                m_quoteLine = m_line;
                m_quotedCr = false;
            } else {
                m_field.append(c);
                m_state = State::Unquoted;
                i = appendRun(i, d, d);
            }
            break;
        case State::Unquoted:
            if (c == delimiter) {
                endField();
            } else {
                m_field.append(c);
                i = appendRun(i, d, d);
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
                if (!newline) {
                    i = appendRun(i, q, e);
                }
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
            } else if (const qsizetype keep = misreadQuotedField(); keep >= 0) {
                if (!rereadQuotedField(keep, c, sink)) {
                    return false;
                }
                continue;
            } else {
                m_field.append(c);
                m_state = State::Unquoted;
                i = appendRun(i, d, d);
            }
            break;
        case State::AfterQuoted:
            if (c == delimiter) {
                endField();
            } else if (c != u' ' && c != u'\t') {
                m_field.append(c);
                m_state = State::Unquoted;
                i = appendRun(i, d, d);
            }
            break;
        }
        if (!checkLimits()) {
            return false;
        }
    }
    return true;
}

bool CsvParser::finish(const RecordSink &sink)
{
    if (m_overflow != Overflow::None) {
        return false;
    }
    if (m_recordHasContent || !m_fields.isEmpty()) {
        m_recordHasContent = true;
        return endRecord(sink);
    }
    return true;
}

}  // namespace Crm::Core::Import
