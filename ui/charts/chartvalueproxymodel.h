#pragma once

#include <QIdentityProxyModel>

namespace Crm::Ui::Charts {

// Shows ChartValueRole as DisplayRole: Qt Charts' model mappers read DisplayRole and need
// plain numbers, not localised text like "1,234.50".
class ChartValueProxyModel final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartValueProxyModel)

public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

}  // namespace Crm::Ui::Charts
