#include "money.h"

#include <QStringView>

#include <cstdlib>
#include <limits>

namespace Crm::Core {

QString formatMoneyPlain(MoneyMinor amount)
{
    const bool negative = amount < 0;
    // Work in unsigned so that INT64_MIN does not overflow on negation.
    const quint64 magnitude = negative ? quint64(0) - quint64(amount) : quint64(amount);
    const quint64 major = magnitude / kMinorPerMajor;
    const quint64 minor = magnitude % kMinorPerMajor;
    return (negative ? QStringLiteral("-") : QString()) + QString::number(major) + QLatin1Char('.')
        + QStringLiteral("%1").arg(minor, 2, 10, QLatin1Char('0'));
}

std::optional<MoneyMinor> parseMoneyPlain(const QString &input)
{
    QString text = input.trimmed();
    text.remove(QLatin1Char(','));
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool negative = false;
    qsizetype pos = 0;
    if (text.at(0) == QLatin1Char('-') || text.at(0) == QLatin1Char('+')) {
        negative = text.at(0) == QLatin1Char('-');
        pos = 1;
    }
    quint64 major = 0;
    int digits = 0;
    constexpr quint64 kLimit = std::numeric_limits<qint64>::max() / kMinorPerMajor / 10;
    for (; pos < text.size() && text.at(pos).isDigit(); ++pos, ++digits) {
        if (major > kLimit) {
            return std::nullopt;
        }
        major = major * 10 + quint64(text.at(pos).digitValue());
    }
    quint64 minor = 0;
    int fractionDigits = 0;
    bool roundUp = false;
    if (pos < text.size() && text.at(pos) == QLatin1Char('.')) {
        for (++pos; pos < text.size() && text.at(pos).isDigit(); ++pos, ++fractionDigits) {
            const int digit = text.at(pos).digitValue();
            if (fractionDigits < 2) {
                minor = minor * 10 + quint64(digit);
            } else if (fractionDigits == 2) {
                roundUp = digit >= 5;
            }
        }
    }
    if (pos != text.size() || (digits == 0 && fractionDigits == 0)) {
        return std::nullopt;
    }
    for (int i = fractionDigits; i < 2; ++i) {
        minor *= 10;
    }
    quint64 total = major * kMinorPerMajor + minor + (roundUp ? 1 : 0);
    // The digit limit above still lets ~92233720368547759 through: past qint64 the sign
    // would wrap (a sale read as a refund), and negating INT64_MIN is undefined.
    if (total > quint64(std::numeric_limits<qint64>::max())) {
        return std::nullopt;
    }
    return negative ? -qint64(total) : qint64(total);
}

}  // namespace Crm::Core
