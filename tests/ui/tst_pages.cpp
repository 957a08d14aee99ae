#include "analysis/campaigns/campaigns.h"
#include "analysis/clv/clvanalysis.h"
#include "analysis/clv/customersummary.h"
#include "analysis/cohorts/cohorts.h"
#include "analysis/common/purchasehistory.h"
#include "analysis/funnel/funnel.h"
#include "analysis/lifecycle/lifecycle.h"
#include "analysis/rfm/rfm.h"
#include "analysis/tiers/tiers.h"
#include "import/importwizard.h"
#include "mainwindow/filterbar.h"
#include "mainwindow/mainwindow.h"
#include "pages/campaignspage.h"
#include "pages/clvpage.h"
#include "pages/cohortspage.h"
#include "pages/customerspage.h"
#include "pages/importspage.h"
#include "pages/lifecyclepage.h"
#include "pages/overviewpage.h"
#include "pages/segmentspage.h"
#include "store/demogenerator.h"
#include "tables/customertablemodel.h"
#include "tables/datatablemodel.h"
#include "tables/roles.h"
#include "tasks/task.h"
#include "testworkspace.h"
#include "widgets/kpicard.h"
#include "widgets/taskprogresswidget.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Crm;
using Ui::MainWindow;

// Every page on a small demo workspace, compared with what the core functions return.
class TestPages final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shouldShowOverviewFiguresOfTheCoreAnalyses();
    void shouldListEveryCustomerAndShowDetails();
    void shouldShowLifecycleAndDormantCustomers();
    void shouldShowEveryCampaign();
    void shouldShowRfmSegmentsAndExportOne();
    void shouldShowCohortRetentionAndRevenue();
    void shouldShowLifetimeValues();
    void shouldApplyTheCityFilterToEveryPage();
    void shouldUndoAnImport();
    void shouldImportADroppedSpreadsheet();
    void shouldAskForAWorkspaceBeforeImporting();
    void shouldCancelATaskFromTheStatusBar();
    void measureABigWorkspace();

private:
    template<typename T>
    T *visit();
    void saveScreenshot(const QString &name);
    QSqlDatabase database();

    std::unique_ptr<Test::TestWorkspace> m_test;
    std::unique_ptr<MainWindow> m_window;
    std::optional<Core::Store::Connection> m_connection;
    QDate m_asOf;
};

void TestPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CRM Workbench Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_pages"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPages::init()
{
    m_test = std::make_unique<Test::TestWorkspace>();
    Core::Store::DemoOptions options;
    options.customers = 600;
    QVERIFY(Core::Store::generateDemo(m_test->workspace(), options));
    auto connection = m_test->workspace().connect();
    QVERIFY(connection);
    m_connection = std::move(connection).value();
    m_asOf = Core::Analysis::defaultAsOfDate(database()).value();

    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QSignalSpy loaded(m_window.get(), &MainWindow::workspaceLoaded);
    m_window->openWorkspace(m_test->path());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(1).toBool(), true);
    QCOMPARE(m_window->filter().asOf, m_asOf);
}

void TestPages::cleanup()
{
    m_window.reset();
    m_connection.reset();
    m_test.reset();
}

QSqlDatabase TestPages::database()
{
    return m_connection->database();
}

template<typename T>
T *TestPages::visit()
{
    T *page = m_window->page<T>();
    if (!page) {
        return nullptr;
    }
    QSignalSpy loaded(page, &Ui::Page::loaded);
    m_window->showPage(page);
    if (!loaded.wait(30000) || !loaded.first().at(0).toBool()) {
        return nullptr;
    }
    return page;
}

void TestPages::saveScreenshot(const QString &name)
{
    // CRM_SCREENSHOT_DIR=dir saves what each page looks like, for reviewing the layout.
    const QString dir = qEnvironmentVariable("CRM_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QTest::qWait(200);
        m_window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
    }
}

void TestPages::shouldShowOverviewFiguresOfTheCoreAnalyses()
{
    auto *page = visit<Ui::OverviewPage>();
    QVERIFY(page);
    saveScreenshot(QStringLiteral("overview"));
    // Reference: the lifecycle and funnel analyses, run directly on the workspace
    Core::Analysis::LifecycleRequest lifecycleRequest;
    lifecycleRequest.asOf = m_asOf;
    auto lifecycle = Core::Analysis::runLifecycle(database(), lifecycleRequest);
    QVERIFY(lifecycle);
    const auto &counts = lifecycle->stageCounts;
    using Stage = Core::Analysis::LifecycleStage;
    QCOMPARE(qint64(page->card(QStringLiteral("activeCard"))->value()),
             counts[size_t(Stage::New)] + counts[size_t(Stage::Active)]);
    QCOMPARE(qint64(page->card(QStringLiteral("dormantCard"))->value()), counts[size_t(Stage::Dormant)]);
    QCOMPARE(qint64(page->card(QStringLiteral("customersCard"))->value()),
             lifecycle->customers.size() - qsizetype(counts[size_t(Stage::Prospect)]));

    Core::Analysis::FunnelRequest funnelRequest;
    funnelRequest.lifecycle = lifecycleRequest;
    auto funnel = Core::Analysis::runFunnel(database(), funnelRequest);
    QVERIFY(funnel);
    QCOMPARE(page->funnelModel()->rowCount(), int(funnel->steps.size()));
    for (int row = 0; row < page->funnelModel()->rowCount(); ++row) {
        QCOMPARE(page->funnelModel()->index(row, 1).data(Ui::RawValueRole).toLongLong(),
                 funnel->steps.at(size_t(row)).customers);
    }

    Core::Analysis::TierRequest tierRequest;
    tierRequest.asOf = m_asOf;
    auto tiers = Core::Analysis::runTiers(database(), tierRequest);
    QVERIFY(tiers);
    QCOMPARE(page->tierModel()->rowCount(), Core::Analysis::kTierCount);
    for (int row = 0; row < Core::Analysis::kTierCount; ++row) {
        QCOMPARE(page->tierModel()->index(row, 1).data(Ui::RawValueRole).toLongLong(),
                 tiers->distribution.at(size_t(row)).customers);
    }

    // Revenue: the 12 months before D in plain SQL, and every month summing to all orders
    QSqlQuery sql(database());
    sql.prepare(QStringLiteral("SELECT SUM(amount_minor) FROM orders WHERE ordered_at >= :a AND ordered_at < :b"));
    sql.bindValue(QStringLiteral(":a"), m_asOf.addMonths(-12).toString(Qt::ISODate));
    sql.bindValue(QStringLiteral(":b"), m_asOf.toString(Qt::ISODate));
    QVERIFY(sql.exec() && sql.next());
    QCOMPARE(qint64(page->card(QStringLiteral("revenueCard"))->value()), sql.value(0).toLongLong());
    QVERIFY(page->card(QStringLiteral("revenueCard"))->changeText().contains(QStringLiteral("vs. previous")));
    QVERIFY(sql.exec(QStringLiteral("SELECT SUM(amount_minor), COUNT(DISTINCT substr(ordered_at, 1, 7)) FROM orders"))
            && sql.next());
    qint64 total = 0;
    for (int row = 0; row < page->revenueModel()->rowCount(); ++row) {
        total += page->revenueModel()->index(row, 1).data(Ui::RawValueRole).toLongLong();
    }
    QCOMPARE(total, sql.value(0).toLongLong());
    QCOMPARE(page->revenueModel()->rowCount(), sql.value(1).toInt());
    QAbstractItemModelTester tester(page->revenueModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestPages::shouldListEveryCustomerAndShowDetails()
{
    auto *page = visit<Ui::CustomersPage>();
    QVERIFY(page);
    QSqlQuery sql(database());
    QVERIFY(sql.exec(QStringLiteral("SELECT COUNT(*) FROM customers")) && sql.next());
    QCOMPARE(page->model()->rowCount(), sql.value(0).toInt());

    // Selecting a row shows that customer's orders
    QSignalSpy shown(page, &Ui::CustomersPage::detailShown);
    page->view()->selectRow(5);
    QVERIFY(shown.wait(10000));
    const QString id = shown.first().at(0).toString();
    QCOMPARE(id, page->model()->index(5, 0).data(Ui::CustomerIdRole).toString());
    sql.prepare(QStringLiteral("SELECT COUNT(*) FROM orders WHERE customer_id = :id"));
    sql.bindValue(QStringLiteral(":id"), id);
    QVERIFY(sql.exec() && sql.next());
    QCOMPARE(page->ordersModel()->rowCount(), sql.value(0).toInt());
    saveScreenshot(QStringLiteral("customers"));

    // Searching by id narrows the list to that customer
    QSignalSpy arranged(page->model(), &Ui::CustomerTableModel::arrangementFinished);
    page->searchField()->setText(id);
    QVERIFY(arranged.wait(10000));
    QCOMPARE(page->model()->rowCount(), 1);
}

void TestPages::shouldShowLifecycleAndDormantCustomers()
{
    auto *page = visit<Ui::LifecyclePage>();
    QVERIFY(page);
    saveScreenshot(QStringLiteral("lifecycle"));
    Core::Analysis::LifecycleRequest request;
    request.asOf = m_asOf;
    auto lifecycle = Core::Analysis::runLifecycle(database(), request);
    QVERIFY(lifecycle);
    QCOMPARE(page->dormantModel()->rowCount(), int(lifecycle->dormantRanking.size()));
    QCOMPARE(page->dormantModel()->index(0, 0).data().toString(),
             lifecycle->customers.at(size_t(lifecycle->dormantRanking.front())).customerId);
    for (int stage = 0; stage < Core::Analysis::kLifecycleStageCount; ++stage) {
        QCOMPARE(page->stageModel()->index(stage, 1).data(Ui::RawValueRole).toLongLong(),
                 lifecycle->stageCounts.at(size_t(stage)));
    }
    // The transition matrix counts everybody once
    qint64 sum = 0;
    for (int row = 0; row < page->transitionModel()->rowCount(); ++row) {
        for (int column = 1; column < page->transitionModel()->columnCount(); ++column) {
            sum += page->transitionModel()->index(row, column).data(Ui::RawValueRole).toLongLong();
        }
    }
    QCOMPARE(sum, qint64(lifecycle->customers.size()));

    // The export is a CSV with one line per dormant customer plus the header
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dormant.csv"));
    QVERIFY(page->exportDormant(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), qsizetype(lifecycle->dormantRanking.size()) + 1);
    QVERIFY(lines.first().startsWith("customer_id,"));
}

void TestPages::shouldShowEveryCampaign()
{
    auto *page = visit<Ui::CampaignsPage>();
    QVERIFY(page);
    saveScreenshot(QStringLiteral("campaigns"));
    Core::Analysis::CampaignsRequest request;
    request.asOf = m_asOf;
    auto campaigns = Core::Analysis::runCampaigns(database(), request);
    QVERIFY(campaigns);
    QCOMPARE(page->metricsModel()->rowCount(), int(campaigns->campaigns.size()));
    const int revenue = int(page->metricsModel()->table().columnIndex(QStringLiteral("attributed_revenue")));
    const int note = int(page->metricsModel()->table().columnIndex(QStringLiteral("note")));
    int withoutControl = 0;
    for (int row = 0; row < page->metricsModel()->rowCount(); ++row) {
        const auto &stats = campaigns->campaigns.at(size_t(row));
        QCOMPARE(page->metricsModel()->index(row, revenue).data(Ui::RawValueRole).toLongLong(), stats.revenue);
        if (!stats.incremental) {
            ++withoutControl;
            QVERIFY(page->metricsModel()->index(row, note).data().toString().contains(QStringLiteral("control")));
        }
    }
    QCOMPARE(withoutControl, 1);  // the demo has one campaign without a control group
}

void TestPages::shouldShowRfmSegmentsAndExportOne()
{
    auto *page = visit<Ui::SegmentsPage>();
    QVERIFY(page);
    saveScreenshot(QStringLiteral("segments"));
    Core::Analysis::RfmRequest request;
    request.asOf = m_asOf;
    auto rfm = Core::Analysis::runRfm(database(), request);
    QVERIFY(rfm);
    QCOMPARE(page->segmentModel()->rowCount(), int(rfm->segments.size()));
    for (int row = 0; row < page->segmentModel()->rowCount(); ++row) {
        const auto &segment = rfm->segments.at(size_t(row));
        QCOMPARE(page->segmentModel()->index(row, 0).data().toString(), segment.segment);
        QCOMPARE(page->segmentModel()->index(row, 1).data(Ui::RawValueRole).toLongLong(), segment.customers);
        QCOMPARE(page->segmentModel()->index(row, 3).data(Ui::RawValueRole).toLongLong(), segment.revenue);
    }
    // The R x F grid holds every scored customer once
    qint64 sum = 0;
    for (int row = 0; row < page->gridModel()->rowCount(); ++row) {
        for (int column = 1; column < page->gridModel()->columnCount(); ++column) {
            sum += page->gridModel()->index(row, column).data(Ui::RawValueRole).toLongLong();
        }
    }
    QCOMPARE(sum, qint64(rfm->customers.size()));
    // Export list: one line per member of the first segment plus the header
    const auto &first = rfm->segments.front();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("segment.csv"));
    QVERIFY(page->exportSegment(first.segment, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().trimmed().split('\n').size(), qsizetype(first.customers) + 1);
}

void TestPages::shouldShowCohortRetentionAndRevenue()
{
    auto *page = visit<Ui::CohortsPage>();
    QVERIFY(page);
    saveScreenshot(QStringLiteral("cohorts"));
    Core::Analysis::CohortRequest request;
    request.asOf = m_asOf;
    auto cohorts = Core::Analysis::runCohorts(database(), request);
    QVERIFY(cohorts);
    QCOMPARE(page->heatmapModel()->rowCount(), int(cohorts->cohorts.size()));
    const auto &cohort = cohorts->cohorts.front();
    QCOMPARE(page->heatmapModel()->index(0, 1).data(Ui::RawValueRole).toLongLong(), cohort.size);
    QCOMPARE(page->heatmapModel()->index(0, 3).data(Ui::RawValueRole).toDouble(), cohort.cells.at(1).retention);
    page->valueBox()->setCurrentIndex(1);
    QCOMPARE(page->heatmapModel()->index(0, 3).data(Ui::RawValueRole).toLongLong(), cohort.cells.at(1).revenue);
}

void TestPages::shouldShowLifetimeValues()
{
    auto *page = visit<Ui::ClvPage>();
    QVERIFY(page);
    saveScreenshot(QStringLiteral("clv"));
    // Reference: the CLV analysis on the same summaries
    Core::Analysis::PurchaseHistoryRequest historyRequest;
    historyRequest.asOf = m_asOf;
    auto histories = Core::Analysis::loadPurchaseHistory(database(), historyRequest);
    QVERIFY(histories);
    Core::Analysis::Clv::ClvRequest request;
    request.calibrationEnd = m_asOf.addDays(-1);
    request.timeUnit = Core::Analysis::Clv::TimeUnit::Week;
    auto clv = Core::Analysis::Clv::analyzeClv(
        Core::Analysis::Clv::summarizeHistories(histories.value(), request.calibrationEnd.toJulianDay(),
                                                request.timeUnit),
        request);
    QVERIFY(clv);
    double best = 0;
    for (const auto &customer : clv->customers) {
        best = std::max(best, customer.clv);
    }
    QCOMPARE(page->topModel()->index(0, 1).data(Ui::RawValueRole).toLongLong(), qint64(std::llround(best * 100)));
    qint64 counted = 0;
    for (int row = 0; row < page->distributionModel()->rowCount(); ++row) {
        counted += page->distributionModel()->index(row, 1).data(Ui::RawValueRole).toLongLong();
    }
    QCOMPARE(counted, qint64(clv->customers.size()));
}

void TestPages::shouldApplyTheCityFilterToEveryPage()
{
    auto *customers = visit<Ui::CustomersPage>();
    QVERIFY(customers);
    // Given the most frequent city
    QComboBox *city = m_window->filterBar()->cityBox();
    QVERIFY(city->count() > 1);
    const QString name = city->itemData(1).toString();
    QSqlQuery sql(database());
    sql.prepare(QStringLiteral("SELECT COUNT(*) FROM customers WHERE city = :city"));
    sql.bindValue(QStringLiteral(":city"), name);
    QVERIFY(sql.exec() && sql.next());
    const int expected = sql.value(0).toInt();
    QVERIFY(expected > 0);
    // When it is chosen, the visible page reloads with only those customers
    QSignalSpy loaded(customers, &Ui::Page::loaded);
    city->setCurrentIndex(1);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(customers->model()->rowCount(), expected);
    QCOMPARE(m_window->filter().city, name);
    // And the lifecycle page, shown next, classifies only them
    auto *lifecycle = visit<Ui::LifecyclePage>();
    QVERIFY(lifecycle);
    qint64 classified = 0;
    for (int row = 0; row < lifecycle->stageModel()->rowCount(); ++row) {
        classified += lifecycle->stageModel()->index(row, 1).data(Ui::RawValueRole).toLongLong();
    }
    QVERIFY(classified <= expected);
    QVERIFY(classified > 0);
}

void TestPages::shouldUndoAnImport()
{
    auto *page = visit<Ui::ImportsPage>();
    QVERIFY(page);
    QCOMPARE(page->historyModel()->rowCount(), 1);  // the demo is one import
    saveScreenshot(QStringLiteral("imports"));
    const qint64 id = page->historyModel()->index(0, 0).data(Ui::RawValueRole).toLongLong();
    QSignalSpy reloaded(m_window.get(), &MainWindow::workspaceLoaded);
    page->undoImport(id);
    QVERIFY(reloaded.wait(20000));
    QSqlQuery sql(database());
    QVERIFY(sql.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM customers) + (SELECT COUNT(*) FROM orders)"))
            && sql.next());
    QCOMPARE(sql.value(0).toInt(), 0);
}

void TestPages::shouldImportADroppedSpreadsheet()
{
    // Given a spreadsheet file
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("订单.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("订单号,会员编号,下单时间,实付金额\nX1,C000001,2025-12-30 10:00:00,100.50\n");
    file.close();
    // When it is opened (as a drop does), the import wizard starts on it
    m_window->openFile(path);
    auto *wizard = m_window->findChild<Ui::ImportWizard *>(QStringLiteral("importWizard"));
    QVERIFY(wizard);
    QCOMPARE(wizard->filePath(), path);
    wizard->close();
}

void TestPages::shouldAskForAWorkspaceBeforeImporting()
{
    // Without a workspace there is nowhere to import to: the window says so
    MainWindow window;
    window.show();
    window.openFile(QStringLiteral("/tmp/orders.xlsx"));
    QVERIFY(window.findChild<QMessageBox *>(QStringLiteral("importResultBox")));
    QVERIFY(!window.findChild<Ui::ImportWizard *>());
}

void TestPages::shouldCancelATaskFromTheStatusBar()
{
    // Given a task that runs until cancelled, shown in the status bar
    Ui::TaskProgressWidget *progress = m_window->taskProgress();
    QFutureWatcher<int> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    progress->track(&watcher, QStringLiteral("Waiting"), true);
    watcher.setFuture(Core::Tasks::run([](const Core::ProgressSink &sink) {
        for (qint64 i = 0; sink(i, 0); ++i) {
            QThread::msleep(1);
        }
        return 1;
    }));
    QVERIFY(progress->isVisible());
    // When the user presses Cancel
    auto *cancel = progress->findChild<QPushButton *>(QStringLiteral("cancelTaskButton"));
    QVERIFY(cancel && cancel->isVisible());
    cancel->click();
    // Then the task stops without a result and the strip hides
    QVERIFY(finished.wait(5000));
    QVERIFY(watcher.isCanceled());
    QCOMPARE(watcher.future().resultCount(), 0);
    QTRY_VERIFY(!progress->isVisible());
}

void TestPages::measureABigWorkspace()
{
    // CRM_BIG_WORKSPACE=file.crmdb: how long the pages take on a big workspace and the longest
    // stall of the GUI event loop meanwhile (a 10 ms timer measures the gaps).
    const QString path = qEnvironmentVariable("CRM_BIG_WORKSPACE");
    if (path.isEmpty()) {
        QSKIP("Set CRM_BIG_WORKSPACE to a large workspace to measure it");
    }
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QElapsedTimer sinceTick;
    qint64 longestStall = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, this, [&] { longestStall = std::max(longestStall, sinceTick.restart()); });
    sinceTick.start();
    ticker.start();
    QElapsedTimer timer;
    timer.start();
    QSignalSpy opened(&window, &MainWindow::workspaceLoaded);
    window.openWorkspace(path);
    QVERIFY(opened.wait(600000));
    qInfo("opened in %lld ms", timer.restart());
    const auto measure = [&](Ui::Page *page, const char *name) {
        QSignalSpy loaded(page, &Ui::Page::loaded);
        window.showPage(page);
        QVERIFY(loaded.wait(600000));
        qInfo("%s loaded in %lld ms; longest GUI stall so far %lld ms", name, timer.restart(), longestStall);
    };
    measure(window.page<Ui::OverviewPage>(), "Overview");
    measure(window.page<Ui::CustomersPage>(), "Customers");
    measure(window.page<Ui::SegmentsPage>(), "Segments");
    measure(window.page<Ui::LifecyclePage>(), "Lifecycle");
    measure(window.page<Ui::CohortsPage>(), "Cohorts");
    measure(window.page<Ui::CampaignsPage>(), "Campaigns");
    QVERIFY2(longestStall < 100 * 5, "the GUI thread stalled (100 ms is the goal; 500 ms fails here)");
}

QTEST_MAIN(TestPages)
#include "tst_pages.moc"
