#include "tableviewexport.h"

#include "export/filenames.h"
#include "roles.h"
#include "tasks/task.h"

#include <QAction>
#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QProgressDialog>
#include <QTableView>
#include <QTimer>

#include <memory>

namespace Crm::Ui {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Ui::TableExport)
};

using Core::Report::DataColumn;
using Type = DataColumn::Type;

constexpr int kRowsPerSlice = 10000;

struct ColumnPlan
{
    int logical = 0;
    DataColumn column;
    QString header;
    bool displayText = false;  // the model has no raw values here: export what is shown
};

Type typeOfValue(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::QDate:
        return Type::Date;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return Type::Integer;
    case QMetaType::Double:
    case QMetaType::Float:
        return Type::Real;
    default:
        return Type::Text;
    }
}

QList<ColumnPlan> planColumns(const QTableView &view)
{
    QList<ColumnPlan> plan;
    const QAbstractItemModel *model = view.model();
    if (!model) {
        return plan;
    }
    const QHeaderView *header = view.horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical < 0 || header->isSectionHidden(logical) || view.isColumnHidden(logical)) {
            continue;
        }
        ColumnPlan column;
        column.logical = logical;
        column.header = model->headerData(logical, Qt::Horizontal, Qt::DisplayRole).toString();
        const QString name = model->headerData(logical, Qt::Horizontal, RawValueRole).toString();
        column.column.name = name.isEmpty() ? column.header : name;
        const QVariant declared = model->headerData(logical, Qt::Horizontal, ColumnTypeRole);
        const QVariant first = model->rowCount() > 0 ? model->index(0, logical).data(RawValueRole) : QVariant();
        if (declared.isValid()) {
            column.column.type = Type(declared.toInt());
        } else {
            // Without a declared type: the first value's, or the display text when the
            // model has no raw values at all.
            column.displayText = model->rowCount() > 0 && !first.isValid();
            column.column.type = column.displayText ? Type::Text : typeOfValue(first);
        }
        plan << column;
    }
    return plan;
}

QVariantList readRow(const QAbstractItemModel &model, int row, const QList<ColumnPlan> &plan)
{
    QVariantList values;
    values.reserve(plan.size());
    for (const ColumnPlan &column : plan) {
        const QModelIndex index = model.index(row, column.logical);
        if (column.displayText) {
            values << index.data(Qt::DisplayRole).toString();
            continue;
        }
        QVariant value = index.data(RawValueRole);
        if (column.column.type == Type::Text && value.isValid() && !value.isNull()) {
            value = value.toString();
        } else if (column.column.type == Type::Date && value.typeId() == QMetaType::QDateTime) {
            value = value.toDateTime().date();
        }
        values << value;
    }
    return values;
}

ShownTable emptyShownTable(const QList<ColumnPlan> &plan)
{
    ShownTable shown;
    for (const ColumnPlan &column : plan) {
        shown.table.columns << column.column;
        shown.headers << column.header;
    }
    return shown;
}

// Reads a view's rows slice by slice from the event loop, then writes on a worker.
class TableExportJob final : public QObject
{
public:
    TableExportJob(QTableView *view, QString path, std::function<void(Core::VoidResult)> done)
        : QObject(view)
        , m_view(view)
        , m_path(std::move(path))
        , m_done(std::move(done))
        , m_plan(planColumns(*view))
        , m_shown(emptyShownTable(m_plan))
        , m_rows(view->model()->rowCount())
    {
        QAbstractItemModel *model = view->model();
        connect(model, &QAbstractItemModel::modelReset, this, [this] { m_modelChanged = true; });
        connect(model, &QAbstractItemModel::layoutChanged, this, [this] { m_modelChanged = true; });
        connect(model, &QAbstractItemModel::rowsInserted, this, [this] { m_modelChanged = true; });
        connect(model, &QAbstractItemModel::rowsRemoved, this, [this] { m_modelChanged = true; });
        m_progress = new QProgressDialog(Text::tr("Exporting the table…"), Text::tr("Cancel"), 0, 1000, view);
        m_progress->setWindowTitle(Text::tr("Export Table"));
        m_progress->setMinimumDuration(400);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        m_shown.table.rows.reserve(m_rows);
    }

    ~TableExportJob() override { delete m_progress.data(); }

    void start()
    {
        QTimer::singleShot(0, this, [this] { readSlice(); });
    }

private:
    void readSlice()
    {
        if (m_progress->wasCanceled()) {
            finish(Core::makeError(Core::Error::Code::Cancelled,
                                   Text::tr("The export was cancelled; nothing was written.")));
            return;
        }
        if (m_modelChanged) {
            finish(Core::makeError(Core::Error::Code::Cancelled,
                                   Text::tr("The table changed while it was being exported; nothing was written.")));
            return;
        }
        const QAbstractItemModel &model = *m_view->model();
        const int end = std::min(m_rows, m_next + kRowsPerSlice);
        for (; m_next < end; ++m_next) {
            m_shown.table.rows << readRow(model, m_next, m_plan);
        }
        // Reading is the first half of the bar, writing the second.
        m_progress->setValue(m_rows > 0 ? int(500LL * m_next / m_rows) : 500);
        if (m_next < m_rows) {
            QTimer::singleShot(0, this, [this] { readSlice(); });
            return;
        }
        Core::Report::ExportOptions options;
        options.headers = m_shown.headers;
        auto *watcher = new QFutureWatcher<Core::VoidResult>(this);
        connect(watcher, &QFutureWatcherBase::progressValueChanged, this,
                [this](int value) { m_progress->setValue(500 + value / 2); });
        connect(m_progress, &QProgressDialog::canceled, watcher, [watcher] { watcher->cancel(); });
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            if (watcher->isCanceled() || watcher->future().resultCount() == 0) {
                finish(Core::makeError(Core::Error::Code::Cancelled,
                                       Text::tr("The export was cancelled; nothing was written.")));
            } else {
                finish(watcher->result());
            }
        });
        watcher->setFuture(Core::Tasks::run(
            [table = std::move(m_shown.table), path = m_path, options](const Core::ProgressSink &progress) {
                return Core::Report::exportTable(path, table, options, progress);
            }));
    }

    void finish(Core::VoidResult result)
    {
        m_progress->hide();
        if (m_done) {
            m_done(std::move(result));
        }
        deleteLater();
    }

    QPointer<QTableView> m_view;
    QString m_path;
    std::function<void(Core::VoidResult)> m_done;
    QList<ColumnPlan> m_plan;
    ShownTable m_shown;
    int m_rows = 0;
    int m_next = 0;
    bool m_modelChanged = false;
    QPointer<QProgressDialog> m_progress;  // a child of the view, like this job
};

QString suggestedName(const QString &base)
{
    return suggestedFileName(base, Text::tr("Table")) + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate);
}

}  // namespace

ShownTable shownTable(const QTableView &view)
{
    const QList<ColumnPlan> plan = planColumns(view);
    ShownTable shown = emptyShownTable(plan);
    if (const QAbstractItemModel *model = view.model()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            shown.table.rows << readRow(*model, row, plan);
        }
    }
    return shown;
}

Core::VoidResult exportTableView(const QTableView &view, const QString &path,
                                 const Core::Report::ExportOptions &options)
{
    const ShownTable shown = shownTable(view);
    Core::Report::ExportOptions withHeaders = options;
    withHeaders.headers = shown.headers;
    return Core::Report::exportTable(path, shown.table, withHeaders);
}

void startTableExport(QTableView *view, const QString &path, std::function<void(Core::VoidResult)> done)
{
    if (!view->model()) {
        if (done) {
            done(Core::makeError(Core::Error::Code::BadUsage, Text::tr("There is no table to export.")));
        }
        return;
    }
    (new TableExportJob(view, path, std::move(done)))->start();
}

void installTableExport(QTableView *view, const QString &fileBaseName)
{
    auto *action = new QAction(Text::tr("Export Table…"), view);
    action->setToolTip(Text::tr("Save the rows shown, as sorted and filtered, as CSV or Excel"));
    action->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QObject::connect(action, &QAction::triggered, view, [view, fileBaseName] {
        QString filter;
        const QString csv = Text::tr("CSV, UTF-8 (*.csv)");
        const QString xlsx = Text::tr("Excel workbook (*.xlsx)");
        QString path = QFileDialog::getSaveFileName(view, Text::tr("Export Table"),
                                                    suggestedName(fileBaseName) + QStringLiteral(".xlsx"),
                                                    xlsx + QStringLiteral(";;") + csv, &filter);
        if (path.isEmpty()) {
            return;
        }
        if (!Core::Report::exportFormatForPath(path)) {
            path += filter == csv ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
        }
        QPointer<QTableView> guard(view);
        startTableExport(view, path, [guard](const Core::VoidResult &result) {
            if (!result && guard && result.error().code != Core::Error::Code::Cancelled) {
                QMessageBox::warning(guard, Text::tr("Export Table"), result.error().message);
            }
        });
    });
    view->addAction(action);
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
}

}  // namespace Crm::Ui
