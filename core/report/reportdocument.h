#pragma once

#include "report/datatable.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <variant>

namespace Crm::Core::Report {

// A printed report as data: sections of blocks (text, KPI rows, tables, figures), all text
// already translated, all numbers raw with a type that says how to show them. Painters
// (PDF, printer, preview) only lay this out; they never compute anything.

struct ReportParagraph
{
    QString text;
};

// One key figure with the same figure for the previous period.
struct KpiRow
{
    QString key;  // machine name, e.g. "revenue"
    QString label;
    DataColumn::Type type = DataColumn::Type::Integer;
    QVariant value;
    QVariant previous;  // null when there is nothing to compare with

    // Relative change (value - previous) / |previous|; for percentages the difference in
    // points (as a fraction). None when either side is missing or previous is 0.
    std::optional<double> change() const;
};

struct KpiBlock
{
    QString valueHeader;  // "Last 90 days"
    QString previousHeader;  // "Previous 90 days"
    QList<KpiRow> rows;
};

// A table; a painter that splits it across pages repeats the header row.
struct ReportTable
{
    QString key;
    QString title;
    QList<DataColumn> columns;  // types say how to format the raw values
    QStringList headers;  // translated, one per column
    QList<QVariantList> rows;
    QString note;  // printed under the table
};

struct FigureSeries
{
    QString name;
    QList<double> values;  // one per category; NaN = no value
};

// A chart as data. Bar: one group of bars per category, one bar per series. Line: one
// line per series. Funnel: the first series' values as narrowing bars. Heatmap: one row per
// series (e.g. a cohort), one column per category, values in valueType.
struct ReportFigure
{
    enum class Kind { Bar, Line, Funnel, Heatmap };
    Kind kind = Kind::Bar;
    QString key;
    QString title;
    QStringList categories;
    QList<FigureSeries> series;
    DataColumn::Type valueType = DataColumn::Type::Integer;
    QString caption;
};

using ReportBlock = std::variant<ReportParagraph, KpiBlock, ReportTable, ReportFigure>;

struct ReportSection
{
    QString key;  // machine name, e.g. "tiers"
    QString title;
    QList<ReportBlock> blocks;
    bool startsNewPage = false;
};

struct ReportDocument
{
    QString title;
    QString workspace;
    QDate periodStart;  // first day of the review period
    QDate periodEnd;  // last day of the review period (D - 1)
    QDate asOf;
    QDateTime generatedAt;
    QString language;  // "en", "zh_CN", "zh_TW": picks fonts and the page size default
    QList<ReportSection> sections;
    QStringList omitted;  // sections left out and why (translated), also printed in the appendix

    const ReportSection *section(const QString &key) const;
};

// How a value shows in a report for people: grouped digits in the locale, money with two
// decimals in major units, percentages like "12.5%", dates in the locale's short format,
// real numbers with up to three decimals ("< 0.001" below that, never a bare "0.000").
QString displayText(const QVariant &value, DataColumn::Type type, const QLocale &locale);

// "+12.5%" / "−3.0%" for a relative change, "+1.2 pts" for a percentage difference.
QString displayChange(std::optional<double> change, DataColumn::Type type, const QLocale &locale);

}  // namespace Crm::Core::Report
