#include "common/money.h"

#include <QTest>

using namespace Crm::Core;

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFormatMinorUnits_data();
    void shouldFormatMinorUnits();
    void shouldParseText_data();
    void shouldParseText();
};

void TestMoney::shouldFormatMinorUnits_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("cents") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("whole") << qint64(123400) << QStringLiteral("1234.00");
    QTest::newRow("negative") << qint64(-199) << QStringLiteral("-1.99");
    QTest::newRow("int64 min") << std::numeric_limits<qint64>::min() << QStringLiteral("-92233720368547758.08");
}

void TestMoney::shouldFormatMinorUnits()
{
    QFETCH(qint64, minor);
    QFETCH(QString, text);
    QCOMPARE(formatMoneyPlain(minor), text);
}

void TestMoney::shouldParseText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("plain") << QStringLiteral("12.34") << true << qint64(1234);
    QTest::newRow("one decimal") << QStringLiteral("12.3") << true << qint64(1230);
    QTest::newRow("integer") << QStringLiteral("7") << true << qint64(700);
    QTest::newRow("grouping") << QStringLiteral("1,234.50") << true << qint64(123450);
    QTest::newRow("negative") << QStringLiteral("-0.5") << true << qint64(-50);
    QTest::newRow("round half up") << QStringLiteral("0.125") << true << qint64(13);
    QTest::newRow("round down") << QStringLiteral("0.1249") << true << qint64(12);
    QTest::newRow("leading dot") << QStringLiteral(".5") << true << qint64(50);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("letters") << QStringLiteral("12a") << false << qint64(0);
    QTest::newRow("only sign") << QStringLiteral("-") << false << qint64(0);
    QTest::newRow("overflow") << QStringLiteral("999999999999999999999") << false << qint64(0);
}

void TestMoney::shouldParseText()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, minor);
    const auto parsed = parseMoneyPlain(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid) {
        QCOMPARE(*parsed, minor);
    }
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
