#include "mainwindow/mainwindow.h"
#include "report/reviewtasks.h"
#include "store/demogenerator.h"
#include "testworkspace.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using Crm::Ui::MainWindow;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldWriteTheCampaignReviewOffTheGuiThread();
    void initTestCase();
    void shouldOfferTheDemoOnFirstRun();
    void shouldShowRowCountsOfAWorkspace();
    void shouldReportAForeignFileWithoutBlocking();
    void shouldCreateAndOpenTheDemoWorkspace();
    void shouldRememberGeometryAndLastPage();
    void shouldOpenAtTheWorkspacesFixedAsOfDate();
};

void TestMainWindow::initTestCase()
{
    // Settings and the demo file go to a throw-away location, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CRM Workbench Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QFile::remove(MainWindow::demoWorkspacePath());
    // No geometry or last page left by an earlier run.
    QSettings().remove(QStringLiteral("window"));
}

void TestMainWindow::shouldOfferTheDemoOnFirstRun()
{
    MainWindow window;
    window.show();
    auto *demoButton = window.findChild<QPushButton *>(QStringLiteral("openDemoButton"));
    QVERIFY(demoButton);
    QVERIFY(demoButton->isVisible());
}

void TestMainWindow::shouldShowRowCountsOfAWorkspace()
{
    // Given a small demo workspace
    Crm::Test::TestWorkspace test;
    Crm::Core::Store::DemoOptions options;
    options.customers = 120;
    auto summary = Crm::Core::Store::generateDemo(test.workspace(), options);
    QVERIFY(summary);

    // When the window opens it
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(test.path());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(1).toBool(), true);

    // Then the counts table shows 120 customers
    auto *table = window.findChild<QTableWidget *>(QStringLiteral("rowCounts"));
    QVERIFY(table && table->isVisible());
    bool found = false;
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->text() == QStringLiteral("Customers")) {
            QCOMPARE(table->item(row, 1)->data(Qt::UserRole).toLongLong(), 120);
            found = true;
        }
    }
    QVERIFY(found);
    QCOMPARE(window.workspacePath(), test.path());
}

void TestMainWindow::shouldRememberGeometryAndLastPage()
{
    Crm::Test::TestWorkspace test;
    Crm::Core::Store::DemoOptions options;
    options.customers = 120;
    QVERIFY(Crm::Core::Store::generateDemo(test.workspace(), options));
    const QSize size(1111, 777);
    {
        // Given a window resized and left on the fifth page
        MainWindow window;
        window.show();
        window.resize(size);
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openWorkspace(test.path());
        QVERIFY(loaded.wait(20000));
        window.showPage(window.pages().at(4));
        window.close();
    }
    // When the next window opens the workspace
    MainWindow window;
    window.show();
    QCOMPARE(window.size(), size);
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(test.path());
    QVERIFY(loaded.wait(20000));
    // Then it shows the same page, and Ctrl+F takes the user to the customer search
    auto *sidebar = window.findChild<QListWidget *>(QStringLiteral("pageList"));
    QVERIFY(sidebar);
    QCOMPARE(sidebar->currentRow(), 4);
    auto *find = window.findChild<QAction *>(QStringLiteral("findCustomerAction"));
    QVERIFY(find && find->isEnabled());
    QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
    find->trigger();
    QCOMPARE(sidebar->currentRow(), 1);
    window.close();
    QSettings().remove(QStringLiteral("window"));
}

void TestMainWindow::shouldOpenAtTheWorkspacesFixedAsOfDate()
{
    // Given a workspace whose settings fix the as-of date
    Crm::Test::TestWorkspace test;
    Crm::Core::Store::DemoOptions options;
    options.customers = 120;
    QVERIFY(Crm::Core::Store::generateDemo(test.workspace(), options));
    Crm::Core::Store::WorkspaceSettings settings;
    settings.asOfDefault = Crm::Core::Store::AsOfDefault::FixedDate;
    settings.fixedAsOf = QDate(2023, 7, 1);
    settings.currencySymbol = QStringLiteral("$");
    {
        auto connection = test.workspace().connect();
        QVERIFY(connection);
        QVERIFY(Crm::Core::Store::WorkspaceSettings::save(connection->database(), settings));
    }
    // When it is opened, the filters start at that date and the window carries the settings
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(test.path());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(window.filter().asOf, QDate(2023, 7, 1));
    QCOMPARE(window.settings(), settings);
}

void TestMainWindow::shouldReportAForeignFileWithoutBlocking()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.crmdb"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("hello");
    file.close();

    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(path);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(1).toBool(), false);
    auto *box = window.findChild<QMessageBox *>(QStringLiteral("workspaceErrorBox"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QStringLiteral("not a CRM Workbench workspace")));
    QVERIFY(window.workspacePath().isEmpty());
}

void TestMainWindow::shouldCreateAndOpenTheDemoWorkspace()
{
    MainWindow window;
    window.show();
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    window.findChild<QPushButton *>(QStringLiteral("openDemoButton"))->click();
    QVERIFY(loaded.wait(120000));
    QCOMPARE(loaded.first().at(1).toBool(), true);
    QCOMPARE(window.workspacePath(), MainWindow::demoWorkspacePath());
    QVERIFY(QFile::exists(MainWindow::demoWorkspacePath()));
    QFile::remove(MainWindow::demoWorkspacePath());
}

void TestMainWindow::shouldWriteTheCampaignReviewOffTheGuiThread()
{
    // Given a small demo workspace
    Crm::Test::TestWorkspace test;
    Crm::Core::Store::DemoOptions options;
    options.customers = 300;
    QVERIFY(Crm::Core::Store::generateDemo(test.workspace(), options));
    const QString pdf = QDir(test.dirPath()).filePath(QStringLiteral("review.pdf"));

    // When the review is built and written on a worker
    Crm::Core::Report::CampaignReviewRequest request;
    request.workspaceName = QStringLiteral("test");
    QFutureWatcher<Crm::Ui::ReviewBuild> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(Crm::Ui::buildReviewAsync(test.path(), request, pdf));
    QVERIFY(finished.wait(60000));

    // Then a PDF exists and the document is handed back for printing
    const Crm::Ui::ReviewBuild build = watcher.result();
    QVERIFY2(build.error.isEmpty(), qPrintable(build.error));
    QVERIFY(build.document.has_value());
    QCOMPARE(build.pdfPath, pdf);
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == QByteArray("%PDF-"));
    QVERIFY(file.size() > 10000);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
