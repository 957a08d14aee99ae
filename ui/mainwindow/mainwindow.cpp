#include "mainwindow.h"

#include "analysis/common/analysisparameters.h"
#include "common/translations.h"
#include "dialogs/settingsdialog.h"
#include "filterbar.h"
#include "import/importwizard.h"
#include "pages/campaignspage.h"
#include "pages/clvpage.h"
#include "pages/cohortspage.h"
#include "pages/customerspage.h"
#include "pages/historycache.h"
#include "pages/importspage.h"
#include "pages/lifecyclepage.h"
#include "pages/overviewpage.h"
#include "pages/page.h"
#include "pages/segmentspage.h"
#include "recentworkspaces.h"
#include "report/reportpainter.h"
#include "report/reviewtasks.h"
#include "store/workspace.h"
#include "tables/moneyformat.h"
#include "widgets/taskprogresswidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDir>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace Crm::Ui {

namespace {

enum View { WelcomeView = 0, WorkspaceView = 1 };

QString workspaceFilter()
{
    return MainWindow::tr("CRM workspaces (*.%1)").arg(Core::Store::Workspace::fileSuffix());
}

bool isSpreadsheet(const QString &path)
{
    static const QStringList suffixes {QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("txt"),
                                       QStringLiteral("xlsx"), QStringLiteral("xls")};
    return suffixes.contains(QFileInfo(path).suffix().toLower());
}

}  // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("CRM Workbench"));
    setAcceptDrops(true);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createWelcomePage());
    m_stack->addWidget(createWorkspaceView());
    setCentralWidget(m_stack);

    m_statusWorkspace = new QLabel(tr("No workspace open"), this);
    statusBar()->addWidget(m_statusWorkspace, 1);
    m_progress = new TaskProgressWidget(this);
    statusBar()->addPermanentWidget(m_progress);

    createPages();
    createActions();
    refreshRecentWorkspaces();
    resize(1280, 820);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
}

MainWindow::~MainWindow()
{
    for (Page *page : std::as_const(m_pageList)) {
        page->cancel();
    }
}

QString MainWindow::demoWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.") + Core::Store::Workspace::fileSuffix());
}

AnalysisFilter MainWindow::filter() const
{
    return m_filterBar->filter();
}

void MainWindow::createLanguageMenu()
{
    // The choice is stored and applied at the next start: every page builds its texts once,
    // and a restart is the honest way to switch all of them (and Qt's own dialogs) together.
    QMenu *menu = menuBar()->addMenu(tr("&Language"));
    auto *group = new QActionGroup(menu);
    const QString current = QSettings().value(QStringLiteral("language")).toString();
    const QList<QPair<QString, QString>> languages {
        {QString(), tr("System Default")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("zh_TW"), QStringLiteral("繁體中文")},
    };
    for (const auto &[code, name] : languages) {
        QAction *action = menu->addAction(name);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        group->addAction(action);
        m_languageActions.append(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        setLanguage(action->data().toString());
        QMessageBox::information(this, tr("Language"),
                                 tr("The new language is used from the next start of CRM Workbench."));
    });
}

// Stores the choice for the next start; the menu and the Settings dialog show the same one.
void MainWindow::setLanguage(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), language);
    for (QAction *action : std::as_const(m_languageActions)) {
        action->setChecked(action->data().toString() == language);
    }
}

Core::Report::CampaignReviewRequest MainWindow::reviewRequest() const
{
    Core::Report::CampaignReviewRequest request;
    request.asOf = filter().asOf;
    request.workspaceName = QFileInfo(m_workspacePath).completeBaseName();
    request.language = Core::resolveLanguage(QSettings().value(QStringLiteral("language")).toString());
    request.locale = QLocale();
    request.attributionWindowDays = m_settings.attributionWindowDays;
    request.margin = m_settings.margin;
    request.lifecycle = Core::Analysis::lifecycleRequest(m_settings, request.asOf);
    request.tiers = Core::Analysis::tierRequest(m_settings, request.asOf);
    request.rfm = Core::Analysis::rfmRequest(m_settings, request.asOf);
    return request;
}

void MainWindow::exportReviewPdf()
{
    const QString suggested
        = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(tr("campaign-review.pdf"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export Campaign Review"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QStringLiteral(".pdf");
    }
    auto *watcher = new QFutureWatcher<ReviewBuild>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            statusBar()->showMessage(tr("Cancelled; nothing was changed."), 6000);
            return;
        }
        const ReviewBuild build = watcher->result();
        if (!build.error.isEmpty()) {
            QMessageBox::warning(this, tr("Cannot Export the Review"), build.error);
            return;
        }
        statusBar()->showMessage(tr("Saved the campaign review to %1").arg(QDir::toNativeSeparators(build.pdfPath)),
                                 8000);
    });
    m_progress->track(watcher, tr("Writing the campaign review…"), true);
    watcher->setFuture(buildReviewAsync(m_workspacePath, reviewRequest(), path));
}

void MainWindow::printReview()
{
    // The model is built on a worker; only painting onto the printer happens here, as
    // QPrinter and the preview dialog require.
    auto *watcher = new QFutureWatcher<ReviewBuild>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            return;
        }
        const ReviewBuild build = watcher->result();
        if (!build.document) {
            QMessageBox::warning(this, tr("Cannot Print the Review"), build.error);
            return;
        }
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        // The painter lays pages out in points, as in the PDF it writes.
        printer->setResolution(72);
        const ReportPainter painter(*build.document);
        // Paper follows where the computer is, not the interface language (QLocale() may be
        // the language's own locale, see main()).
        printer->setPageSize(ReportPainter::pageSizeFor(QLocale::system().territory()));
        auto *preview = new QPrintPreviewDialog(printer.get(), this);
        preview->setAttribute(Qt::WA_DeleteOnClose);
        preview->setWindowTitle(tr("Print Campaign Review"));
        connect(preview, &QPrintPreviewDialog::paintRequested, preview, [painter, printer](QPrinter *target) {
            // Counts the pages on this printer first, so the footers say "Page N of M" truly.
            painter.paint(*target);
        });
        preview->open();
    });
    m_progress->track(watcher, tr("Preparing the campaign review…"), true);
    watcher->setFuture(buildReviewAsync(m_workspacePath, reviewRequest()));
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Workspace…"), this, &MainWindow::chooseWorkspaceToCreate);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = fileMenu->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspaceToOpen);
    openAction->setShortcut(QKeySequence::Open);
    QAction *importAction = fileMenu->addAction(tr("&Import Spreadsheet…"), this, [this] { importSpreadsheet({}); });
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setToolTip(tr("Bring customers, orders or campaigns from Excel or CSV into this workspace"));
    m_workspaceActions << importAction;
    fileMenu->addSeparator();
    QAction *exportReview
        = fileMenu->addAction(tr("&Export Campaign Review as PDF…"), this, &MainWindow::exportReviewPdf);
    exportReview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QAction *printAction = fileMenu->addAction(tr("&Print Campaign Review…"), this, &MainWindow::printReview);
    printAction->setShortcut(QKeySequence::Print);
    m_workspaceActions << exportReview << printAction;
    fileMenu->addSeparator();
    QAction *settingsAction = fileMenu->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    // The platform's Preferences key where it has one (Ctrl+, on macOS), else Ctrl+,.
    settingsAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                                     ? QList<QKeySequence> {QKeySequence(Qt::CTRL | Qt::Key_Comma)}
                                     : QKeySequence::keyBindings(QKeySequence::Preferences));
    settingsAction->setToolTip(tr("Tier thresholds, lifecycle rule, attribution window, margin, currency, language"));
    m_workspaceActions << settingsAction;
    fileMenu->addSeparator();
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addAction(tr("Open &Demo Workspace"), this, &MainWindow::openDemoWorkspace);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = viewMenu->addAction(tr("&Refresh"), this, [this] {
        if (!m_workspacePath.isEmpty()) {
            openWorkspace(m_workspacePath);
        }
    });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Reload the workspace and every page (F5)"));
    QAction *clearFilters = viewMenu->addAction(tr("&Clear Filters"), m_filterBar, &FilterBar::clearFilters);
    clearFilters->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *findCustomer = viewMenu->addAction(tr("&Find Customer…"), this, [this] {
        if (auto *customers = page<CustomersPage>()) {
            showPage(customers);
            customers->searchField()->setFocus(Qt::ShortcutFocusReason);
            customers->searchField()->selectAll();
        }
    });
    findCustomer->setObjectName(QStringLiteral("findCustomerAction"));
    findCustomer->setShortcut(QKeySequence::Find);
    m_workspaceActions << findCustomer;
    viewMenu->addSeparator();
    for (int i = 0; i < m_pageList.size(); ++i) {
        Page *page = m_pageList.at(i);
        QAction *action = viewMenu->addAction(page->title(), this, [this, page] { showPage(page); });
        if (i < 9) {
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        }
        m_workspaceActions << action;
    }
    m_workspaceActions << refresh << clearFilters;

    QToolBar *toolBar = addToolBar(tr("Main Toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolBar->setMovable(false);
    toolBar->addAction(openAction);
    toolBar->addAction(importAction);
    toolBar->addAction(refresh);
    // The filters get a row of their own: beside the actions they overflowed behind the
    // toolbar's extension button on a 1280-pixel-wide window, and more so in Chinese.
    addToolBarBreak();
    m_filterToolBar = addToolBar(tr("Filters"));
    m_filterToolBar->setObjectName(QStringLiteral("filterToolBar"));
    m_filterToolBar->setMovable(false);
    m_filterToolBar->addWidget(m_filterBar);

    createLanguageMenu();

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About CRM Workbench"), this, [this] {
        QMessageBox::about(this, tr("About CRM Workbench"),
                           tr("<h3>CRM Workbench %1</h3><p>Customer segmentation, retention, campaign ROI and "
                              "lifetime value for marketing teams. Your data stays on this computer.</p>")
                               .arg(QStringLiteral(CRM_VERSION)));
    });
    for (QAction *action : std::as_const(m_workspaceActions)) {
        action->setEnabled(false);
    }
    m_filterBar->setEnabled(false);
}

void MainWindow::createPages()
{
    m_overview = new OverviewPage(this);
    addPage(m_overview);
    addPage(new CustomersPage(this));
    auto *segments = new SegmentsPage(this);
    connect(segments, &SegmentsPage::settingsEdited, this, &MainWindow::applySettings);
    addPage(segments);
    addPage(new LifecyclePage(this));
    addPage(new CohortsPage(this));
    addPage(new CampaignsPage(this));
    addPage(new ClvPage(this));
    auto *imports = new ImportsPage(this);
    connect(imports, &ImportsPage::workspaceChanged, this, [this] { openWorkspace(m_workspacePath); });
    addPage(imports);
    m_sidebar->setCurrentRow(0);
}

void MainWindow::addPage(Page *page)
{
    page->setTaskView(m_progress);
    connect(page, &Page::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    m_pageList.append(page);
    m_pageStack->addWidget(page);
    auto *item = new QListWidgetItem(page->title(), m_sidebar);
    item->setSizeHint(QSize(0, m_sidebar->fontMetrics().height() * 2 + 4));
}

void MainWindow::showPage(Page *page)
{
    const int index = int(m_pageList.indexOf(page));
    if (index >= 0) {
        m_sidebar->setCurrentRow(index);
    }
}

QWidget *MainWindow::createWelcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 40, 48, 40);
    auto *title = new QLabel(tr("<h1>Welcome to CRM Workbench</h1>"), page);
    auto *intro = new QLabel(tr("Bring your customer, order and campaign spreadsheets into a workspace and see who "
                                "your customers are, who is falling asleep and which campaigns paid off. "
                                "New here? Open the demo workspace: a realistic shop with three years of data."),
                             page);
    intro->setWordWrap(true);
    auto *demoButton = new QPushButton(tr("Open Demo Workspace"), page);
    demoButton->setObjectName(QStringLiteral("openDemoButton"));
    demoButton->setDefault(true);
    auto *openButton = new QPushButton(tr("Open Workspace…"), page);
    auto *newButton = new QPushButton(tr("New Workspace…"), page);
    connect(demoButton, &QPushButton::clicked, this, &MainWindow::openDemoWorkspace);
    connect(openButton, &QPushButton::clicked, this, &MainWindow::chooseWorkspaceToOpen);
    connect(newButton, &QPushButton::clicked, this, &MainWindow::chooseWorkspaceToCreate);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(demoButton);
    buttons->addWidget(openButton);
    buttons->addWidget(newButton);
    buttons->addStretch();

    m_recentList = new QListWidget(page);
    m_recentList->setObjectName(QStringLiteral("recentList"));
    m_recentList->setAccessibleName(tr("Recent workspaces"));
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openWorkspace(item->data(Qt::UserRole).toString()); });

    auto *dropHint = new QLabel(tr("Tip: drop a workspace file anywhere on this window to open it."), page);
    dropHint->setForegroundRole(QPalette::PlaceholderText);

    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(24);
    layout->addWidget(new QLabel(tr("<b>Recent workspaces</b>"), page));
    layout->addWidget(m_recentList, 1);
    layout->addWidget(dropHint);
    return page;
}

QWidget *MainWindow::createWorkspaceView()
{
    auto *view = new QWidget(this);
    m_sidebar = new QListWidget(view);
    m_sidebar->setObjectName(QStringLiteral("pageList"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setFixedWidth(190);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setBackgroundRole(QPalette::Window);
    QFont font = m_sidebar->font();
    font.setPointSizeF(font.pointSizeF() * 1.08);
    m_sidebar->setFont(font);
    m_pageStack = new QStackedWidget(view);
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) {
            m_pageStack->setCurrentIndex(row);
            // Only the user's choice is remembered, not the first page set while building.
            if (m_stack->currentIndex() == WorkspaceView) {
                QSettings().setValue(QStringLiteral("window/page"), row);
            }
        }
    });
    m_filterBar = new FilterBar(this);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    auto *layout = new QHBoxLayout(view);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(m_pageStack, 1);
    return view;
}

void MainWindow::chooseWorkspaceToOpen()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Workspace"), QString(), workspaceFilter());
    if (!path.isEmpty()) {
        openWorkspace(path);
    }
}

void MainWindow::chooseWorkspaceToCreate()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Workspace"), QString(), workspaceFilter());
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + Core::Store::Workspace::fileSuffix();
    }
    // The save dialog has already asked whether to replace an existing file.
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile::remove(path + QLatin1String(suffix));
    }
    runWorkspaceTask(createWorkspaceAsync(path), tr("Creating workspace…"), false);
}

void MainWindow::openWorkspace(const QString &path)
{
    runWorkspaceTask(loadWorkspaceAsync(path), tr("Opening %1…").arg(QFileInfo(path).fileName()), false);
}

void MainWindow::openFile(const QString &path)
{
    if (isSpreadsheet(path)) {
        importSpreadsheet(path);
        return;
    }
    openWorkspace(path);
}

void MainWindow::importSpreadsheet(const QString &path)
{
    if (m_workspacePath.isEmpty()) {
        auto *box = new QMessageBox(
            QMessageBox::Information, tr("Import"),
            tr("Open or create a workspace first, then drop %1 on it.").arg(QFileInfo(path).fileName()),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("importResultBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    auto *wizard = new ImportWizard(m_workspacePath, path, this);
    wizard->setObjectName(QStringLiteral("importWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    // The new rows change every page: reload the workspace (counts, filters, histories).
    connect(wizard, &ImportWizard::imported, this, [this] { openWorkspace(m_workspacePath); });
    wizard->open();
}

void MainWindow::openDemoWorkspace()
{
    const QString path = demoWorkspacePath();
    if (QFileInfo::exists(path)) {
        openWorkspace(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    runWorkspaceTask(createDemoWorkspaceAsync(path, Core::Store::DemoOptions {}), tr("Creating the demo workspace…"),
                     true);
}

void MainWindow::runWorkspaceTask(QFuture<WorkspaceSnapshot> future, const QString &description, bool cancellable)
{
    if (m_busy) {
        statusBar()->showMessage(tr("Please wait until the current task has finished."), 4000);
        future.cancel();
        return;
    }
    m_busy = true;
    auto *watcher = new QFutureWatcher<WorkspaceSnapshot>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_busy = false;
        watcher->deleteLater();
        if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
            statusBar()->showMessage(tr("Cancelled; nothing was changed."), 6000);
            return;
        }
        showSnapshot(watcher->result());
    });
    m_progress->track(watcher, description, cancellable);
    watcher->setFuture(future);
}

void MainWindow::showSnapshot(const WorkspaceSnapshot &snapshot)
{
    if (!snapshot.error.isEmpty()) {
        // Window-modal and non-blocking: the event loop (and any running task) keeps going.
        auto *box
            = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Workspace"), snapshot.error, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("workspaceErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        Q_EMIT workspaceLoaded(snapshot.path, false);
        return;
    }
    const bool sameWorkspace = snapshot.path == m_workspacePath;
    m_workspacePath = snapshot.path;
    RecentWorkspaces().add(snapshot.path);
    refreshRecentWorkspaces();
    const QString name = QFileInfo(snapshot.path).fileName();
    setWindowTitle(tr("%1 — CRM Workbench").arg(name));
    m_statusWorkspace->setText(QDir::toNativeSeparators(snapshot.path));
    m_overview->setRowCounts(snapshot.rowCounts);
    m_settings = snapshot.settings;
    m_defaultAsOf = snapshot.defaultAsOf;
    MoneyFormat::setCurrency(m_settings.currencySymbol, m_settings.currencyCode);
    // Unreadable stored segment rules do not stop the workspace: the default ones are used.
    QString rulesProblem;
    Core::Analysis::rfmSegmentRules(m_settings, &rulesProblem);
    if (!rulesProblem.isEmpty()) {
        statusBar()->showMessage(rulesProblem, 15000);
    }

    // Same workspace (refresh, undo): keep the user's as-of date and filters when still valid.
    const AnalysisFilter previous = m_filterBar->filter();
    m_filterBar->reset(m_settings.initialAsOf(snapshot.defaultAsOf), snapshot.channels, snapshot.cities,
                       snapshot.tiers);
    if (sameWorkspace) {
        m_filterBar->asOfEdit()->setDate(previous.asOf);
    }
    m_filterBar->setEnabled(true);
    for (QAction *action : std::as_const(m_workspaceActions)) {
        action->setEnabled(true);
    }
    m_histories = std::make_shared<HistoryCache>(snapshot.path);
    m_stack->setCurrentIndex(WorkspaceView);
    if (!sameWorkspace) {
        const int page = QSettings().value(QStringLiteral("window/page"), 0).toInt();
        m_sidebar->setCurrentRow(std::clamp(page, 0, int(m_pageList.size()) - 1));
    }
    applyFilter(m_filterBar->filter());
    Q_EMIT workspaceLoaded(snapshot.path, true);
}

void MainWindow::applyFilter(const AnalysisFilter &filter)
{
    if (!m_histories) {
        return;
    }
    const PageContext context {m_workspacePath, filter, m_histories, m_settings};
    for (Page *page : std::as_const(m_pageList)) {
        page->setContext(context);
    }
}

void MainWindow::showSettings()
{
    if (m_workspacePath.isEmpty()) {
        return;
    }
    const QString language = QSettings().value(QStringLiteral("language")).toString();
    auto *dialog = new SettingsDialog(m_settings, language, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog, language] {
        if (dialog->language() != language) {
            setLanguage(dialog->language());
            statusBar()->showMessage(tr("The new language is used from the next start of CRM Workbench."), 8000);
        }
        if (dialog->settings() != m_settings) {
            applySettings(dialog->settings());
        }
    });
    dialog->open();
}

void MainWindow::applySettings(const Core::Store::WorkspaceSettings &settings)
{
    auto *watcher = new QFutureWatcher<QString>(this);
    const QString path = m_workspacePath;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, settings, path] {
        watcher->deleteLater();
        const QString error = watcher->result();
        if (!error.isEmpty() || path != m_workspacePath) {
            if (!error.isEmpty()) {
                auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot Save the Settings"), error,
                                            QMessageBox::Ok, this);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
            }
            Q_EMIT settingsApplied(false);
            return;
        }
        const bool asOfRuleChanged
            = settings.asOfDefault != m_settings.asOfDefault || settings.fixedAsOf != m_settings.fixedAsOf;
        m_settings = settings;
        MoneyFormat::setCurrency(m_settings.currencySymbol, m_settings.currencyCode);
        statusBar()->showMessage(tr("Settings saved; the pages are recalculated."), 6000);
        const QDate asOf = m_settings.initialAsOf(m_defaultAsOf);
        if (asOfRuleChanged && asOf.isValid() && asOf != m_filterBar->filter().asOf) {
            // Emits filterChanged, which gives every page the new settings and date.
            m_filterBar->asOfEdit()->setDate(asOf);
        } else {
            applyFilter(m_filterBar->filter());
        }
        Q_EMIT settingsApplied(true);
    });
    m_progress->track(watcher, tr("Saving the settings…"), false);
    watcher->setFuture(saveSettingsAsync(path, settings));
}

void MainWindow::refreshRecentWorkspaces()
{
    const QStringList paths = RecentWorkspaces().paths();
    m_recentList->clear();
    m_recentMenu->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName() + QStringLiteral("  —  ")
                                         + QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        item->setData(Qt::UserRole, path);
        m_recentList->addItem(item);
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openWorkspace(path); });
    }
    m_recentMenu->setEnabled(!paths.isEmpty());
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile()) {
        return;
    }
    event->acceptProposedAction();
    openFile(urls.constFirst().toLocalFile());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

}  // namespace Crm::Ui
