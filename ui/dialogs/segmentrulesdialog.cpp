#include "segmentrulesdialog.h"

#include "report/campaignreview.h"
#include "segmentruledelegate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Crm::Ui {

namespace Analysis = Core::Analysis;

SegmentRulesDialog::SegmentRulesDialog(const std::vector<Analysis::RfmSegmentRule> &rules,
                                       const QString &unmatchedSegment, std::shared_ptr<const RfmCellCounts> counts,
                                       QWidget *parent)
    : QDialog(parent)
    , m_model(new SegmentRulesModel(this))
    , m_view(new QTableView(this))
    , m_unmatched(new QLineEdit(this))
    , m_unmatchedCount(new QLabel(this))
    , m_problems(new QLabel(this))
    , m_warnings(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Segment Rules"));
    setObjectName(QStringLiteral("segmentRulesDialog"));
    m_model->setCellCounts(std::move(counts));
    m_model->setRules(rules);

    auto *intro = new QLabel(tr("Each customer joins the segment of the first rule whose score ranges contain the "
                                "customer's recency, frequency and monetary scores (1-5, 5 = best). Rules with the "
                                "same name form one segment."),
                             this);
    intro->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("segmentRulesTable"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SegmentRuleDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(SegmentRulesModel::Name, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Segment rules"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SegmentRulesDialog::updateState);

    m_unmatched->setObjectName(QStringLiteral("unmatchedSegmentEdit"));
    m_unmatched->setText(Core::Report::segmentDisplayName(unmatchedSegment));
    m_unmatched->setAccessibleName(tr("Segment of customers no rule catches"));
    connect(m_unmatched, &QLineEdit::textChanged, this, &SegmentRulesDialog::updateState);
    auto *unmatchedRow = new QHBoxLayout;
    unmatchedRow->addWidget(m_unmatched, 1);
    unmatchedRow->addWidget(m_unmatchedCount);
    auto *form = new QFormLayout;
    form->addRow(tr("Customers no rule catches:"), unmatchedRow);

    m_problems->setObjectName(QStringLiteral("segmentRuleProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    const bool dark = palette().color(QPalette::Window).lightnessF() < 0.5;
    QPalette error = m_problems->palette();
    error.setColor(QPalette::WindowText, dark ? QColor(255, 140, 130) : QColor(178, 34, 34));
    m_problems->setPalette(error);
    m_problems->setAccessibleName(tr("Problems with the segment rules"));
    m_warnings->setObjectName(QStringLiteral("segmentRuleWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);
    QPalette warning = m_warnings->palette();
    warning.setColor(QPalette::WindowText, dark ? QColor(240, 190, 90) : QColor(140, 90, 0));
    m_warnings->setPalette(warning);
    m_warnings->setAccessibleName(tr("Warnings about the segment rules"));

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_model, &SegmentRulesModel::rulesChanged, this, &SegmentRulesDialog::updateState);

    auto *table = new QHBoxLayout;
    table->addWidget(m_view, 1);
    table->addWidget(createButtons());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_warnings);
    layout->addWidget(m_buttons);
    resize(820, 520);
    updateState();
}

QWidget *SegmentRulesDialog::createButtons()
{
    auto *box = new QWidget(this);
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const QString &objectName, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, box);
        b->setObjectName(objectName);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        column->addWidget(b);
        return b;
    };
    connect(button(QStringLiteral("addRuleButton"), tr("Add"), tr("Add a rule below the selected one")),
            &QPushButton::clicked, this, &SegmentRulesDialog::addRule);
    m_remove = button(QStringLiteral("removeRuleButton"), tr("Remove"), tr("Remove the selected rule"));
    connect(m_remove, &QPushButton::clicked, this, &SegmentRulesDialog::removeRule);
    m_up = button(QStringLiteral("moveRuleUpButton"), tr("Move Up"), tr("Match the selected rule earlier"));
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    m_down = button(QStringLiteral("moveRuleDownButton"), tr("Move Down"), tr("Match the selected rule later"));
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    column->addStretch(1);
    const QString others = Analysis::RfmRequest().unmatchedSegment;
    connect(button(QStringLiteral("defaultRulesButton"), tr("Reset to Default"),
                   tr("The common R × F grid: Champions, Loyal, … Hibernating")),
            &QPushButton::clicked, this, [this, others] {
                m_model->setRules(Analysis::defaultRfmSegmentRules());
                m_unmatched->setText(Core::Report::segmentDisplayName(others));
            });
    connect(button(QStringLiteral("packageRulesButton"), tr("R Package Rules"),
                   tr("The rule table of the R package rfm, with monetary ranges; other customers are \"Others\"")),
            &QPushButton::clicked, this, [this, others] {
                m_model->setRules(Analysis::rfmPackageSegmentRules());
                m_unmatched->setText(Core::Report::segmentDisplayName(others));
            });
    return box;
}

QString SegmentRulesDialog::unmatchedSegment() const
{
    return SegmentRulesModel::machineName(m_unmatched->text());
}

QStringList SegmentRulesDialog::problems() const
{
    QStringList problems = m_model->errors();
    if (unmatchedSegment().isEmpty()) {
        problems << tr("Name the segment of customers no rule catches.");
    }
    return problems;
}

bool SegmentRulesDialog::canAccept() const
{
    return problems().isEmpty();
}

void SegmentRulesDialog::addRule()
{
    const QModelIndex current = m_view->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_model->rowCount();
    if (m_model->insertRow(row)) {
        m_view->setCurrentIndex(m_model->index(row, SegmentRulesModel::Name));
        m_view->edit(m_view->currentIndex());
    }
}

void SegmentRulesDialog::removeRule()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int row = current.row();
    m_model->removeRow(row);
    if (m_model->rowCount() > 0) {
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), SegmentRulesModel::Name));
    }
}

void SegmentRulesDialog::moveRule(int by)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        return;
    }
    const int row = current.row();
    const int target = row + by;
    if (target < 0 || target >= m_model->rowCount()) {
        return;
    }
    // moveRows takes the row to insert before, counted before the move.
    if (m_model->moveRow({}, row, {}, by < 0 ? target : target + 1)) {
        m_view->setCurrentIndex(m_model->index(target, current.column()));
    }
}

void SegmentRulesDialog::updateState()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_unmatchedCount->setVisible(m_model->hasCellCounts());
    m_unmatchedCount->setText(tr("%Ln customer(s)", nullptr, int(m_model->unmatchedCustomers())));
    const QStringList errors = problems();
    m_problems->setText(errors.join(QLatin1Char('\n')));
    m_problems->setVisible(!errors.isEmpty());
    const QStringList notes = warnings();
    m_warnings->setText(notes.join(QLatin1Char('\n')));
    m_warnings->setVisible(!notes.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
}

}  // namespace Crm::Ui
