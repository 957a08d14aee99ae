#pragma once

#include <QHash>
#include <QString>

namespace Crm::Ui::Labels {

// Translated names for the machine names analyses return.
QString funnelStep(const QString &name);  // acquired, repeat, not_churned, active
QString lifecycleStage(const QString &name);  // prospect, new, active, dormant, churned
QString tier(const QString &name);  // Regular, Silver, Gold, Diamond; others unchanged
// Header titles for the machine column names used by the pages' tables.
const QHash<QString, QString> &columnTitles();

}  // namespace Crm::Ui::Labels
