#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

class QIODevice;

namespace Crm::Core::Import::Xlsx {

// A pull scanner for the big parts of a workbook (worksheets, shared strings), in place of
// QXmlStreamReader: it reads the inflated bytes in chunks and reports start and end tags
// with their names and attributes as bytes. Character data is skipped without being held
// unless the caller collects it (nextCollecting()), and then only up to a limit, so neither
// a huge cell nor megabytes of white space between rows are ever held whole.
//
// It checks what a workbook can get wrong: tags nest and match, attributes are quoted and
// unique, entities are the five predefined ones or valid character references, and the
// part ends after its root element. A DTD (and so any entity declaration) is refused.
// Comments and processing instructions are skipped, CDATA is character data. Names are
// compared by local name, so prefixed (x:row) and Strict files read like the usual ones.
// UTF-8 is read as is; UTF-16 and other declared encodings are converted to UTF-8 first.
class XmlScanner
{
public:
    enum class Token { StartElement, EndElement, EndDocument, Invalid };

    struct Limits
    {
        qsizetype chunkBytes = qsizetype(64) << 10;  // read from the device at a time
        qsizetype maxTagBytes = qsizetype(1) << 20;  // one start tag with its attributes
        int maxDepth = 1024;
    };

    explicit XmlScanner(QIODevice *device);
    XmlScanner(QIODevice *device, Limits limits);

    // The next tag; character data, comments and processing instructions before it are
    // skipped. A self-closing element is a StartElement followed by its EndElement.
    Token next();
    // Like next(), but first appends the character data before the next tag to `text` as
    // UTF-8 (entities resolved, CDATA kept as is). Past `maxBytes` of text it stops with
    // Invalid and textOverflowed().
    Token nextCollecting(std::string &text, qsizetype maxBytes);
    // After a StartElement: skips its content up to and including its end tag.
    Token skipCurrentElement();

    Token token() const { return m_token; }
    // The current tag's local name (without prefix) and qualified name. Like attribute
    // values, they stay valid until the next call that scans.
    QByteArrayView name() const
    {
        return QByteArrayView(m_buffer.constData() + m_nameStart + m_localStart, m_nameSize - m_localStart);
    }
    QByteArrayView qualifiedName() const { return QByteArrayView(m_buffer.constData() + m_nameStart, m_nameSize); }
    // The value of the current start tag's attribute with this qualified name, entities
    // resolved; nullopt when the tag has no such attribute.
    std::optional<QByteArrayView> attribute(QByteArrayView qualifiedName) const
    {
        if (m_token != Token::StartElement || m_attributes.empty()) {
            return std::nullopt;  // most tags of a sheet have none: no call
        }
        return findAttribute(qualifiedName);
    }
    // The current start tag's attributes in document order (none after other tokens), for
    // callers that want several of them in one pass.
    int attributeCount() const { return m_token == Token::StartElement ? int(m_attributes.size()) : 0; }
    QByteArrayView attributeName(int index) const
    {
        const Attribute &attribute = m_attributes[size_t(index)];
        return QByteArrayView(m_buffer.constData() + attribute.nameStart, attribute.nameSize);
    }
    QByteArrayView attributeValue(int index) const
    {
        const Attribute &attribute = m_attributes[size_t(index)];
        return QByteArrayView((attribute.decoded ? m_decodedValues.data() : m_buffer.constData())
                                  + attribute.valueStart,
                              attribute.valueSize);
    }
    // Elements open, the current start tag included.
    int depth() const { return int(m_stack.size()); }

    // Stops the scan with a well-formedness error (e.g. content a caller does not expect).
    void raiseError(const QString &message);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 lineNumber() const;
    bool dtdSeen() const { return m_dtdSeen; }
    bool textOverflowed() const { return m_textOverflow; }
    qint64 bytesRead() const { return m_bytesRead; }

    // Collected UTF-8 as text; nullopt when it is not valid UTF-8 or holds a character XML
    // does not allow (control characters other than tab, LF and CR).
    static std::optional<QString> decodeText(QByteArrayView utf8);

private:
    struct Attribute
    {
        qsizetype nameStart = 0;
        qsizetype nameSize = 0;
        qsizetype valueStart = 0;
        qsizetype valueSize = 0;
        bool decoded = false;  // the value lives in m_decodedValues, not in m_buffer
    };

    enum class TagParse { Done, NeedMore, Failed };

    std::optional<QByteArrayView> findAttribute(QByteArrayView qualifiedName) const;
    Token scan(std::string *text, qsizetype maxBytes);
    bool start();
    // Keeps at least `needed` bytes from m_pos in the buffer (dropping what lies before
    // m_pos); false when the part ends first. Inline for the usual case, bytes at hand.
    bool fill(qsizetype needed) { return m_end - m_pos >= needed || refill(needed); }
    bool refill(qsizetype needed);
    bool scanText(std::string *text, qsizetype maxBytes, bool &atTag);
    bool decodeEntity(const char *begin, const char *end, std::string *out);
    bool skipPast(std::string_view terminator, std::string *text, qsizetype maxBytes);
    Token readStartTag();
    Token readEndTag();
    Token closeElement(qsizetype nameStart, qsizetype next);
    bool skipMarkup(std::string *text, qsizetype maxBytes);
    TagParse parseStartTag();
    Token fail(const QString &message);
    bool append(std::string &text, const char *data, qsizetype size, qsizetype maxBytes);

    QIODevice *m_device = nullptr;
    Limits m_limits;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_lines = 1;  // newlines in the bytes already dropped from the buffer, plus one
    qint64 m_bytesRead = 0;
    std::optional<QStringDecoder> m_decoder;  // a part not in UTF-8
    QByteArray m_raw;

    Token m_token = Token::Invalid;
    qsizetype m_nameStart = 0;  // the current tag's qualified name in m_buffer
    qsizetype m_nameSize = 0;
    qsizetype m_localStart = 0;  // from m_nameStart
    bool m_pendingEnd = false;  // the current start tag closed itself
    std::vector<Attribute> m_attributes;
    std::string m_decodedValues;
    struct OpenElement
    {
        qsizetype nameStart = 0;  // in m_nameStack
        qsizetype nameSize = 0;
        qsizetype localStart = 0;
    };
    QByteArrayView openName() const
    {
        return QByteArrayView(m_nameStack.data() + m_stack.back().nameStart, m_stack.back().nameSize);
    }
    void popElement()
    {
        m_nameStackEnd = m_stack.back().nameStart;
        m_stack.pop_back();
        m_rootClosed = m_stack.empty();
    }
    std::vector<char> m_nameStack;  // the names of the open elements, up to m_nameStackEnd
    qsizetype m_nameStackEnd = 0;
    std::vector<OpenElement> m_stack;
    bool m_rootSeen = false;
    bool m_rootClosed = false;
    bool m_lastWasCr = false;  // the collected text ended in a CR that may pair with an LF

    QString m_error;
    bool m_dtdSeen = false;
    bool m_textOverflow = false;
};

// Whether `bytes` are `literal`: inline, unlike QByteArrayView's operator==, which the
// scanner's callers run for every tag.
template<qsizetype N>
inline bool isBytes(QByteArrayView bytes, const char (&literal)[N])
{
    return bytes.size() == N - 1 && std::memcmp(bytes.data(), literal, N - 1) == 0;
}

}  // namespace Crm::Core::Import::Xlsx
