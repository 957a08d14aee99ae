#include "import/importwizard.h"
#include "report/xlsxwriter.h"
#include "testworkspace.h"

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using Crm::Ui::ImportWizard;

namespace {

constexpr int kWait = 20000;

QString dataPath(const QString &name)
{
    return QDir(qEnvironmentVariable("CRM_SOURCE_DIR")).filePath(QStringLiteral("tests/data/import/") + name);
}

// Five orders with Chinese titles; the fourth has an unreadable amount.
QString writeChineseCsv(const QString &dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("订单.csv"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(QStringLiteral("订单号,会员编号,下单时间,实付金额,备注,渠道\n"
                              "A1,M1,2024-03-05 10:00,¥12.50,首单,门店\n"
                              "A2,M2,2024/3/6,\"¥1,200.00\",,线上\n"
                              "A3,M1,2024-03-07,88,复购,门店\n"
                              "A4,M3,2024-03-08,不详,,门店\n"
                              "A5,M2,2024年3月9日,7.5,,线上\n")
                   .toUtf8());
    return path;
}

qint64 scalar(const QString &workspacePath, const QString &sql)
{
    auto workspace = Crm::Core::Store::Workspace::open(workspacePath);
    if (!workspace) {
        return -1;
    }
    auto connection = workspace->connect();
    if (!connection) {
        return -1;
    }
    QSqlQuery query(connection->database());
    if (!query.exec(sql) || !query.next()) {
        return -1;
    }
    return query.value(0).toLongLong();
}

// Runs the wizard from the sheet page to the check page; false when a worker failed.
bool advanceToCheck(ImportWizard &wizard)
{
    QSignalSpy inspected(&wizard, &ImportWizard::inspectionFinished);
    wizard.show();
    if (!inspected.wait(kWait) || wizard.currentId() != ImportWizard::SourcePage) {
        return false;
    }
    wizard.next();
    wizard.next();
    QSignalSpy validated(&wizard, &ImportWizard::validationFinished);
    wizard.next();
    return wizard.currentId() == ImportWizard::ValidationPage && validated.wait(kWait);
}

}  // namespace

class TestImportWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPrefillTheMappingFromChineseHeaders();
    void shouldRevalidateWhenTheMappingChanges();
    void shouldImportAndSignalTheImportId();
    void shouldLeaveOutAColumnTheUserUnmapped();
    void shouldPrefillTheMappingConfirmedForTheSameLayout();
    void shouldImportAnXlsxWorkbook();
    void shouldGreyOutHiddenSheets();
    void shouldWriteNothingWhenCancelled();
    void shouldShowWhyAFileIsRefused();
    void shouldReadADroppedFile();
    void saveScreenshots();
};

void TestImportWizard::shouldPrefillTheMappingFromChineseHeaders()
{
    QTemporaryDir dir;
    Crm::Test::TestWorkspace workspace;
    ImportWizard wizard(workspace.path(), writeChineseCsv(dir.path()));
    QSignalSpy inspected(&wizard, &ImportWizard::inspectionFinished);
    wizard.show();
    QVERIFY(inspected.wait(kWait));
    QCOMPARE(wizard.inspection().error, QString());
    QCOMPARE(wizard.inspection().headerIndex, 0);
    wizard.next();  // preview
    auto *preview = wizard.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QVERIFY(preview);
    QCOMPARE(preview->rowCount(), 6);
    QCOMPARE(preview->item(0, 1)->text(), QStringLiteral("订单号"));
    wizard.next();  // mapping
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    auto *kind = wizard.findChild<QComboBox *>(QStringLiteral("kindCombo"));
    QCOMPARE(kind->currentData().toInt(), int(Crm::Core::Import::ImportKind::Orders));
    const auto column = [&wizard](const char *field) {
        auto *combo = wizard.findChild<QComboBox *>(QString(QStringLiteral("field_") + QLatin1String(field)));
        return combo ? combo->currentData().toInt() : -2;
    };
    QCOMPARE(column("order_id"), 0);
    QCOMPARE(column("customer_id"), 1);
    QCOMPARE(column("ordered_at"), 2);
    QCOMPARE(column("amount"), 3);
    QCOMPARE(column("channel"), 5);
    QCOMPARE(column("store"), -1);
    // The stored preview shows money with two decimals: ¥1,200.00 in row 2.
    auto *stored = wizard.findChild<QTableWidget *>(QStringLiteral("storedPreview"));
    QVERIFY(stored);
    bool found = false;
    for (int c = 0; c < stored->columnCount(); ++c) {
        found = found
            || (stored->item(1, c)
                && stored->item(1, c)->text()
                    == QLocale().toString(1200) + QLocale().decimalPoint() + QStringLiteral("00"));
    }
    QVERIFY(found);
}

void TestImportWizard::shouldRevalidateWhenTheMappingChanges()
{
    QTemporaryDir dir;
    Crm::Test::TestWorkspace workspace;
    ImportWizard wizard(workspace.path(), writeChineseCsv(dir.path()));
    QVERIFY(advanceToCheck(wizard));
    QCOMPARE(wizard.validation().rowsRead, 5);
    QCOMPARE(wizard.validation().rowsRejected, 1);  // "不详" is no amount
    QCOMPARE(wizard.validation().rowsValid, 4);
    QCOMPARE(wizard.validation().firstRejects.first().row, 5);

    // When the date comes from the remarks column instead, no row has a readable date
    wizard.back();
    QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
    wizard.setFieldColumn(QStringLiteral("ordered_at"), 4);
    QSignalSpy validated(&wizard, &ImportWizard::validationFinished);
    wizard.next();
    QVERIFY(validated.wait(kWait));
    QCOMPARE(wizard.validation().rowsValid, 0);
    QCOMPARE(wizard.validation().rowsRejected, 5);
    QVERIFY(!wizard.currentPage()->isComplete());
}

void TestImportWizard::shouldImportAndSignalTheImportId()
{
    QTemporaryDir dir;
    Crm::Test::TestWorkspace workspace;
    ImportWizard wizard(workspace.path(), writeChineseCsv(dir.path()));
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    QVERIFY(advanceToCheck(wizard));
    QVERIFY(wizard.currentPage()->isComplete());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(ImportWizard::ResultPage));
    QVERIFY(imported.wait(kWait));
    const qint64 id = imported.first().at(0).toLongLong();
    QVERIFY(id > 0);
    QCOMPARE(scalar(workspace.path(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE import_id = %1").arg(id)), 4);
    // 12.50 + 1,200.00 + 88 + 7.50 in cents
    QCOMPARE(scalar(workspace.path(), QStringLiteral("SELECT SUM(amount_minor) FROM orders")), 130800);
    QCOMPARE(
        scalar(workspace.path(), QStringLiteral("SELECT COUNT(*) FROM import_rejects WHERE import_id = %1").arg(id)),
        1);
    QCOMPARE(scalar(workspace.path(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE channel = '线上'")), 2);
}

void TestImportWizard::shouldLeaveOutAColumnTheUserUnmapped()
{
    QTemporaryDir dir;
    Crm::Test::TestWorkspace workspace;
    ImportWizard wizard(workspace.path(), writeChineseCsv(dir.path()));
    QSignalSpy inspected(&wizard, &ImportWizard::inspectionFinished);
    wizard.show();
    QVERIFY(inspected.wait(kWait));
    wizard.next();
    wizard.next();
    QCOMPARE(wizard.mapping().column(QStringLiteral("channel")), 5);
    wizard.setFieldColumn(QStringLiteral("channel"), -1);
    QSignalSpy validated(&wizard, &ImportWizard::validationFinished);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.next();
    QVERIFY(validated.wait(kWait));
    wizard.next();
    QVERIFY(imported.wait(kWait));
    QCOMPARE(scalar(workspace.path(), QStringLiteral("SELECT COUNT(*) FROM orders")), 4);
    QCOMPARE(scalar(workspace.path(), QStringLiteral("SELECT COUNT(channel) FROM orders")), 0);
}

void TestImportWizard::shouldPrefillTheMappingConfirmedForTheSameLayout()
{
    QTemporaryDir dir;
    Crm::Test::TestWorkspace workspace;
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        const QString path = dir.filePath(name);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() ? path : QString();
    };
    // Only 渠道 names a field; the user maps the rest by hand and leaves the channel out.
    const QString first = write(QStringLiteral("a.csv"),
                                QStringLiteral("Beleg,Kunde,Datum,Betrag,渠道\n"
                                               "B-1,K1,2024-03-05,10.50,门店\n"
                                               "B-2,K2,2024-03-06,20.00,线上\n")
                                    .toUtf8());
    const QString second
        = write(QStringLiteral("b.csv"),
                QStringLiteral("Beleg,Kunde,Datum,Betrag,渠道\nB-3,K1,2024-04-01,7.25,门店\n").toUtf8());
    {
        ImportWizard wizard(workspace.path(), first);
        QSignalSpy inspected(&wizard, &ImportWizard::inspectionFinished);
        wizard.show();
        QVERIFY(inspected.wait(kWait));
        wizard.next();
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        wizard.setKind(Crm::Core::Import::ImportKind::Orders);
        wizard.setFieldColumn(QStringLiteral("order_id"), 0);
        wizard.setFieldColumn(QStringLiteral("customer_id"), 1);
        wizard.setFieldColumn(QStringLiteral("ordered_at"), 2);
        wizard.setFieldColumn(QStringLiteral("amount"), 3);
        wizard.setFieldColumn(QStringLiteral("channel"), -1);
        QSignalSpy validated(&wizard, &ImportWizard::validationFinished);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.next();
        QVERIFY(validated.wait(kWait));
        wizard.next();
        QVERIFY(imported.wait(kWait));
    }
    QCOMPARE(
        scalar(workspace.path(), QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'mapping_profile/%'")),
        1);

    ImportWizard wizard(workspace.path(), second);
    QSignalSpy inspected(&wizard, &ImportWizard::inspectionFinished);
    wizard.show();
    QVERIFY(inspected.wait(kWait));
    QCOMPARE(wizard.mapping().kind, Crm::Core::Import::ImportKind::Orders);
    QCOMPARE(wizard.mapping().column(QStringLiteral("order_id")), 0);
    QCOMPARE(wizard.mapping().column(QStringLiteral("customer_id")), 1);
    QCOMPARE(wizard.mapping().column(QStringLiteral("ordered_at")), 2);
    QCOMPARE(wizard.mapping().column(QStringLiteral("amount")), 3);
    QCOMPARE(wizard.mapping().column(QStringLiteral("channel")), -1);
    wizard.next();
    wizard.next();
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("mappingStatus"));
    QVERIFY(status);
    QVERIFY2(status->text().contains(QLatin1String("same columns")), qPrintable(status->text()));
    QVERIFY(wizard.currentPage()->isComplete());
    QSignalSpy validated(&wizard, &ImportWizard::validationFinished);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.next();
    QVERIFY(validated.wait(kWait));
    wizard.next();
    QVERIFY(imported.wait(kWait));
    QCOMPARE(scalar(workspace.path(), QStringLiteral("SELECT SUM(amount_minor) FROM orders")), 1050 + 2000 + 725);
    QCOMPARE(scalar(workspace.path(), QStringLiteral("SELECT COUNT(channel) FROM orders")), 0);
}

void TestImportWizard::shouldImportAnXlsxWorkbook()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orders.xlsx"));
    Crm::Core::Report::XlsxWriter writer;
    using Type = Crm::Core::Report::DataColumn::Type;
    QVERIFY(writer.open(path, QStringLiteral("Orders"),
                        {{QStringLiteral("Order ID"), Type::Text},
                         {QStringLiteral("Customer ID"), Type::Text},
                         {QStringLiteral("Order Date"), Type::Date},
                         {QStringLiteral("Amount"), Type::Money}}));
    QVERIFY(writer.writeRow({QStringLiteral("X1"), QStringLiteral("007"), QDate(2024, 1, 2), 1999}));
    QVERIFY(writer.writeRow({QStringLiteral("X2"), QStringLiteral("008"), QDate(2024, 1, 3), 501}));
    QVERIFY(writer.finish());

    Crm::Test::TestWorkspace workspace;
    ImportWizard wizard(workspace.path(), path);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    QVERIFY(advanceToCheck(wizard));
    QCOMPARE(wizard.validation().rowsValid, 2);
    wizard.next();
    QVERIFY(imported.wait(kWait));
    QCOMPARE(scalar(workspace.path(), QStringLiteral("SELECT SUM(amount_minor) FROM orders")), 2500);
    QCOMPARE(scalar(workspace.path(), QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_id = '007'")), 1);
}

void TestImportWizard::shouldGreyOutHiddenSheets()
{
    const QString path = dataPath(QStringLiteral("any_sheets.xlsx"));
    if (!QFile::exists(path)) {
        QSKIP("tests/data/import/any_sheets.xlsx not found (CRM_SOURCE_DIR unset?)");
    }
    Crm::Test::TestWorkspace workspace;
    ImportWizard wizard(workspace.path(), path);
    QSignalSpy inspected(&wizard, &ImportWizard::inspectionFinished);
    wizard.show();
    QVERIFY(inspected.wait(kWait));
    auto *list = wizard.findChild<QListWidget *>(QStringLiteral("sheetList"));
    QVERIFY(list && list->isVisible());
    const auto &sheets = wizard.inspection().sheets;
    QCOMPARE(list->count(), int(sheets.size()));
    int firstVisible = -1;
    for (int i = 0; i < list->count(); ++i) {
        const bool usable = !sheets[i].hidden && !sheets[i].chart;
        QCOMPARE(bool(list->item(i)->flags() & Qt::ItemIsEnabled), usable);
        if (usable && firstVisible < 0) {
            firstVisible = i;
        }
    }
    QVERIFY(firstVisible >= 0);
    QCOMPARE(list->currentRow(), firstVisible);
}

void TestImportWizard::shouldWriteNothingWhenCancelled()
{
    // Large enough that the import is still running when Cancel is pressed.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("order_id,customer_id,order_date,amount\n");
    for (int i = 0; i < 200000; ++i) {
        file.write(
            QStringLiteral("O%1,C%2,2024-02-%3,%4.25\n").arg(i).arg(i % 997).arg(1 + i % 28).arg(i % 500).toLatin1());
    }
    file.close();
    Crm::Test::TestWorkspace workspace;
    ImportWizard wizard(workspace.path(), path);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    QSignalSpy finished(&wizard, &ImportWizard::importFinished);
    QVERIFY(advanceToCheck(wizard));
    QCOMPARE(wizard.validation().rowsValid, 200000);
    wizard.next();
    auto *cancel = wizard.findChild<QPushButton *>(QStringLiteral("importCancel"));
    QVERIFY(cancel && cancel->isVisible());
    cancel->click();
    QVERIFY(finished.wait(kWait));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QCOMPARE(imported.count(), 0);
    QCOMPARE(scalar(workspace.path(), QStringLiteral("SELECT COUNT(*) FROM orders")), 0);
    QCOMPARE(scalar(workspace.path(), QStringLiteral("SELECT COUNT(*) FROM imports")), 0);
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("resultStatus"));
    QVERIFY(status->text().contains(QStringLiteral("cancelled")));
}

void TestImportWizard::shouldShowWhyAFileIsRefused()
{
    const QString path = dataPath(QStringLiteral("encryptAES.xlsx"));
    if (!QFile::exists(path)) {
        QSKIP("tests/data/import/encryptAES.xlsx not found (CRM_SOURCE_DIR unset?)");
    }
    Crm::Test::TestWorkspace workspace;
    ImportWizard wizard(workspace.path(), path);
    QSignalSpy inspected(&wizard, &ImportWizard::inspectionFinished);
    wizard.show();
    QVERIFY(inspected.wait(kWait));
    auto *status = wizard.findChild<QLabel *>(QStringLiteral("sourceStatus"));
    QVERIFY(status && status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("password")), qPrintable(status->text()));
    QVERIFY(!wizard.currentPage()->isComplete());
}

void TestImportWizard::shouldReadADroppedFile()
{
    QTemporaryDir dir;
    Crm::Test::TestWorkspace workspace;
    ImportWizard wizard(workspace.path(), QString());
    wizard.show();
    QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
    const QString path = writeChineseCsv(dir.path());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(path)});
    QSignalSpy inspected(&wizard, &ImportWizard::inspectionFinished);
    // As a drag does: the drop only reaches the widget that accepted the drag.
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&wizard, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&wizard, &drop);
    QVERIFY(inspected.wait(kWait));
    QCOMPARE(wizard.filePath(), path);
    QCOMPARE(wizard.currentId(), int(ImportWizard::SourcePage));
    QCOMPARE(wizard.inspection().headers.first(), QStringLiteral("订单号"));
}

// Not a check: with CRM_WIZARD_SCREENSHOTS=DIR, saves every page as PNG for a human to look at.
void TestImportWizard::saveScreenshots()
{
    const QString out = qEnvironmentVariable("CRM_WIZARD_SCREENSHOTS");
    if (out.isEmpty()) {
        QSKIP("set CRM_WIZARD_SCREENSHOTS=DIR to save screenshots of the wizard");
    }
    const QStringList files {dataPath(QStringLiteral("order_lines_gb18030.csv")),
                             dataPath(QStringLiteral("wechat_records.csv")),
                             dataPath(QStringLiteral("any_sheets.xlsx")), dataPath(QStringLiteral("encryptAES.xlsx"))};
    for (const QString &file : files) {
        Crm::Test::TestWorkspace workspace;
        ImportWizard wizard(workspace.path(), file);
        wizard.resize(900, 640);
        const QString base = QDir(out).filePath(QFileInfo(file).completeBaseName());
        QSignalSpy inspected(&wizard, &ImportWizard::inspectionFinished);
        QSignalSpy validated(&wizard, &ImportWizard::validationFinished);
        QSignalSpy finished(&wizard, &ImportWizard::importFinished);
        wizard.show();
        QVERIFY(inspected.wait(kWait));
        for (int step = 1; step <= 5; ++step) {
            if (step == 4) {
                QVERIFY(validated.wait(kWait));
            } else if (step == 5) {
                QVERIFY(finished.wait(kWait));
            }
            QTest::qWait(50);
            wizard.grab().save(QStringLiteral("%1_%2.png").arg(base).arg(step + 1));
            if (!wizard.currentPage()->isComplete()) {
                break;
            }
            wizard.next();
        }
    }
}

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
