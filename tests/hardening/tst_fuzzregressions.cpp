// Replays every input the fuzzers (bench/fuzz) once failed on, stored in
// tests/data/fuzz/<target>/, through the same harness code compiled for the normal build.
// A regression aborts (an invariant) or trips the sanitizers in the asan preset.

#include <QDir>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

int crmFuzz_csvparser(const uint8_t *data, size_t size);
int crmFuzz_csvreader(const uint8_t *data, size_t size);
int crmFuzz_tablereader(const uint8_t *data, size_t size);
int crmFuzz_xlsxsheet(const uint8_t *data, size_t size);
int crmFuzz_values(const uint8_t *data, size_t size);
int crmFuzz_mapping(const uint8_t *data, size_t size);

namespace {

using Entry = int (*)(const uint8_t *, size_t);

const QList<QPair<QString, Entry>> &targets()
{
    static const QList<QPair<QString, Entry>> all {
        {QStringLiteral("csvparser"), crmFuzz_csvparser},     {QStringLiteral("csvreader"), crmFuzz_csvreader},
        {QStringLiteral("tablereader"), crmFuzz_tablereader}, {QStringLiteral("xlsxsheet"), crmFuzz_xlsxsheet},
        {QStringLiteral("values"), crmFuzz_values},           {QStringLiteral("mapping"), crmFuzz_mapping},
    };
    return all;
}

QString sourceDir()
{
    return qEnvironmentVariable("CRM_SOURCE_DIR");
}

}  // namespace

class TestFuzzRegressions final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldSurviveEveryRecordedInput_data();
    void shouldSurviveEveryRecordedInput();
};

void TestFuzzRegressions::shouldSurviveEveryRecordedInput_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("path");
    for (qsizetype i = 0; i < targets().size(); ++i) {
        const QString name = targets().at(i).first;
        // The harness itself on an empty input, so every target runs even without fixtures.
        QTest::newRow(qPrintable(name + QStringLiteral("/<empty>"))) << int(i) << QString();
        for (const QString &root : {QStringLiteral("/tests/data/fuzz/"), QStringLiteral("/bench/fuzz/seeds/")}) {
            const QDir dir(sourceDir() + root + name);
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(name + QLatin1Char('/') + file)) << int(i) << dir.filePath(file);
            }
        }
    }
}

void TestFuzzRegressions::shouldSurviveEveryRecordedInput()
{
    QFETCH(int, target);
    QFETCH(QString, path);
    QByteArray bytes;
    if (!path.isEmpty()) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        bytes = file.readAll();
    }
    const Entry entry = targets().at(target).second;
    QCOMPARE(entry(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size())), 0);
}

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
