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
    // The current tag's local name (without prefix) and qualified name.
    QByteArrayView name() const
    {
        return QByteArrayView(m_name.data() + m_localStart, qsizetype(m_name.size()) - m_localStart);
    }
    QByteArrayView qualifiedName() const { return QByteArrayView(m_name.data(), qsizetype(m_name.size())); }
    // The value of the current start tag's attribute with this qualified name, entities
    // resolved; nullopt when the tag has no such attribute.
    std::optional<QByteArrayView> attribute(QByteArrayView qualifiedName) const;
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

    Token scan(std::string *text, qsizetype maxBytes);
    bool start();
    bool fill(qsizetype needed);
    bool scanText(std::string *text, qsizetype maxBytes, bool &atTag);
    bool decodeEntity(const char *begin, const char *end, std::string *out);
    bool skipPast(std::string_view terminator, std::string *text, qsizetype maxBytes);
    Token readStartTag();
    Token readEndTag();
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
    std::string m_name;
    qsizetype m_localStart = 0;
    bool m_pendingEnd = false;  // the current start tag closed itself
    std::vector<Attribute> m_attributes;
    std::string m_decodedValues;
    std::string m_nameStack;
    std::vector<qsizetype> m_stack;  // start of each open element's name in m_nameStack
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
