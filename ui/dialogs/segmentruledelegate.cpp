#include "segmentruledelegate.h"

#include "segmentrulesmodel.h"

#include <QSpinBox>

namespace Crm::Ui {

namespace {

bool isBoundColumn(int column)
{
    return column >= SegmentRulesModel::RecencyLow && column <= SegmentRulesModel::MonetaryHigh;
}

}  // namespace

SegmentRuleDelegate::SegmentRuleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *SegmentRuleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                           const QModelIndex &index) const
{
    if (!isBoundColumn(index.column())) {
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(QStringLiteral("scoreSpinBox"));
    spin->setRange(1, 5);
    spin->setAlignment(Qt::AlignCenter);
    spin->setFrame(false);
    return spin;
}

void SegmentRuleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor); spin && isBoundColumn(index.column())) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SegmentRuleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *spin = qobject_cast<QSpinBox *>(editor); spin && isBoundColumn(index.column())) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

}  // namespace Crm::Ui
