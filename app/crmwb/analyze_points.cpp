#include "analysis/points/points.h"
#include "analyzers.h"

#include <QCoreApplication>

namespace Crm::Cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Cli)
};

using Core::Report::DataColumn;
using Core::Report::DataTable;

// tier,customers,points_earned,points_redeemed,points_outstanding,redemption_rate,points_balance:
// one row per tier at D, then "All".
DataTable pointsTable(const Core::Analysis::PointsResult &result)
{
    DataTable table;
    table.addColumn(QStringLiteral("tier"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("points_earned"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("points_redeemed"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("points_outstanding"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("redemption_rate"), DataColumn::Type::Percent);
    table.addColumn(QStringLiteral("points_balance"), DataColumn::Type::Integer);
    const auto append = [&](const QString &name, const Core::Analysis::PointsRow &row) {
        table.rows.append({name, row.customers, row.earned, row.redeemed, row.outstanding,
                           row.redemptionRate ? QVariant(*row.redemptionRate) : QVariant(), row.balance});
    };
    for (const Core::Analysis::PointsRow &row : result.tiers) {
        append(Core::Analysis::tierName(*row.tier), row);
    }
    append(QStringLiteral("All"), result.total);
    return table;
}

Core::Result<AnalyzerOutput> runPointsAnalyzer(const AnalyzeContext &context)
{
    Core::Analysis::PointsRequest request;
    request.asOf = context.asOf;
    if (context.parser.isSet(QStringLiteral("points-from"))) {
        request.from = QDate::fromString(context.parser.value(QStringLiteral("points-from")), Qt::ISODate);
        if (!request.from.isValid()) {
            return Core::makeError(Core::Error::Code::BadUsage,
                                   Text::tr("--points-from must be a date written YYYY-MM-DD"));
        }
    }
    auto result = Core::Analysis::runPoints(context.db, request);
    if (!result) {
        return result.error();
    }
    if (!result->recordsPoints) {
        return Core::makeError(Core::Error::Code::BadInput,
                               Text::tr("The workspace records no points: no order before %1 has points earned or "
                                        "redeemed, and no customer has a points balance.")
                                   .arg(context.asOf.toString(Qt::ISODate)));
    }
    AnalyzerOutput output;
    output.table = pointsTable(result.value());
    return output;
}

}  // namespace

Analyzer pointsAnalyzer()
{
    Analyzer analyzer;
    analyzer.name = QStringLiteral("points");
    analyzer.summary = Text::tr("Loyalty points: earned, redeemed, outstanding and redemption rate by tier");
    analyzer.options << QCommandLineOption(QStringLiteral("points-from"),
                                           Text::tr("Points: count earned and redeemed points from this day on "
                                                    "(the outstanding balance always counts every order before D)."),
                                           QStringLiteral("YYYY-MM-DD"));
    analyzer.run = runPointsAnalyzer;
    return analyzer;
}

}  // namespace Crm::Cli
