#include "analysis/common/analysisparameters.h"
#include "analysis/common/purchasehistory.h"
#include "analysis/rfm/rfm.h"
#include "common/translations.h"
#include "dialogs/segmentrulesdialog.h"
#include "dialogs/segmentrulesmodel.h"
#include "dialogs/settingsdialog.h"
#include "mainwindow/mainwindow.h"
#include "pages/customerscores.h"
#include "pages/segmentspage.h"
#include "report/campaignreview.h"
#include "store/demogenerator.h"
#include "tables/datatablemodel.h"
#include "tables/roles.h"
#include "testworkspace.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

using namespace Crm;
using Core::Analysis::RfmSegmentRule;
using Ui::SegmentRulesModel;

namespace {

int cell(int r, int f, int m)
{
    return (r - 1) * 25 + (f - 1) * 5 + (m - 1);
}

QStringList namesOf(const std::vector<RfmSegmentRule> &rules)
{
    QStringList names;
    for (const RfmSegmentRule &rule : rules) {
        names << rule.name;
    }
    return names;
}

// Edits one score bound the way the table does: the delegate's spin box.
void editBound(QTableView *view, int row, int column, int value)
{
    QAbstractItemDelegate *delegate = view->itemDelegateForIndex(view->model()->index(row, column));
    const QModelIndex index = view->model()->index(row, column);
    std::unique_ptr<QWidget> editor(delegate->createEditor(view->viewport(), QStyleOptionViewItem(), index));
    auto *spin = qobject_cast<QSpinBox *>(editor.get());
    QVERIFY(spin);
    QCOMPARE(spin->minimum(), 1);
    QCOMPARE(spin->maximum(), 5);
    delegate->setEditorData(spin, index);
    QCOMPARE(spin->value(), index.data(Qt::EditRole).toInt());
    spin->setValue(value);
    delegate->setModelData(spin, view->model(), index);
}

}  // namespace

// The RFM segment rule editor: its model, its validation and what OK changes on the
// Segments page of a demo workspace.
class TestSegmentRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void shouldPassTheModelTester();
    void shouldCountTheCustomersEachRuleCatches();
    void shouldBlockOkWhileARuleCannotBeUsed();
    void shouldKeepTranslatedDefaultNamesAsMachineNames();
    void shouldApplyEditedRulesToTheSegmentsPage();
    void shouldChangeNothingOnCancel();
    void shouldOpenAWorkspaceWithUnreadableRules();

private:
    void openDemo(const QStringList &sql = {});
    Ui::SegmentsPage *visitSegments();
    std::vector<Core::Analysis::CustomerHistory> histories();

    std::unique_ptr<Test::TestWorkspace> m_test;
    std::unique_ptr<Ui::MainWindow> m_window;
    QDate m_asOf;
};

void TestSegmentRules::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CRM Workbench Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_segmentrules"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestSegmentRules::cleanup()
{
    m_window.reset();
    m_test.reset();
    Core::installTranslators(*QCoreApplication::instance(), QStringLiteral("en"));
}

// `sql` runs on the demo before the window opens it.
void TestSegmentRules::openDemo(const QStringList &sql)
{
    m_test = std::make_unique<Test::TestWorkspace>();
    Core::Store::DemoOptions options;
    options.customers = 600;
    QVERIFY(Core::Store::generateDemo(m_test->workspace(), options));
    if (!sql.isEmpty()) {
        QVERIFY(Test::execRaw(m_test->path(), sql));
    }
    auto connection = m_test->workspace().connect();
    QVERIFY(connection);
    m_asOf = Core::Analysis::defaultAsOfDate(connection->database()).value();
    QSettings().remove(QStringLiteral("window/page"));
    m_window = std::make_unique<Ui::MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QSignalSpy loaded(m_window.get(), &Ui::MainWindow::workspaceLoaded);
    m_window->openWorkspace(m_test->path());
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().at(1).toBool(), true);
}

Ui::SegmentsPage *TestSegmentRules::visitSegments()
{
    auto *page = m_window->page<Ui::SegmentsPage>();
    if (!page) {
        return nullptr;
    }
    QSignalSpy loaded(page, &Ui::Page::loaded);
    m_window->showPage(page);
    if (!page->result() || page->isLoading()) {
        if (!loaded.wait(30000) || !loaded.first().at(0).toBool()) {
            return nullptr;
        }
    }
    return page;
}

std::vector<Core::Analysis::CustomerHistory> TestSegmentRules::histories()
{
    auto connection = m_test->workspace().connect();
    if (!connection) {
        return {};
    }
    Core::Analysis::PurchaseHistoryRequest request;
    request.asOf = m_asOf;
    auto loaded = Core::Analysis::loadPurchaseHistory(connection->database(), request);
    return loaded ? std::move(loaded).value() : std::vector<Core::Analysis::CustomerHistory> {};
}

void TestSegmentRules::shouldPassTheModelTester()
{
    SegmentRulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRules(Core::Analysis::defaultRfmSegmentRules());
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.columnCount(), int(SegmentRulesModel::ColumnCount));
    QVERIFY(model.insertRows(10, 2));
    QCOMPARE(model.rules().at(10).name, QStringLiteral("New rule 1"));
    QCOMPARE(model.rules().at(11), (RfmSegmentRule {QStringLiteral("New rule 2"), 1, 5, 1, 5, 1, 5}));
    QVERIFY(model.setData(model.index(10, SegmentRulesModel::Name), QStringLiteral("  Big spenders ")));
    QVERIFY(model.setData(model.index(10, SegmentRulesModel::MonetaryLow), 5));
    QVERIFY(!model.setData(model.index(10, SegmentRulesModel::MonetaryHigh), 6));
    QVERIFY(!model.setData(model.index(10, SegmentRulesModel::Customers), 3));
    QCOMPARE(model.rules().at(10), (RfmSegmentRule {QStringLiteral("Big spenders"), 1, 5, 1, 5, 5, 5}));
    // Moving "Big spenders" to the top, then the new top one down past the next.
    QVERIFY(model.moveRows({}, 10, 1, {}, 0));
    QCOMPARE(model.rules().at(0).name, QStringLiteral("Big spenders"));
    QCOMPARE(model.rules().at(1).name, QStringLiteral("Hibernating"));
    QVERIFY(model.moveRows({}, 0, 1, {}, 2));
    QCOMPARE(namesOf(model.rules()).mid(0, 3),
             (QStringList {QStringLiteral("Hibernating"), QStringLiteral("Big spenders"), QStringLiteral("At Risk")}));
    QVERIFY(!model.moveRows({}, 0, 2, {}, 1));  // into the moved block
    QVERIFY(model.removeRows(1, 1));
    std::vector<RfmSegmentRule> expected = Core::Analysis::defaultRfmSegmentRules();
    expected.push_back({QStringLiteral("New rule 2")});
    QCOMPARE(model.rules(), expected);
    model.setRules({});
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.errors(), QStringList {QStringLiteral("Add at least one rule.")});
}

void TestSegmentRules::shouldCountTheCustomersEachRuleCatches()
{
    // Given 3 customers in cell (5,5,5), 2 in (1,1,1) and 4 in (3,2,1), by hand
    auto counts = std::make_shared<Ui::RfmCellCounts>();
    counts->fill(0);
    (*counts)[size_t(cell(5, 5, 5))] = 3;
    (*counts)[size_t(cell(1, 1, 1))] = 2;
    (*counts)[size_t(cell(3, 2, 1))] = 4;
    SegmentRulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCellCounts(counts);
    model.setRules({{QStringLiteral("Top"), 5, 5, 4, 5, 1, 5},
                    {QStringLiteral("Recent"), 4, 5, 1, 5, 1, 5},
                    {QStringLiteral("Old"), 1, 2, 1, 5, 1, 5}});
    QCOMPARE(model.customersOf(0), qint64(3));
    QCOMPARE(model.customersOf(1), qint64(0));
    QCOMPARE(model.customersOf(2), qint64(2));
    QCOMPARE(model.unmatchedCustomers(), qint64(4));  // R = 3 is in no rule
    QCOMPARE(model.index(0, SegmentRulesModel::Customers).data().toString(), QStringLiteral("3"));
    QVERIFY(model.warnings().isEmpty());

    // When a catch-all rule goes first, it takes everybody and the others never match
    QVERIFY(model.insertRows(0, 1));
    QCOMPARE(model.customersOf(0), qint64(9));
    QCOMPARE(model.index(0, SegmentRulesModel::Customers).data().toString(), QStringLiteral("9"));
    QCOMPARE(model.unmatchedCustomers(), qint64(0));
    QCOMPARE(model.warnings().size(), 3);
    QVERIFY(model.warnings().at(0).startsWith(QStringLiteral("Rule 2 (Top) never catches anybody")));
    QVERIFY(model.errors().isEmpty());  // a warning, not an error
    QVERIFY(!model.index(1, 0).data(Qt::ForegroundRole).isNull());
    QVERIFY(model.index(0, 0).data(Qt::ForegroundRole).isNull());

    // Without counts the column is empty, the shadowing is still found
    SegmentRulesModel uncounted;
    uncounted.setRules(model.rules());
    QVERIFY(uncounted.index(0, SegmentRulesModel::Customers).data().isNull());
    QCOMPARE(uncounted.warnings().size(), 3);
}

void TestSegmentRules::shouldBlockOkWhileARuleCannotBeUsed()
{
    Ui::SegmentRulesDialog dialog(Core::Analysis::defaultRfmSegmentRules(), QStringLiteral("Others"), nullptr);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *problems = dialog.findChild<QLabel *>(QStringLiteral("segmentRuleProblems"));
    QVERIFY(ok->isEnabled());
    QVERIFY(problems->text().isEmpty());
    SegmentRulesModel *model = dialog.model();

    // R from above R to (through the spin box)
    editBound(dialog.view(), 0, SegmentRulesModel::RecencyLow, 4);
    QCOMPARE(model->rules().at(0).recencyLow, 4);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(problems->text().contains(QStringLiteral("Rule 1 (Hibernating): R from 4 is above R to 2.")),
             qPrintable(problems->text()));
    QVERIFY(!model->index(0, SegmentRulesModel::RecencyLow).data(Qt::BackgroundRole).isNull());
    QVERIFY(model->index(0, SegmentRulesModel::FrequencyLow).data(Qt::BackgroundRole).isNull());
    editBound(dialog.view(), 0, SegmentRulesModel::RecencyHigh, 4);
    QVERIFY(ok->isEnabled());

    // A rule without a name
    QVERIFY(model->setData(model->index(2, SegmentRulesModel::Name), QStringLiteral("   ")));
    QVERIFY(!ok->isEnabled());
    QVERIFY(problems->text().contains(QStringLiteral("Rule 3 needs a name.")));
    QVERIFY(model->setData(model->index(2, SegmentRulesModel::Name), QStringLiteral("Keep")));
    QVERIFY(ok->isEnabled());

    // No name for the unmatched customers
    auto *unmatched = dialog.findChild<QLineEdit *>(QStringLiteral("unmatchedSegmentEdit"));
    unmatched->setText(QString());
    QVERIFY(!ok->isEnabled());
    unmatched->setText(QStringLiteral("Rest"));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.unmatchedSegment(), QStringLiteral("Rest"));

    // No rules at all
    QVERIFY(model->removeRows(0, model->rowCount()));
    QVERIFY(!ok->isEnabled());
    QVERIFY(problems->text().contains(QStringLiteral("Add at least one rule.")));
    dialog.findChild<QPushButton *>(QStringLiteral("defaultRulesButton"))->click();
    QVERIFY(ok->isEnabled());
    QCOMPARE(model->rules(), Core::Analysis::defaultRfmSegmentRules());
    QCOMPARE(dialog.unmatchedSegment(), QStringLiteral("Others"));
    // A rule that earlier ones cover is a warning, listed apart; OK stays enabled
    auto *warnings = dialog.findChild<QLabel *>(QStringLiteral("segmentRuleWarnings"));
    QVERIFY(warnings->text().isEmpty());
    QVERIFY(model->insertRows(model->rowCount(), 1));
    QVERIFY(ok->isEnabled());
    QVERIFY(problems->text().isEmpty());
    QVERIFY2(warnings->text().startsWith(QStringLiteral("Rule 11 (New rule 1) never catches anybody")),
             qPrintable(warnings->text()));
    // Clicking OK with an error does not accept
    editBound(dialog.view(), 1, SegmentRulesModel::MonetaryLow, 5);
    editBound(dialog.view(), 1, SegmentRulesModel::MonetaryHigh, 3);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.findChild<QDialogButtonBox *>()->accepted();
    QCOMPARE(accepted.count(), 0);
}

void TestSegmentRules::shouldKeepTranslatedDefaultNamesAsMachineNames()
{
    QVERIFY(Core::installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    const QString champions = Core::Report::segmentDisplayName(QStringLiteral("Champions"));
    QVERIFY(champions != QStringLiteral("Champions"));
    SegmentRulesModel model;
    model.setRules(Core::Analysis::defaultRfmSegmentRules());
    const QModelIndex name = model.index(9, SegmentRulesModel::Name);
    QCOMPARE(name.data().toString(), champions);
    QCOMPARE(name.data(Qt::EditRole).toString(), champions);
    // Committing the translated name unchanged keeps the machine name
    QVERIFY(model.setData(name, champions));
    QCOMPARE(model.rules().at(9).name, QStringLiteral("Champions"));
    // Typing another default segment's translated name gives that segment
    QVERIFY(model.setData(model.index(0, SegmentRulesModel::Name),
                          Core::Report::segmentDisplayName(QStringLiteral("At Risk"))));
    QCOMPARE(model.rules().at(0).name, QStringLiteral("At Risk"));
    // Custom names stay as typed
    QVERIFY(model.setData(model.index(1, SegmentRulesModel::Name), QStringLiteral("沉睡大客户")));
    QCOMPARE(model.rules().at(1).name, QStringLiteral("沉睡大客户"));
    QCOMPARE(model.index(1, SegmentRulesModel::Name).data().toString(), QStringLiteral("沉睡大客户"));
    QCOMPARE(SegmentRulesModel::machineName(Core::Report::segmentDisplayName(QStringLiteral("Others"))),
             QStringLiteral("Others"));
}

void TestSegmentRules::shouldApplyEditedRulesToTheSegmentsPage()
{
    openDemo();
    auto *page = visitSegments();
    QVERIFY(page);
    Ui::SegmentRulesDialog *dialog = page->editRules();
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->rules(), Core::Analysis::defaultRfmSegmentRules());
    // The live counts are the page's own segment counts for the default rules
    for (int row = 0; row < dialog->model()->rowCount(); ++row) {
        const QString name = dialog->model()->rules().at(size_t(row)).name;
        QCOMPARE(dialog->model()->customersOf(row),
                 std::find_if(page->result()->segments.begin(), page->result()->segments.end(), [&](const auto &s) {
                     return s.segment == name;
                 })->customers);
    }

    // When the user starts from the R package's table, renames the first rule, narrows it
    // to R 5 through the spin box and adds a rule for the rest
    dialog->findChild<QPushButton *>(QStringLiteral("packageRulesButton"))->click();
    SegmentRulesModel *model = dialog->model();
    QVERIFY(model->setData(model->index(0, SegmentRulesModel::Name), QStringLiteral("VIP, top")));
    editBound(dialog->view(), 0, SegmentRulesModel::RecencyLow, 5);
    dialog->view()->setCurrentIndex(model->index(model->rowCount() - 1, 0));
    dialog->findChild<QPushButton *>(QStringLiteral("addRuleButton"))->click();
    QVERIFY(model->setData(model->index(model->rowCount() - 1, SegmentRulesModel::Name), QStringLiteral("Rest")));
    dialog->findChild<QLineEdit *>(QStringLiteral("unmatchedSegmentEdit"))->setText(QStringLiteral("Nobody"));

    std::vector<RfmSegmentRule> expected = Core::Analysis::rfmPackageSegmentRules();
    expected.front().name = QStringLiteral("VIP, top");
    expected.front().recencyLow = 5;
    expected.push_back({QStringLiteral("Rest"), 1, 5, 1, 5, 1, 5});
    QCOMPARE(dialog->rules(), expected);
    QCOMPARE(model->unmatchedCustomers(), qint64(0));

    Core::Analysis::RfmRequest request;
    request.asOf = m_asOf;
    request.rules = expected;
    request.unmatchedSegment = QStringLiteral("Nobody");
    const auto reference = Core::Analysis::analyzeRfm(histories(), request);
    QVERIFY(reference);
    QCOMPARE(model->customersOf(0), reference->segments.front().customers);
    QVERIFY(model->customersOf(0) > 0);

    QSignalSpy applied(m_window.get(), &Ui::MainWindow::settingsApplied);
    QSignalSpy loaded(page, &Ui::Page::loaded);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(applied.wait(10000));
    QCOMPARE(applied.first().at(0).toBool(), true);
    QVERIFY(!loaded.isEmpty() || loaded.wait(30000));

    // Then the segment table is the analysis with those rules, custom names as typed
    const Ui::DataTableModel *segments = page->segmentModel();
    QCOMPARE(segments->rowCount(), int(reference->segments.size()));
    for (int row = 0; row < segments->rowCount(); ++row) {
        const auto &segment = reference->segments.at(size_t(row));
        QCOMPARE(segments->index(row, 0).data().toString(), segment.segment);
        QCOMPARE(segments->index(row, 1).data(Ui::RawValueRole).toLongLong(), segment.customers);
        QCOMPARE(segments->index(row, 3).data(Ui::RawValueRole).toLongLong(), segment.revenue);
    }
    QCOMPARE(segments->index(0, 0).data().toString(), QStringLiteral("VIP, top"));
    // The customer scores (customer detail) use them too
    auto scores
        = Ui::populationScores(std::make_shared<const Ui::Histories>(histories()), m_asOf, m_window->settings());
    QVERIFY(scores);
    QCOMPARE(scores->rfm.segments.size(), reference->segments.size());
    QCOMPARE(scores->rfm.customers.front().segment, reference->customers.front().segment);
    // And they are stored in the workspace, read back as the same rules
    auto connection = m_test->workspace().connect();
    QVERIFY(connection);
    auto stored = Core::Store::WorkspaceSettings::load(connection->database());
    QVERIFY(stored);
    QCOMPARE(stored.value(), m_window->settings());
    QCOMPARE(stored->rfmUnmatchedSegment, QStringLiteral("Nobody"));
    QCOMPARE(Core::Analysis::rfmSegmentRules(stored.value()), expected);

    // The Settings dialog leaves the rules alone when other settings change
    QSignalSpy appliedAgain(m_window.get(), &Ui::MainWindow::settingsApplied);
    m_window->findChild<QAction *>(QStringLiteral("settingsAction"))->trigger();
    auto *settings = m_window->findChild<Ui::SettingsDialog *>();
    QVERIFY(settings);
    settings->findChild<QDoubleSpinBox *>(QStringLiteral("margin"))->setValue(50);
    settings->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QVERIFY(appliedAgain.wait(10000));
    QCOMPARE(m_window->settings().margin, 0.5);
    QCOMPARE(Core::Analysis::rfmSegmentRules(m_window->settings()), expected);
    QCOMPARE(m_window->settings().rfmUnmatchedSegment, QStringLiteral("Nobody"));
}

void TestSegmentRules::shouldChangeNothingOnCancel()
{
    openDemo();
    auto *page = visitSegments();
    QVERIFY(page);
    const Core::Store::WorkspaceSettings before = m_window->settings();
    const int rows = page->segmentModel()->rowCount();
    QSignalSpy edited(page, &Ui::SegmentsPage::settingsEdited);
    QPointer<Ui::SegmentRulesDialog> dialog = page->editRules();
    dialog->findChild<QPushButton *>(QStringLiteral("packageRulesButton"))->click();
    editBound(dialog->view(), 0, SegmentRulesModel::FrequencyLow, 1);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    QTRY_VERIFY(dialog.isNull());  // closed and deleted
    QCOMPARE(edited.count(), 0);
    QCOMPARE(m_window->settings(), before);
    QCOMPARE(page->segmentModel()->rowCount(), rows);
    // OK without a change stores nothing either
    dialog = page->editRules();
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(edited.count(), 0);
    auto connection = m_test->workspace().connect();
    QVERIFY(connection);
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE 'rfm.%'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestSegmentRules::shouldOpenAWorkspaceWithUnreadableRules()
{
    openDemo({QStringLiteral("INSERT INTO settings VALUES ('rfm.segment_rules', 'Top,5,9,1,5')")});
    // The workspace opens, says why its rules are not used, and shows the default grid
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("default rules are used")),
             qPrintable(m_window->statusBar()->currentMessage()));
    auto *page = visitSegments();
    QVERIFY(page);
    QCOMPARE(page->segmentModel()->rowCount(), 10);
    QCOMPARE(page->segmentModel()->index(0, 0).data().toString(), QStringLiteral("Hibernating"));
    // and the editor starts from the default rules
    Ui::SegmentRulesDialog *dialog = page->editRules();
    QCOMPARE(dialog->rules(), Core::Analysis::defaultRfmSegmentRules());
    dialog->reject();
}

QTEST_MAIN(TestSegmentRules)
#include "tst_segmentrules.moc"
