#include "reportdocument.h"

#include "common/money.h"

#include <QCoreApplication>

#include <cmath>

namespace Crm::Core::Report {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Report)
};

}  // namespace

std::optional<double> KpiRow::change() const
{
    if (value.isNull() || previous.isNull() || !value.isValid() || !previous.isValid()) {
        return std::nullopt;
    }
    const double now = value.toDouble();
    const double before = previous.toDouble();
    if (type == DataColumn::Type::Percent) {
        return now - before;
    }
    if (before == 0.0) {
        return std::nullopt;
    }
    return (now - before) / std::abs(before);
}

const ReportSection *ReportDocument::section(const QString &key) const
{
    for (const ReportSection &candidate : sections) {
        if (candidate.key == key) {
            return &candidate;
        }
    }
    return nullptr;
}

QString displayText(const QVariant &value, DataColumn::Type type, const QLocale &locale)
{
    if (value.isNull() || !value.isValid()) {
        return QStringLiteral("–");
    }
    switch (type) {
    case DataColumn::Type::Integer:
        return locale.toString(value.toLongLong());
    case DataColumn::Type::Real: {
        const double number = value.toDouble();
        if (!std::isfinite(number)) {
            return QStringLiteral("–");
        }
        // Three decimals would print a p-value of 1e-12 as "0.000", which reads as zero.
        if (number != 0 && std::abs(number) < 0.0005) {
            return (number > 0 ? QStringLiteral("< ") : QStringLiteral("> "))
                + locale.toString(number > 0 ? 0.001 : -0.001, 'f', 3);
        }
        return locale.toString(number, 'f', std::abs(number) >= 100 ? 0 : (std::abs(number) < 1 ? 3 : 2));
    }
    case DataColumn::Type::Percent: {
        const double number = value.toDouble();
        return std::isfinite(number) ? locale.toString(number * 100.0, 'f', 1) + QLatin1Char('%') : QStringLiteral("–");
    }
    case DataColumn::Type::Money:
        // Exact: integer major part plus two digits, never through a double sum.
        {
            const MoneyMinor minor = value.toLongLong();
            const MoneyMinor absolute = minor < 0 ? -minor : minor;
            const QString major = locale.toString(absolute / kMinorPerMajor);
            const QString cents = QStringLiteral("%1").arg(absolute % kMinorPerMajor, 2, 10, QLatin1Char('0'));
            return (minor < 0 ? QStringLiteral("-") : QString()) + major + locale.decimalPoint() + cents;
        }
    case DataColumn::Type::Date: {
        const QDate date
            = value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? date.toString(Qt::ISODate) : value.toString();
    }
    case DataColumn::Type::Text:
        return value.toString();
    }
    return value.toString();
}

QString displayChange(std::optional<double> change, DataColumn::Type type, const QLocale &locale)
{
    if (!change || !std::isfinite(*change)) {
        return QStringLiteral("–");
    }
    const double shown = *change * 100.0;
    const QString sign = shown > 0.05 ? QStringLiteral("+") : QString();
    const QString number = sign + locale.toString(shown, 'f', 1);
    if (type == DataColumn::Type::Percent) {
        return Text::tr("%1 pts", "percentage points").arg(number);
    }
    return number + QLatin1Char('%');
}

}  // namespace Crm::Core::Report
