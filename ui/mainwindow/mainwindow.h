#pragma once

#include "pages/analysisfilter.h"
#include "report/campaignreview.h"
#include "workspacetasks.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace Crm::Ui {

class FilterBar;
class HistoryCache;
class OverviewPage;
class Page;
class TaskProgressWidget;

// The application window. Without a workspace it shows a welcome page (open the demo,
// open or create a workspace, recent files); with one, a sidebar of pages that all read
// the filters of the filter bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace in the background; errors are shown in a message box.
    void openWorkspace(const QString &path);
    void openDemoWorkspace();
    // Opens a dropped or given file: a workspace, or a spreadsheet to import.
    void openFile(const QString &path);
    // Starts the import wizard on `path` (may be empty: the wizard asks for a file).
    void importSpreadsheet(const QString &path);

    QString workspacePath() const { return m_workspacePath; }
    AnalysisFilter filter() const;

    // The pages of the sidebar, in order; and switching between them.
    QList<Page *> pages() const { return m_pageList; }
    template<typename T>
    T *page() const
    {
        for (Page *candidate : m_pageList) {
            if (auto *typed = qobject_cast<T *>(candidate)) {
                return typed;
            }
        }
        return nullptr;
    }
    void showPage(Page *page);
    FilterBar *filterBar() const { return m_filterBar; }
    // The open workspace's analysis settings, as every page and the review use them.
    const Core::Store::WorkspaceSettings &settings() const { return m_settings; }
    // Opens the Settings dialog (window-modal, non-blocking).
    void showSettings();
    // Stores `settings` in the workspace on a worker, then reloads every page with them.
    void applySettings(const Core::Store::WorkspaceSettings &settings);
    TaskProgressWidget *taskProgress() const { return m_progress; }

    // Where "Open demo workspace" keeps its file.
    static QString demoWorkspacePath();

Q_SIGNALS:
    // Emitted on the GUI thread once a workspace is shown (or failed to open).
    void workspaceLoaded(const QString &path, bool ok);
    // Emitted once new settings are stored (ok) or could not be (the error was shown).
    void settingsApplied(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createLanguageMenu();
    void setLanguage(const QString &language);
    void exportReviewPdf();
    void printReview();
    Core::Report::CampaignReviewRequest reviewRequest() const;
    void createPages();
    void addPage(Page *page);
    QWidget *createWelcomePage();
    QWidget *createWorkspaceView();
    void chooseWorkspaceToOpen();
    void chooseWorkspaceToCreate();
    void runWorkspaceTask(QFuture<WorkspaceSnapshot> future, const QString &description, bool cancellable);
    void showSnapshot(const WorkspaceSnapshot &snapshot);
    void applyFilter(const AnalysisFilter &filter);
    void refreshRecentWorkspaces();

    QStackedWidget *m_stack = nullptr;
    QListWidget *m_recentList = nullptr;
    QMenu *m_recentMenu = nullptr;
    QListWidget *m_sidebar = nullptr;
    QStackedWidget *m_pageStack = nullptr;
    QList<Page *> m_pageList;
    OverviewPage *m_overview = nullptr;
    FilterBar *m_filterBar = nullptr;
    QToolBar *m_filterToolBar = nullptr;
    QLabel *m_statusWorkspace = nullptr;
    TaskProgressWidget *m_progress = nullptr;
    QList<QAction *> m_workspaceActions;
    QList<QAction *> m_languageActions;  // data(): "" (system default), "en", "zh_CN", "zh_TW"
    std::shared_ptr<HistoryCache> m_histories;
    Core::Store::WorkspaceSettings m_settings;
    QDate m_defaultAsOf;  // the day after the workspace's last order
    QString m_workspacePath;
    bool m_busy = false;
};

}  // namespace Crm::Ui
