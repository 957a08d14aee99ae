#pragma once

#include "common/money.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Crm::Test {

// One row of `orders` for a test: a negative amount is booked as a return.
struct OrderFixture
{
    QString customerId;
    QString orderedAt;  // "YYYY-MM-DD" or "YYYY-MM-DD HH:MM:SS"
    Core::MoneyMinor amount = 0;
    QString orderId = {};  // generated ("T1", "T2", ...) when empty
};

struct CustomerFixture
{
    QString customerId;
    std::optional<qint64> pointsBalance = std::nullopt;
};

// Bulk inserts with one prepared statement in one transaction (fast for ~100k rows).
bool insertOrders(const QString &workspacePath, const std::vector<OrderFixture> &orders);
bool insertCustomers(const QString &workspacePath, const std::vector<CustomerFixture> &customers);

// The UCI Online Retail file under ../shared (CRM_SOURCE_DIR), or an empty string when absent.
QString onlineRetailPath();

// Online Retail cleaned as the published recipe (REFERENCE.md §11.2, §12): rows with a
// missing value and invoices containing "C" dropped, Quantity > 0 and UnitPrice > 0 kept;
// one order per invoice and customer, amount = sum of quantity x price (exact in 1/1000 of
// a pound) rounded half up to the penny, time of the invoice's first line.
std::optional<std::vector<OrderFixture>> readOnlineRetailOrders(const QString &gzPath, QString *error = nullptr);

}  // namespace Crm::Test
