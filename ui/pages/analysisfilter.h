#pragma once

#include <QDate>
#include <QString>

namespace Crm::Ui {

// The global filters of the main window, read by every page. Empty strings and invalid
// dates mean "no filter".
struct AnalysisFilter
{
    QDate asOf;  // D; every analysis looks only at activity before it
    QDate from;  // order date range (inclusive), for order-level views
    QDate to;
    QString channel;  // order channel, for order-level views
    QString city;  // customer city: restricts every analysis to these customers
    QString tier;  // customer tier as imported: likewise

    bool restrictsCustomers() const { return !city.isEmpty() || !tier.isEmpty(); }
    bool operator==(const AnalysisFilter &) const = default;
};

}  // namespace Crm::Ui
