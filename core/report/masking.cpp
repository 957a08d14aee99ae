#include "masking.h"

#include <QStringList>

namespace Crm::Core::Report {

namespace {

bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x3400 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF);
}

}  // namespace

QString maskPhone(const QString &phone)
{
    qsizetype digits = 0;
    for (const QChar c : phone) {
        digits += c.isDigit() ? 1 : 0;
    }
    if (digits == 0) {
        return phone;
    }
    const qsizetype keepHead = digits > 7 ? 3 : 0;
    const qsizetype keepTail = digits > 7 ? 4 : 2;
    QString masked;
    masked.reserve(phone.size());
    qsizetype index = 0;
    for (const QChar c : phone) {
        if (!c.isDigit()) {
            masked += c;
            continue;
        }
        const bool keep = index < keepHead || index >= digits - keepTail;
        masked += keep ? c : QLatin1Char('*');
        ++index;
    }
    return masked;
}

QString maskEmail(const QString &email)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty()) {
        return trimmed;
    }
    const qsizetype at = trimmed.lastIndexOf(QLatin1Char('@'));
    if (at < 0) {
        return QString(trimmed.size(), QLatin1Char('*'));
    }
    const QString head = at > 0 ? trimmed.left(1) : QString();
    return head + QStringLiteral("***") + trimmed.mid(at);
}

QString shortenName(const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty()) {
        return simplified;
    }
    if (isCjk(simplified.front())) {
        // The surname is the first character for all but a few compound surnames; showing
        // one character too few is the safe side.
        return simplified.left(1) + QString(simplified.size() - 1, QLatin1Char('*'));
    }
    const QStringList words = simplified.split(QLatin1Char(' '));
    if (words.size() == 1) {
        return words.front().left(1) + QStringLiteral("***");
    }
    return words.front().left(1) + QStringLiteral(". ") + words.back();
}

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty()) {
        return false;
    }
    switch (text.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QString neutralizeFormula(const QString &text)
{
    return looksLikeFormula(text) ? QLatin1Char('\'') + text : text;
}

}  // namespace Crm::Core::Report
