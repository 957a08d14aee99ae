#include "import/mapping/valuemapping.h"

#include <QDate>
#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Import;

Q_DECLARE_METATYPE(ValuePattern)

namespace {

// Rows of text cells from "a,b,c|d,e,f".
QList<SourceRow> table(const QString &text)
{
    QList<SourceRow> rows;
    qint64 number = 0;
    for (const QString &line : text.split(u'|')) {
        SourceRow row;
        row.number = ++number;
        for (const QString &cell : line.split(u',')) {
            row.cells.append(cell.isEmpty() ? QVariant() : QVariant(cell));
        }
        rows.append(row);
    }
    return rows;
}

QStringList placeholders(int count)
{
    QStringList titles;
    for (int i = 1; i <= count; ++i) {
        titles.append(QStringLiteral("Column %1").arg(i));
    }
    return titles;
}

QList<QVariant> texts(const QString &values)
{
    QList<QVariant> cells;
    for (const QString &value : values.split(u'|')) {
        cells.append(value.isEmpty() ? QVariant() : QVariant(value));
    }
    return cells;
}

}  // namespace

class TestValueMapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldClassifyColumnValues_data()
    {
        QTest::addColumn<QString>("values");
        QTest::addColumn<ValuePattern>("pattern");
        QTest::newRow("order numbers") << "SO-1001|SO-1002|SO-1003|SO-1004" << ValuePattern::UniqueId;
        QTest::newRow("leading-zero ids") << "000123|000124|000125" << ValuePattern::UniqueId;
        QTest::newRow("customers repeat") << "C001|C002|C001|C003|C002" << ValuePattern::RepeatedId;
        QTest::newRow("almost unique: no guess")
            << "A1|A2|A3|A4|A5|A6|A7|A8|A9|A10|A11|A12|A13|A14|A15|A16|A17|A18|A19|A1" << ValuePattern::Unknown;
        QTest::newRow("iso dates") << "2024-03-05|2024-03-06 14:30:00|2024-04-01" << ValuePattern::DateTime;
        QTest::newRow("chinese dates") << "2024年3月5日|2024年3月6日|2024年4月1日" << ValuePattern::DateTime;
        QTest::newRow("dotted dates") << "05.03.2024|13.03.2024|01.04.2024" << ValuePattern::DateTime;
        QTest::newRow("digit-run dates are codes") << "20240305|20240306|20240307" << ValuePattern::UniqueId;
        QTest::newRow("amounts with cents") << "128.00|59.90|1,234.50|8.80" << ValuePattern::Money;
        QTest::newRow("amounts with yuan sign") << "¥128|¥60|¥1,234" << ValuePattern::Money;
        QTest::newRow("decimal-comma amounts") << "1.234,50|99,90|20,00" << ValuePattern::Money;
        QTest::newRow("integers are not amounts") << "1|2|1|3|2" << ValuePattern::SmallNumber;
        QTest::newRow("emails") << "li@example.com|wang@example.cn|chen.x@mail.example.org" << ValuePattern::Email;
        QTest::newRow("mainland mobiles") << "13812345678|15900001111|+86 18600002222" << ValuePattern::Phone;
        QTest::newRow("us phones") << "(555) 123-4567|(555) 987-6543|555-222-3333" << ValuePattern::Phone;
        QTest::newRow("channels") << "天猫|京东|门店|天猫|小程序" << ValuePattern::Channel;
        QTest::newRow("english channels") << "Online|Store|online|App" << ValuePattern::Channel;
        QTest::newRow("names") << "张三|李四|王五" << ValuePattern::Text;
        QTest::newRow("blanks ignored") << "SO-1|||SO-2||SO-3" << ValuePattern::UniqueId;
        QTest::newRow("too few values") << "SO-1|SO-2" << ValuePattern::Unknown;
        QTest::newRow("one odd value in twenty is tolerated")
            << "2024-01-01|2024-01-02|2024-01-03|2024-01-04|2024-01-05|2024-01-06|2024-01-07|2024-01-08|2024-01-09|"
               "2024-01-10|2024-01-11|2024-01-12|2024-01-13|2024-01-14|2024-01-15|2024-01-16|2024-01-17|2024-01-18|"
               "2024-01-19|n/a"
            << ValuePattern::DateTime;
        QTest::newRow("two odd values in ten are not")
            << "2024-01-01|2024-01-02|2024-01-03|2024-01-04|2024-01-05|2024-01-06|2024-01-07|2024-01-08|n/a|n/a"
            << ValuePattern::Text;
    }

    void shouldClassifyColumnValues()
    {
        QFETCH(QString, values);
        QFETCH(ValuePattern, pattern);
        QCOMPARE(classifyValues(texts(values)), pattern);
    }

    void shouldClassifyTypedCells()
    {
        const QList<QVariant> dates {QDate(2024, 3, 5), QDateTime(QDate(2024, 3, 6), QTime(9, 0)), QDate(2024, 4, 1)};
        QCOMPARE(classifyValues(dates), ValuePattern::DateTime);
        QCOMPARE(classifyValues({12.5, 3.25, 99.9}), ValuePattern::Money);
        QCOMPARE(classifyValues({10001.0, 10002.0, 10003.0}), ValuePattern::UniqueId);
    }

    void shouldMapHeaderlessTables_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("mapping");
        QTest::newRow("orders") << "SO-1,C1,2024-03-05,128.00|SO-2,C2,2024-03-06,59.90|SO-3,C1,2024-03-07,8.80"
                                << R"({"amount":"Column 4","customer_id":"Column 2","order_id":"Column 1",)"
                                   R"("ordered_at":"Column 3"})";
        QTest::newRow("orders in another order with channel and name")
            << "2024-03-05,张三,¥128,天猫,C1,10001|2024-03-06,李四,¥60,京东,C2,10002|2024-03-07,张三,¥12,天猫,C1,10003"
            << R"({"amount":"Column 3","channel":"Column 4","customer_id":"Column 5","order_id":"Column 6",)"
               R"("ordered_at":"Column 1"})";
        QTest::newRow("customers by e-mail")
            << "M1,li@example.com,张三|M2,wang@example.cn,李四|M3,chen@example.org,王五"
            << R"({"customer_id":"Column 1","email":"Column 2"})";
        QTest::newRow("customers by phone with signup")
            << "M1,13812345678,2023-01-05|M2,15900001111,2023-02-11|M3,18600002222,2023-03-01"
            << R"({"customer_id":"Column 1","phone":"Column 2","signup_at":"Column 3"})";
    }

    void shouldMapHeaderlessTables()
    {
        QFETCH(QString, rows);
        QFETCH(QString, mapping);
        const QList<SourceRow> data = table(rows);
        const auto result = mapValues(placeholders(int(data.constFirst().cells.size())), data, std::nullopt);
        QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->toJson(), mapping);
    }

    void shouldRefuseToGuessAmbiguousTables_data()
    {
        QTest::addColumn<QString>("rows");
        QTest::addColumn<QString>("found");
        QTest::newRow("two amount columns")
            << "SO-1,C1,2024-03-05,128.00,130.00|SO-2,C2,2024-03-06,59.90,61.00|SO-3,C1,2024-03-07,8.80,9.00"
            << "amounts in Column 4, Column 5";
        QTest::newRow("every customer once: which code is the order?")
            << "SO-1,C1,2024-03-05,128.00|SO-2,C2,2024-03-06,59.90|SO-3,C3,2024-03-07,8.80"
            << "unique codes in Column 1, Column 2";
        QTest::newRow("two date columns") << "SO-1,C1,2024-03-05,2024-03-09,128.00|SO-2,C2,2024-03-06,2024-03-10,59."
                                             "90|SO-3,C1,2024-03-07,2024-03-11,8.80"
                                          << "dates in Column 3, Column 4";
        QTest::newRow("integer amounts") << "SO-1,C1,2024-03-05,128|SO-2,C2,2024-03-06,59|SO-3,C1,2024-03-07,8"
                                         << "dates in Column 3";
        QTest::newRow("nothing recognisable") << "a,b|c,d|e,f"
                                              << "nothing recognisable";
    }

    void shouldRefuseToGuessAmbiguousTables()
    {
        QFETCH(QString, rows);
        QFETCH(QString, found);
        const QList<SourceRow> data = table(rows);
        const auto result = mapValues(placeholders(int(data.constFirst().cells.size())), data, std::nullopt);
        QVERIFY(!result.hasValue());
        QCOMPARE(result.error().code, Error::Code::BadInput);
        QVERIFY2(result.error().message.contains(found), qPrintable(result.error().message));
        QVERIFY(result.error().message.contains(QLatin1String("--map")));
    }

    void shouldHonourRequestedKind()
    {
        // A customers-shaped table asked to be orders is refused, not forced.
        const QList<SourceRow> data = table(QStringLiteral("M1,li@example.com|M2,wang@example.cn|M3,chen@example.org"));
        QVERIFY(!mapValues(placeholders(2), data, ImportKind::Orders).hasValue());
        QVERIFY(mapValues(placeholders(2), data, ImportKind::Customers).hasValue());
    }
};

QTEST_GUILESS_MAIN(TestValueMapping)
#include "tst_valuemapping.moc"
