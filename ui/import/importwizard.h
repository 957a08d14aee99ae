#pragma once

#include "importinspection.h"

#include <QFutureWatcher>
#include <QWizard>

#include <memory>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

namespace Crm::Ui {

class ImportWizardPage;

// Guides a user from a spreadsheet to rows in the workspace: file, sheet or text format,
// preview as parsed, column mapping, a dry run over the whole file, then the import. Files
// and the database are only touched on workers; the wizard can be shown with open().
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, SourcePage, PreviewPage, MappingPage, ValidationPage, ResultPage };

    ImportWizard(const QString &workspacePath, const QString &filePath, QWidget *parent = nullptr);
    ~ImportWizard() override;

    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    const FileInspection &inspection() const { return m_inspection; }
    // The mapping the user confirmed (or the automatic one).
    const Core::Import::ColumnMapping &mapping() const { return m_mapping; }
    // Maps `field` of the current kind to a 0-based column, or unmaps it with -1.
    void setFieldColumn(const QString &field, int column);
    void setKind(Core::Import::ImportKind kind);
    const ValidationResult &validation() const { return m_validation; }
    // Whether a worker (inspection, validation or import) is running.
    bool isBusy() const;
    qint64 importId() const { return m_importId; }

Q_SIGNALS:
    void imported(qint64 importId);
    // A worker finished (for tests and the main window's status bar).
    void inspectionFinished();
    void validationFinished();
    void importFinished(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void reject() override;

private:
    ImportWizardPage *createFilePage();
    ImportWizardPage *createSourcePage();
    ImportWizardPage *createPreviewPage();
    ImportWizardPage *createMappingPage();
    ImportWizardPage *createValidationPage();
    ImportWizardPage *createResultPage();

    void startInspection();
    void showInspection();
    void showSourceControls();
    void fillPreview();
    void rebuildMappingForm();
    void updateMappingState();
    void fillStoredPreview();
    void startValidation();
    void showValidation();
    void startImport();
    void cancelWork();
    void updateProgress();
    Core::Import::ReadOptions readOptions() const;

    QString m_workspacePath;
    QString m_filePath;
    QString m_chosenSheet;
    FileInspection m_inspection;
    Core::Import::ColumnMapping m_mapping;
    ValidationResult m_validation;
    qint64 m_importId = 0;
    int m_inspectionGeneration = 0;
    std::shared_ptr<ImportTaskState> m_task;

    QFutureWatcher<FileInspection> m_inspectionWatcher;
    QFutureWatcher<ValidationResult> m_validationWatcher;
    QFutureWatcher<ImportOutcome> m_importWatcher;
    QTimer *m_progressTimer = nullptr;

    // File page
    QLineEdit *m_fileEdit = nullptr;
    // Source page
    ImportWizardPage *m_sourcePage = nullptr;
    QLabel *m_sourceStatus = nullptr;
    QListWidget *m_sheetList = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QWidget *m_textOptions = nullptr;
    QComboBox *m_encodingCombo = nullptr;
    QComboBox *m_delimiterCombo = nullptr;
    // Preview page
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_previewInfo = nullptr;
    QListWidget *m_warningList = nullptr;
    // Mapping page
    ImportWizardPage *m_mappingPage = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QFormLayout *m_fieldForm = nullptr;
    QLabel *m_mappingStatus = nullptr;
    QLabel *m_unmappedLabel = nullptr;
    QTableWidget *m_storedTable = nullptr;
    // Validation page
    ImportWizardPage *m_validationPage = nullptr;
    QProgressBar *m_validationProgress = nullptr;
    QPushButton *m_validationCancel = nullptr;
    QLabel *m_validationStatus = nullptr;
    QTableWidget *m_rejectTable = nullptr;
    // Result page
    ImportWizardPage *m_resultPage = nullptr;
    QProgressBar *m_importProgress = nullptr;
    QPushButton *m_importCancel = nullptr;
    QLabel *m_resultStatus = nullptr;
    QTableWidget *m_resultRejects = nullptr;
};

}  // namespace Crm::Ui
