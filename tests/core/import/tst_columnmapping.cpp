#include "import/csv/csvreader.h"
#include "import/mapping/columnmapping.h"
#include "import/mapping/headerdetector.h"
#include "importtestdata.h"

#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Import;
using Crm::Test::importDataPath;
using Crm::Test::readAllRows;

namespace {

SourceRow textRow(qint64 number, const QStringList &cells)
{
    SourceRow row;
    row.number = number;
    for (const QString &cell : cells) {
        row.cells.append(cell.isEmpty() ? QVariant() : QVariant(cell));
    }
    return row;
}

}  // namespace

class TestColumnMapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFindHeaderPastPreamble_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("headerLine");
        QTest::addColumn<QString>("firstTitle");
        // Header lines counted by hand in each file.
        QTest::newRow("wechat") << QStringLiteral("wechat_records.csv") << qint64(17) << QStringLiteral("交易时间");
        QTest::newRow("alipay") << QStringLiteral("alipay_records_gb18030.csv") << qint64(25)
                                << QStringLiteral("交易时间");
        QTest::newRow("shop preamble") << QStringLiteral("orders_preamble_mdy.csv") << qint64(4)
                                       << QStringLiteral("Order No");
        QTest::newRow("no preamble") << QStringLiteral("order_lines_gb18030.csv") << qint64(1)
                                     << QStringLiteral("订单号");
        // Pollock's file_header_multirow_2: the header written twice ends at its last copy.
        QTest::newRow("header twice") << QStringLiteral("orders_header_twice.csv") << qint64(2)
                                      << QStringLiteral("Order ID");
        // Pollock's public-toilet-borough-grid: "Total" names a field, but its line is numbers.
        QTest::newRow("total line is not a header")
            << QStringLiteral("survey_total_row.csv") << qint64(1) << QStringLiteral("Borough");
    }

    void shouldFindHeaderPastPreamble()
    {
        QFETCH(QString, file);
        QFETCH(qint64, headerLine);
        QFETCH(QString, firstTitle);
        auto reader = openCsvReader(importDataPath(file));
        QVERIFY(reader.hasValue());
        const QList<SourceRow> rows = readAllRows(*reader.value());
        const HeaderGuess guess = findHeaderRow(rows);
        QVERIFY(guess.index >= 0);
        QCOMPARE(rows[guess.index].number, headerLine);
        QCOMPARE(rows[guess.index].cells.constFirst().toString().trimmed(), firstTitle);
    }

    void shouldFindHeaderWithoutKnownTitles()
    {
        const QList<SourceRow> rows {
            textRow(1, QStringList {QStringLiteral("Report of things"), QStringLiteral(""), QStringLiteral("")}),
            textRow(2, QStringList {QStringLiteral("Alpha"), QStringLiteral("Beta"), QStringLiteral("Gamma")}),
            textRow(3, QStringList {QStringLiteral("1"), QStringLiteral("2.5"), QStringLiteral("2024-01-01")}),
            textRow(4, QStringList {QStringLiteral("2"), QStringLiteral("3.5"), QStringLiteral("2024-01-02")})};
        QCOMPARE(findHeaderRow(rows).index, 1);
    }

    void shouldReportNoHeaderForDataOnly()
    {
        const QList<SourceRow> rows {
            textRow(1, QStringList {QStringLiteral("1"), QStringLiteral("2.5"), QStringLiteral("2024-01-01")}),
            textRow(2, QStringList {QStringLiteral("2"), QStringLiteral("3.5"), QStringLiteral("2024-01-02")})};
        QCOMPARE(findHeaderRow(rows).index, -1);
    }

    void shouldMapHeaders_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("expected");  // "field=header" pairs that must be present
        QTest::newRow("simplified orders")
            << QStringList {QStringLiteral("订单号"), QStringLiteral("会员编号"), QStringLiteral("下单时间"),
                            QStringLiteral("实付金额"), QStringLiteral("门店")}
            << QStringLiteral("orders")
            << QStringList {QStringLiteral("order_id=订单号"), QStringLiteral("customer_id=会员编号"),
                            QStringLiteral("ordered_at=下单时间"), QStringLiteral("amount=实付金额"),
                            QStringLiteral("store=门店")};
        QTest::newRow("traditional orders")
            << QStringList {QStringLiteral("訂單編號"), QStringLiteral("客戶編號"), QStringLiteral("訂單日期"),
                            QStringLiteral("金額（元）")}
            << QStringLiteral("orders")
            << QStringList {QStringLiteral("order_id=訂單編號"), QStringLiteral("customer_id=客戶編號"),
                            QStringLiteral("ordered_at=訂單日期"), QStringLiteral("amount=金額（元）")};
        QTest::newRow("online retail")
            << QStringList {QStringLiteral("InvoiceNo"),  QStringLiteral("StockCode"),   QStringLiteral("Description"),
                            QStringLiteral("Quantity"),   QStringLiteral("InvoiceDate"), QStringLiteral("UnitPrice"),
                            QStringLiteral("CustomerID"), QStringLiteral("Country")}
            << QStringLiteral("orders")
            << QStringList {QStringLiteral("order_id=InvoiceNo"),     QStringLiteral("sku=StockCode"),
                            QStringLiteral("product=Description"),    QStringLiteral("quantity=Quantity"),
                            QStringLiteral("ordered_at=InvoiceDate"), QStringLiteral("unit_price=UnitPrice"),
                            QStringLiteral("customer_id=CustomerID")};
        QTest::newRow("english spaced") << QStringList {QStringLiteral("Order ID"), QStringLiteral("Customer ID"),
                                                        QStringLiteral("Order Date"), QStringLiteral("Net Amount")}
                                        << QStringLiteral("orders")
                                        << QStringList {QStringLiteral("order_id=Order ID"),
                                                        QStringLiteral("customer_id=Customer ID"),
                                                        QStringLiteral("ordered_at=Order Date"),
                                                        QStringLiteral("amount=Net Amount")};
        QTest::newRow("customers zh") << QStringList {QStringLiteral("顾客编号"), QStringLiteral("姓名"),
                                                      QStringLiteral("手机号码"), QStringLiteral("注册日期"),
                                                      QStringLiteral("会员等级")}
                                      << QStringLiteral("customers")
                                      << QStringList {QStringLiteral("customer_id=顾客编号"),
                                                      QStringLiteral("name=姓名"), QStringLiteral("phone=手机号码"),
                                                      QStringLiteral("signup_at=注册日期"),
                                                      QStringLiteral("tier=会员等级")};
        QTest::newRow("customers tw") << QStringList {QStringLiteral("客戶編號"), QStringLiteral("姓名"),
                                                      QStringLiteral("手機"), QStringLiteral("註冊日期"),
                                                      QStringLiteral("會員等級")}
                                      << QStringLiteral("customers")
                                      << QStringList {QStringLiteral("customer_id=客戶編號"),
                                                      QStringLiteral("phone=手機"),
                                                      QStringLiteral("signup_at=註冊日期")};
        QTest::newRow("campaigns") << QStringList {QStringLiteral("campaign_id"), QStringLiteral("name"),
                                                   QStringLiteral("channel"), QStringLiteral("start_date"),
                                                   QStringLiteral("cost")}
                                   << QStringLiteral("campaigns")
                                   << QStringList {QStringLiteral("campaign_id=campaign_id"),
                                                   QStringLiteral("cost=cost")};
        QTest::newRow("contacts") << QStringList {QStringLiteral("活动编号"), QStringLiteral("会员编号"),
                                                  QStringLiteral("发送时间"), QStringLiteral("分组")}
                                  << QStringLiteral("contacts")
                                  << QStringList {
                                         QStringLiteral("campaign_id=活动编号"), QStringLiteral("customer_id=会员编号"),
                                         QStringLiteral("contacted_at=发送时间"), QStringLiteral("group=分组")};
        QTest::newRow("price is amount without quantity")
            << QStringList {QStringLiteral("order no"), QStringLiteral("member id"), QStringLiteral("date"),
                            QStringLiteral("price")}
            << QStringLiteral("orders") << QStringList {QStringLiteral("amount=price")};
    }

    void shouldMapHeaders()
    {
        QFETCH(QStringList, headers);
        QFETCH(QString, kind);
        QFETCH(QStringList, expected);
        const Result<ColumnMapping> mapping = detectMapping(headers, {});
        QVERIFY2(mapping.hasValue(), mapping ? "" : qPrintable(mapping.error().message));
        QCOMPARE(kindName(mapping->kind), kind);
        for (const QString &pair : expected) {
            const QString field = pair.section(u'=', 0, 0);
            const QString header = pair.section(u'=', 1);
            QCOMPARE(mapping->headers.value(mapping->column(field)), header);
        }
    }

    void shouldApplyOverrides()
    {
        const QStringList headers {QStringLiteral("No"), QStringLiteral("Who"), QStringLiteral("When"),
                                   QStringLiteral("Paid")};
        MappingRequest request;
        request.kind = ImportKind::Orders;
        request.overrides = {{QStringLiteral("order_id"), QStringLiteral("No")},
                             {QStringLiteral("customer_id"), QStringLiteral("2")},
                             {QStringLiteral("ordered_at"), QStringLiteral("when")},
                             {QStringLiteral("amount"), QStringLiteral("Paid")}};
        const Result<ColumnMapping> mapping = detectMapping(headers, request);
        QVERIFY(mapping.hasValue());
        QCOMPARE(mapping->column(QStringLiteral("customer_id")), 1);
        QCOMPARE(mapping->column(QStringLiteral("ordered_at")), 2);
    }

    void shouldRefuseUnknownOverride()
    {
        MappingRequest request;
        request.overrides = {{QStringLiteral("no_such_field"), QStringLiteral("1")}};
        request.kind = ImportKind::Orders;
        const Result<ColumnMapping> mapping
            = detectMapping(QStringList {QStringLiteral("a"), QStringLiteral("b")}, request);
        QVERIFY(!mapping.hasValue());
        QCOMPARE(mapping.error().code, Error::Code::BadUsage);
    }

    void shouldNameMissingFields()
    {
        const Result<ColumnMapping> mapping = detectMapping(
            QStringList {QStringLiteral("订单号"), QStringLiteral("会员编号"), QStringLiteral("备注")}, {});
        QVERIFY(!mapping.hasValue());
        QCOMPARE(mapping.error().code, Error::Code::BadInput);
        QVERIFY(mapping.error().message.contains(QStringLiteral("--map")));
    }

    void shouldParseMapOption()
    {
        const auto pair = parseMapOption(QStringLiteral("Amount=实付 金额"));
        QVERIFY(pair.has_value());
        QCOMPARE(pair->first, QStringLiteral("amount"));
        QCOMPARE(pair->second, QStringLiteral("实付 金额"));
        QVERIFY(!parseMapOption(QStringLiteral("amount")).has_value());
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "tst_columnmapping.moc"
