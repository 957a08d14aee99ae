#include "ordergenerator.h"

#include <array>
#include <cmath>

namespace Crm::Bench {

namespace {

constexpr std::array<const char *, 4> kChannels {"online", "store", "app", "wechat"};
constexpr std::array<double, 4> kChannelWeights {0.35, 0.35, 0.2, 0.1};
constexpr std::array<const char *, 6> kCampaigns {"CMP-2024-SPRING", "CMP-2024-618", "CMP-2024-1111",
                                                  "CMP-2025-CNY",    "CMP-2025-618", "CMP-2025-1111"};
constexpr int kStores = 40;
constexpr double kReturnRate = 0.03;
constexpr double kCampaignRate = 0.1;
constexpr double kMedianBasket = 120.0;  // currency units

void appendPadded(QByteArray &out, qint64 value, int width)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = n; i < width; ++i) {
        out.append('0');
    }
    while (n > 0) {
        out.append(digits[--n]);
    }
}

}  // namespace

OrderGenerator::OrderGenerator(qint64 orders, quint64 seed, qint64 customers)
    : m_random(seed)
    , m_orders(orders)
    , m_customers(customers > 0 ? customers : qMax<qint64>(1, orders / 6))
    , m_first(2023, 1, 1)
    , m_last(2025, 12, 31)
{ }

bool OrderGenerator::next(GeneratedOrder &order)
{
    if (m_emitted >= m_orders) {
        return false;
    }
    const qint64 span = m_first.daysTo(m_last) + 1;
    order.sequence = m_emitted;
    order.julianDay = m_first.toJulianDay() + (m_emitted * span) / m_orders;
    order.secondOfDay = m_random.uniformInt(8 * 3600, 23 * 3600 - 1);
    // The customer base grows from 30% to 100% over the period; low indices are the
    // older, more loyal customers, so u^1.7 skews orders towards them.
    const double progress = double(m_emitted) / double(m_orders);
    const double acquired = double(m_customers) * (0.3 + 0.7 * progress);
    order.customer = qMin<qint64>(m_customers - 1, qint64(acquired * std::pow(m_random.uniform(), 1.7)));
    const double basket = std::exp(std::log(kMedianBasket) + 0.8 * m_random.normal());
    order.isReturn = m_random.chance(kReturnRate);
    const Core::MoneyMinor amount = qMax<Core::MoneyMinor>(1, qRound64(basket * Core::kMinorPerMajor));
    order.amount = order.isReturn ? -amount / 2 - 1 : amount;
    order.channel = m_random.weightedIndex(kChannelWeights);
    order.store = m_random.uniformInt(1, kStores);
    order.campaign = m_random.chance(kCampaignRate) ? m_random.uniformInt(0, int(kCampaigns.size()) - 1) : -1;
    ++m_emitted;
    return true;
}

const char *const *OrderGenerator::channelNames()
{
    return kChannels.data();
}

int OrderGenerator::channelCount()
{
    return int(kChannels.size());
}

const char *OrderGenerator::campaignName(int campaign)
{
    return campaign >= 0 && campaign < int(kCampaigns.size()) ? kCampaigns[size_t(campaign)] : "";
}

int OrderGenerator::campaignCount()
{
    return int(kCampaigns.size());
}

void OrderGenerator::appendOrderId(QByteArray &out, const GeneratedOrder &order)
{
    out.append("SO");
    appendPadded(out, order.sequence + 1, 9);
}

void OrderGenerator::appendCustomerId(QByteArray &out, const GeneratedOrder &order)
{
    out.append('C');
    appendPadded(out, order.customer + 1, 8);
}

void OrderGenerator::appendStore(QByteArray &out, const GeneratedOrder &order)
{
    out.append('S');
    appendPadded(out, order.store, 3);
}

void OrderGenerator::appendTimestamp(QByteArray &out, const GeneratedOrder &order)
{
    const QDate day = QDate::fromJulianDay(order.julianDay);
    appendPadded(out, day.year(), 4);
    out.append('-');
    appendPadded(out, day.month(), 2);
    out.append('-');
    appendPadded(out, day.day(), 2);
    out.append(' ');
    appendPadded(out, order.secondOfDay / 3600, 2);
    out.append(':');
    appendPadded(out, order.secondOfDay / 60 % 60, 2);
    out.append(':');
    appendPadded(out, order.secondOfDay % 60, 2);
}

void OrderGenerator::appendAmount(QByteArray &out, Core::MoneyMinor amount)
{
    if (amount < 0) {
        out.append('-');
        amount = -amount;
    }
    appendPadded(out, amount / Core::kMinorPerMajor, 1);
    out.append('.');
    appendPadded(out, amount % Core::kMinorPerMajor, 2);
}

QList<QByteArray> OrderGenerator::headerNames()
{
    return {QByteArrayLiteral("order_id"),    QByteArrayLiteral("customer_id"), QByteArrayLiteral("order_date"),
            QByteArrayLiteral("amount"),      QByteArrayLiteral("channel"),     QByteArrayLiteral("store"),
            QByteArrayLiteral("campaign_id"), QByteArrayLiteral("status")};
}

QByteArray OrderGenerator::csvHeader()
{
    return headerNames().join(',') + '\n';
}

void OrderGenerator::appendCsvLine(QByteArray &out, const GeneratedOrder &order)
{
    appendOrderId(out, order);
    out.append(',');
    appendCustomerId(out, order);
    out.append(',');
    appendTimestamp(out, order);
    out.append(',');
    appendAmount(out, order.amount);
    out.append(',');
    out.append(kChannels[size_t(order.channel)]);
    out.append(',');
    appendStore(out, order);
    out.append(',');
    out.append(campaignName(order.campaign));
    out.append(order.isReturn ? ",return\n" : ",purchase\n");
}

}  // namespace Crm::Bench
