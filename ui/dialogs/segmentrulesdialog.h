#pragma once

#include "segmentrulesmodel.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Crm::Ui {

// Edits the RFM segment rule table of a workspace: rules in matching order (add, remove,
// move, the default grid or the R package's table as a start), the name of the segment no
// rule catches, and, from the customers the Segments page already scored, how many each
// rule would catch. Problems are listed as the user edits; OK stays disabled while a rule
// cannot be used. The caller stores the result.
class SegmentRulesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentRulesDialog)

public:
    // counts may be null (nothing scored yet): the Customers column stays empty then.
    SegmentRulesDialog(const std::vector<Core::Analysis::RfmSegmentRule> &rules, const QString &unmatchedSegment,
                       std::shared_ptr<const RfmCellCounts> counts, QWidget *parent = nullptr);

    std::vector<Core::Analysis::RfmSegmentRule> rules() const { return m_model->rules(); }
    // Machine name: a default segment's translated name is that segment.
    QString unmatchedSegment() const;

    SegmentRulesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Errors (they disable OK) and warnings as the dialog lists them now.
    QStringList problems() const;
    QStringList warnings() const { return m_model->warnings(); }
    bool canAccept() const;

private:
    QWidget *createButtons();
    void addRule();
    void removeRule();
    void moveRule(int by);
    void updateState();

    SegmentRulesModel *m_model;
    QTableView *m_view;
    QLineEdit *m_unmatched;
    QLabel *m_unmatchedCount;
    QLabel *m_problems;  // errors: OK is disabled
    QLabel *m_warnings;  // the rules still work
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QDialogButtonBox *m_buttons;
};

}  // namespace Crm::Ui
