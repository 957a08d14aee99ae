#include "chartvalueproxymodel.h"

#include "tables/roles.h"

namespace Crm::Ui::Charts {

QVariant ChartValueProxyModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole) {
        return QIdentityProxyModel::data(index, role);
    }
    const QVariant value = QIdentityProxyModel::data(index, ChartValueRole);
    return value.isValid() ? value : QVariant(0.0);
}

}  // namespace Crm::Ui::Charts
