#include "valuemapping.h"

#include "valueparsers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

constexpr int kMinimumValues = 3;
constexpr double kConfident = 0.95;
constexpr int kSampledRows = 1000;

bool isDateCell(const QVariant &cell, const QString &text, const DateColumnFormat &format)
{
    if (cell.typeId() == QMetaType::QDate || cell.typeId() == QMetaType::QDateTime) {
        return true;
    }
    if (cell.typeId() != QMetaType::QString) {
        return false;  // a number is an amount, an id or a serial nobody can tell apart
    }
    // "20240305" is as much an order number as a date.
    const bool separated = std::any_of(text.cbegin(), text.cend(), [](QChar c) { return !c.isDigit(); });
    return separated && parseDateTime(text, format, false).has_value();
}

bool isMoneyText(const QVariant &cell, const QString &text, bool &marked)
{
    static const QRegularExpression sign(QStringLiteral("[¥￥$€£]|RMB|CNY|USD|EUR|GBP|HKD|元"));
    static const QRegularExpression twoDecimals(QStringLiteral("\\d[.,]\\d\\d\\)?-?$"));
    if (cell.typeId() == QMetaType::Double) {
        const double value = cell.toDouble();
        marked = value != std::floor(value);
        return true;
    }
    if (!parseMoney(text).has_value() && !parseMoney(text, u',').has_value()) {
        return false;
    }
    marked = sign.match(text).hasMatch() || twoDecimals.match(text).hasMatch();
    return true;
}

bool isEmail(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s,;]+@[^@\\s,;]+\\.[A-Za-z]{2,}$"));
    return pattern.match(text).hasMatch();
}

bool isPhone(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:(?:\\+?86[- ]?)?1[3-9]\\d{9}|\\+\\d[\\d -]{6,16}\\d|\\(\\d{3}\\) ?\\d{3}[- .]\\d{4}|"
                       "\\d{3}[-.]\\d{3}[-.]\\d{4}|0\\d{2,3}-\\d{7,8})$"));
    return pattern.match(text).hasMatch();
}

bool isChannel(const QString &text)
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const QString &name :
             QStringLiteral("天猫 淘宝 京东 拼多多 抖音 快手 小红书 微信 小程序 微店 有赞 美团 饿了么 唯品会 官网 "
                            "门店 线下 线上 电商 直播 天貓 淘寶 京東 門市 門店 線下 線上 官網 蝦皮 momo pchome "
                            "online offline store shop web website app mobile pos retail wholesale ecommerce "
                            "e-commerce tmall taobao jd pinduoduo douyin wechat weibo amazon ebay email sms "
                            "phone catalog catalogue marketplace direct")
                 .split(u' ', Qt::SkipEmptyParts)) {
            set.insert(name);
        }
        return set;
    }();
    return names.contains(text.toLower());
}

// Codes: a few letters, optional separator, digits; or digits only, long enough not to be a
// count. No spaces, at most 40 characters.
bool isIdentifier(const QVariant &cell, const QString &text, bool &shortNumber)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z]{0,8}[-_#/]?[A-Za-z0-9]*\\d[A-Za-z0-9_-]*$"));
    shortNumber = false;
    if (cell.typeId() == QMetaType::Double) {
        const double value = cell.toDouble();
        if (value != std::floor(value) || value < 0) {
            return false;
        }
    }
    if (text.size() > 40 || !pattern.match(text).hasMatch()) {
        return false;
    }
    const bool digitsOnly = std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
    shortNumber = digitsOnly && text.size() <= 3 && !text.startsWith(u'0');
    return true;
}

struct Candidates
{
    QList<int> uniqueIds, repeatedIds, dates, money, emails, phones, channels;
};

QString listColumns(const QStringList &headers, const QList<int> &columns)
{
    QStringList names;
    for (int column : columns) {
        names.append(headers.value(column));
    }
    return names.join(QStringLiteral(", "));
}

}  // namespace

ValuePattern classifyValues(const QList<QVariant> &values)
{
    QList<QVariant> cells;
    QStringList texts;
    for (const QVariant &value : values) {
        QString text = cellText(value);
        if (!text.isEmpty()) {
            cells.append(value);
            texts.append(std::move(text));
        }
    }
    const qsizetype n = texts.size();
    if (n < kMinimumValues) {
        return ValuePattern::Unknown;
    }
    const auto confident = [n](qsizetype hits) { return double(hits) >= kConfident * double(n); };
    const DateColumnFormat format = detectDateFormat(cells);
    qsizetype dates = 0, money = 0, marked = 0, emails = 0, phones = 0, channels = 0, ids = 0, shortNumbers = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QVariant &cell = cells[i];
        const QString &text = texts[i];
        dates += isDateCell(cell, text, format) ? 1 : 0;
        bool hasMark = false;
        if (isMoneyText(cell, text, hasMark)) {
            ++money;
            marked += hasMark ? 1 : 0;
        }
        emails += isEmail(text) ? 1 : 0;
        phones += isPhone(text) ? 1 : 0;
        channels += isChannel(text) ? 1 : 0;
        bool shortNumber = false;
        if (isIdentifier(cell, text, shortNumber)) {
            ++ids;
            shortNumbers += shortNumber ? 1 : 0;
        }
    }
    if (confident(dates)) {
        return ValuePattern::DateTime;
    }
    if (confident(emails)) {
        return ValuePattern::Email;
    }
    if (confident(phones)) {
        return ValuePattern::Phone;
    }
    if (confident(channels)) {
        return ValuePattern::Channel;
    }
    // Amounts: parseable, and at least half carry a currency sign or cents.
    if (confident(money) && 2 * marked >= n) {
        return ValuePattern::Money;
    }
    if (confident(ids)) {
        if (2 * shortNumbers >= n) {
            return ValuePattern::SmallNumber;
        }
        const qsizetype distinct = QSet<QString>(texts.cbegin(), texts.cend()).size();
        if (distinct == n) {
            return ValuePattern::UniqueId;
        }
        // Mostly distinct but not quite is neither: say nothing rather than guess.
        return double(distinct) <= 0.9 * double(n) ? ValuePattern::RepeatedId : ValuePattern::Unknown;
    }
    return money == n ? ValuePattern::SmallNumber : ValuePattern::Text;
}

Result<ColumnMapping> mapValues(const QStringList &headers, const QList<SourceRow> &data,
                                std::optional<ImportKind> kind)
{
    Candidates found;
    for (int column = 0; column < headers.size(); ++column) {
        QList<QVariant> values;
        for (const SourceRow &row : data) {
            if (values.size() >= kSampledRows) {
                break;
            }
            values.append(row.cells.value(column));
        }
        switch (classifyValues(values)) {
        case ValuePattern::UniqueId:
            found.uniqueIds.append(column);
            break;
        case ValuePattern::RepeatedId:
            found.repeatedIds.append(column);
            break;
        case ValuePattern::DateTime:
            found.dates.append(column);
            break;
        case ValuePattern::Money:
            found.money.append(column);
            break;
        case ValuePattern::Email:
            found.emails.append(column);
            break;
        case ValuePattern::Phone:
            found.phones.append(column);
            break;
        case ValuePattern::Channel:
            found.channels.append(column);
            break;
        case ValuePattern::Unknown:
        case ValuePattern::SmallNumber:
        case ValuePattern::Text:
            break;
        }
    }
    ColumnMapping mapping;
    mapping.headers = headers;
    const auto single = [](const QList<int> &columns) { return columns.size() == 1; };
    const bool ordersShape
        = single(found.dates) && single(found.money) && single(found.uniqueIds) && single(found.repeatedIds);
    const bool customersShape = single(found.uniqueIds) && found.repeatedIds.isEmpty() && found.money.isEmpty()
        && found.emails.size() <= 1 && found.phones.size() <= 1 && found.dates.size() <= 1
        && (single(found.emails) || single(found.phones));
    if ((!kind || *kind == ImportKind::Orders) && ordersShape) {
        mapping.kind = ImportKind::Orders;
        mapping.columns.insert(QStringLiteral("order_id"), found.uniqueIds.constFirst());
        mapping.columns.insert(QStringLiteral("customer_id"), found.repeatedIds.constFirst());
        mapping.columns.insert(QStringLiteral("ordered_at"), found.dates.constFirst());
        mapping.columns.insert(QStringLiteral("amount"), found.money.constFirst());
        if (single(found.channels)) {
            mapping.columns.insert(QStringLiteral("channel"), found.channels.constFirst());
        }
        return mapping;
    }
    if ((!kind || *kind == ImportKind::Customers) && customersShape) {
        mapping.kind = ImportKind::Customers;
        mapping.columns.insert(QStringLiteral("customer_id"), found.uniqueIds.constFirst());
        if (single(found.emails)) {
            mapping.columns.insert(QStringLiteral("email"), found.emails.constFirst());
        }
        if (single(found.phones)) {
            mapping.columns.insert(QStringLiteral("phone"), found.phones.constFirst());
        }
        if (single(found.dates)) {
            mapping.columns.insert(QStringLiteral("signup_at"), found.dates.constFirst());
        }
        return mapping;
    }
    QStringList seen;
    const auto describe = [&](const QList<int> &columns, const QString &what) {
        if (!columns.isEmpty()) {
            seen.append(Text::tr("%1 in %2").arg(what, listColumns(headers, columns)));
        }
    };
    describe(found.uniqueIds, Text::tr("unique codes"));
    describe(found.repeatedIds, Text::tr("repeated codes"));
    describe(found.dates, Text::tr("dates"));
    describe(found.money, Text::tr("amounts"));
    describe(found.emails, Text::tr("e-mail addresses"));
    describe(found.phones, Text::tr("phone numbers"));
    describe(found.channels, Text::tr("channels"));
    return makeError(Error::Code::BadInput,
                     Text::tr("No header row names the fields, and the values alone do not tell them apart "
                              "safely (found: %1). Use --kind and --map FIELD=COLUMN with column numbers from 1.")
                         .arg(seen.isEmpty() ? Text::tr("nothing recognisable") : seen.join(QStringLiteral("; "))));
}

}  // namespace Crm::Core::Import
