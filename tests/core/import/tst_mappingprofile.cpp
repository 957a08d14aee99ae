#include "import/loader/importer.h"
#include "import/mapping/mappingprofile.h"
#include "testworkspace.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Crm::Core;
using namespace Crm::Core::Import;

namespace {

// German column titles that name no field, so the first import needs --map.
const QByteArray kHeader = "Beleg;Kunde;Datum;Betrag;Brutto\n";
const QList<QPair<QString, QString>> kFullMap {{QStringLiteral("order_id"), QStringLiteral("Beleg")},
                                               {QStringLiteral("customer_id"), QStringLiteral("Kunde")},
                                               {QStringLiteral("ordered_at"), QStringLiteral("Datum")},
                                               {QStringLiteral("amount"), QStringLiteral("Betrag")}};

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        qWarning("query failed: %s", qPrintable(sql));
        return -1;
    }
    return query.value(0).toLongLong();
}

}  // namespace

class TestMappingProfile final : public QObject
{
    Q_OBJECT

private:
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qWarning("cannot write %s", qPrintable(path));
        }
        return path;
    }

    Result<ImportSummary> import(const QString &path, const QList<QPair<QString, QString>> &overrides = {})
    {
        ImportRequest request;
        request.path = path;
        request.mapping.overrides = overrides;
        return importFile(m_connection->database(), request);
    }

private Q_SLOTS:
    void init()
    {
        m_workspace = std::make_unique<Crm::Test::TestWorkspace>();
        QVERIFY(m_workspace->isValid());
        auto connection = m_workspace->workspace().connect();
        QVERIFY(connection.hasValue());
        m_connection = std::make_unique<Store::Connection>(std::move(connection).value());
    }

    void cleanup()
    {
        m_connection.reset();
        m_workspace.reset();
    }

    void shouldKeySameLayoutAlikeAndOtherLayoutsApart()
    {
        const QStringList headers {QStringLiteral("Order ID"), QStringLiteral("Kunde")};
        // Normalised titles: case, spaces and full-width forms do not make another layout.
        QCOMPARE(mappingProfileKey({QStringLiteral("order_id"), QStringLiteral(" KUNDE ")}, ImportKind::Orders),
                 mappingProfileKey(headers, ImportKind::Orders));
        QCOMPARE(mappingProfileKey({QStringLiteral("ＯｒｄｅｒＩＤ"), QStringLiteral("kunde")}, ImportKind::Orders),
                 mappingProfileKey(headers, ImportKind::Orders));
        QVERIFY(mappingProfileKey(headers, ImportKind::Orders) != mappingProfileKey(headers, ImportKind::Contacts));
        QVERIFY(mappingProfileKey(headers, ImportKind::Orders)
                != mappingProfileKey({QStringLiteral("Kunde"), QStringLiteral("Order ID")}, ImportKind::Orders));
        QVERIFY(mappingProfileKey(headers, ImportKind::Orders).startsWith(QLatin1String("mapping_profile/")));
        QCOMPARE(layoutSignature(headers, ImportKind::Orders), QStringLiteral("orders\norderid\nkunde"));
    }

    void shouldRoundTripProfileThroughSettings()
    {
        MappingProfile profile;
        profile.mapping.kind = ImportKind::Orders;
        profile.mapping.headers = QString::fromUtf8(kHeader).trimmed().split(u';');
        profile.mapping.columns = {{QStringLiteral("order_id"), 0},
                                   {QStringLiteral("customer_id"), 1},
                                   {QStringLiteral("ordered_at"), 2},
                                   {QStringLiteral("amount"), 4}};
        profile.decimal = u',';
        profile.dateFormat = QStringLiteral("dd.MM.yyyy");
        QVERIFY(saveMappingProfile(m_connection->database(), profile).hasValue());
        QCOMPARE(scalar(m_connection->database(),
                        QStringLiteral("SELECT COUNT(*) FROM settings WHERE key LIKE "
                                       "'mapping_profile/%'")),
                 1);

        const auto found = findMappingProfile(m_connection->database(), profile.mapping.headers);
        QVERIFY(found.hasValue());
        QVERIFY(found.value().has_value());
        QCOMPARE(found.value()->mapping.kind, ImportKind::Orders);
        QCOMPARE(found.value()->mapping.columns, profile.mapping.columns);
        QCOMPARE(found.value()->decimal, QChar(u','));
        QCOMPARE(found.value()->dateFormat, QStringLiteral("dd.MM.yyyy"));
        QVERIFY(!found.value()->savedAt.isEmpty());
        // Asked for another kind, the orders profile does not apply.
        const auto contacts
            = findMappingProfile(m_connection->database(), profile.mapping.headers, ImportKind::Contacts);
        QVERIFY(contacts.hasValue());
        QVERIFY(!contacts.value().has_value());
    }

    void shouldIgnoreProfileThatNoLongerFits_data()
    {
        QTest::addColumn<QString>("json");
        QTest::newRow("unknown field") << QStringLiteral(R"({"kind":"orders","columns":{"order_no":1}})");
        QTest::newRow("column past the end") << QStringLiteral(R"({"kind":"orders","columns":{"order_id":9}})");
        QTest::newRow("column zero") << QStringLiteral(R"({"kind":"orders","columns":{"order_id":0}})");
        QTest::newRow("unknown kind") << QStringLiteral(R"({"kind":"invoices","columns":{"order_id":1}})");
        QTest::newRow("no columns") << QStringLiteral(R"({"kind":"orders","columns":{}})");
        QTest::newRow("not json") << QStringLiteral("order_id=1");
    }

    void shouldIgnoreProfileThatNoLongerFits()
    {
        QFETCH(QString, json);
        QVERIFY(!mappingProfileFromJson(json, {QStringLiteral("a"), QStringLiteral("b")}).has_value());
    }

    void shouldSaveExplicitMappingAndReuseItForSameLayout()
    {
        const QString first = writeFile(QStringLiteral("a.csv"),
                                        kHeader
                                            + "B-1;K1;2024-03-05;10.50;12.50\n"
                                              "B-2;K2;2024-03-06;20.00;23.80\n"
                                              "B-3;K1;2024-03-07;5.25;6.25\n");
        // Without --map the titles say nothing.
        QCOMPARE(import(first).error().code, Error::Code::BadInput);
        const auto a = import(first, kFullMap);
        QVERIFY2(a.hasValue(), qPrintable(a ? QString() : a.error().describe()));
        QCOMPARE(a->mappingSource, QStringLiteral("headers"));
        QCOMPARE(a->rowsImported, 3);

        // Another export of the same layout (titles spaced and cased differently): no --map.
        const QString second = writeFile(QStringLiteral("b.csv"),
                                         "beleg; KUNDE ;Datum;BETRAG;Brutto\n"
                                         "B-4;K3;2024-04-01;7.00;8.33\n"
                                         "B-5;K1;2024-04-02;3.00;3.57\n");
        const auto b = import(second);
        QVERIFY2(b.hasValue(), qPrintable(b ? QString() : b.error().describe()));
        QCOMPARE(b->mappingSource, QStringLiteral("profile"));
        // The same columns, named with this file's titles.
        QCOMPARE(
            b->mappingJson,
            QStringLiteral(R"({"amount":"BETRAG","customer_id":"KUNDE","order_id":"beleg","ordered_at":"Datum"})"));
        QVERIFY(b->warnings.join(u'\n').contains(QLatin1String("mapping from saved profile for this layout")));
        QCOMPARE(scalar(m_connection->database(),
                        QStringLiteral("SELECT SUM(amount_minor) FROM orders WHERE import_id = %1").arg(b->importId)),
                 1000);

        // --map still wins over the profile, field by field; the rest comes from the profile.
        const QString third = writeFile(QStringLiteral("c.csv"), kHeader + "B-6;K2;2024-05-01;1.00;1.19\n");
        const auto c = import(third, {{QStringLiteral("amount"), QStringLiteral("Brutto")}});
        QVERIFY2(c.hasValue(), qPrintable(c ? QString() : c.error().describe()));
        QCOMPARE(c->mappingSource, QStringLiteral("profile"));
        QCOMPARE(scalar(m_connection->database(),
                        QStringLiteral("SELECT amount_minor FROM orders WHERE import_id = %1").arg(c->importId)),
                 119);
        // …and that explicit mapping is now the profile.
        const QString fourth = writeFile(QStringLiteral("d.csv"), kHeader + "B-7;K2;2024-05-02;1.00;2.38\n");
        const auto d = import(fourth);
        QVERIFY(d.hasValue());
        QCOMPARE(scalar(m_connection->database(),
                        QStringLiteral("SELECT amount_minor FROM orders WHERE import_id = %1").arg(d->importId)),
                 238);

        // Columns in another order are another layout.
        const QString other
            = writeFile(QStringLiteral("e.csv"), "Kunde;Beleg;Datum;Betrag;Brutto\nK1;B-8;2024-06-01;1.00;1.19\n");
        QCOMPARE(import(other).error().code, Error::Code::BadInput);
    }

    void shouldNotSaveProfileWhenImportFails()
    {
        const QString path = writeFile(QStringLiteral("bad.csv"), kHeader + "B-1;K1;not a date;x;y\n");
        QVERIFY(!import(path, kFullMap).hasValue());
        QCOMPARE(scalar(m_connection->database(), QStringLiteral("SELECT COUNT(*) FROM settings")), 0);
    }

    void shouldNotKeepProfileForFileWithoutHeaderRow()
    {
        const QString path = writeFile(QStringLiteral("bare.csv"),
                                       "B-1;K1;2024-03-05;10.50\n"
                                       "B-2;K2;2024-03-06;11.50\n");
        const auto summary = import(path,
                                    {{QStringLiteral("order_id"), QStringLiteral("1")},
                                     {QStringLiteral("customer_id"), QStringLiteral("2")},
                                     {QStringLiteral("ordered_at"), QStringLiteral("3")},
                                     {QStringLiteral("amount"), QStringLiteral("4")}});
        QVERIFY2(summary.hasValue(), qPrintable(summary ? QString() : summary.error().describe()));
        QCOMPARE(summary->headerRow, 0);
        QCOMPARE(scalar(m_connection->database(), QStringLiteral("SELECT COUNT(*) FROM settings")), 0);
    }

    void shouldUseExactMappingOnly()
    {
        // The wizard's mapping: exactly these fields, though "Status" would be detected.
        const QString path = writeFile(QStringLiteral("exact.csv"),
                                       "order_id,customer_id,date,amount,status\n"
                                       "1,K1,2024-03-05,10.00,refunded\n");
        ImportRequest request;
        request.path = path;
        request.mapping.kind = ImportKind::Orders;
        request.mapping.exact = true;
        request.mapping.overrides = {{QStringLiteral("order_id"), QStringLiteral("1")},
                                     {QStringLiteral("customer_id"), QStringLiteral("2")},
                                     {QStringLiteral("ordered_at"), QStringLiteral("3")},
                                     {QStringLiteral("amount"), QStringLiteral("4")}};
        const auto summary = importFile(m_connection->database(), request);
        QVERIFY2(summary.hasValue(), qPrintable(summary ? QString() : summary.error().describe()));
        QCOMPARE(summary->mappingSource, QStringLiteral("exact"));
        QVERIFY(!QJsonDocument::fromJson(summary->mappingJson.toUtf8()).object().contains(QLatin1String("status")));
        QCOMPARE(scalar(m_connection->database(), QStringLiteral("SELECT COUNT(*) FROM settings")), 1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Crm::Test::TestWorkspace> m_workspace;
    std::unique_ptr<Store::Connection> m_connection;
};

QTEST_GUILESS_MAIN(TestMappingProfile)
#include "tst_mappingprofile.moc"
