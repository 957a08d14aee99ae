#pragma once

#include "analysis/rfm/rfm.h"
#include "dialogs/segmentrulesmodel.h"
#include "page.h"
#include "report/datatable.h"

class QComboBox;
class QPushButton;
class QTableView;

namespace Crm::Ui {

class DataTableModel;
class SegmentRulesDialog;

// The tables of the Segments page, built from an RFM Result.
struct SegmentTables
{
    Core::Report::DataTable customersGrid;  // recency score (5 … 1) × frequency score 1 … 5
    Core::Report::DataTable monetaryGrid;  // mean net value per cell
    Core::Report::DataTable segments;  // segment, customers, orders, revenue, aov, share
    std::shared_ptr<const Core::Analysis::RfmResult> result;
    std::shared_ptr<const RfmCellCounts> cellCounts;  // for the rule editor's live counts
};

SegmentTables segmentTables(std::shared_ptr<const Core::Analysis::RfmResult> result);

// The customers of one segment as an exportable table (CSV columns of `crmwb analyze rfm`).
Core::Report::DataTable segmentMembers(const Core::Analysis::RfmResult &result, const QString &segment);

// RFM segments: the R×F grid as a heatmap, the segment table with the share of revenue,
// "Export list…" of the selected segment, and "Edit rules…" for the workspace's segment rules.
class SegmentsPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentsPage)

public:
    explicit SegmentsPage(QWidget *parent = nullptr);

    QString title() const override { return tr("Segments"); }

    DataTableModel *gridModel() const { return m_grid; }
    DataTableModel *segmentModel() const { return m_segments; }
    std::shared_ptr<const Core::Analysis::RfmResult> result() const { return m_tables.result; }
    Core::VoidResult exportSegment(const QString &segment, const QString &path) const;
    // Opens the rule editor (window-modal, non-blocking) on the rules the page shows; OK emits
    // settingsEdited when the rules changed. Returns the dialog, which deletes itself on close.
    SegmentRulesDialog *editRules();

Q_SIGNALS:
    // The workspace settings with edited segment rules; the main window stores them and
    // reloads every page.
    void settingsEdited(const Core::Store::WorkspaceSettings &settings);

protected:
    void reload() override;

private:
    void showGrid();
    QString selectedSegment() const;

    DataTableModel *m_grid;
    DataTableModel *m_segments;
    QComboBox *m_gridMode;
    QTableView *m_segmentView;
    QPushButton *m_export;
    QPushButton *m_editRules;
    SegmentTables m_tables;
};

}  // namespace Crm::Ui
