#include "mainwindow.h"

#include "recentworkspaces.h"
#include "store/workspace.h"
#include "widgets/taskprogresswidget.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Crm::Ui {

namespace {

enum Page { WelcomePage = 0, WorkspacePage = 1 };

QString workspaceFilter()
{
    return MainWindow::tr("CRM workspaces (*.%1)").arg(Core::Store::Workspace::fileSuffix());
}

}  // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("CRM Workbench"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(createWelcomePage());
    m_pages->addWidget(createWorkspacePage());
    setCentralWidget(m_pages);

    m_statusWorkspace = new QLabel(tr("No workspace open"), this);
    statusBar()->addWidget(m_statusWorkspace, 1);
    m_progress = new TaskProgressWidget(this);
    statusBar()->addPermanentWidget(m_progress);

    createActions();
    refreshRecentWorkspaces();
    resize(960, 640);
}

MainWindow::~MainWindow() = default;

QString MainWindow::demoWorkspacePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.") + Core::Store::Workspace::fileSuffix());
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newAction = fileMenu->addAction(tr("&New Workspace…"), this, &MainWindow::chooseWorkspaceToCreate);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = fileMenu->addAction(tr("&Open Workspace…"), this, &MainWindow::chooseWorkspaceToOpen);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = fileMenu->addMenu(tr("Open &Recent"));
    fileMenu->addAction(tr("Open &Demo Workspace"), this, &MainWindow::openDemoWorkspace);
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About CRM Workbench"), this, [this] {
        QMessageBox::about(this, tr("About CRM Workbench"),
                           tr("<h3>CRM Workbench %1</h3><p>Customer segmentation, retention, campaign ROI and "
                              "lifetime value for marketing teams. Your data stays on this computer.</p>")
                               .arg(QStringLiteral(CRM_VERSION)));
    });
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
    connect(m_recentList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { openWorkspace(item->data(Qt::UserRole).toString()); });

    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addSpacing(24);
    layout->addWidget(new QLabel(tr("<b>Recent workspaces</b>"), page));
    layout->addWidget(m_recentList, 1);
    return page;
}

QWidget *MainWindow::createWorkspacePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(48, 40, 48, 40);
    m_workspaceTitle = new QLabel(page);
    m_countsTable = new QTableWidget(0, 2, page);
    m_countsTable->setObjectName(QStringLiteral("rowCounts"));
    m_countsTable->setHorizontalHeaderLabels({tr("Table"), tr("Rows")});
    m_countsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_countsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_countsTable->verticalHeader()->hide();
    m_countsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countsTable->setSelectionMode(QAbstractItemView::NoSelection);
    m_countsTable->setMaximumWidth(520);
    layout->addWidget(m_workspaceTitle);
    layout->addWidget(m_countsTable, 1, Qt::AlignLeft);
    return page;
}

QString MainWindow::tableTitle(const QString &table) const
{
    static const QHash<QString, const char *> titles {
        {QStringLiteral("customers"), QT_TR_NOOP("Customers")},
        {QStringLiteral("orders"), QT_TR_NOOP("Orders and returns")},
        {QStringLiteral("order_items"), QT_TR_NOOP("Order lines")},
        {QStringLiteral("campaigns"), QT_TR_NOOP("Campaigns")},
        {QStringLiteral("campaign_contacts"), QT_TR_NOOP("Campaign contacts")},
        {QStringLiteral("imports"), QT_TR_NOOP("Imports")},
        {QStringLiteral("import_rejects"), QT_TR_NOOP("Rejected rows")},
    };
    const auto it = titles.constFind(table);
    return it == titles.constEnd() ? table : tr(it.value());
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
    m_workspacePath = snapshot.path;
    RecentWorkspaces().add(snapshot.path);
    refreshRecentWorkspaces();
    const QString name = QFileInfo(snapshot.path).fileName();
    setWindowTitle(tr("%1 — CRM Workbench").arg(name));
    m_workspaceTitle->setText(tr("<h2>%1</h2><p>What this workspace holds:</p>").arg(name.toHtmlEscaped()));
    m_statusWorkspace->setText(QDir::toNativeSeparators(snapshot.path));
    m_countsTable->setRowCount(int(snapshot.rowCounts.size()));
    const QLocale locale;
    for (int row = 0; row < snapshot.rowCounts.size(); ++row) {
        const auto &[table, count] = snapshot.rowCounts.at(row);
        m_countsTable->setItem(row, 0, new QTableWidgetItem(tableTitle(table)));
        auto *countItem = new QTableWidgetItem(locale.toString(count));
        countItem->setData(Qt::UserRole, count);
        countItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_countsTable->setItem(row, 1, countItem);
    }
    m_pages->setCurrentIndex(WorkspacePage);
    Q_EMIT workspaceLoaded(snapshot.path, true);
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

}  // namespace Crm::Ui
