#include "common/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;  // disambiguation
    QStringList translations;  // one, or one per numerus form
    bool numerus = false;
    bool unfinished = false;
};

QString keyOf(const Message &message)
{
    return message.context + QChar(0x1f) + message.source + QChar(0x1f) + message.comment;
}

QHash<QString, Message> readTs(const QString &path, QString *error)
{
    QHash<QString, Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message {
                    context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"),
                    false};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                current.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                current.unfinished = type == QLatin1String("unfinished") || type == QLatin1String("vanished")
                    || type == QLatin1String("obsolete");
                if (!current.numerus) {
                    current.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages.insert(keyOf(current), current);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    auto it = pattern.globalMatch(text);
    while (it.hasNext()) {
        found << it.next().captured(1);
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

}  // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldTranslateEveryString_data();
    void shouldTranslateEveryString();
    void shouldSwitchLanguageAtRunTime();
    void shouldFormatDatesInTheChosenLanguage();

private:
    QHash<QString, Message> m_sourceStrings;
    QString m_sourceDir;
};

void TestTranslations::initTestCase()
{
    // Extract the strings of the sources as they are now, so a new tr() without a
    // translation fails here even if nobody ran update_translations.
    m_sourceDir = qEnvironmentVariable("CRM_SOURCE_DIR");
    QVERIFY2(!m_sourceDir.isEmpty(), "CRM_SOURCE_DIR is not set");
    QTemporaryDir dir;
    const QString extracted = dir.filePath(QStringLiteral("extracted.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(m_sourceDir);
    lupdate.start(QStringLiteral(LUPDATE_PATH),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   QStringLiteral("app"), QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("-ts"),
                   extracted});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    m_sourceStrings = readTs(extracted, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(m_sourceStrings.size() > 20);
}

void TestTranslations::shouldTranslateEveryString_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN");
    QTest::newRow("Traditional Chinese") << QStringLiteral("zh_TW");
}

void TestTranslations::shouldTranslateEveryString()
{
    QFETCH(QString, language);
    QString error;
    const auto catalog
        = readTs(QDir(m_sourceDir).filePath(QStringLiteral("translations/crm_%1.ts").arg(language)), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList problems;
    for (const Message &source : std::as_const(m_sourceStrings)) {
        const QString where = source.context + QStringLiteral(": \"") + source.source + QLatin1Char('"');
        const auto it = catalog.constFind(keyOf(source));
        if (it == catalog.constEnd()) {
            problems << QStringLiteral("missing ") + where;
            continue;
        }
        if (it->unfinished || it->translations.isEmpty()
            || std::any_of(it->translations.begin(), it->translations.end(),
                           [](const QString &t) { return t.isEmpty(); })) {
            problems << QStringLiteral("unfinished ") + where;
            continue;
        }
        for (const QString &translation : it->translations) {
            QStringList expected = placeholders(source.source);
            QStringList actual = placeholders(translation);
            if (source.numerus) {
                // A numerus form may leave out %n (e.g. Chinese has one form that says it).
                expected.removeAll(QStringLiteral("n"));
                actual.removeAll(QStringLiteral("n"));
            }
            if (expected != actual) {
                problems << QStringLiteral("placeholders differ in ") + where + QStringLiteral(" → \"") + translation
                        + QLatin1Char('"');
            }
        }
    }
    if (!problems.isEmpty()) {
        const QString summary = QStringLiteral("%1 of %2 strings not ready in crm_%3.ts; first ones:\n  ")
                                    .arg(problems.size())
                                    .arg(m_sourceStrings.size())
                                    .arg(language)
            + problems.mid(0, 25).join(QStringLiteral("\n  "));
        QFAIL(qPrintable(summary));
    }
}

void TestTranslations::shouldSwitchLanguageAtRunTime()
{
    // Given the Simplified Chinese catalog, as main() installs it on a Chinese system ...
    auto translate = [](int n) {
        return QCoreApplication::translate("Crm::Cli", "Wrote %n customer(s) to %1.", nullptr, n)
            .arg(QStringLiteral("x"));
    };
    QVERIFY(Crm::Core::installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    QCOMPARE(translate(2), QStringLiteral("已将 2 位客户写入 x。"));
    // ... `--lang en` replaces it, and English gets its own singular and plural forms.
    QVERIFY(Crm::Core::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")));
    QCOMPARE(translate(1), QStringLiteral("Wrote 1 customer to x."));
    QCOMPARE(translate(2), QStringLiteral("Wrote 2 customers to x."));
    QVERIFY(Crm::Core::installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_TW")));
    QVERIFY(!translate(2).startsWith(QLatin1String("Wrote")));
    QVERIFY(!Crm::Core::installTranslators(*QCoreApplication::instance(), QStringLiteral("xx")));
}

void TestTranslations::shouldFormatDatesInTheChosenLanguage()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    // Chinese on an English system: Chinese dates
    QCOMPARE(Crm::Core::localeForLanguage(QStringLiteral("zh_CN"), english).language(), QLocale::Chinese);
    QCOMPARE(Crm::Core::localeForLanguage(QStringLiteral("zh_CN"), english).territory(), QLocale::China);
    QCOMPARE(Crm::Core::localeForLanguage(QStringLiteral("zh_TW"), english).territory(), QLocale::Taiwan);
    QCOMPARE(Crm::Core::localeForLanguage(QStringLiteral("zh_CN"), english).monthName(12), QStringLiteral("十二月"));
    // The system's own language keeps the system's conventions
    QCOMPARE(Crm::Core::localeForLanguage(QStringLiteral("en"), british), british);
    QCOMPARE(Crm::Core::localeForLanguage(QStringLiteral("zh_TW"), QLocale(QLocale::Chinese, QLocale::HongKong)),
             QLocale(QLocale::Chinese, QLocale::HongKong));
    QCOMPARE(Crm::Core::localeForLanguage(QStringLiteral("en"), QLocale(QLocale::Chinese, QLocale::China)).language(),
             QLocale::English);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
