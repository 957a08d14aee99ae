#pragma once

#include "common/money.h"

#include <QString>

namespace Crm::Ui {

// How the GUI shows money: localised, two decimals, with the open workspace's currency
// symbol (or its ISO code) when the settings name one. GUI thread only; the main window sets
// the currency when a workspace opens or its settings change.
class MoneyFormat
{
public:
    static void setCurrency(const QString &symbol, const QString &code);
    static QString symbol();  // the symbol, else the code, else empty
    // An amount in minor units (cents, fen).
    static QString format(Core::MoneyMinor amount);
    // An amount in major units (model estimates, chart values).
    static QString formatMajor(double amount);
};

}  // namespace Crm::Ui
