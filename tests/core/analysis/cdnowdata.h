#pragma once

// Readers for the CDNOW fixtures in tests/data (see tests/data/README.md), shared by the CLV
// tests. Header-only; each test executable includes it once.

#include "analysis/clv/customersummary.h"

#include <QDate>
#include <QFile>
#include <QString>
#include <QStringList>

#include <vector>

namespace Crm::Test {

inline QString testDataPath(const QString &name)
{
    return qEnvironmentVariable("CRM_SOURCE_DIR") + QStringLiteral("/tests/data/") + name;
}

// Columns of a CSV with a header line; numbers only. Empty when the file is missing.
struct NumericTable
{
    QStringList header;
    std::vector<std::vector<double>> columns;
    const std::vector<double> &column(const QString &name) const { return columns.at(size_t(header.indexOf(name))); }
};

inline NumericTable readNumericCsv(const QString &path)
{
    NumericTable table;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return table;
    }
    table.header = QString::fromUtf8(file.readLine()).trimmed().split(QLatin1Char(','));
    table.columns.resize(size_t(table.header.size()));
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QStringList cells = line.split(QLatin1Char(','));
        for (qsizetype i = 0; i < cells.size() && i < table.header.size(); ++i) {
            table.columns[size_t(i)].push_back(cells.at(i).toDouble());
        }
    }
    return table;
}

// CDNOW_sample.txt: master id, sample id, YYYYMMDD, CDs, dollars. The sample id (4 digits,
// "0001"…"2357") is the ID of the summary files.
inline std::vector<Core::Analysis::Clv::Transaction> readCdnowSample(const QString &path)
{
    std::vector<Core::Analysis::Clv::Transaction> transactions;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return transactions;
    }
    while (!file.atEnd()) {
        const QStringList cells = QString::fromLatin1(file.readLine()).simplified().split(QLatin1Char(' '));
        if (cells.size() < 5) {
            continue;
        }
        const QDate date = QDate::fromString(cells.at(2), QStringLiteral("yyyyMMdd"));
        const auto cents = qRound64(cells.at(4).toDouble() * 100);
        // The 8 zero-dollar rows are purchases too: the published summary counts them.
        transactions.push_back({cells.at(1), date.toJulianDay(), cents});
    }
    return transactions;
}

}  // namespace Crm::Test
