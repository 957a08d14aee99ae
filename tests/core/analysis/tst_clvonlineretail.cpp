// Regression case for a boundary optimum: BG/NBD and Gamma-Gamma on the UCI Online Retail data,
// daily, where the drop-out parameter a goes to about 0. Expected values: REFERENCE.md §12
// (computed there with independent code; regression anchors, no published source). The data
// (7.5 MB gzip) stays in ../shared and is read through zlib; the test skips without it.

#include "analysis/clv/bgnbdmodel.h"
#include "analysis/clv/customersummary.h"
#include "analysis/clv/gammagammamodel.h"

#include <QDate>
#include <QElapsedTimer>
#include <QHash>
#include <QTest>

#include <zlib.h>

#include <cmath>

using namespace Crm::Core::Analysis::Clv;

namespace {

// Splits one RFC 4180 line (the file has no embedded line breaks).
QStringList splitCsv(const QString &line)
{
    QStringList cells;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            cells << cell;
            cell.clear();
        } else {
            cell += c;
        }
    }
    cells << cell;
    return cells;
}

}  // namespace

class TestClvOnlineRetail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFitBoundaryCase();
};

void TestClvOnlineRetail::shouldFitBoundaryCase()
{
    const QByteArray path = (qEnvironmentVariable("CRM_SOURCE_DIR")
                             + QStringLiteral("/../shared/data/online_retail/online_retail.csv.gz"))
                                .toLocal8Bit();
    gzFile file = gzopen(path.constData(), "rb");
    if (!file) {
        QSKIP("../shared/data/online_retail/online_retail.csv.gz is not available");
    }
    std::vector<Transaction> transactions;
    char buffer[4096];
    bool header = true;
    while (gzgets(file, buffer, sizeof buffer)) {
        if (header) {
            header = false;
            continue;
        }
        const QStringList cells = splitCsv(QString::fromUtf8(buffer).trimmed());
        if (cells.size() < 8) {
            continue;
        }
        // The usual cleaning (REFERENCE.md §12): customer id present, not a cancellation,
        // quantity > 0 and unit price > 0.
        const int quantity = cells.at(3).toInt();
        const double price = cells.at(5).toDouble();
        if (cells.at(6).isEmpty() || cells.at(0).startsWith(QLatin1Char('C')) || quantity <= 0 || price <= 0) {
            continue;
        }
        const QDate date = QDate::fromString(cells.at(4).left(10), Qt::ISODate);
        transactions.push_back({cells.at(6), date.toJulianDay(), qRound64(quantity * price * 100)});
    }
    gzclose(file);
    QCOMPARE(transactions.size(), size_t(397884));
    const auto summaries = summarizeTransactions(transactions, QDate(2011, 12, 9).toJulianDay(), TimeUnit::Day);
    QCOMPARE(summaries.size(), size_t(4338));
    std::vector<double> x, tx, T, z;
    for (const CustomerSummary &s : summaries) {
        x.push_back(s.frequency);
        tx.push_back(s.recency);
        T.push_back(s.age);
        z.push_back(s.monetary);
    }
    QElapsedTimer timer;
    timer.start();
    FitInfo info;
    auto model = BgNbdModel::fit(x, tx, T, &info);
    QVERIFY(model);
    const BgNbdParameters &p = model->bgNbdParameters();
    qInfo("Online Retail BG/NBD: r %.4f alpha %.3f a %.5f b %.4f LL %.2f (%s, %d iterations, %lld ms)", p.r, p.alpha,
          p.a, p.b, info.logLikelihood, qPrintable(info.method), info.iterations, timer.elapsed());
    // REFERENCE.md §12: r 0.8265, alpha 68.905, a 0.0034, b 6.7451, LL -61823.47.
    QVERIFY(std::abs(info.logLikelihood - -61823.47) < 0.02);
    QVERIFY(std::abs(p.r - 0.8265) < 0.001);
    QVERIFY(std::abs(p.alpha - 68.905) < 0.1);
    QVERIFY(std::abs(p.a - 0.0034) < 0.0005);
    QVERIFY(std::abs(p.b - 6.7451) < 0.1);
    QVERIFY(info.converged);
    FitInfo spendInfo;
    auto spend = GammaGammaModel::fit(x, z, &spendInfo);
    QVERIFY(spend);
    const GammaGammaParameters &g = spend->parameters();
    qInfo("Online Retail Gamma-Gamma: p %.4f q %.4f v %.3f on %lld customers", g.p, g.q, g.v, spendInfo.customers);
    // REFERENCE.md §12: p 2.1034, q 3.4512, gamma 485.889 on the 2,790 repeaters.
    QCOMPARE(spendInfo.customers, qint64(2790));
    QVERIFY(std::abs(g.p - 2.1034) < 0.001);
    QVERIFY(std::abs(g.q - 3.4512) < 0.001);
    QVERIFY(std::abs(g.v - 485.889) / 485.889 < 1e-3);
}

QTEST_APPLESS_MAIN(TestClvOnlineRetail)
#include "tst_clvonlineretail.moc"
