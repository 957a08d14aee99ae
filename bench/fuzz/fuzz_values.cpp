// The value parsers the mapper applies to every cell: amounts (the workspace's plain form
// and users' formats), numbers, dates, cancellation markers. Invariants:
// - parseMoneyPlain round-trips through formatMoneyPlain;
// - an amount written without any minus sign or parentheses never parses negative (an
//   overflow that wraps would turn a huge sale into a refund);
// - a parsed date-time is valid.

#include "common/money.h"
#include "fuzzsupport.h"
#include "import/mapping/valueparsers.h"

using namespace Crm::Core;
using namespace Crm::Core::Import;

CRM_FUZZ_ENTRY(values)
{
    Crm::Fuzz::ensureApplication();
    if (size < 1) {
        return 0;
    }
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const bool mayBeNegative = text.contains(QLatin1Char('-')) || text.contains(QLatin1Char('('))
        || text.contains(QChar(0x2212)) || text.contains(QChar(0xFF0D)) || text.contains(QChar(0xFF08))
        || text.contains(QChar(0xFE63));

    if (const auto plain = parseMoneyPlain(text)) {
        CRM_FUZZ_ASSERT(mayBeNegative || *plain >= 0);
        const auto again = parseMoneyPlain(formatMoneyPlain(*plain));
        CRM_FUZZ_ASSERT(again.has_value() && *again == *plain);
    }
    const QChar decimal = data[0] & 1 ? QChar(u',') : QChar(u'.');
    if (const auto money = parseMoney(text, decimal)) {
        CRM_FUZZ_ASSERT(mayBeNegative || *money >= 0);
    }
    (void)parseNumber(text, decimal);

    DateColumnFormat format;
    if (data[0] & 2) {
        format = detectDateFormat({QVariant(text), QVariant(text.left(10))});
    }
    if (const auto when = parseDateTime(QVariant(text), format, data[0] & 4)) {
        CRM_FUZZ_ASSERT(when->isValid());
        (void)isoDateTime(*when);
    }
    (void)isCancellationStatus(text);
    (void)cellText(QVariant(text));
    return 0;
}
