#include "import/csv/csvreader.h"
#include "import/mapping/columnmapping.h"
#include "import/mapping/headerdetector.h"
#include "import/mapping/rowconverter.h"
#include "importtestdata.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Import;

// Every file of ../shared/corpora/csv through the text reader and the mapper: each one gives
// rows or a clean error that names it; nothing crashes or hangs.
class TestCsvCorpus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldReadEveryCorpusFileOrFailCleanly()
    {
        const QString root = Crm::Test::sharedPath(QStringLiteral("corpora/csv"));
        if (root.isEmpty()) {
            QSKIP("../shared/corpora/csv is not there");
        }
        QElapsedTimer timer;
        timer.start();
        int files = 0;
        int read = 0;
        int refused = 0;
        int mapped = 0;
        qint64 rows = 0;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QFileInfo(path).fileName() == QLatin1String("MANIFEST.tsv")) {
                continue;
            }
            ++files;
            auto reader = openCsvReader(path);
            if (!reader) {
                ++refused;
                QVERIFY2(!reader.error().message.isEmpty(), qPrintable(path));
                QVERIFY2(reader.error().describe().contains(QFileInfo(path).fileName()), qPrintable(path));
                continue;
            }
            QList<SourceRow> sample;
            qint64 fileRows = 0;
            const auto result = reader.value()->readRows([&](const SourceRow &row) {
                ++fileRows;
                if (sample.size() < 2000) {
                    sample.append(row);
                }
                return true;
            });
            if (!result) {
                ++refused;
                QVERIFY2(result.error().describe().contains(QFileInfo(path).fileName()), qPrintable(path));
                continue;
            }
            ++read;
            rows += fileRows;
            const HeaderGuess header = findHeaderRow(sample);
            int columns = 0;
            for (const SourceRow &row : std::as_const(sample)) {
                columns = qMax(columns, int(row.cells.size()));
            }
            const QStringList titles = headerTitles(header.index >= 0 ? &sample[header.index] : nullptr, columns);
            const auto mapping = detectMapping(titles, {});
            if (!mapping) {
                QVERIFY2(!mapping.error().message.isEmpty(), qPrintable(path));
                continue;
            }
            ++mapped;
            RowConverter converter(mapping.value(), {});
            const QList<SourceRow> data = sample.mid(header.index + 1);
            converter.learn(data);
            ConvertedRow converted;
            RowReject reject;
            for (const SourceRow &row : data) {
                if (!converter.convert(row, converted, reject)) {
                    QVERIFY2(!reject.reason.isEmpty(), qPrintable(path));
                }
            }
        }
        qInfo("%d files: %d read (%lld rows), %d refused with a message, %d mapped to a kind; %lld ms", files, read,
              rows, refused, mapped, timer.elapsed());
        QVERIFY(files > 100);
        QVERIFY(read > files / 2);
    }
};

QTEST_GUILESS_MAIN(TestCsvCorpus)
#include "tst_csvcorpus.moc"
