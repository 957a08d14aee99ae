#include "importwizard.h"

#include "importwizardpage.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

#include <QtConcurrent/QtConcurrentRun>

namespace Crm::Ui {

using namespace Crm::Core::Import;

namespace {

constexpr int kNotMapped = -1;

QString kindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Orders:
        return ImportWizard::tr("Orders");
    case ImportKind::Customers:
        return ImportWizard::tr("Customers");
    case ImportKind::Campaigns:
        return ImportWizard::tr("Campaigns");
    case ImportKind::Contacts:
        return ImportWizard::tr("Campaign contacts");
    }
    return {};
}

QString fieldLabel(const QString &name)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("order_id"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Order ID")},
        {QStringLiteral("customer_id"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Customer ID")},
        {QStringLiteral("ordered_at"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Order date")},
        {QStringLiteral("amount"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Amount")},
        {QStringLiteral("channel"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Channel")},
        {QStringLiteral("store"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Store")},
        {QStringLiteral("campaign_id"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Campaign ID")},
        {QStringLiteral("points_earned"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Points earned")},
        {QStringLiteral("points_redeemed"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Points redeemed")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Status")},
        {QStringLiteral("sku"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "SKU")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Product")},
        {QStringLiteral("quantity"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Quantity")},
        {QStringLiteral("unit_price"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Unit price")},
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Name")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Phone")},
        {QStringLiteral("email"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Email")},
        {QStringLiteral("city"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "City")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Gender")},
        {QStringLiteral("birthday"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Birthday")},
        {QStringLiteral("signup_at"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Sign-up date")},
        {QStringLiteral("tier"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Tier")},
        {QStringLiteral("points_balance"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Points balance")},
        {QStringLiteral("start_date"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Start date")},
        {QStringLiteral("end_date"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "End date")},
        {QStringLiteral("cost"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Cost")},
        {QStringLiteral("target"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Target")},
        {QStringLiteral("contacted_at"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Contacted at")},
        {QStringLiteral("group"), QT_TRANSLATE_NOOP("Crm::Ui::ImportWizard", "Group (treatment/control)")},
    };
    if (const char *label = labels.value(name)) {
        return ImportWizard::tr(label);
    }
    QString text = name;
    text.replace(u'_', u' ');
    if (!text.isEmpty()) {
        text[0] = text[0].toUpper();
    }
    return text;
}

// Money in minor units as the workspace stores it, shown with two decimals.
QString moneyText(qint64 minor)
{
    const QLocale locale;
    const qint64 absolute = minor < 0 ? -minor : minor;
    const QString cents = QStringLiteral("%1").arg(absolute % 100, 2, 10, QChar(u'0'));
    const QString text = QString(locale.toString(absolute / 100) + locale.decimalPoint() + cents);
    return minor < 0 ? QString(locale.negativeSign() + text) : text;
}

// A cell as the reader typed it.
QString sourceCellText(const QVariant &cell)
{
    const QLocale locale;
    switch (cell.typeId()) {
    case QMetaType::Double:
        return locale.toString(cell.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QMetaType::Bool:
        return cell.toBool() ? ImportWizard::tr("TRUE") : ImportWizard::tr("FALSE");
    case QMetaType::QDate:
        return cell.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return cell.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    default:
        break;
    }
    if (cell.canConvert<CellError>() && cell.userType() == qMetaTypeId<CellError>()) {
        return cell.value<CellError>().code;
    }
    return cell.toString();
}

// A converted value as it will be stored.
QString storedText(const QVariant &value, ValueType type)
{
    if (value.isNull()) {
        return {};
    }
    switch (type) {
    case ValueType::Money:
        return moneyText(value.toLongLong());
    case ValueType::Integer:
        return QLocale().toString(value.toLongLong());
    case ValueType::Number:
        return QLocale().toString(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case ValueType::DateTime:
        return value.toString().replace(u'T', u' ');
    default:
        return value.toString();
    }
}

QTableWidget *createTable(const QString &objectName)
{
    auto *table = new QTableWidget;
    table->setObjectName(objectName);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    return table;
}

QLabel *createWrappingLabel(const QString &objectName)
{
    auto *label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString errorHtml(const QString &message)
{
    return QStringLiteral("<span style=\"color:#c62828\"><b>%1</b></span>").arg(message.toHtmlEscaped());
}

void fillRejects(QTableWidget *table, const QList<RowReject> &rejects)
{
    table->setRowCount(int(rejects.size()));
    for (int i = 0; i < rejects.size(); ++i) {
        const RowReject &reject = rejects[i];
        auto *rowItem = new QTableWidgetItem(QLocale().toString(reject.row));
        rowItem->setData(Qt::UserRole, reject.row);
        table->setItem(i, 0, rowItem);
        table->setItem(i, 1, new QTableWidgetItem(reject.column));
        table->setItem(i, 2, new QTableWidgetItem(reject.reason));
        auto *raw = new QTableWidgetItem(QString(reject.raw).replace(u'\t', QStringLiteral(" | ")));
        table->setItem(i, 3, raw);
    }
    table->resizeColumnsToContents();
}

void setupRejectTable(QTableWidget *table)
{
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({ImportWizard::tr("Row"), ImportWizard::tr("Column"), ImportWizard::tr("Reason"),
                                      ImportWizard::tr("Row content")});
}

}  // namespace

ImportWizard::ImportWizard(const QString &workspacePath, const QString &filePath, QWidget *parent)
    : QWizard(parent)
    , m_workspacePath(workspacePath)
    , m_filePath(filePath)
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a spreadsheet"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    // The result page has its own "Cancel import" button; afterwards only Finish makes sense.
    setOption(QWizard::NoCancelButtonOnLastPage);
    setOption(QWizard::HaveHelpButton, false);
    setAcceptDrops(true);
    setMinimumSize(760, 560);

    setPage(FilePage, createFilePage());
    setPage(SourcePage, createSourcePage());
    setPage(PreviewPage, createPreviewPage());
    setPage(MappingPage, createMappingPage());
    setPage(ValidationPage, createValidationPage());
    setPage(ResultPage, createResultPage());
    setStartId(filePath.isEmpty() ? FilePage : SourcePage);

    m_progressTimer->setInterval(100);
    connect(m_progressTimer, &QTimer::timeout, this, &ImportWizard::updateProgress);
    connect(&m_inspectionWatcher, &QFutureWatcherBase::finished, this, &ImportWizard::showInspection);
    connect(&m_validationWatcher, &QFutureWatcherBase::finished, this, &ImportWizard::showValidation);
    connect(&m_importWatcher, &QFutureWatcherBase::finished, this, [this] {
        m_progressTimer->stop();
        m_importProgress->setVisible(false);
        m_importCancel->setVisible(false);
        const ImportOutcome outcome = m_importWatcher.result();
        if (!outcome.error.isEmpty()) {
            m_resultPage->setTitle(outcome.cancelled ? tr("Import cancelled") : tr("Import failed"));
            m_resultStatus->setText(outcome.cancelled
                                        ? tr("The import was cancelled. Nothing was written to the workspace.")
                                        : QString(errorHtml(outcome.error) + QStringLiteral("<p>")
                                                  + tr("Nothing was written to the workspace.").toHtmlEscaped()));
            m_resultPage->setComplete(true);
            Q_EMIT importFinished(false);
            return;
        }
        const ImportSummary &summary = outcome.summary;
        const QLocale locale;
        m_importId = summary.importId;
        m_resultPage->setTitle(tr("Import finished"));
        QString text = QStringLiteral("<p><b>%1</b></p><ul><li>%2</li>")
                           .arg(tr("%1 rows imported from %2.")
                                    .arg(locale.toString(summary.rowsImported), QFileInfo(summary.file).fileName())
                                    .toHtmlEscaped(),
                                tr("%1 rows rejected (listed below and on the Imports page)")
                                    .arg(locale.toString(summary.rowsRejected))
                                    .toHtmlEscaped());
        if (summary.rowsSkipped > 0) {
            text += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1 blank or summary lines skipped")
                                 .arg(locale.toString(summary.rowsSkipped))
                                 .toHtmlEscaped());
        }
        if (summary.ordersWritten > 0 && summary.itemsWritten > 0) {
            text += QStringLiteral("<li>%1</li>")
                        .arg(tr("%1 orders with %2 product lines")
                                 .arg(locale.toString(summary.ordersWritten), locale.toString(summary.itemsWritten))
                                 .toHtmlEscaped());
        }
        text += QStringLiteral("</ul>");
        if (!summary.warnings.isEmpty()) {
            text += QStringLiteral("<p>%1</p><ul>").arg(tr("Warnings:").toHtmlEscaped());
            for (const QString &warning : summary.warnings) {
                text += QStringLiteral("<li>%1</li>").arg(warning.toHtmlEscaped());
            }
            text += QStringLiteral("</ul>");
        }
        m_resultStatus->setText(text);
        fillRejects(m_resultRejects, summary.firstRejects);
        m_resultRejects->setVisible(!summary.firstRejects.isEmpty());
        m_resultPage->setComplete(true);
        Q_EMIT importFinished(true);
        Q_EMIT imported(summary.importId);
    });
}

ImportWizard::~ImportWizard()
{
    // Workers stop at their next progress report; wait so none outlives the wizard.
    cancelWork();
    m_inspectionWatcher.waitForFinished();
    m_validationWatcher.waitForFinished();
    m_importWatcher.waitForFinished();
}

void ImportWizard::setFilePath(const QString &path)
{
    m_filePath = path;
    m_chosenSheet.clear();
    if (m_fileEdit) {
        m_fileEdit->setText(QDir::toNativeSeparators(path));
    }
}

bool ImportWizard::isBusy() const
{
    return m_inspectionWatcher.isRunning() || m_validationWatcher.isRunning() || m_importWatcher.isRunning();
}

void ImportWizard::cancelWork()
{
    if (m_task) {
        m_task->cancel = true;
    }
}

void ImportWizard::reject()
{
    // Cancel while importing stops the worker first; the result page then says so.
    if (m_importWatcher.isRunning()) {
        cancelWork();
        return;
    }
    cancelWork();
    QWizard::reject();
}

void ImportWizard::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!isBusy() && currentId() != ResultPage && urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
    }
}

void ImportWizard::dropEvent(QDropEvent *event)
{
    setFilePath(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
    // Straight to the sheet and format of the dropped file, which starts reading it.
    setStartId(SourcePage);
    restart();
}

ReadOptions ImportWizard::readOptions() const
{
    ReadOptions options;
    options.sheet = m_chosenSheet;
    if (m_encodingCombo && m_inspection.isText()) {
        options.encoding = m_encodingCombo->currentData().toString();
        options.delimiter = m_delimiterCombo->currentData().toString().at(0);
        if (options.delimiter == u'a') {  // "auto"
            options.delimiter = QChar();
        }
    }
    return options;
}

// ---- File ---------------------------------------------------------------------------------

ImportWizardPage *ImportWizard::createFilePage()
{
    auto *page = new ImportWizardPage;
    page->setTitle(tr("Choose a file"));
    page->setSubTitle(tr("Excel workbooks (.xlsx, .xls) and text files (.csv, .txt) exported by shop systems, "
                         "POS or CRM. You can also drop a file onto this window."));
    m_fileEdit = new QLineEdit(QDir::toNativeSeparators(m_filePath));
    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setAccessibleName(tr("File to import"));
    auto *choose = new QPushButton(tr("Choose…"));
    choose->setObjectName(QStringLiteral("chooseButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_fileEdit, 1);
    row->addWidget(choose);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addStretch();
    const auto update = [this, page] {
        m_filePath = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
        page->setComplete(!m_filePath.isEmpty());
    };
    connect(m_fileEdit, &QLineEdit::textChanged, page, update);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import a spreadsheet"), QFileInfo(m_filePath).absolutePath(),
            tr("Spreadsheets and text files (*.xlsx *.xlsm *.xls *.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty()) {
            setFilePath(path);
        }
    });
    update();
    return page;
}

// ---- Sheet / text format ----------------------------------------------------------------

ImportWizardPage *ImportWizard::createSourcePage()
{
    auto *page = new ImportWizardPage;
    m_sourcePage = page;
    page->setTitle(tr("Sheet and format"));
    m_sourceStatus = createWrappingLabel(QStringLiteral("sourceStatus"));
    m_sheetLabel = new QLabel(tr("Sheet to import:"));
    m_sheetList = new QListWidget;
    m_sheetList->setObjectName(QStringLiteral("sheetList"));
    m_sheetList->setAccessibleName(tr("Sheets of the workbook"));

    m_textOptions = new QWidget;
    auto *form = new QFormLayout(m_textOptions);
    form->setContentsMargins(0, 0, 0, 0);
    m_encodingCombo = new QComboBox;
    m_encodingCombo->setObjectName(QStringLiteral("encodingCombo"));
    m_encodingCombo->addItem(tr("auto"), QStringLiteral("auto"));
    for (const char *codec : {"UTF-8", "GB18030", "Big5", "UTF-16LE", "UTF-16BE", "Shift_JIS", "windows-1252"}) {
        m_encodingCombo->addItem(QString::fromLatin1(codec), QString::fromLatin1(codec));
    }
    m_delimiterCombo = new QComboBox;
    m_delimiterCombo->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiterCombo->addItem(tr("auto"), QStringLiteral("auto"));
    m_delimiterCombo->addItem(tr("Comma  ,"), QStringLiteral(","));
    m_delimiterCombo->addItem(tr("Semicolon  ;"), QStringLiteral(";"));
    m_delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiterCombo->addItem(tr("Vertical bar  |"), QStringLiteral("|"));
    form->addRow(tr("&Encoding:"), m_encodingCombo);
    form->addRow(tr("&Delimiter:"), m_delimiterCombo);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_sourceStatus);
    layout->addWidget(m_sheetLabel);
    layout->addWidget(m_sheetList, 1);
    layout->addWidget(m_textOptions);
    layout->addStretch();

    connect(page, &ImportWizardPage::entered, this, [this] {
        m_chosenSheet.clear();
        m_encodingCombo->setCurrentIndex(0);
        m_delimiterCombo->setCurrentIndex(0);
        startInspection();
    });
    connect(m_sheetList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->text() != m_inspection.currentSheet && !m_sheetList->signalsBlocked()) {
            m_chosenSheet = item->data(Qt::UserRole).toString();
            startInspection();
        }
    });
    for (QComboBox *combo : {m_encodingCombo, m_delimiterCombo}) {
        connect(combo, &QComboBox::activated, this, &ImportWizard::startInspection);
    }
    return page;
}

void ImportWizard::startInspection()
{
    cancelWork();
    m_sourcePage->setComplete(false);
    m_sourcePage->setSubTitle(QDir::toNativeSeparators(m_filePath));
    m_sourceStatus->setText(tr("Reading the first rows…"));
    const int generation = ++m_inspectionGeneration;
    const QString path = m_filePath;
    const ReadOptions options = readOptions();
    // A finished-but-stale watcher result is dropped by the generation check.
    m_inspectionWatcher.setProperty("generation", generation);
    const QString workspace = m_workspacePath;
    m_inspectionWatcher.setFuture(
        QtConcurrent::run([path, options, workspace] { return inspectFile(path, options, workspace); }));
}

void ImportWizard::showInspection()
{
    if (m_inspectionWatcher.property("generation").toInt() != m_inspectionGeneration) {
        return;
    }
    m_inspection = m_inspectionWatcher.result();
    if (!m_inspection.error.isEmpty()) {
        m_sourceStatus->setText(errorHtml(m_inspection.error));
        m_sheetLabel->hide();
        m_sheetList->hide();
        m_textOptions->setVisible(m_encodingCombo->currentIndex() > 0 || m_delimiterCombo->currentIndex() > 0);
        m_sourcePage->setComplete(false);
        Q_EMIT inspectionFinished();
        return;
    }
    m_mapping = m_inspection.mapping;
    showSourceControls();
    m_sourcePage->setComplete(true);
    Q_EMIT inspectionFinished();
}

void ImportWizard::showSourceControls()
{
    const QLocale locale;
    QString status = m_inspection.formatDescription.toHtmlEscaped();
    if (m_inspection.headerIndex >= 0) {
        status += QStringLiteral("<br>")
            + tr("Header found in row %1.")
                  .arg(locale.toString(m_inspection.rows.at(m_inspection.headerIndex).number))
                  .toHtmlEscaped();
    } else {
        status += QStringLiteral("<br>") + tr("No header row found; columns are numbered.").toHtmlEscaped();
    }
    m_sourceStatus->setText(status);

    const bool workbook = !m_inspection.isText();
    m_sheetLabel->setVisible(workbook);
    m_sheetList->setVisible(workbook);
    m_textOptions->setVisible(!workbook);
    if (workbook) {
        const QSignalBlocker blocker(m_sheetList);
        m_sheetList->clear();
        for (const SheetInfo &sheet : std::as_const(m_inspection.sheets)) {
            QString text = sheet.name;
            if (sheet.chart) {
                text = tr("%1 (chart sheet, no data)").arg(sheet.name);
            } else if (sheet.hidden) {
                text = tr("%1 (hidden)").arg(sheet.name);
            }
            auto *item = new QListWidgetItem(text, m_sheetList);
            item->setData(Qt::UserRole, sheet.name);
            if (sheet.chart || sheet.hidden) {
                item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            }
            if (sheet.name == m_inspection.currentSheet) {
                m_sheetList->setCurrentItem(item);
            }
        }
        return;
    }
    m_encodingCombo->setItemText(0, tr("auto: %1").arg(m_inspection.encoding));
    const QString delimiter = m_inspection.delimiter == u'\t' ? tr("Tab") : QString(m_inspection.delimiter);
    m_delimiterCombo->setItemText(0, tr("auto: %1").arg(delimiter));
}

// ---- Preview ------------------------------------------------------------------------------

ImportWizardPage *ImportWizard::createPreviewPage()
{
    auto *page = new ImportWizardPage;
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("The first rows as they were read. The highlighted row holds the column titles; "
                         "grey rows above it are skipped."));
    m_previewInfo = createWrappingLabel(QStringLiteral("previewInfo"));
    m_previewTable = createTable(QStringLiteral("previewTable"));
    m_warningList = new QListWidget;
    m_warningList->setObjectName(QStringLiteral("warningList"));
    m_warningList->setMaximumHeight(90);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_previewInfo);
    layout->addWidget(m_previewTable, 1);
    layout->addWidget(m_warningList);
    connect(page, &ImportWizardPage::entered, this, &ImportWizard::fillPreview);
    page->setComplete(true);
    return page;
}

void ImportWizard::fillPreview()
{
    const QList<SourceRow> &rows = m_inspection.rows;
    const int columns = int(m_inspection.headers.size());
    m_previewTable->clear();
    m_previewTable->setColumnCount(columns + 1);
    QStringList labels {tr("Row")};
    for (int c = 0; c < columns; ++c) {
        labels << QString::number(c + 1);
    }
    m_previewTable->setHorizontalHeaderLabels(labels);
    m_previewTable->setRowCount(int(rows.size()));
    const QPalette palette = m_previewTable->palette();
    for (int r = 0; r < rows.size(); ++r) {
        const bool header = r == m_inspection.headerIndex;
        const bool preamble = r < m_inspection.headerIndex;
        auto *number = new QTableWidgetItem(QLocale().toString(rows[r].number));
        number->setForeground(palette.color(QPalette::PlaceholderText));
        m_previewTable->setItem(r, 0, number);
        for (int c = 0; c < rows[r].cells.size() && c < columns; ++c) {
            const QVariant &cell = rows[r].cells[c];
            auto *item = new QTableWidgetItem(sourceCellText(cell));
            const int type = cell.typeId();
            if (!header && (type == QMetaType::Double || type == QMetaType::QDate || type == QMetaType::QDateTime)) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                item->setToolTip(type == QMetaType::Double ? tr("Number") : tr("Date"));
            }
            if (header) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
                item->setBackground(palette.color(QPalette::Highlight));
                item->setForeground(palette.color(QPalette::HighlightedText));
            } else if (preamble) {
                item->setForeground(palette.color(QPalette::PlaceholderText));
            }
            m_previewTable->setItem(r, c + 1, item);
        }
    }
    m_previewTable->resizeColumnsToContents();
    for (int c = 1; c <= columns; ++c) {
        m_previewTable->setColumnWidth(c, qMin(m_previewTable->columnWidth(c), 240));
    }
    if (m_inspection.headerIndex > 2) {
        // After the layout: long preambles (WeChat, Alipay) would otherwise hide the table.
        QTimer::singleShot(0, m_previewTable, [this] {
            m_previewTable->scrollToItem(m_previewTable->item(m_inspection.headerIndex - 1, 0),
                                         QAbstractItemView::PositionAtTop);
        });
    }
    m_previewInfo->setText(tr("Sheet or file: %1 — the first %2 data rows.")
                               .arg(m_inspection.currentSheet, QLocale().toString(m_inspection.previewRows().size())));
    m_warningList->clear();
    for (const ReadWarning &warning : std::as_const(m_inspection.warnings)) {
        m_warningList->addItem(warning.row > 0 ? tr("Row %1: %2").arg(QLocale().toString(warning.row), warning.detail)
                                               : warning.detail);
    }
    m_warningList->setVisible(m_warningList->count() > 0);
}

// ---- Mapping ------------------------------------------------------------------------------

ImportWizardPage *ImportWizard::createMappingPage()
{
    auto *page = new ImportWizardPage;
    m_mappingPage = page;
    page->setTitle(tr("Columns"));
    page->setSubTitle(tr("Which column holds which information. Fields marked * are required."));
    m_kindCombo = new QComboBox;
    m_kindCombo->setObjectName(QStringLiteral("kindCombo"));
    for (ImportKind kind : allKinds()) {
        m_kindCombo->addItem(kindLabel(kind), int(kind));
    }
    auto *kindRow = new QFormLayout;
    kindRow->addRow(tr("The file holds:"), m_kindCombo);

    auto *fields = new QWidget;
    m_fieldForm = new QFormLayout(fields);
    m_mappingStatus = createWrappingLabel(QStringLiteral("mappingStatus"));
    m_unmappedLabel = createWrappingLabel(QStringLiteral("unmappedColumns"));
    m_storedTable = createTable(QStringLiteral("storedPreview"));

    auto *left = new QVBoxLayout;
    left->addLayout(kindRow);
    left->addWidget(fields);
    left->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("How the first rows will be stored:")));
    right->addWidget(m_storedTable, 1);
    right->addWidget(m_unmappedLabel);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left);
    columns->addLayout(right, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columns, 1);
    layout->addWidget(m_mappingStatus);

    connect(page, &ImportWizardPage::entered, this, [this] {
        const QSignalBlocker blocker(m_kindCombo);
        m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(m_mapping.kind)));
        rebuildMappingForm();
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { setKind(ImportKind(m_kindCombo->currentData().toInt())); });
    return page;
}

void ImportWizard::setKind(ImportKind kind)
{
    // Back to the detected kind: its mapping again (a saved profile's, say).
    m_mapping = kind == m_inspection.mapping.kind && m_inspection.kindDetected ? m_inspection.mapping
                                                                               : mapHeaders(m_inspection.headers, kind);
    const QSignalBlocker blocker(m_kindCombo);
    m_kindCombo->setCurrentIndex(m_kindCombo->findData(int(kind)));
    rebuildMappingForm();
}

void ImportWizard::setFieldColumn(const QString &field, int column)
{
    // A column feeds one field only, as in the loader's overrides.
    for (auto it = m_mapping.columns.begin(); it != m_mapping.columns.end();) {
        it = (column >= 0 && it.value() == column) || it.key() == field ? m_mapping.columns.erase(it) : std::next(it);
    }
    if (column >= 0) {
        m_mapping.columns.insert(field, column);
    }
    rebuildMappingForm();
}

void ImportWizard::rebuildMappingForm()
{
    while (m_fieldForm->rowCount() > 0) {
        m_fieldForm->removeRow(0);
    }
    const QStringList &headers = m_inspection.headers;
    for (const FieldSpec &field : fieldsFor(m_mapping.kind)) {
        auto *combo = new QComboBox;
        combo->setObjectName(QString(QStringLiteral("field_") + field.name));
        combo->addItem(tr("(not in the file)"), kNotMapped);
        for (int c = 0; c < headers.size(); ++c) {
            combo->addItem(tr("%1: %2").arg(c + 1).arg(headers[c]), c);
        }
        combo->setCurrentIndex(combo->findData(m_mapping.column(field.name)));
        const QString label = field.required ? tr("%1 *").arg(fieldLabel(field.name)) : fieldLabel(field.name);
        combo->setAccessibleName(fieldLabel(field.name));
        combo->setToolTip(field.name);
        m_fieldForm->addRow(label, combo);
        const QString name = field.name;
        connect(combo, &QComboBox::activated, this, [this, name, combo] {
            const int column = combo->currentData().toInt();
            // Deferred: rebuilding deletes the combo box whose signal is being delivered.
            QTimer::singleShot(0, this, [this, name, column] { setFieldColumn(name, column); });
        });
    }
    updateMappingState();
}

void ImportWizard::updateMappingState()
{
    QStringList unmapped;
    for (int c = 0; c < m_inspection.headers.size(); ++c) {
        if (std::find(m_mapping.columns.cbegin(), m_mapping.columns.cend(), c) == m_mapping.columns.cend()) {
            unmapped << m_inspection.headers[c];
        }
    }
    m_unmappedLabel->setText(unmapped.isEmpty()
                                 ? tr("Every column is used.")
                                 : tr("Columns not imported: %1").arg(unmapped.join(QStringLiteral(", "))));
    QStringList missing;
    for (const QString &name : missingFields(m_mapping)) {
        missing << fieldLabel(name);
    }
    if (!missing.isEmpty()) {
        m_mappingStatus->setText(errorHtml(tr("Choose a column for: %1").arg(missing.join(QStringLiteral(", ")))));
    } else if (m_mapping.kind == ImportKind::Orders && m_mapping.isLineLevel()) {
        m_mappingStatus->setText(tr("Rows are product lines; they are folded into orders (amount = quantity × "
                                    "unit price when there is no amount column)."));
    } else if (m_inspection.mappingSource == MappingSource::Profile && m_mapping.kind == m_inspection.mapping.kind
               && m_mapping.columns == m_inspection.mapping.columns) {
        m_mappingStatus->setText(tr("Filled in from the mapping you confirmed for a file with the same columns."));
    } else if (m_inspection.mappingSource == MappingSource::Values && m_mapping.kind == m_inspection.mapping.kind
               && m_mapping.columns == m_inspection.mapping.columns) {
        m_mappingStatus->setText(tr("No header row names the fields; the columns were chosen from their values. "
                                    "Check them before importing."));
    } else {
        m_mappingStatus->clear();
    }
    m_mappingPage->setComplete(missing.isEmpty());
    fillStoredPreview();
}

void ImportWizard::fillStoredPreview()
{
    // Converts the rows already in memory: no file access on the GUI thread.
    QList<FieldSpec> shown;
    for (const FieldSpec &field : fieldsFor(m_mapping.kind)) {
        if (m_mapping.has(field.name)) {
            shown << field;
        }
    }
    m_storedTable->clear();
    m_storedTable->setColumnCount(int(shown.size()) + 1);
    QStringList labels {tr("Row")};
    for (const FieldSpec &field : shown) {
        labels << fieldLabel(field.name);
    }
    m_storedTable->setHorizontalHeaderLabels(labels);
    if (!missingFields(m_mapping).isEmpty()) {
        m_storedTable->setRowCount(0);
        return;
    }
    ConversionOptions options;
    options.decimal = m_inspection.decimal;
    RowConverter converter(m_mapping, options);
    converter.learn(m_inspection.learnRows);
    const QList<SourceRow> rows = m_inspection.previewRows();
    m_storedTable->setRowCount(int(rows.size()));
    const QColor rejectColor(0xc6, 0x28, 0x28);
    ConvertedRow converted;
    RowReject reject;
    for (int r = 0; r < rows.size(); ++r) {
        m_storedTable->setItem(r, 0, new QTableWidgetItem(QLocale().toString(rows[r].number)));
        if (!converter.convert(rows[r], converted, reject)) {
            auto *item = new QTableWidgetItem(reject.column.isEmpty() ? reject.reason
                                                                      : tr("%1: %2").arg(reject.column, reject.reason));
            item->setForeground(rejectColor);
            m_storedTable->setItem(r, 1, item);
            m_storedTable->setSpan(r, 1, 1, qMax(1, int(shown.size())));
            continue;
        }
        for (int f = 0; f < shown.size(); ++f) {
            const int index = converter.fieldIndex(shown[f].name);
            auto *item = new QTableWidgetItem(storedText(converted.values.value(index), shown[f].type));
            if (shown[f].type == ValueType::Money || shown[f].type == ValueType::Integer
                || shown[f].type == ValueType::Number) {
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
            m_storedTable->setItem(r, f + 1, item);
        }
    }
    m_storedTable->resizeColumnsToContents();
    for (int c = 1; c < m_storedTable->columnCount(); ++c) {
        m_storedTable->setColumnWidth(c, qMin(m_storedTable->columnWidth(c), 200));
    }
}

// ---- Validation ---------------------------------------------------------------------------

ImportWizardPage *ImportWizard::createValidationPage()
{
    auto *page = new ImportWizardPage;
    m_validationPage = page;
    page->setTitle(tr("Check"));
    page->setSubTitle(tr("Every row of the file is checked with this mapping. Nothing is written yet."));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_validationProgress = new QProgressBar;
    m_validationProgress->setObjectName(QStringLiteral("validationProgress"));
    m_validationCancel = new QPushButton(tr("Cancel check"));
    m_validationCancel->setObjectName(QStringLiteral("validationCancel"));
    m_validationStatus = createWrappingLabel(QStringLiteral("validationStatus"));
    m_rejectTable = createTable(QStringLiteral("validationRejects"));
    setupRejectTable(m_rejectTable);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_validationProgress, 1);
    progressRow->addWidget(m_validationCancel);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(progressRow);
    layout->addWidget(m_validationStatus);
    layout->addWidget(m_rejectTable, 1);
    layout->addStretch();  // keeps the summary at the top while the table is hidden
    connect(page, &ImportWizardPage::entered, this, &ImportWizard::startValidation);
    connect(m_validationCancel, &QPushButton::clicked, this, &ImportWizard::cancelWork);
    return page;
}

void ImportWizard::startValidation()
{
    cancelWork();
    m_validationPage->setComplete(false);
    m_validationProgress->setVisible(true);
    m_validationProgress->setRange(0, 0);
    m_validationCancel->setVisible(true);
    m_validationStatus->setText(tr("Checking %1…").arg(QFileInfo(m_filePath).fileName()));
    m_rejectTable->setRowCount(0);
    m_rejectTable->hide();
    m_task = std::make_shared<ImportTaskState>();
    const auto task = m_task;
    const QString path = m_filePath;
    const ReadOptions options = readOptions();
    const qint64 headerRow = m_inspection.headerRowNumber();
    const ColumnMapping mapping = m_mapping;
    const QChar decimal = m_inspection.decimal;
    m_validationWatcher.setFuture(
        QtConcurrent::run([=] { return validateFile(path, options, headerRow, mapping, decimal, task->sink()); }));
    m_progressTimer->start();
}

void ImportWizard::showValidation()
{
    m_progressTimer->stop();
    m_validationProgress->setVisible(false);
    m_validationCancel->setVisible(false);
    m_validation = m_validationWatcher.result();
    if (!m_validation.error.isEmpty()) {
        m_validationStatus->setText(m_validation.cancelled
                                        ? tr("The check was cancelled. Go back and forth to run it again.")
                                        : errorHtml(m_validation.error));
        Q_EMIT validationFinished();
        return;
    }
    const QLocale locale;
    const ValidationResult &v = m_validation;
    QString text = QStringLiteral("<p><b>%1</b></p><ul><li>%2</li>")
                       .arg(tr("%1 of %2 rows can be imported.")
                                .arg(locale.toString(v.rowsValid), locale.toString(v.rowsRead))
                                .toHtmlEscaped(),
                            tr("%1 rows would be rejected").arg(locale.toString(v.rowsRejected)).toHtmlEscaped());
    if (v.rowsSkipped > 0) {
        text += QStringLiteral("<li>%1</li>")
                    .arg(tr("%1 blank or summary lines skipped").arg(locale.toString(v.rowsSkipped)).toHtmlEscaped());
    }
    text += QStringLiteral("</ul>");
    for (const QString &note : v.notes) {
        text += QStringLiteral("<p>%1</p>").arg(note.toHtmlEscaped());
    }
    const bool mostFail = v.rowsRead > 0 && v.rowsRejected * 2 > v.rowsRead;
    if (v.rowsValid == 0 || mostFail) {
        text += errorHtml(tr("Most rows cannot be read with this mapping; the import would be refused. "
                             "Go back and check the columns."));
    } else {
        text
            += QStringLiteral("<p>%1</p>")
                   .arg(tr("Duplicates of rows already in the workspace are found during the import.").toHtmlEscaped());
    }
    m_validationStatus->setText(text);
    fillRejects(m_rejectTable, v.firstRejects);
    m_rejectTable->setVisible(!v.firstRejects.isEmpty());
    m_validationPage->setComplete(v.rowsValid > 0 && !mostFail);
    Q_EMIT validationFinished();
}

void ImportWizard::updateProgress()
{
    if (!m_task) {
        return;
    }
    QProgressBar *bar = currentId() == ResultPage ? m_importProgress : m_validationProgress;
    const qint64 total = m_task->total;
    if (total <= 0) {
        bar->setRange(0, 0);
        return;
    }
    bar->setRange(0, 1000);
    const qint64 done = m_task->done.load();
    bar->setValue(int(std::clamp<qint64>(done * 1000 / total, 0, 1000)));
}

// ---- Import -------------------------------------------------------------------------------

ImportWizardPage *ImportWizard::createResultPage()
{
    auto *page = new ImportWizardPage;
    m_resultPage = page;
    page->setTitle(tr("Importing"));
    page->setFinalPage(true);
    m_importProgress = new QProgressBar;
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importCancel = new QPushButton(tr("Cancel import"));
    m_importCancel->setObjectName(QStringLiteral("importCancel"));
    m_resultStatus = createWrappingLabel(QStringLiteral("resultStatus"));
    m_resultRejects = createTable(QStringLiteral("resultRejects"));
    setupRejectTable(m_resultRejects);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_importProgress, 1);
    progressRow->addWidget(m_importCancel);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(progressRow);
    layout->addWidget(m_resultStatus);
    layout->addWidget(m_resultRejects, 1);
    layout->addStretch();
    connect(page, &ImportWizardPage::entered, this, &ImportWizard::startImport);
    connect(m_importCancel, &QPushButton::clicked, this, &ImportWizard::cancelWork);
    return page;
}

void ImportWizard::startImport()
{
    m_resultPage->setComplete(false);
    m_resultPage->setTitle(tr("Importing"));
    m_importProgress->setVisible(true);
    m_importProgress->setRange(0, 0);
    m_importCancel->setVisible(true);
    m_resultRejects->hide();
    m_resultStatus->setText(tr("Importing %1 into the workspace…").arg(QFileInfo(m_filePath).fileName()));
    m_task = std::make_shared<ImportTaskState>();
    const auto task = m_task;
    const QString workspace = m_workspacePath;
    const ImportRequest request = importRequest(m_filePath, readOptions(), m_mapping);
    m_importWatcher.setFuture(QtConcurrent::run([=] { return runImport(workspace, request, task->sink()); }));
    m_progressTimer->start();
}

}  // namespace Crm::Ui
