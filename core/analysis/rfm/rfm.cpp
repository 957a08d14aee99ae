#include "rfm.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>

namespace Crm::Core::Analysis {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Analysis)
};

constexpr int kScores = 5;

// numpy's _lerp: the same operation order keeps cut points bit-identical to pandas.qcut.
double lerp(double a, double b, double t)
{
    const double diff = b - a;
    return t >= 0.5 ? b - diff * (1.0 - t) : a + diff * t;
}

// The probabilities np.linspace(0, 1, 6) and R's seq(0, 1, length.out = 6) produce.
double cutProbability(int i)
{
    return double(i) * (1.0 / kScores);
}

// Type-7 quintiles by selection instead of a full sort: O(n) per cut point, and the cut
// points ascend, so each selection only searches what lies above the previous one.
RfmCutPoints quintileCutPoints(std::vector<double> values, double offset)
{
    RfmCutPoints cuts {};
    if (values.empty()) {
        return cuts;
    }
    auto from = values.begin();
    for (int i = 0; i < int(cuts.size()); ++i) {
        const double h = double(values.size() - 1) * cutProbability(i + 1);
        const double lo = std::floor(h);
        const auto nth = values.begin() + qsizetype(lo);
        std::nth_element(from, nth, values.end());
        const double a = *nth;
        const double b = nth + 1 == values.end() ? a : *std::min_element(nth + 1, values.end());
        cuts[size_t(i)] = lerp(a, b, h - lo) + offset;
        from = nth;
    }
    return cuts;
}

// Cut points of the ranks 1..n, without materialising them.
RfmCutPoints rankCutPoints(qint64 n)
{
    RfmCutPoints cuts {};
    for (int i = 0; i < int(cuts.size()); ++i) {
        const double h = double(n - 1) * cutProbability(i + 1);
        const double lo = std::floor(h);
        const double a = lo + 1.0;
        cuts[size_t(i)] = lo + 1.0 < double(n) ? lerp(a, a + 1.0, h - lo) : a;
    }
    return cuts;
}

// pandas.qcut: (lower, upper], the lowest interval closed on both sides.
int rightClosedBin(double value, const RfmCutPoints &cuts)
{
    return 1 + int(std::count_if(cuts.begin(), cuts.end(), [value](double cut) { return cut < value; }));
}

// R's rfm and fixed thresholds: [lower, upper).
int leftClosedBin(double value, const RfmCutPoints &cuts)
{
    return 1 + int(std::count_if(cuts.begin(), cuts.end(), [value](double cut) { return cut <= value; }));
}

bool isAscending(const RfmCutPoints &cuts)
{
    return std::is_sorted(cuts.begin(), cuts.end())
        && std::all_of(cuts.begin(), cuts.end(), [](double cut) { return std::isfinite(cut); });
}

VoidResult validate(const RfmRequest &request)
{
    if (!request.asOf.isValid()) {
        return makeError(Error::Code::BadUsage, Text::tr("An as-of date is needed."));
    }
    if (request.scoring == RfmScoring::Fixed
        && !(isAscending(request.fixedCutPoints.recency) && isAscending(request.fixedCutPoints.frequency)
             && isAscending(request.fixedCutPoints.monetary))) {
        return makeError(Error::Code::BadUsage, Text::tr("Fixed RFM thresholds must be four ascending numbers."));
    }
    for (const RfmSegmentRule &rule : request.rules) {
        if (!rule.isValid()) {
            return makeError(Error::Code::BadUsage,
                             Text::tr("Segment rule '%1' needs a name and score ranges within 1-5.").arg(rule.name));
        }
    }
    return {};
}

// Raw values of the scored customers; scores are filled in later.
std::vector<RfmCustomer> measure(const std::vector<CustomerHistory> &histories, const RfmRequest &request,
                                 qint64 &unscored)
{
    const qint64 asOf = request.asOf.toJulianDay();
    std::vector<RfmCustomer> customers;
    customers.reserve(histories.size());
    unscored = 0;
    for (const CustomerHistory &history : histories) {
        qint64 first = 0;
        qint64 last = 0;
        qint64 orders = 0;
        MoneyMinor net = 0;
        for (const PurchaseDay &day : history.days) {
            if (day.julianDay >= asOf) {
                break;  // the scan already stops at D; a caller's own vectors may not
            }
            net += day.purchases + day.returns;
            if (day.orders > 0) {
                first = first == 0 ? day.julianDay : first;
                last = day.julianDay;
                orders += day.orders;
            }
        }
        if (orders == 0 || (request.excludeNonPositiveMonetary && net <= 0)) {
            ++unscored;
            continue;
        }
        RfmCustomer customer;
        customer.customerId = history.customerId;
        customer.firstOrder = QDate::fromJulianDay(first);
        customer.lastOrder = QDate::fromJulianDay(last);
        customer.recencyDays = asOf - last;
        customer.frequency = orders;
        customer.monetary = net;
        customers.push_back(std::move(customer));
    }
    return customers;
}

// rank(method="first") in customer-id order: position after a stable sort by frequency.
// Customers are already in id order, so the index breaks ties without comparing strings.
std::vector<qint64> firstComeRanks(const std::vector<RfmCustomer> &customers)
{
    std::vector<qint64> order(customers.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qint64 a, qint64 b) {
        const qint64 x = customers[size_t(a)].frequency;
        const qint64 y = customers[size_t(b)].frequency;
        return x != y ? x < y : a < b;
    });
    std::vector<qint64> ranks(customers.size());
    for (size_t i = 0; i < order.size(); ++i) {
        ranks[size_t(order[i])] = qint64(i) + 1;
    }
    return ranks;
}

template<typename Value>
std::vector<double> column(const std::vector<RfmCustomer> &customers, Value value)
{
    std::vector<double> values;
    values.reserve(customers.size());
    for (const RfmCustomer &customer : customers) {
        values.push_back(double(value(customer)));
    }
    return values;
}

void score(std::vector<RfmCustomer> &customers, const RfmRequest &request, RfmCutPointSet &cuts)
{
    const auto recency = [](const RfmCustomer &c) { return c.recencyDays; };
    const auto frequency = [](const RfmCustomer &c) { return c.frequency; };
    const auto monetary = [](const RfmCustomer &c) { return c.monetary; };
    switch (request.scoring) {
    case RfmScoring::Quintile:
    case RfmScoring::Pandas:
        cuts.recency = quintileCutPoints(column(customers, recency), 0.0);
        cuts.frequency = request.scoring == RfmScoring::Pandas ? rankCutPoints(qint64(customers.size()))
                                                               : quintileCutPoints(column(customers, frequency), 0.0);
        cuts.monetary = quintileCutPoints(column(customers, monetary), 0.0);
        break;
    case RfmScoring::RfmPackage:
        // The package adds one unit of the value (day, order, currency unit) to each quantile.
        cuts.recency = quintileCutPoints(column(customers, recency), 1.0);
        cuts.frequency = quintileCutPoints(column(customers, frequency), 1.0);
        cuts.monetary = quintileCutPoints(column(customers, monetary), double(kMinorPerMajor));
        break;
    case RfmScoring::Fixed:
        cuts = request.fixedCutPoints;
        break;
    }
    const bool rightClosed = request.scoring == RfmScoring::Quintile || request.scoring == RfmScoring::Pandas;
    const auto bin = rightClosed ? rightClosedBin : leftClosedBin;
    const std::vector<qint64> ranks
        = request.scoring == RfmScoring::Pandas ? firstComeRanks(customers) : std::vector<qint64>();
    for (size_t i = 0; i < customers.size(); ++i) {
        RfmCustomer &customer = customers[i];
        // Fewer days since the last purchase is better: the lowest bin scores 5.
        customer.recencyScore = kScores + 1 - bin(double(customer.recencyDays), cuts.recency);
        customer.frequencyScore = bin(ranks.empty() ? double(customer.frequency) : double(ranks[i]), cuts.frequency);
        customer.monetaryScore = bin(double(customer.monetary), cuts.monetary);
    }
}

void assignSegments(RfmResult &result, const RfmRequest &request)
{
    QHash<QString, size_t> index;
    for (const RfmSegmentRule &rule : request.rules) {
        if (!index.contains(rule.name)) {
            index.insert(rule.name, result.segments.size());
            result.segments.push_back({rule.name});
        }
    }
    bool unmatchedUsed = false;
    size_t unmatchedIndex = 0;
    MoneyMinor total = 0;
    for (RfmCustomer &customer : result.customers) {
        const auto rule = std::find_if(request.rules.begin(), request.rules.end(), [&](const RfmSegmentRule &r) {
            return r.matches(customer.recencyScore, customer.frequencyScore, customer.monetaryScore);
        });
        size_t segment = 0;
        if (rule != request.rules.end()) {
            customer.segment = rule->name;
            segment = index.value(rule->name);
        } else {
            customer.segment = request.unmatchedSegment;
            if (!unmatchedUsed) {
                unmatchedUsed = true;
                unmatchedIndex = index.contains(request.unmatchedSegment) ? index.value(request.unmatchedSegment)
                                                                          : result.segments.size();
                if (unmatchedIndex == result.segments.size()) {
                    result.segments.push_back({request.unmatchedSegment});
                }
            }
            segment = unmatchedIndex;
        }
        RfmSegmentSummary &summary = result.segments[segment];
        ++summary.customers;
        summary.orders += customer.frequency;
        summary.revenue += customer.monetary;
        total += customer.monetary;
    }
    for (RfmSegmentSummary &summary : result.segments) {
        if (summary.orders > 0) {
            // Round half away from zero to the minor unit.
            const MoneyMinor magnitude = (std::abs(summary.revenue) * 2 + summary.orders) / (summary.orders * 2);
            summary.averageOrderValue = summary.revenue < 0 ? -magnitude : magnitude;
        }
        summary.revenueShare = total != 0 ? double(summary.revenue) / double(total) : 0.0;
    }
}

bool isInteger(const QString &field)
{
    bool ok = false;
    field.trimmed().toInt(&ok);
    return ok;
}

// The fields of one CSV line: plain fields trimmed, quoted ones exactly as quoted (with ""
// for a quote inside). Empty when a quote is not closed or text follows a closing quote.
std::optional<QStringList> splitCsvLine(const QString &line)
{
    QStringList fields;
    QString field;
    qsizetype i = 0;
    while (true) {
        while (i < line.size() && line.at(i).isSpace()) {
            ++i;
        }
        if (i < line.size() && line.at(i) == QLatin1Char('"')) {
            for (++i;; ++i) {
                if (i >= line.size()) {
                    return std::nullopt;
                }
                if (line.at(i) == QLatin1Char('"')) {
                    if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        ++i;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += line.at(i);
            }
            while (i < line.size() && line.at(i).isSpace()) {
                ++i;
            }
            if (i < line.size() && line.at(i) != QLatin1Char(',')) {
                return std::nullopt;
            }
        } else {
            const qsizetype comma = line.indexOf(QLatin1Char(','), i);
            const qsizetype end = comma < 0 ? line.size() : comma;
            field = line.mid(i, end - i).trimmed();
            i = end;
        }
        fields << field;
        field.clear();
        if (i >= line.size()) {
            return fields;
        }
        ++i;  // the comma
    }
}

// Quotes a name when a plain field would read back differently: a comma, a quote, a
// leading '#' (a comment line), or spaces at either end (plain fields are trimmed).
QString csvField(const QString &name)
{
    const bool plain = !name.contains(QLatin1Char(',')) && !name.contains(QLatin1Char('"'))
        && !name.startsWith(QLatin1Char('#')) && name == name.trimmed();
    if (plain) {
        return name;
    }
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

}  // namespace

bool RfmSegmentRule::matches(int r, int f, int m) const
{
    return r >= recencyLow && r <= recencyHigh && f >= frequencyLow && f <= frequencyHigh && m >= monetaryLow
        && m <= monetaryHigh;
}

bool RfmSegmentRule::isValid() const
{
    const auto range = [](int low, int high) { return low >= 1 && low <= high && high <= kScores; };
    return !name.trimmed().isEmpty() && !name.contains(QLatin1Char('\n')) && !name.contains(QLatin1Char('\r'))
        && range(recencyLow, recencyHigh) && range(frequencyLow, frequencyHigh) && range(monetaryLow, monetaryHigh);
}

std::vector<RfmSegmentRule> defaultRfmSegmentRules()
{
    // Order matters only where cells overlap; this grid partitions the 25 R x F cells.
    return {
        {QStringLiteral("Hibernating"), 1, 2, 1, 2},         {QStringLiteral("At Risk"), 1, 2, 3, 4},
        {QStringLiteral("Can't Lose Them"), 1, 2, 5, 5},     {QStringLiteral("About to Sleep"), 3, 3, 1, 2},
        {QStringLiteral("Need Attention"), 3, 3, 3, 3},      {QStringLiteral("Loyal"), 3, 4, 4, 5},
        {QStringLiteral("Promising"), 4, 4, 1, 1},           {QStringLiteral("New"), 5, 5, 1, 1},
        {QStringLiteral("Potential Loyalists"), 4, 5, 2, 3}, {QStringLiteral("Champions"), 5, 5, 4, 5},
    };
}

std::vector<RfmSegmentRule> rfmPackageSegmentRules()
{
    return {
        {QStringLiteral("Champions"), 4, 5, 4, 5, 4, 5},          {QStringLiteral("Loyal Customers"), 2, 5, 3, 5, 3, 5},
        {QStringLiteral("Potential Loyalist"), 3, 5, 1, 3, 1, 3}, {QStringLiteral("New Customers"), 4, 5, 1, 1, 1, 1},
        {QStringLiteral("Promising"), 3, 4, 1, 1, 1, 1},          {QStringLiteral("Need Attention"), 2, 3, 2, 3, 2, 3},
        {QStringLiteral("About To Sleep"), 2, 3, 1, 2, 1, 2},     {QStringLiteral("At Risk"), 1, 2, 2, 5, 2, 5},
        {QStringLiteral("Can't Lose Them"), 1, 1, 4, 5, 4, 5},    {QStringLiteral("Lost"), 1, 2, 1, 2, 1, 2},
    };
}

std::vector<RfmSegmentRule> rfmSegmentRulesFromGrid(const std::array<std::array<QString, 5>, 5> &grid)
{
    std::vector<RfmSegmentRule> rules;
    for (int r = 1; r <= kScores; ++r) {
        for (int f = 1; f <= kScores; ++f) {
            rules.push_back({grid[size_t(r - 1)][size_t(f - 1)], r, r, f, f});
        }
    }
    return rules;
}

Result<std::vector<RfmSegmentRule>> parseRfmSegmentRules(const QString &text)
{
    std::vector<RfmSegmentRule> rules;
    bool firstLine = true;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const auto fields = splitCsvLine(line);
        const bool header = firstLine && line.startsWith(QLatin1String("segment"), Qt::CaseInsensitive) && fields
            && fields->size() > 1 && !isInteger(fields->at(1));
        firstLine = false;
        if (header) {
            continue;
        }
        const auto bad = [&] {
            return makeError(Error::Code::BadInput,
                             Text::tr("Line %1 of the segment rules must read "
                                      "name,r_low,r_high,f_low,f_high[,m_low,m_high] with scores 1-5.")
                                 .arg(i + 1));
        };
        if (!fields || (fields->size() != 5 && fields->size() != 7)) {
            return bad();
        }
        std::array<int, 6> bounds {1, 5, 1, 5, 1, 5};
        for (qsizetype f = 1; f < fields->size(); ++f) {
            bool ok = false;
            bounds[size_t(f - 1)] = fields->at(f).trimmed().toInt(&ok);
            if (!ok) {
                return bad();
            }
        }
        RfmSegmentRule rule {fields->at(0), bounds[0], bounds[1], bounds[2], bounds[3], bounds[4], bounds[5]};
        if (!rule.isValid()) {
            return bad();
        }
        rules.push_back(rule);
    }
    if (rules.empty()) {
        return makeError(Error::Code::BadInput, Text::tr("The segment rule table is empty."));
    }
    return rules;
}

QString formatRfmSegmentRules(const std::vector<RfmSegmentRule> &rules)
{
    QString text = QStringLiteral("segment,r_low,r_high,f_low,f_high,m_low,m_high\n");
    for (const RfmSegmentRule &rule : rules) {
        text += csvField(rule.name);
        for (int bound : {rule.recencyLow, rule.recencyHigh, rule.frequencyLow, rule.frequencyHigh, rule.monetaryLow,
                          rule.monetaryHigh}) {
            text += QLatin1Char(',') + QString::number(bound);
        }
        text += QLatin1Char('\n');
    }
    return text;
}

double quantileType7(const std::vector<double> &sortedValues, double p)
{
    if (sortedValues.empty()) {
        return 0.0;
    }
    const double h = double(sortedValues.size() - 1) * p;
    const double lo = std::floor(h);
    const auto index = size_t(lo);
    if (index + 1 >= sortedValues.size()) {
        return sortedValues.back();
    }
    return lerp(sortedValues[index], sortedValues[index + 1], h - lo);
}

Result<RfmResult> analyzeRfm(const std::vector<CustomerHistory> &histories, const RfmRequest &request)
{
    if (auto ok = validate(request); !ok) {
        return ok.error();
    }
    RfmResult result;
    result.asOf = request.asOf;
    result.customers = measure(histories, request, result.unscoredCustomers);
    if (!std::is_sorted(result.customers.begin(), result.customers.end(),
                        [](const RfmCustomer &a, const RfmCustomer &b) { return a.customerId < b.customerId; })) {
        std::sort(result.customers.begin(), result.customers.end(),
                  [](const RfmCustomer &a, const RfmCustomer &b) { return a.customerId < b.customerId; });
    }
    if (!result.customers.empty()) {
        score(result.customers, request, result.cutPoints);
    }
    assignSegments(result, request);
    return result;
}

Result<RfmResult> runRfm(QSqlDatabase db, const RfmRequest &request, const ProgressSink &progress)
{
    PurchaseHistoryRequest scan;
    scan.asOf = request.asOf;
    scan.includeProspects = false;  // never scored; skipping them saves a second query
    auto histories = loadPurchaseHistory(db, scan, progress);
    if (!histories) {
        return histories.error();
    }
    return analyzeRfm(histories.value(), request);
}

}  // namespace Crm::Core::Analysis
