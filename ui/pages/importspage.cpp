#include "importspage.h"

#include "import/loader/importer.h"
#include "importhistory.h"
#include "labels.h"
#include "tables/datatablemodel.h"
#include "tables/roles.h"
#include "tables/tableviewexport.h"
#include "tasks/task.h"

#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Crm::Ui {

namespace {

QTableView *makeView(QAbstractItemModel *model, const QString &name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    installTableExport(view, name);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    return view;
}

}  // namespace

ImportsPage::ImportsPage(QWidget *parent)
    : Page(parent)
    , m_history(new DataTableModel(this))
    , m_rejects(new DataTableModel(this))
    , m_historyView(makeView(m_history, tr("Import history"), this))
    , m_undo(new QPushButton(tr("Undo Import…"), this))
{
    m_historyView->setObjectName(QStringLiteral("importHistory"));
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_undo->setEnabled(false);
    m_undo->setToolTip(tr("Remove this import and every row it brought into the workspace"));
    connect(m_undo, &QPushButton::clicked, this, &ImportsPage::confirmUndo);
    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_undo->setEnabled(current.isValid());
                if (current.isValid()) {
                    showRejects(selectedImport());
                }
            });
    connect(m_history, &QAbstractItemModel::modelReset, this, [this] {
        m_undo->setEnabled(false);
        m_rejects->setTable({});
    });

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    auto *header = new QHBoxLayout;
    header->addWidget(new QLabel(tr("<b>Import history</b>"), top), 1);
    header->addWidget(m_undo);
    topLayout->addLayout(header);
    topLayout->addWidget(m_historyView);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(new QLabel(tr("<b>Rejected rows of the selected import</b>"), bottom));
    auto *rejectsView = makeView(m_rejects, tr("Rejected rows"), bottom);
    rejectsView->setObjectName(QStringLiteral("importRejects"));
    bottomLayout->addWidget(rejectsView);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addWidget(splitter);
}

void ImportsPage::reload()
{
    runTask(Core::Tasks::run([path = context().workspacePath](const Core::ProgressSink &) {
                return withDatabase(path, [](QSqlDatabase db) { return loadImportHistory(db); });
            }),
            tr("Loading the import history…"),
            [this](const Core::Report::DataTable &table) { m_history->setTable(table, Labels::columnTitles()); });
}

qint64 ImportsPage::selectedImport() const
{
    const QModelIndex current = m_historyView->currentIndex();
    return current.isValid() ? m_history->index(current.row(), 0).data(RawValueRole).toLongLong() : -1;
}

void ImportsPage::showRejects(qint64 importId)
{
    auto *watcher = new QFutureWatcher<Core::Result<Core::Report::DataTable>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, importId] {
        watcher->deleteLater();
        if (watcher->future().resultCount() == 0 || importId != selectedImport()) {
            return;
        }
        const auto result = watcher->result();
        if (!result) {
            Q_EMIT statusMessage(result.error().describe());
            return;
        }
        m_rejects->setTable(result.value(), Labels::columnTitles());
        Q_EMIT rejectsShown(importId);
    });
    watcher->setFuture(QtConcurrent::run([path = context().workspacePath, importId] {
        return withDatabase(path, [importId](QSqlDatabase db) { return loadImportRejects(db, importId); });
    }));
}

void ImportsPage::confirmUndo()
{
    const qint64 id = selectedImport();
    if (id < 0) {
        return;
    }
    const QString file = m_history->index(m_historyView->currentIndex().row(), 1).data().toString();
    const auto answer = QMessageBox::question(
        this, tr("Undo Import"),
        tr("Remove import %1 (%2) and every customer, order and contact it brought? This cannot be undone.")
            .arg(id)
            .arg(file),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes) {
        undoImport(id);
    }
}

void ImportsPage::undoImport(qint64 importId)
{
    runTask(Core::Tasks::run([path = context().workspacePath, importId](const Core::ProgressSink &) {
                return withDatabase(path, [importId](QSqlDatabase db) -> Core::Result<bool> {
                    if (auto ok = Core::Import::undoImport(db, importId); !ok) {
                        return ok.error();
                    }
                    return true;
                });
            }),
            tr("Undoing import %1…").arg(importId), [this, importId](bool) {
                Q_EMIT statusMessage(tr("Import %1 undone.").arg(importId));
                Q_EMIT workspaceChanged();
            });
}

}  // namespace Crm::Ui
