#include "historycache.h"

#include "store/workspace.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Crm::Ui {

namespace {

// Customer ids of one city and/or tier (the customers table as imported).
Core::Result<QSet<QString>> customersMatching(QSqlDatabase db, const AnalysisFilter &filter)
{
    QStringList conditions;
    if (!filter.city.isEmpty()) {
        conditions << QStringLiteral("city = :city");
    }
    if (!filter.tier.isEmpty()) {
        conditions << QStringLiteral("tier = :tier");
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT customer_id FROM customers WHERE ")
                  + conditions.join(QStringLiteral(" AND ")));
    if (!filter.city.isEmpty()) {
        query.bindValue(QStringLiteral(":city"), filter.city);
    }
    if (!filter.tier.isEmpty()) {
        query.bindValue(QStringLiteral(":tier"), filter.tier);
    }
    if (!query.exec()) {
        return Core::Store::databaseError(QStringLiteral("filter customers"), query.lastError().text());
    }
    QSet<QString> ids;
    while (query.next()) {
        ids.insert(query.value(0).toString());
    }
    return ids;
}

}  // namespace

HistoryCache::HistoryCache(QString workspacePath)
    : m_path(std::move(workspacePath))
{ }

Core::Result<std::shared_ptr<const Histories>> HistoryCache::load(const AnalysisFilter &filter,
                                                                  const Core::ProgressSink &progress)
{
    const Key key {filter.asOf, filter.city, filter.tier};
    QMutexLocker locker(&m_mutex);
    if (m_histories && m_key == key) {
        return m_histories;
    }
    auto workspace = Core::Store::Workspace::open(m_path);
    if (!workspace) {
        return workspace.error();
    }
    auto connection = workspace->connect();
    if (!connection) {
        return connection.error();
    }
    Core::Analysis::PurchaseHistoryRequest request;
    request.asOf = filter.asOf;
    auto loaded = Core::Analysis::loadPurchaseHistory(connection->database(), request, progress);
    if (!loaded) {
        return loaded.error();
    }
    Histories histories = std::move(loaded).value();
    if (filter.restrictsCustomers()) {
        auto ids = customersMatching(connection->database(), filter);
        if (!ids) {
            return ids.error();
        }
        std::erase_if(histories, [&ids](const Core::Analysis::CustomerHistory &history) {
            return !ids->contains(history.customerId);
        });
    }
    m_key = key;
    m_histories = std::make_shared<const Histories>(std::move(histories));
    return m_histories;
}

}  // namespace Crm::Ui
