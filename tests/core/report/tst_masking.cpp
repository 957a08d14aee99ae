#include "report/masking.h"

#include <QTest>

using namespace Crm::Core::Report;

class TestMasking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldMaskPhone_data();
    void shouldMaskPhone();
    void shouldMaskEmail_data();
    void shouldMaskEmail();
    void shouldShortenName_data();
    void shouldShortenName();
    void shouldNeutralizeFormula_data();
    void shouldNeutralizeFormula();
};

void TestMasking::shouldMaskPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mainland mobile") << QStringLiteral("13812341234") << QStringLiteral("138****1234");
    QTest::newRow("Hong Kong with spaces") << QStringLiteral("+852 5123 4567") << QStringLiteral("+852 **** 4567");
    QTest::newRow("Taiwan mobile") << QStringLiteral("0912345678") << QStringLiteral("091***5678");
    QTest::newRow("short extension") << QStringLiteral("12345") << QStringLiteral("***45");
    QTest::newRow("no digits") << QStringLiteral("n/a") << QStringLiteral("n/a");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::shouldMaskPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, expected);
    QCOMPARE(maskPhone(phone), expected);
}

void TestMasking::shouldMaskEmail_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("expected");
    QTest::newRow("qq") << QStringLiteral("lilei1988@qq.com") << QStringLiteral("l***@qq.com");
    QTest::newRow("dotted") << QStringLiteral("john.smith@example.com") << QStringLiteral("j***@example.com");
    QTest::newRow("one letter") << QStringLiteral("a@b.cn") << QStringLiteral("a***@b.cn");
    QTest::newRow("no at sign") << QStringLiteral("abc") << QStringLiteral("***");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::shouldMaskEmail()
{
    QFETCH(QString, email);
    QFETCH(QString, expected);
    QCOMPARE(maskEmail(email), expected);
}

void TestMasking::shouldShortenName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("Chinese three characters") << QStringLiteral("王小明") << QStringLiteral("王**");
    QTest::newRow("Chinese two characters") << QStringLiteral("陳靜") << QStringLiteral("陳*");
    QTest::newRow("English") << QStringLiteral("John Smith") << QStringLiteral("J. Smith");
    QTest::newRow("English middle name") << QStringLiteral("Mary Ann Lee") << QStringLiteral("M. Lee");
    QTest::newRow("single word") << QStringLiteral("Madonna") << QStringLiteral("M***");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::shouldShortenName()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(shortenName(name), expected);
}

void TestMasking::shouldNeutralizeFormula_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("equals") << QStringLiteral("=1+1") << QStringLiteral("'=1+1");
    QTest::newRow("plus") << QStringLiteral("+86 138") << QStringLiteral("'+86 138");
    QTest::newRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=cmd") << QStringLiteral("'\t=cmd");
    QTest::newRow("carriage return") << QStringLiteral("\r=cmd") << QStringLiteral("'\r=cmd");
    QTest::newRow("plain text") << QStringLiteral("a=b") << QStringLiteral("a=b");
    QTest::newRow("Chinese") << QStringLiteral("王小明") << QStringLiteral("王小明");
    QTest::newRow("empty") << QString() << QString();
}

void TestMasking::shouldNeutralizeFormula()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(neutralizeFormula(text), expected);
}

QTEST_APPLESS_MAIN(TestMasking)
#include "tst_masking.moc"
