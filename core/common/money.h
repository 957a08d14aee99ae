#pragma once

#include <QString>
#include <QtGlobal>

#include <optional>

namespace Crm::Core {

// Money is an integer count of minor units (cents, fen). Sums never drift; conversion to
// text happens only at the edges.
using MoneyMinor = qint64;

inline constexpr int kMinorPerMajor = 100;

// "1234.5" style machine text ('.' decimals, no grouping, always two decimals).
QString formatMoneyPlain(MoneyMinor amount);

// Parses "1234.56", "-3", "1,234.56" (comma grouping) into minor units, rounding half away
// from zero past the second decimal. Returns nullopt for anything that is not a number.
std::optional<MoneyMinor> parseMoneyPlain(const QString &text);

}  // namespace Crm::Core
