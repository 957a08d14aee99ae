#pragma once

#include "analysis/common/purchasehistory.h"
#include "analysisfilter.h"

#include <QMutex>

#include <memory>

namespace Crm::Ui {

using Histories = std::vector<Core::Analysis::CustomerHistory>;

// The per-customer purchase history of the open workspace, loaded once per as-of date and
// customer filter and shared by every page's worker (the scan is the expensive part at a
// million customers). Thread-safe; load() runs on workers only.
class HistoryCache
{
public:
    explicit HistoryCache(QString workspacePath);

    QString workspacePath() const { return m_path; }

    // The histories before filter.asOf of the customers the filter's city and tier select.
    // Concurrent callers with the same key wait for one scan.
    Core::Result<std::shared_ptr<const Histories>> load(const AnalysisFilter &filter,
                                                        const Core::ProgressSink &progress = {});

private:
    struct Key
    {
        QDate asOf;
        QString city;
        QString tier;
        bool operator==(const Key &) const = default;
    };

    QString m_path;
    QMutex m_mutex;
    Key m_key;
    std::shared_ptr<const Histories> m_histories;
};

}  // namespace Crm::Ui
