#include "import/mapping/valueparsers.h"

#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Import;

class TestValueParsers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldParseMoney_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QChar>("decimal");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        const QChar dot = u'.';
        const QChar comma = u',';
        QTest::newRow("plain") << QStringLiteral("12.50") << dot << true << qint64(1250);
        QTest::newRow("integer") << QStringLiteral("88") << dot << true << qint64(8800);
        QTest::newRow("yuan sign") << QStringLiteral("¥28.16") << dot << true << qint64(2816);
        QTest::newRow("full-width yen and digits") << QStringLiteral("￥１２３.４５") << dot << true << qint64(12345);
        QTest::newRow("dollar thousands") << QStringLiteral("$1,234.50") << dot << true << qint64(123450);
        QTest::newRow("hk dollar") << QStringLiteral("HK$ 1,000") << dot << true << qint64(100000);
        QTest::newRow("euro decimal comma") << QStringLiteral("1.234,50 €") << comma << true << qint64(123450);
        QTest::newRow("decimal comma without hint") << QStringLiteral("99,90") << dot << true << qint64(9990);
        QTest::newRow("comma thousands with dot hint") << QStringLiteral("1,234") << dot << true << qint64(123400);
        QTest::newRow("dot thousands with comma hint") << QStringLiteral("1.234") << comma << true << qint64(123400);
        QTest::newRow("parentheses negative") << QStringLiteral("(1,234.50)") << dot << true << qint64(-123450);
        QTest::newRow("parentheses and symbol") << QStringLiteral("($10.00)") << dot << true << qint64(-1000);
        QTest::newRow("minus before symbol") << QStringLiteral("-¥5.00") << dot << true << qint64(-500);
        QTest::newRow("trailing minus") << QStringLiteral("5.00-") << dot << true << qint64(-500);
        QTest::newRow("unicode minus") << QStringLiteral("−3.5") << dot << true << qint64(-350);
        QTest::newRow("yuan suffix") << QStringLiteral("100元") << dot << true << qint64(10000);
        QTest::newRow("RMB code") << QStringLiteral("RMB 8.8") << dot << true << qint64(880);
        QTest::newRow("rounds half away from zero") << QStringLiteral("0.125") << dot << true << qint64(13);
        QTest::newRow("swiss grouping") << QStringLiteral("1'234.50") << dot << true << qint64(123450);
        QTest::newRow("not a number") << QStringLiteral("abc") << dot << false << qint64(0);
        QTest::newRow("date is not money") << QStringLiteral("2024-03-05") << dot << false << qint64(0);
        QTest::newRow("empty") << QStringLiteral("") << dot << false << qint64(0);
    }

    void shouldParseMoney()
    {
        QFETCH(QString, text);
        QFETCH(QChar, decimal);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const std::optional<MoneyMinor> value = parseMoney(text, decimal);
        QCOMPARE(value.has_value(), valid);
        if (valid) {
            QCOMPARE(qint64(*value), minor);
        }
    }

    void shouldParseDates_data()
    {
        QTest::addColumn<QVariant>("cell");
        QTest::addColumn<int>("order");  // DayMonthOrder
        QTest::addColumn<QString>("expected");  // ISO, empty = not a date
        const int unknown = int(DayMonthOrder::Unknown);
        const int dayFirst = int(DayMonthOrder::DayFirst);
        const int monthFirst = int(DayMonthOrder::MonthFirst);
        QTest::newRow("iso date") << QVariant(QStringLiteral("2024-03-05")) << unknown
                                  << QStringLiteral("2024-03-05T00:00:00");
        QTest::newRow("iso date time") << QVariant(QStringLiteral("2024-03-05T14:30:15")) << unknown
                                       << QStringLiteral("2024-03-05T14:30:15");
        QTest::newRow("iso with zone") << QVariant(QStringLiteral("2024-03-05T14:30:15Z")) << unknown
                                       << QStringLiteral("2024-03-05T14:30:15");
        QTest::newRow("y/m/d") << QVariant(QStringLiteral("2024/3/5")) << unknown
                               << QStringLiteral("2024-03-05T00:00:00");
        QTest::newRow("y/m/d h:m") << QVariant(QStringLiteral("2024/3/5 9:07")) << unknown
                                   << QStringLiteral("2024-03-05T09:07:00");
        QTest::newRow("chinese") << QVariant(QStringLiteral("2024年3月5日")) << unknown
                                 << QStringLiteral("2024-03-05T00:00:00");
        QTest::newRow("chinese with time")
            << QVariant(QStringLiteral("2024年3月5日 14:00")) << unknown << QStringLiteral("2024-03-05T14:00:00");
        QTest::newRow("d.m.y") << QVariant(QStringLiteral("05.03.2024")) << dayFirst
                               << QStringLiteral("2024-03-05T00:00:00");
        QTest::newRow("d/m/y") << QVariant(QStringLiteral("5/3/2024")) << dayFirst
                               << QStringLiteral("2024-03-05T00:00:00");
        QTest::newRow("m/d/y") << QVariant(QStringLiteral("3/5/2024")) << monthFirst
                               << QStringLiteral("2024-03-05T00:00:00");
        QTest::newRow("m/d/y online retail")
            << QVariant(QStringLiteral("12/1/2010 8:26")) << monthFirst << QStringLiteral("2010-12-01T08:26:00");
        QTest::newRow("m/d/yy pm") << QVariant(QStringLiteral("3/5/24 2:30 PM")) << monthFirst
                                   << QStringLiteral("2024-03-05T14:30:00");
        QTest::newRow("compact") << QVariant(QStringLiteral("20240305")) << unknown
                                 << QStringLiteral("2024-03-05T00:00:00");
        QTest::newRow("excel serial text")
            << QVariant(QStringLiteral("45356")) << unknown << QStringLiteral("2024-03-05T00:00:00");
        QTest::newRow("excel serial number") << QVariant(45356.5) << unknown << QStringLiteral("2024-03-05T12:00:00");
        QTest::newRow("month name") << QVariant(QStringLiteral("5 Mar 2024")) << unknown
                                    << QStringLiteral("2024-03-05T00:00:00");
        QTest::newRow("qdate") << QVariant(QDate(2024, 3, 5)) << unknown << QStringLiteral("2024-03-05T00:00:00");
        QTest::newRow("invalid day") << QVariant(QStringLiteral("2024-02-30")) << unknown << QStringLiteral("");
        QTest::newRow("text") << QVariant(QStringLiteral("not a date")) << unknown << QStringLiteral("");
    }

    void shouldParseDates()
    {
        QFETCH(QVariant, cell);
        QFETCH(int, order);
        QFETCH(QString, expected);
        DateColumnFormat format;
        format.order = DayMonthOrder(order);
        const std::optional<QDateTime> value = parseDateTime(cell, format);
        QCOMPARE(value.has_value(), !expected.isEmpty());
        if (value) {
            QCOMPARE(isoDateTime(*value), expected);
        }
    }

    void shouldGiveStoredFormOfIsoTextDirectly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("dateTime");  // empty: not ISO, left to parseDateTime
        QTest::addColumn<QString>("date");
        QTest::newRow("date") << QStringLiteral("2024-03-05") << QStringLiteral("2024-03-05T00:00:00")
                              << QStringLiteral("2024-03-05");
        QTest::newRow("space, seconds") << QStringLiteral("2025-03-01 14:02:09")
                                        << QStringLiteral("2025-03-01T14:02:09") << QStringLiteral("2025-03-01");
        QTest::newRow("T, seconds") << QStringLiteral("2025-12-31T23:59:59") << QStringLiteral("2025-12-31T23:59:59")
                                    << QStringLiteral("2025-12-31");
        QTest::newRow("minutes") << QStringLiteral("2024-03-05 07:30") << QStringLiteral("2024-03-05T07:30:00")
                                 << QStringLiteral("2024-03-05");
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QStringLiteral("2024-02-29T00:00:00")
                                  << QStringLiteral("2024-02-29");
        QTest::newRow("no leap day") << QStringLiteral("2023-02-29") << QString() << QString();
        QTest::newRow("hour 24") << QStringLiteral("2024-03-05 24:00:00") << QString() << QString();
        QTest::newRow("slashes") << QStringLiteral("2024/03/05") << QString() << QString();
        QTest::newRow("one-digit month") << QStringLiteral("2024-3-05") << QString() << QString();
        QTest::newRow("full-width digits") << QStringLiteral("２０２４-03-05") << QString() << QString();
        QTest::newRow("fraction") << QStringLiteral("2024-03-05 14:30:00.5") << QString() << QString();
    }

    void shouldGiveStoredFormOfIsoTextDirectly()
    {
        QFETCH(QString, text);
        QFETCH(QString, dateTime);
        QFETCH(QString, date);
        const std::optional<QString> full = isoStoredForm(text, false);
        const std::optional<QString> day = isoStoredForm(text, true);
        QCOMPARE(full.has_value(), !dateTime.isEmpty());
        QCOMPARE(day.has_value(), !date.isEmpty());
        if (full) {
            QCOMPARE(*full, dateTime);
            QCOMPARE(*day, date);
        }
    }

    void shouldDecideDayMonthOrderOverColumn_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<int>("order");
        QTest::addColumn<bool>("ambiguous");
        QTest::addColumn<bool>("conflicting");
        QTest::newRow("day first proven late")
            << QStringList {QStringLiteral("01/02/2024"), QStringLiteral("03/04/2024"), QStringLiteral("25/04/2024")}
            << int(DayMonthOrder::DayFirst) << false << false;
        QTest::newRow("month first proven") << QStringList {QStringLiteral("01/02/2024"), QStringLiteral("12/31/2024")}
                                            << int(DayMonthOrder::MonthFirst) << false << false;
        QTest::newRow("ambiguous slash") << QStringList {QStringLiteral("01/02/2024"), QStringLiteral("03/04/2024")}
                                         << int(DayMonthOrder::MonthFirst) << true << false;
        QTest::newRow("ambiguous dots") << QStringList {QStringLiteral("01.02.2024"), QStringLiteral("03.04.2024")}
                                        << int(DayMonthOrder::DayFirst) << true << false;
        QTest::newRow("conflicting") << QStringList {QStringLiteral("13/01/2024"), QStringLiteral("14/01/2024"),
                                                     QStringLiteral("01/13/2024")}
                                     << int(DayMonthOrder::DayFirst) << false << true;
        QTest::newRow("iso only") << QStringList {QStringLiteral("2024-01-02")} << int(DayMonthOrder::Unknown) << false
                                  << false;
    }

    void shouldDecideDayMonthOrderOverColumn()
    {
        QFETCH(QStringList, values);
        QFETCH(int, order);
        QFETCH(bool, ambiguous);
        QFETCH(bool, conflicting);
        QList<QVariant> cells;
        for (const QString &value : values) {
            cells.append(value);
        }
        const DateColumnFormat format = detectDateFormat(cells);
        QCOMPARE(int(format.order), order);
        QCOMPARE(format.ambiguous, ambiguous);
        QCOMPARE(format.conflicting, conflicting);
    }

    void shouldRecogniseCancellationStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("cancelled");
        QTest::newRow("refund zh") << QStringLiteral("退款成功") << true;
        QTest::newRow("cancelled zh") << QStringLiteral("已取消") << true;
        QTest::newRow("returned tw") << QStringLiteral("已退貨") << true;
        QTest::newRow("refunded en") << QStringLiteral("Refunded") << true;
        QTest::newRow("paid zh") << QStringLiteral("支付成功") << false;
        QTest::newRow("completed") << QStringLiteral("completed") << false;
        QTest::newRow("empty") << QStringLiteral("") << false;
    }

    void shouldRecogniseCancellationStatus()
    {
        QFETCH(QString, status);
        QFETCH(bool, cancelled);
        QCOMPARE(isCancellationStatus(status), cancelled);
    }
};

QTEST_APPLESS_MAIN(TestValueParsers)
#include "tst_valueparsers.moc"
