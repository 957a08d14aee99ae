#pragma once

#include "workspacetasks.h"

#include <QMainWindow>

class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTableWidget;

namespace Crm::Ui {

class TaskProgressWidget;

// The application window. Without a workspace it shows a welcome page (open the demo,
// open or create a workspace, recent files); with one, what the workspace holds.
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

    QString workspacePath() const { return m_workspacePath; }

    // Where "Open demo workspace" keeps its file.
    static QString demoWorkspacePath();

Q_SIGNALS:
    // Emitted on the GUI thread once a workspace is shown (or failed to open).
    void workspaceLoaded(const QString &path, bool ok);

private:
    void createActions();
    QWidget *createWelcomePage();
    QWidget *createWorkspacePage();
    void chooseWorkspaceToOpen();
    void chooseWorkspaceToCreate();
    void runWorkspaceTask(QFuture<WorkspaceSnapshot> future, const QString &description, bool cancellable);
    void showSnapshot(const WorkspaceSnapshot &snapshot);
    void refreshRecentWorkspaces();
    QString tableTitle(const QString &table) const;

    QStackedWidget *m_pages = nullptr;
    QListWidget *m_recentList = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_workspaceTitle = nullptr;
    QTableWidget *m_countsTable = nullptr;
    QLabel *m_statusWorkspace = nullptr;
    TaskProgressWidget *m_progress = nullptr;
    QString m_workspacePath;
    bool m_busy = false;
};

}  // namespace Crm::Ui
