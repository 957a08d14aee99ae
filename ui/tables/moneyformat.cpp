#include "moneyformat.h"

#include <QLocale>

namespace Crm::Ui {

namespace {

QString &currentSymbol()
{
    static QString symbol;
    return symbol;
}

}  // namespace

void MoneyFormat::setCurrency(const QString &symbol, const QString &code)
{
    currentSymbol() = !symbol.isEmpty() ? symbol : (code.isEmpty() ? QString() : code + QChar(0x00A0));
}

QString MoneyFormat::symbol()
{
    return currentSymbol().trimmed();
}

QString MoneyFormat::format(Core::MoneyMinor amount)
{
    return formatMajor(double(amount) / double(Core::kMinorPerMajor));
}

QString MoneyFormat::formatMajor(double amount)
{
    const QLocale locale;
    if (currentSymbol().isEmpty()) {
        return locale.toString(amount, 'f', 2);
    }
    // The locale places the symbol and the sign ("-¥1,234.50", "1.234,50 €").
    return locale.toCurrencyString(amount, currentSymbol(), 2);
}

}  // namespace Crm::Ui
