#include "workspacesettings.h"

#include "connection.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Crm::Core::Store {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Store)
};

// Machine text of the values: '.' decimals, ISO dates, never localised.
QString number(double value)
{
    return QString::number(value, 'g', 17);
}

// The stored text of every setting, by key.
QHash<QString, QString> toKeys(const WorkspaceSettings &s)
{
    QHash<QString, QString> keys;
    keys.insert(QStringLiteral("tiers.rule"), s.tiersByPoints ? QStringLiteral("points") : QStringLiteral("spend"));
    const char *names[] = {"silver", "gold", "diamond"};
    for (size_t i = 0; i < 3; ++i) {
        keys.insert(QStringLiteral("tiers.spend.%1").arg(QLatin1String(names[i])),
                    QString::number(s.tierSpendThresholds.at(i)));
        keys.insert(QStringLiteral("tiers.points.%1").arg(QLatin1String(names[i])),
                    QString::number(s.tierPointsThresholds.at(i)));
    }
    keys.insert(QStringLiteral("tiers.window_months"), QString::number(s.tierWindowMonths));
    keys.insert(QStringLiteral("lifecycle.new_within_days"), QString::number(s.newWithinDays));
    keys.insert(QStringLiteral("lifecycle.min_purchase_days_for_cycle"), QString::number(s.minPurchaseDaysForCycle));
    keys.insert(QStringLiteral("lifecycle.default_cycle_days"), number(s.defaultCycleDays));
    keys.insert(QStringLiteral("lifecycle.dormant_min_days"), number(s.dormantMinDays));
    keys.insert(QStringLiteral("lifecycle.dormant_cycles"), number(s.dormantCycles));
    keys.insert(QStringLiteral("lifecycle.churned_min_days"), number(s.churnedMinDays));
    keys.insert(QStringLiteral("lifecycle.churned_cycles"), number(s.churnedCycles));
    keys.insert(QStringLiteral("campaigns.attribution_window_days"), QString::number(s.attributionWindowDays));
    keys.insert(QStringLiteral("campaigns.margin"), number(s.margin));
    keys.insert(QStringLiteral("rfm.segment_rules"), s.rfmSegmentRules);
    keys.insert(QStringLiteral("rfm.unmatched_segment"), s.rfmUnmatchedSegment);
    keys.insert(QStringLiteral("display.currency_symbol"), s.currencySymbol);
    keys.insert(QStringLiteral("display.currency_code"), s.currencyCode);
    keys.insert(QStringLiteral("as_of.default"),
                s.asOfDefault == AsOfDefault::FixedDate ? QStringLiteral("fixed")
                                                        : QStringLiteral("day_after_last_order"));
    keys.insert(QStringLiteral("as_of.fixed_date"), s.fixedAsOf.toString(Qt::ISODate));
    return keys;
}

void read(const QHash<QString, QString> &keys, const QString &key, qint64 &value)
{
    bool ok = false;
    const qint64 parsed = keys.value(key).toLongLong(&ok);
    if (ok) {
        value = parsed;
    }
}

void read(const QHash<QString, QString> &keys, const QString &key, int &value)
{
    bool ok = false;
    const int parsed = keys.value(key).toInt(&ok);
    if (ok) {
        value = parsed;
    }
}

void read(const QHash<QString, QString> &keys, const QString &key, double &value)
{
    bool ok = false;
    const double parsed = keys.value(key).toDouble(&ok);
    if (ok && std::isfinite(parsed)) {
        value = parsed;
    }
}

WorkspaceSettings fromKeys(const QHash<QString, QString> &keys)
{
    WorkspaceSettings s;
    s.tiersByPoints = keys.value(QStringLiteral("tiers.rule")) == QLatin1String("points");
    const char *names[] = {"silver", "gold", "diamond"};
    for (size_t i = 0; i < 3; ++i) {
        read(keys, QStringLiteral("tiers.spend.%1").arg(QLatin1String(names[i])), s.tierSpendThresholds.at(i));
        read(keys, QStringLiteral("tiers.points.%1").arg(QLatin1String(names[i])), s.tierPointsThresholds.at(i));
    }
    read(keys, QStringLiteral("tiers.window_months"), s.tierWindowMonths);
    read(keys, QStringLiteral("lifecycle.new_within_days"), s.newWithinDays);
    read(keys, QStringLiteral("lifecycle.min_purchase_days_for_cycle"), s.minPurchaseDaysForCycle);
    read(keys, QStringLiteral("lifecycle.default_cycle_days"), s.defaultCycleDays);
    read(keys, QStringLiteral("lifecycle.dormant_min_days"), s.dormantMinDays);
    read(keys, QStringLiteral("lifecycle.dormant_cycles"), s.dormantCycles);
    read(keys, QStringLiteral("lifecycle.churned_min_days"), s.churnedMinDays);
    read(keys, QStringLiteral("lifecycle.churned_cycles"), s.churnedCycles);
    read(keys, QStringLiteral("campaigns.attribution_window_days"), s.attributionWindowDays);
    read(keys, QStringLiteral("campaigns.margin"), s.margin);
    s.rfmSegmentRules = keys.value(QStringLiteral("rfm.segment_rules"));
    if (const QString unmatched = keys.value(QStringLiteral("rfm.unmatched_segment")); !unmatched.trimmed().isEmpty()) {
        s.rfmUnmatchedSegment = unmatched;
    }
    s.currencySymbol = keys.value(QStringLiteral("display.currency_symbol"));
    s.currencyCode = keys.value(QStringLiteral("display.currency_code"));
    s.asOfDefault = keys.value(QStringLiteral("as_of.default")) == QLatin1String("fixed")
        ? AsOfDefault::FixedDate
        : AsOfDefault::DayAfterLastOrder;
    s.fixedAsOf = QDate::fromString(keys.value(QStringLiteral("as_of.fixed_date")), Qt::ISODate);
    return s;
}

template<typename T>
bool ascendingPositive(const std::array<T, 3> &values)
{
    return values[0] > 0 && values[0] < values[1] && values[1] < values[2];
}

}  // namespace

QStringList WorkspaceSettings::problems() const
{
    QStringList problems;
    if (!ascendingPositive(tierSpendThresholds)) {
        problems << Text::tr("Tier spend thresholds must rise: 0 < Silver < Gold < Diamond.");
    }
    if (!ascendingPositive(tierPointsThresholds)) {
        problems << Text::tr("Tier points thresholds must rise: 0 < Silver < Gold < Diamond.");
    }
    if (tierWindowMonths < 1 || tierWindowMonths > 120) {
        problems << Text::tr("The tier spend window must be between 1 and 120 months.");
    }
    if (newWithinDays < 1 || newWithinDays > 3650) {
        problems << Text::tr("\"New\" must cover between 1 and 3,650 days.");
    }
    if (minPurchaseDaysForCycle < 2 || minPurchaseDaysForCycle > 100) {
        problems << Text::tr("A personal cycle needs between 2 and 100 purchase days.");
    }
    if (!(defaultCycleDays >= 1)) {
        problems << Text::tr("The default purchase cycle must be at least 1 day.");
    }
    if (!(dormantMinDays >= 1) || !(dormantCycles > 0)) {
        problems << Text::tr("Dormant needs at least 1 day and a positive number of cycles.");
    }
    if (!(churnedMinDays > dormantMinDays)) {
        problems << Text::tr("The churned floor must be more days than the dormant floor.");
    }
    if (!(churnedCycles > dormantCycles)) {
        problems << Text::tr("Churned must take more cycles than dormant.");
    }
    if (attributionWindowDays < 0 || attributionWindowDays > 365) {
        problems << Text::tr("The attribution window must be between 0 and 365 days.");
    }
    if (!(margin > 0) || margin > 1) {
        problems << Text::tr("The margin must be more than 0% and at most 100%.");
    }
    if (rfmUnmatchedSegment.trimmed().isEmpty() || rfmUnmatchedSegment.contains(QLatin1Char('\n'))
        || rfmUnmatchedSegment.contains(QLatin1Char('\r'))) {
        problems << Text::tr("Name the segment of customers no rule catches (one line).");
    }
    if (currencySymbol.size() > 8) {
        problems << Text::tr("The currency symbol can have at most 8 characters.");
    }
    static const QRegularExpression isoCode(QStringLiteral("^[A-Z]{3}$"));
    if (!currencyCode.isEmpty() && !isoCode.match(currencyCode).hasMatch()) {
        problems << Text::tr("The currency code must be three capital letters (ISO 4217, e.g. CNY).");
    }
    if (asOfDefault == AsOfDefault::FixedDate && !fixedAsOf.isValid()) {
        problems << Text::tr("Choose the fixed as-of date.");
    }
    return problems;
}

QDate WorkspaceSettings::initialAsOf(const QDate &dayAfterLastOrder) const
{
    return asOfDefault == AsOfDefault::FixedDate && fixedAsOf.isValid() ? fixedAsOf : dayAfterLastOrder;
}

Result<WorkspaceSettings> WorkspaceSettings::load(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT key, value FROM settings"))) {
        return databaseError(QStringLiteral("read settings"), query.lastError().text());
    }
    QHash<QString, QString> keys;
    while (query.next()) {
        keys.insert(query.value(0).toString(), query.value(1).toString());
    }
    return fromKeys(keys);
}

VoidResult WorkspaceSettings::save(QSqlDatabase db, const WorkspaceSettings &settings)
{
    if (const QStringList problems = settings.problems(); !problems.isEmpty()) {
        return makeError(Error::Code::BadInput, problems.join(QLatin1Char('\n')));
    }
    if (!db.transaction()) {
        return databaseError(QStringLiteral("BEGIN"), db.lastError().text());
    }
    // Plain SQL that SQLite (3.24+) and PostgreSQL both run.
    QSqlQuery query(db);
    if (!query.prepare(QStringLiteral("INSERT INTO settings (key, value) VALUES (:key, :value) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"))) {
        const QString text = query.lastError().text();
        db.rollback();
        return databaseError(QStringLiteral("write settings"), text);
    }
    const QHash<QString, QString> keys = toKeys(settings);
    for (auto it = keys.constBegin(); it != keys.constEnd(); ++it) {
        query.bindValue(QStringLiteral(":key"), it.key());
        // NOT NULL column: an empty value is stored as ''.
        query.bindValue(QStringLiteral(":value"), it.value().isNull() ? QStringLiteral("") : it.value());
        if (!query.exec()) {
            const QString text = query.lastError().text();
            db.rollback();
            return databaseError(QStringLiteral("write settings"), text);
        }
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return databaseError(QStringLiteral("COMMIT"), text);
    }
    return {};
}

}  // namespace Crm::Core::Store
