#pragma once

#include "common/money.h"
#include "common/result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QStringList>

#include <array>

namespace Crm::Core::Store {

// Where the as-of date D starts when a workspace is opened.
enum class AsOfDefault {
    DayAfterLastOrder,  // DESIGN.md's default
    FixedDate,  // WorkspaceSettings::fixedAsOf
};

// The analysis parameters a user edits, stored per workspace in the `settings` table
// (key/value text). The defaults are DESIGN.md's "Definitions"; they equal the defaults of
// the analyses' Request structs (tst_workspacesettings checks that).
struct WorkspaceSettings
{
    // Membership tiers: minimum for Silver, Gold, Diamond.
    bool tiersByPoints = false;  // points balance instead of net spend
    std::array<MoneyMinor, 3> tierSpendThresholds {1'000 * kMinorPerMajor, 5'000 * kMinorPerMajor,
                                                   20'000 * kMinorPerMajor};
    std::array<qint64, 3> tierPointsThresholds {1'000, 5'000, 20'000};
    int tierWindowMonths = 12;

    // Lifecycle (the cycle rule).
    int newWithinDays = 90;
    int minPurchaseDaysForCycle = 3;
    double defaultCycleDays = 90;
    double dormantMinDays = 60;
    double dormantCycles = 2;
    double churnedMinDays = 365;
    double churnedCycles = 4;

    // Campaigns.
    int attributionWindowDays = 30;
    double margin = 1.0;  // share of revenue that is profit, 0 < margin <= 1

    // RFM segments: the rule table as CSV text (the format of core/analysis/rfm's
    // formatRfmSegmentRules, which reads it; the store only keeps the text). Empty: the
    // default R x F grid. The unmatched segment names customers no rule catches.
    QString rfmSegmentRules;
    QString rfmUnmatchedSegment = QStringLiteral("Others");

    // Display: how money is labelled (amounts are stored without a currency).
    QString currencySymbol;  // e.g. "¥"; empty: plain numbers
    QString currencyCode;  // ISO 4217, e.g. "CNY"; empty: none

    AsOfDefault asOfDefault = AsOfDefault::DayAfterLastOrder;
    QDate fixedAsOf;  // used when asOfDefault is FixedDate

    // Translated messages of every invalid value; empty when the settings can be used.
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }

    // The as-of date a workspace opens with, given the day after its last order.
    QDate initialAsOf(const QDate &dayAfterLastOrder) const;

    bool operator==(const WorkspaceSettings &) const = default;

    // Reads the stored settings; keys that are missing or do not parse keep their default.
    static Result<WorkspaceSettings> load(QSqlDatabase db);
    // Validates, then writes every key in one transaction. Invalid settings are BadInput
    // with the problems as the message; nothing is written then.
    static VoidResult save(QSqlDatabase db, const WorkspaceSettings &settings);
};

}  // namespace Crm::Core::Store
