#pragma once

#include <QHash>
#include <QString>

namespace Crm::Ui::Labels {

// Translated names for the machine names analyses return.
QString funnelStep(const QString &name);  // acquired, repeat, not_churned, active
QString lifecycleStage(const QString &name);  // prospect, new, active, dormant, churned
QString tier(const QString &name);  // Regular, Silver, Gold, Diamond; others unchanged
// The gender as stored: the demo's F / M, or what an import brought (female, 男 …); others unchanged.
QString gender(const QString &value);
// Header titles for the machine column names used by the pages' tables.
const QHash<QString, QString> &columnTitles();

}  // namespace Crm::Ui::Labels
