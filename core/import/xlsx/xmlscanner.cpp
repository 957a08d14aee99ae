#include "xmlscanner.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace Crm::Core::Import::Xlsx {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

constexpr qsizetype kMaxEntityBytes = 32;  // "&#x0010FFFF;" and a few more leading zeros

// Character classes of the bytes, looked up per byte of every tag.
enum : unsigned char { kSpace = 1, kNameChar = 2, kNameStart = 4, kValueSpecial = 8 };

constexpr std::array<unsigned char, 256> makeClasses()
{
    std::array<unsigned char, 256> classes {};
    for (int c = 0; c < 256; ++c) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        const bool nameChar
            = !(space || c == '/' || c == '>' || c == '<' || c == '=' || c == '"' || c == '\'' || c == '&');
        const bool nameStart = nameChar && !(c == '!' || c == '?' || c == '-' || c == '.' || (c >= '0' && c <= '9'));
        // What ends or needs decoding in an attribute value: quotes, '<', '&', white space
        // other than a blank.
        const bool valueSpecial = c == '"' || c == '\'' || c == '<' || c == '&' || (space && c != ' ');
        classes[size_t(c)] = (space ? kSpace : 0) | (nameChar ? kNameChar : 0) | (nameStart ? kNameStart : 0)
            | (valueSpecial ? kValueSpecial : 0);
    }
    return classes;
}

constexpr std::array<unsigned char, 256> kClasses = makeClasses();

inline bool isSpace(char c)
{
    return kClasses[uchar(c)] & kSpace;
}

bool isXmlChar(char32_t u)
{
    return u == 0x9 || u == 0xA || u == 0xD || (u >= 0x20 && u <= 0xD7FF) || (u >= 0xE000 && u <= 0xFFFD)
        || (u >= 0x10000 && u <= 0x10FFFF);
}

void appendUtf8(std::string &out, char32_t u)
{
    if (u < 0x80) {
        out.push_back(char(u));
    } else if (u < 0x800) {
        out.push_back(char(0xC0 | (u >> 6)));
        out.push_back(char(0x80 | (u & 0x3F)));
    } else if (u < 0x10000) {
        out.push_back(char(0xE0 | (u >> 12)));
        out.push_back(char(0x80 | ((u >> 6) & 0x3F)));
        out.push_back(char(0x80 | (u & 0x3F)));
    } else {
        out.push_back(char(0xF0 | (u >> 18)));
        out.push_back(char(0x80 | ((u >> 12) & 0x3F)));
        out.push_back(char(0x80 | ((u >> 6) & 0x3F)));
        out.push_back(char(0x80 | (u & 0x3F)));
    }
}

// A name must not start with what cannot start an XML name; the rest is not checked
// (non-ASCII names are allowed in XML and read as bytes here).
inline bool isNameStart(char c)
{
    return kClasses[uchar(c)] & kNameStart;
}

inline bool isNameChar(char c)
{
    return kClasses[uchar(c)] & kNameChar;
}

// Newlines in [begin, end): memchr skips the long runs without one (a worksheet is often a
// single line), where counting byte by byte cost as much as inflating the part.
qint64 countNewlines(const char *begin, const char *end)
{
    qint64 count = 0;
    while (begin < end) {
        const void *newline = std::memchr(begin, '\n', size_t(end - begin));
        if (!newline) {
            break;
        }
        ++count;
        begin = static_cast<const char *>(newline) + 1;
    }
    return count;
}

// Byte equality without a memcmp call for the one- and two-letter names of a worksheet.
inline bool sameBytes(const char *a, qsizetype aSize, const char *b, qsizetype bSize)
{
    if (aSize != bSize || (aSize > 0 && a[0] != b[0])) {
        return false;
    }
    return aSize <= 1 || std::memcmp(a + 1, b + 1, size_t(aSize - 1)) == 0;
}

QString printable(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes.first(qMin<qsizetype>(bytes.size(), 40)));
}

}  // namespace

XmlScanner::XmlScanner(QIODevice *device)
    : XmlScanner(device, Limits())
{ }

XmlScanner::XmlScanner(QIODevice *device, Limits limits)
    : m_device(device)
    , m_limits(limits)
{
    m_limits.chunkBytes = qMax<qsizetype>(m_limits.chunkBytes, 1);
}

std::optional<QByteArrayView> XmlScanner::findAttribute(QByteArrayView qualifiedName) const
{
    for (const Attribute &attribute : m_attributes) {
        if (sameBytes(m_buffer.constData() + attribute.nameStart, attribute.nameSize, qualifiedName.data(),
                      qualifiedName.size())) {
            const char *base = attribute.decoded ? m_decodedValues.data() : m_buffer.constData();
            return QByteArrayView(base + attribute.valueStart, attribute.valueSize);
        }
    }
    return std::nullopt;
}

void XmlScanner::raiseError(const QString &message)
{
    if (!hasError()) {
        m_error = message;
    }
    m_token = Token::Invalid;
}

XmlScanner::Token XmlScanner::fail(const QString &message)
{
    raiseError(message);
    return Token::Invalid;
}

qint64 XmlScanner::lineNumber() const
{
    return m_lines + countNewlines(m_buffer.constData(), m_buffer.constData() + m_pos);
}

XmlScanner::Token XmlScanner::next()
{
    return scan(nullptr, 0);
}

XmlScanner::Token XmlScanner::nextCollecting(std::string &text, qsizetype maxBytes)
{
    return scan(&text, maxBytes);
}

XmlScanner::Token XmlScanner::skipCurrentElement()
{
    const int target = depth() - 1;
    for (;;) {
        const Token token = next();
        if ((token == Token::EndElement && depth() == target) || token == Token::Invalid
            || token == Token::EndDocument) {
            return token;
        }
    }
}

// fill() when the buffer holds fewer than `needed` bytes from m_pos: reads more.
bool XmlScanner::refill(qsizetype needed)
{
    if (m_end - m_pos >= needed) {
        return true;
    }
    if (m_pos > 0) {
        m_lines += countNewlines(m_buffer.constData(), m_buffer.constData() + m_pos);
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(m_end - m_pos));
        m_end -= m_pos;
        m_pos = 0;
    }
    while (m_end < needed && !m_eof) {
        if (m_decoder) {
            m_raw.resize(m_limits.chunkBytes);
            const qint64 got = m_device->read(m_raw.data(), m_raw.size());
            if (got <= 0) {
                m_eof = true;
                break;
            }
            m_bytesRead += got;
            const QByteArray converted = QString((*m_decoder)(QByteArrayView(m_raw.constData(), got))).toUtf8();
            if (m_buffer.size() < m_end + converted.size()) {
                m_buffer.resize(qMax(m_buffer.size() * 2, m_end + converted.size()));
            }
            std::memcpy(m_buffer.data() + m_end, converted.constData(), size_t(converted.size()));
            m_end += converted.size();
        } else {
            if (m_buffer.size() < m_end + m_limits.chunkBytes) {
                m_buffer.resize(qMax(m_buffer.size() * 2, m_end + m_limits.chunkBytes));
            }
            const qint64 got = m_device->read(m_buffer.data() + m_end, m_limits.chunkBytes);
            if (got <= 0) {
                m_eof = true;
                break;
            }
            m_bytesRead += got;
            m_end += got;
        }
    }
    return m_end - m_pos >= needed;
}

// Looks at the first bytes for a byte order mark or an encoding declaration.
bool XmlScanner::start()
{
    m_started = true;
    fill(6);
    const auto *b = reinterpret_cast<const uchar *>(m_buffer.constData());
    const qsizetype n = m_end;
    std::optional<QStringDecoder> decoder;
    if (n >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
        m_pos = 3;
        return true;
    }
    if (n >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == '<' && b[1] == 0))) {
        decoder.emplace(QStringDecoder::Utf16LE);
    } else if (n >= 2 && ((b[0] == 0xFE && b[1] == 0xFF) || (b[0] == 0 && b[1] == '<'))) {
        decoder.emplace(QStringDecoder::Utf16BE);
    } else if (QByteArrayView(m_buffer.constData(), n).startsWith("<?xml")) {
        while (!m_eof && m_end < 1024 && QByteArrayView(m_buffer.constData(), m_end).indexOf("?>") < 0) {
            fill(m_end + 1);
        }
        const QByteArrayView head(m_buffer.constData(), m_end);
        const qsizetype close = head.indexOf("?>");
        const QByteArrayView declaration = head.first(close < 0 ? 0 : close);
        const qsizetype at = declaration.indexOf("encoding");
        if (at >= 0) {
            qsizetype k = at + 8;
            while (k < declaration.size() && (isSpace(declaration.at(k)) || declaration.at(k) == '=')) {
                ++k;
            }
            if (k < declaration.size() && (declaration.at(k) == '"' || declaration.at(k) == '\'')) {
                const char quote = declaration.at(k);
                const qsizetype end = declaration.indexOf(quote, k + 1);
                const QByteArray name
                    = declaration.sliced(k + 1, (end < 0 ? declaration.size() : end) - k - 1).toByteArray();
                const QByteArray lower = name.toLower();
                if (lower != "utf-8" && lower != "utf8") {
                    decoder.emplace(name.constData());
                    if (!decoder->isValid()) {
                        raiseError(Text::tr("the text encoding %1 is not supported").arg(QString::fromLatin1(name)));
                        return false;
                    }
                }
            }
        }
    }
    if (decoder) {
        m_decoder = std::move(decoder);
        const QByteArray converted = QString((*m_decoder)(QByteArrayView(m_buffer.constData(), m_end))).toUtf8();
        m_buffer = converted;
        m_pos = 0;
        m_end = converted.size();
    }
    return true;
}

bool XmlScanner::append(std::string &text, const char *data, qsizetype size, qsizetype maxBytes)
{
    if (size == 0) {
        return true;
    }
    if (qsizetype(text.size()) + size > maxBytes) {
        m_textOverflow = true;
        raiseError(QStringLiteral("text too long"));
        return false;
    }
    // Line ends are normalised as XML requires: CR LF and a lone CR become LF.
    bool cr = false;
    if (size <= 32) {
        for (qsizetype i = 0; i < size && !cr; ++i) {
            cr = data[i] == '\r';
        }
    } else {
        cr = std::memchr(data, '\r', size_t(size)) != nullptr;
    }
    if (!cr && !(m_lastWasCr && data[0] == '\n')) {
        text.append(data, size_t(size));
        m_lastWasCr = false;
        return true;
    }
    for (qsizetype i = 0; i < size; ++i) {
        const char c = data[i];
        if (c == '\n' && m_lastWasCr) {
            m_lastWasCr = false;
            continue;
        }
        m_lastWasCr = c == '\r';
        text.push_back(c == '\r' ? '\n' : c);
    }
    return true;
}

// Resolves the entity between '&' and ';' (exclusive) into `out`, or fails.
bool XmlScanner::decodeEntity(const char *begin, const char *end, std::string *out)
{
    const QByteArrayView name(begin, end - begin);
    char32_t value = 0;
    if (name.startsWith('#')) {
        const bool hex = name.size() > 1 && name.at(1) == 'x';
        const QByteArrayView digits = name.sliced(hex ? 2 : 1);
        bool valid = !digits.isEmpty();
        for (const char c : digits) {
            int digit = -1;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (hex && c >= 'a' && c <= 'f') {
                digit = c - 'a' + 10;
            } else if (hex && c >= 'A' && c <= 'F') {
                digit = c - 'A' + 10;
            }
            if (digit < 0 || value > 0x10FFFF) {
                valid = false;
                break;
            }
            value = value * (hex ? 16 : 10) + char32_t(digit);
        }
        if (!valid || !isXmlChar(value)) {
            raiseError(Text::tr("invalid character reference &%1;").arg(printable(name)));
            return false;
        }
    } else if (name == "amp") {
        value = '&';
    } else if (name == "lt") {
        value = '<';
    } else if (name == "gt") {
        value = '>';
    } else if (name == "quot") {
        value = '"';
    } else if (name == "apos") {
        value = '\'';
    } else {
        raiseError(Text::tr("undefined entity &%1;").arg(printable(name)));
        return false;
    }
    if (out) {
        m_lastWasCr = false;
        appendUtf8(*out, value);
    }
    return true;
}

// Reads character data up to the next '<' (atTag) or the end of the part, appending it to
// `text` when given.
bool XmlScanner::scanText(std::string *text, qsizetype maxBytes, bool &atTag)
{
    atTag = false;
    for (;;) {
        if (m_pos == m_end && !fill(1)) {
            return true;
        }
        const char *const base = m_buffer.constData();
        const char *p = base + m_pos;
        if (*p == '<') {
            atTag = true;  // the usual case: a tag right after a tag
            return true;
        }
        const char *const limit = base + m_end;
        // Cell values are short: look at the first bytes inline, and call memchr only for
        // longer text.
        const char *lt = nullptr;
        bool mayHaveEntity = false;
        const char *const stop = limit - p > 32 ? p + 32 : limit;
        const char *q = p;
        while (q < stop && *q != '<') {
            mayHaveEntity = mayHaveEntity || *q == '&';
            ++q;
        }
        if (q < stop) {
            lt = q;
        } else if (stop < limit) {
            lt = static_cast<const char *>(std::memchr(stop, '<', size_t(limit - stop)));
            mayHaveEntity = true;
        } else {
            mayHaveEntity = true;  // the text may go on in the next chunk: checked there
        }
        const char *const segmentEnd = lt ? lt : limit;
        if (m_stack.empty()) {
            // Outside the root element only white space may stand between the markup.
            if (const char *stray = std::find_if(p, segmentEnd, [](char c) { return !isSpace(c); });
                stray != segmentEnd) {
                m_pos = stray - base;  // the error names the line of the text
                raiseError(Text::tr("text outside the root element"));
                return false;
            }
            m_pos = segmentEnd - base;
            if (lt) {
                atTag = true;
                return true;
            }
            continue;
        }
        bool refill = false;
        while (p < segmentEnd) {
            const char *amp
                = mayHaveEntity ? static_cast<const char *>(std::memchr(p, '&', size_t(segmentEnd - p))) : nullptr;
            if (!amp) {
                if (text && !append(*text, p, segmentEnd - p, maxBytes)) {
                    return false;
                }
                p = segmentEnd;
                break;
            }
            if (text && !append(*text, p, amp - p, maxBytes)) {
                return false;
            }
            const qsizetype room = qMin<qsizetype>(segmentEnd - amp, kMaxEntityBytes);
            const char *semicolon = static_cast<const char *>(std::memchr(amp, ';', size_t(room)));
            if (!semicolon) {
                if (lt || segmentEnd - amp >= kMaxEntityBytes) {
                    raiseError(Text::tr("an '&' that starts no entity"));
                    return false;
                }
                // The entity continues in the next chunk.
                m_pos = amp - base;
                if (!fill(m_end - m_pos + 1)) {
                    raiseError(Text::tr("the part ends inside an entity"));
                    return false;
                }
                refill = true;
                break;
            }
            if (!decodeEntity(amp + 1, semicolon, text)) {
                return false;
            }
            if (text && qsizetype(text->size()) > maxBytes) {
                m_textOverflow = true;
                raiseError(QStringLiteral("text too long"));
                return false;
            }
            p = semicolon + 1;
        }
        if (refill) {
            continue;
        }
        m_pos = segmentEnd - base;
        if (lt) {
            atTag = true;
            return true;
        }
    }
}

// Skips (or appends to `text`) everything up to and including `terminator`.
bool XmlScanner::skipPast(std::string_view terminator, std::string *text, qsizetype maxBytes)
{
    const qsizetype keep = qsizetype(terminator.size()) - 1;
    for (;;) {
        const std::string_view hay(m_buffer.constData() + m_pos, size_t(m_end - m_pos));
        const size_t at = hay.find(terminator);
        if (at != std::string_view::npos) {
            if (text && !append(*text, hay.data(), qsizetype(at), maxBytes)) {
                return false;
            }
            m_pos += qsizetype(at + terminator.size());
            return true;
        }
        const qsizetype consumable = qMax<qsizetype>(0, qsizetype(hay.size()) - keep);
        if (text && !append(*text, hay.data(), consumable, maxBytes)) {
            return false;
        }
        m_pos += consumable;
        if (!fill(m_end - m_pos + 1)) {
            raiseError(Text::tr("the part ends inside a comment, CDATA section or processing instruction"));
            return false;
        }
    }
}

XmlScanner::Token XmlScanner::scan(std::string *text, qsizetype maxBytes)
{
    if (hasError()) {
        return Token::Invalid;
    }
    if (m_token == Token::EndDocument) {
        return m_token;
    }
    m_attributes.clear();
    m_lastWasCr = false;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        popElement();
        return m_token = Token::EndElement;
    }
    if (!m_started && !start()) {
        return Token::Invalid;
    }
    if (text && m_stack.empty()) {
        text = nullptr;  // nothing outside the root element is character data
    }
    for (;;) {
        // The usual case, a tag right after a tag, without a call.
        bool atTag = m_pos < m_end && m_buffer.constData()[m_pos] == '<';
        if (!atTag && !scanText(text, maxBytes, atTag)) {
            return Token::Invalid;
        }
        if (!atTag) {
            if (m_rootSeen && m_stack.empty()) {
                return m_token = Token::EndDocument;
            }
            return fail(m_rootSeen ? Text::tr("the part ends inside element <%1>").arg(printable(openName()))
                                   : Text::tr("the part holds no XML element"));
        }
        if (!fill(2)) {
            return fail(Text::tr("the part ends inside a tag"));
        }
        const char kind = m_buffer.constData()[m_pos + 1];
        if (kind == '/') {
            return readEndTag();
        }
        if (kind == '?' || kind == '!') {
            if (!skipMarkup(text, maxBytes)) {
                return Token::Invalid;
            }
            continue;
        }
        // A start tag in the buffer as a whole is the usual case: no call for the retry loop.
        if (const TagParse parsed = parseStartTag(); parsed == TagParse::Done) {
            return m_token = Token::StartElement;
        } else if (parsed == TagParse::Failed) {
            return Token::Invalid;
        }
        return readStartTag();
    }
}

// Skips the processing instruction or comment at m_pos, or appends the CDATA section there
// to `text`; false (the error raised) for a DTD or malformed markup.
bool XmlScanner::skipMarkup(std::string *text, qsizetype maxBytes)
{
    if (m_buffer.at(m_pos + 1) == '?') {
        m_pos += 2;
        return skipPast("?>", nullptr, 0);
    }
    fill(9);
    const QByteArrayView head(m_buffer.constData() + m_pos, m_end - m_pos);
    if (head.startsWith("<!--")) {
        m_pos += 4;
        return skipPast("-->", nullptr, 0);
    }
    if (head.startsWith("<![CDATA[")) {
        if (m_stack.empty()) {
            raiseError(Text::tr("CDATA section outside the root element"));
            return false;
        }
        m_pos += 9;
        return skipPast("]]>", text, maxBytes);
    }
    if (head.size() > 2 && head.at(2) >= 'A' && head.at(2) <= 'Z') {
        m_dtdSeen = true;  // <!DOCTYPE, <!ENTITY, <!ELEMENT ...
        raiseError(QStringLiteral("DTD"));
        return false;
    }
    raiseError(Text::tr("malformed markup declaration"));
    return false;
}

// The start tag at m_pos continues past the buffer: reads on and parses it again until it is
// all in the buffer.
XmlScanner::Token XmlScanner::readStartTag()
{
    for (;;) {
        if (m_end - m_pos > m_limits.maxTagBytes) {
            return fail(Text::tr("a tag is longer than %L1 bytes").arg(qint64(m_limits.maxTagBytes)));
        }
        if (!fill(m_end - m_pos + 1)) {
            return fail(Text::tr("the part ends inside a tag"));
        }
        const TagParse parsed = parseStartTag();
        if (parsed == TagParse::Done) {
            return m_token = Token::StartElement;
        }
        if (parsed == TagParse::Failed) {
            return Token::Invalid;
        }
    }
}

// Parses the start tag at m_pos in one pass, name and attributes; NeedMore when the buffer
// ends inside it.
XmlScanner::TagParse XmlScanner::parseStartTag()
{
    const char *const b = m_buffer.constData();
    const qsizetype end = m_end;
    const qsizetype nameStart = m_pos + 1;
    qsizetype i = nameStart;
    qsizetype colon = -1;
    while (i < end && isNameChar(b[i])) {
        if (b[i] == ':' && colon < 0) {
            colon = i;
        }
        ++i;
    }
    if (i == end) {
        return TagParse::NeedMore;
    }
    if (i == nameStart || !isNameStart(b[nameStart])) {
        raiseError(Text::tr("malformed tag"));
        return TagParse::Failed;
    }
    m_nameStart = nameStart;
    m_nameSize = i - nameStart;
    m_localStart = colon < 0 ? 0 : colon - nameStart + 1;
    m_attributes.clear();
    m_decodedValues.clear();
    bool selfClosing = false;
    const auto attributeName = [&](const Attribute &attribute) {
        return printable(QByteArrayView(b + attribute.nameStart, attribute.nameSize));
    };
    for (;;) {
        bool space = false;
        while (i < end && isSpace(b[i])) {
            ++i;
            space = true;
        }
        if (i == end) {
            return TagParse::NeedMore;
        }
        const char c = b[i];
        if (c == '>') {
            break;
        }
        if (c == '/') {
            if (i + 1 == end) {
                return TagParse::NeedMore;
            }
            if (b[i + 1] != '>') {
                raiseError(Text::tr("malformed tag"));
                return TagParse::Failed;
            }
            selfClosing = true;
            ++i;
            break;
        }
        if (c == '<') {
            raiseError(Text::tr("malformed tag"));
            return TagParse::Failed;
        }
        if (!space || !isNameStart(c)) {
            raiseError(Text::tr("malformed attribute in tag <%1>").arg(printable(qualifiedName())));
            return TagParse::Failed;
        }
        Attribute attribute;
        attribute.nameStart = i;
        while (i < end && isNameChar(b[i])) {
            ++i;
        }
        attribute.nameSize = i - attribute.nameStart;
        while (i < end && isSpace(b[i])) {
            ++i;
        }
        if (i == end) {
            return TagParse::NeedMore;
        }
        if (b[i] != '=') {
            raiseError(Text::tr("attribute %1 has no value").arg(attributeName(attribute)));
            return TagParse::Failed;
        }
        ++i;
        while (i < end && isSpace(b[i])) {
            ++i;
        }
        if (i == end) {
            return TagParse::NeedMore;
        }
        if (b[i] != '"' && b[i] != '\'') {
            raiseError(Text::tr("the value of attribute %1 is not quoted").arg(attributeName(attribute)));
            return TagParse::Failed;
        }
        const char quote = b[i++];
        const qsizetype valueStart = i;
        bool plain = true;
        for (;;) {
            while (i < end && !(kClasses[uchar(b[i])] & kValueSpecial)) {
                ++i;
            }
            if (i == end) {
                return TagParse::NeedMore;
            }
            const char v = b[i];
            if (v == quote) {
                break;
            }
            if (v == '<') {
                raiseError(Text::tr("'<' in the value of attribute %1").arg(attributeName(attribute)));
                return TagParse::Failed;
            }
            plain = plain && (v == '"' || v == '\'');  // the other quote is plain text
            ++i;
        }
        const qsizetype valueEnd = i++;
        if (plain) {
            attribute.valueStart = valueStart;
            attribute.valueSize = valueEnd - valueStart;
        } else {
            // Entities resolved, white space normalised to blanks (XML's attribute rules).
            attribute.decoded = true;
            attribute.valueStart = qsizetype(m_decodedValues.size());
            for (qsizetype v = valueStart; v < valueEnd; ++v) {
                const char vc = b[v];
                if (vc == '&') {
                    const char *semicolon = static_cast<const char *>(std::memchr(b + v, ';', size_t(valueEnd - v)));
                    if (!semicolon) {
                        raiseError(Text::tr("an '&' that starts no entity"));
                        return TagParse::Failed;
                    }
                    if (!decodeEntity(b + v + 1, semicolon, &m_decodedValues)) {
                        return TagParse::Failed;
                    }
                    v = semicolon - b;
                } else {
                    m_decodedValues.push_back(isSpace(vc) ? ' ' : vc);
                }
            }
            attribute.valueSize = qsizetype(m_decodedValues.size()) - attribute.valueStart;
        }
        for (const Attribute &other : m_attributes) {
            if (sameBytes(b + other.nameStart, other.nameSize, b + attribute.nameStart, attribute.nameSize)) {
                raiseError(Text::tr("attribute %1 appears twice in one tag").arg(attributeName(attribute)));
                return TagParse::Failed;
            }
        }
        m_attributes.push_back(attribute);
    }
    const qsizetype gt = i;
    if (gt - m_pos > m_limits.maxTagBytes) {
        raiseError(Text::tr("a tag is longer than %L1 bytes").arg(qint64(m_limits.maxTagBytes)));
        return TagParse::Failed;
    }
    if (m_rootClosed) {
        raiseError(Text::tr("content after the end of the root element"));
        return TagParse::Failed;
    }
    if (int(m_stack.size()) >= m_limits.maxDepth) {
        raiseError(Text::tr("elements are nested more than %1 deep").arg(m_limits.maxDepth));
        return TagParse::Failed;
    }
    const qsizetype at = m_nameStackEnd;
    constexpr qsizetype kWord = 8;
    if (qsizetype(m_nameStack.size()) < at + m_nameSize + kWord) {
        m_nameStack.resize(size_t(qMax(at + m_nameSize + kWord, 2 * qsizetype(m_nameStack.size()))));
    }
    if (m_nameSize <= kWord && m_nameStart + kWord <= m_buffer.size()) {
        std::memcpy(m_nameStack.data() + at, b + m_nameStart, kWord);  // one move for a short name
    } else {
        std::memcpy(m_nameStack.data() + at, b + m_nameStart, size_t(m_nameSize));
    }
    m_nameStackEnd = at + m_nameSize;
    m_stack.push_back(OpenElement {at, m_nameSize, m_localStart});
    m_rootSeen = true;
    m_pendingEnd = selfClosing;
    m_pos = gt + 1;
    return TagParse::Done;
}

XmlScanner::Token XmlScanner::readEndTag()
{
    // The usual case first: the end tag of the open element, without white space.
    if (!m_stack.empty()) {
        const QByteArrayView open = openName();
        const qsizetype openSize = open.size();
        const char *const tag = m_buffer.constData() + m_pos;
        if (m_end - m_pos >= openSize + 3 && openSize + 2 <= m_limits.maxTagBytes && tag[openSize + 2] == '>'
            && sameBytes(tag + 2, openSize, open.data(), openSize)) {
            return closeElement(m_pos + 2, m_pos + openSize + 3);
        }
    }
    qsizetype searched = m_pos + 2;
    const char *gt = nullptr;
    for (;;) {
        const char *from = m_buffer.constData() + searched;
        const char *const to = m_buffer.constData() + m_end;
        while (from < to && from - (m_buffer.constData() + searched) < 32 && *from != '>') {
            ++from;  // end tags are short: no memchr call for them
        }
        gt = from < to && *from == '>'
            ? from
            : static_cast<const char *>(std::memchr(from, '>', size_t(qMax<qsizetype>(0, to - from))));
        if (gt) {
            break;
        }
        const qsizetype offset = m_end - m_pos;
        if (offset > m_limits.maxTagBytes) {
            return fail(Text::tr("a tag is longer than %L1 bytes").arg(qint64(m_limits.maxTagBytes)));
        }
        if (!fill(m_end - m_pos + 1)) {
            return fail(Text::tr("the part ends inside a tag"));
        }
        searched = m_pos + offset;
    }
    const char *const b = m_buffer.constData();
    if (gt - (b + m_pos) > m_limits.maxTagBytes) {
        return fail(Text::tr("a tag is longer than %L1 bytes").arg(qint64(m_limits.maxTagBytes)));
    }
    const char *nameEnd = gt;
    while (nameEnd > b + m_pos + 2 && isSpace(nameEnd[-1])) {
        --nameEnd;
    }
    const QByteArrayView name(b + m_pos + 2, nameEnd - (b + m_pos + 2));
    if (m_stack.empty()) {
        return fail(Text::tr("end tag </%1> without a start tag").arg(printable(name)));
    }
    const QByteArrayView open = openName();
    if (open.size() != name.size() || std::memcmp(open.data(), name.data(), size_t(name.size())) != 0) {
        return fail(Text::tr("element <%1> is closed by </%2>").arg(printable(open), printable(name)));
    }
    return closeElement(m_pos + 2, gt - b + 1);
}

// The end tag whose name lies at `nameStart` in the buffer matched the open element: pops
// it and continues after the tag at `next`.
XmlScanner::Token XmlScanner::closeElement(qsizetype nameStart, qsizetype next)
{
    m_nameStart = nameStart;
    m_nameSize = m_stack.back().nameSize;
    m_localStart = m_stack.back().localStart;
    popElement();
    m_pos = next;
    return m_token = Token::EndElement;
}

std::optional<QString> XmlScanner::decodeText(QByteArrayView utf8)
{
    const auto *s = reinterpret_cast<const uchar *>(utf8.data());
    const qsizetype n = utf8.size();
    qsizetype ascii = 0;
    while (ascii < n && s[ascii] < 0x80
           && (s[ascii] >= 0x20 || s[ascii] == 0x9 || s[ascii] == 0xA || s[ascii] == 0xD)) {
        ++ascii;
    }
    if (ascii == n && n > 0) {
        return QString::fromLatin1(utf8);  // ASCII, checked: widened without decoding UTF-8 again
    }
    for (qsizetype i = ascii; i < n;) {
        const uchar c = s[i];
        if (c < 0x80) {
            if (c < 0x20 && c != 0x9 && c != 0xA && c != 0xD) {
                return std::nullopt;
            }
            ++i;
            continue;
        }
        int length = 0;
        char32_t u = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            u = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            u = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            u = c & 0x07;
            minimum = 0x10000;
        } else {
            return std::nullopt;
        }
        if (i + length > n) {
            return std::nullopt;
        }
        for (int k = 1; k < length; ++k) {
            if ((s[i + k] & 0xC0) != 0x80) {
                return std::nullopt;
            }
            u = (u << 6) | (s[i + k] & 0x3F);
        }
        if (u < minimum || !isXmlChar(u)) {
            return std::nullopt;
        }
        i += length;
    }
    return QString::fromUtf8(utf8);
}

}  // namespace Crm::Core::Import::Xlsx
