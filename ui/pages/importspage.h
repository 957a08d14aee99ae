#pragma once

#include "page.h"

class QPushButton;
class QTableView;

namespace Crm::Ui {

class DataTableModel;

// Import history with provenance (file, sheet, hash, counts), the rejected rows of the
// selected import, and undo of an import.
class ImportsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportsPage)

public:
    explicit ImportsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Imports"); }

    DataTableModel *historyModel() const { return m_history; }
    DataTableModel *rejectsModel() const { return m_rejects; }
    QTableView *historyView() const { return m_historyView; }
    // Undoes the import after the user confirmed (tests call it directly).
    void undoImport(qint64 importId);

Q_SIGNALS:
    // An import was undone: the workspace data changed.
    void workspaceChanged();
    void rejectsShown(qint64 importId);

protected:
    void reload() override;

private:
    qint64 selectedImport() const;
    void showRejects(qint64 importId);
    void confirmUndo();

    DataTableModel *m_history;
    DataTableModel *m_rejects;
    QTableView *m_historyView;
    QPushButton *m_undo;
};

}  // namespace Crm::Ui
