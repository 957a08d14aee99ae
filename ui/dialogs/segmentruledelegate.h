#pragma once

#include <QStyledItemDelegate>

namespace Crm::Ui {

// Edits the score bounds of SegmentRulesModel with spin boxes limited to 1-5; the name with
// the line edit every text cell gets.
class SegmentRuleDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentRuleDelegate)

public:
    explicit SegmentRuleDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

}  // namespace Crm::Ui
