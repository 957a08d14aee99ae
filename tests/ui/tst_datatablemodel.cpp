#include "tables/datatablemodel.h"
#include "tables/roles.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QLocale>
#include <QTest>

using Crm::Core::Report::DataColumn;
using Crm::Core::Report::DataTable;
using Crm::Ui::DataTableModel;

class TestDataTableModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldPassTheModelTester();
    void shouldShowLocalisedTextAndKeepRawValues();
    void shouldLabelTextValuesButKeepTheMachineValue();
};

namespace {

DataTable sampleTable()
{
    DataTable table;
    table.addColumn(QStringLiteral("segment"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("customers"), DataColumn::Type::Integer);
    table.addColumn(QStringLiteral("revenue"), DataColumn::Type::Money);
    table.addColumn(QStringLiteral("share"), DataColumn::Type::Percent);
    table.addColumn(QStringLiteral("since"), DataColumn::Type::Date);
    table.rows.append({QStringLiteral("Champions"), qint64(1234), qint64(123456789), 0.125, QDate(2025, 3, 4)});
    table.rows.append({QStringLiteral("At Risk"), qint64(7), qint64(-250), QVariant(), QVariant()});
    return table;
}

}  // namespace

void TestDataTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestDataTableModel::shouldPassTheModelTester()
{
    DataTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(sampleTable(), {{QStringLiteral("segment"), QStringLiteral("Segment")}});
    QCOMPARE(model.rowCount(), 2);
    model.setTable({});
    QCOMPARE(model.rowCount(), 0);
}

void TestDataTableModel::shouldShowLocalisedTextAndKeepRawValues()
{
    DataTableModel model;
    model.setTable(sampleTable(), {{QStringLiteral("segment"), QStringLiteral("Segment")}});
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Segment"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("customers"));
    QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("1,234"));
    QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("1,234,567.89"));
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("-2.50"));
    QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("12.5%"));
    QCOMPARE(model.index(0, 2).data(Crm::Ui::RawValueRole).toLongLong(), 123456789);
    QCOMPARE(model.index(0, 2).data(Crm::Ui::ChartValueRole).toDouble(), 1234567.89);
    QCOMPARE(model.index(0, 3).data(Crm::Ui::ChartValueRole).toDouble(), 12.5);
    QVERIFY(!model.index(0, 0).data(Crm::Ui::ChartValueRole).isValid());
    QCOMPARE(model.index(1, 3).data().toString(), QString());
    QCOMPARE(model.index(0, 4).data(Crm::Ui::RawValueRole).toDate(), QDate(2025, 3, 4));
}

void TestDataTableModel::shouldLabelTextValuesButKeepTheMachineValue()
{
    // Given a segment column labelled with translated names
    DataTable table;
    table.addColumn(QStringLiteral("segment"), DataColumn::Type::Text);
    table.addColumn(QStringLiteral("note"), DataColumn::Type::Text);
    table.rows = {{QStringLiteral("Champions"), QStringLiteral("Champions")},
                  {QStringLiteral("At Risk"), QStringLiteral("At Risk")}};
    DataTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTable(table);
    model.setTextLabel(QStringLiteral("segment"), [](const QString &name) { return QStringLiteral("<%1>").arg(name); });
    // Then the labelled column shows the label, the other column and the raw value do not change
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("<At Risk>"));
    QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("<At Risk>"));
    QCOMPARE(model.index(1, 0).data(Crm::Ui::RawValueRole).toString(), QStringLiteral("At Risk"));
    QCOMPARE(model.index(1, 1).data().toString(), QStringLiteral("At Risk"));
    // And the label survives a new table
    model.setTable(table);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("<Champions>"));
}

QTEST_MAIN(TestDataTableModel)
#include "tst_datatablemodel.moc"
