#pragma once

#include "common/money.h"
#include "common/random.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QtGlobal>

namespace Crm::Bench {

// One generated order line, as a shop system's export would hold it.
struct GeneratedOrder
{
    qint64 sequence = 0;  // 0-based
    qint64 customer = 0;  // 0-based customer index
    qint64 julianDay = 0;
    int secondOfDay = 0;
    Core::MoneyMinor amount = 0;  // negative for returns
    int channel = 0;
    int store = 0;
    int campaign = -1;  // -1: none
    bool isReturn = false;
};

// A deterministic, streaming source of realistic orders: a customer base that grows over
// the period, heavy-tailed purchase frequency (a few loyal customers buy often), log-normal
// basket values, ~3% returns, several channels and stores, and campaign-attributed orders.
// Orders come sorted by time, as exports usually are. The same (orders, seed) gives the
// same rows on every platform: only Crm::Core::Random is used.
class OrderGenerator
{
public:
    // customers <= 0: one customer per 6 orders.
    OrderGenerator(qint64 orders, quint64 seed, qint64 customers = 0);

    qint64 orderCount() const { return m_orders; }
    qint64 customerCount() const { return m_customers; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }

    // False after the last order.
    bool next(GeneratedOrder &order);

    static const char *const *channelNames();
    static int channelCount();
    static const char *campaignName(int campaign);
    static int campaignCount();

    // Text forms shared by the CSV and xlsx writers.
    static void appendOrderId(QByteArray &out, const GeneratedOrder &order);
    static void appendCustomerId(QByteArray &out, const GeneratedOrder &order);
    static void appendStore(QByteArray &out, const GeneratedOrder &order);
    static void appendTimestamp(QByteArray &out, const GeneratedOrder &order);  // "2025-03-01 14:02:09"
    static void appendAmount(QByteArray &out, Core::MoneyMinor amount);  // "-12.30"

    static QList<QByteArray> headerNames();
    static QByteArray csvHeader();
    static void appendCsvLine(QByteArray &out, const GeneratedOrder &order);

private:
    Core::Random m_random;
    qint64 m_orders = 0;
    qint64 m_customers = 0;
    qint64 m_emitted = 0;
    QDate m_first;
    QDate m_last;
};

}  // namespace Crm::Bench
