// Privacy (issue 9): a customer list exported with default options carries no full phone
// number or e-mail address anywhere in the file, in any format, for the contacts of a
// realistic workspace (Chinese, Hong Kong and Western formats from the demo generator).
// Unlike the exporter's unit tests this searches the raw bytes of the whole file (every
// zip part of an .xlsx), so a leak through shared strings, a header or a second sheet counts.
// Owner-only workspace files are tested in tst_workspace.

#include "report/datatable.h"
#include "report/tableexport.h"
#include "store/connection.h"
#include "store/demogenerator.h"
#include "testworkspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

using namespace Crm::Core;
using namespace Crm::Core::Report;

namespace {

// Every byte of the file, and for a zip every inflated part, concatenated.
QByteArray allText(const QString &path)
{
    QByteArray text;
    QuaZip zip(path);
    if (zip.open(QuaZip::mdUnzip)) {
        for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
            QuaZipFile part(&zip);
            if (part.open(QIODevice::ReadOnly)) {
                text += part.readAll();
            }
        }
        return text;
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestPrivacy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldMaskContactsInExportsByDefault_data();
    void shouldMaskContactsInExportsByDefault();

private:
    Crm::Test::TestWorkspace m_workspace;
    DataTable m_table;
    QStringList m_secrets;  // phone digits and e-mail addresses
};

void TestPrivacy::initTestCase()
{
    QVERIFY(m_workspace.isValid());
    Store::DemoOptions options;
    options.customers = 300;
    QVERIFY(Store::generateDemo(m_workspace.workspace(), options));
    auto connection = m_workspace.workspace().connect();
    QVERIFY(connection);
    QSqlQuery query(connection->database());
    QVERIFY(query.exec(QStringLiteral("SELECT customer_id, name, phone, email FROM customers ORDER BY customer_id")));
    m_table.addColumn(QStringLiteral("customer_id"), DataColumn::Type::Text);
    m_table.addColumn(QStringLiteral("name"), DataColumn::Type::Text);
    m_table.addColumn(QStringLiteral("phone"), DataColumn::Type::Text);
    m_table.addColumn(QStringLiteral("email"), DataColumn::Type::Text);
    while (query.next()) {
        m_table.rows.append({query.value(0), query.value(1), query.value(2), query.value(3)});
        const QString phone = query.value(2).toString();
        const QString email = query.value(3).toString();
        if (!phone.isEmpty()) {
            m_secrets << phone;
        }
        if (!email.isEmpty()) {
            m_secrets << email;
        }
    }
    QVERIFY2(m_secrets.size() > 100, "the demo workspace should hold contacts to leak");
}

void TestPrivacy::shouldMaskContactsInExportsByDefault_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("mask");
    QTest::newRow("csv, default") << QStringLiteral("csv") << true;
    QTest::newRow("xlsx, default") << QStringLiteral("xlsx") << true;
    // The setting that turns masking off really exports the contacts (so the search works).
    QTest::newRow("csv, masking off") << QStringLiteral("csv") << false;
    QTest::newRow("xlsx, masking off") << QStringLiteral("xlsx") << false;
}

void TestPrivacy::shouldMaskContactsInExportsByDefault()
{
    QFETCH(QString, suffix);
    QFETCH(bool, mask);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("customers.") + suffix);
    ExportOptions options;
    QVERIFY(options.maskContacts);  // the default
    options.maskContacts = mask;
    QVERIFY(exportTable(path, m_table, options));
    const QByteArray text = allText(path);
    QVERIFY(!text.isEmpty());
    QStringList leaked;
    for (const QString &secret : std::as_const(m_secrets)) {
        if (text.contains(secret.toUtf8())) {
            leaked << secret;
        }
    }
    if (mask) {
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.mid(0, 5).join(QStringLiteral(", "))));
    } else {
        QCOMPARE(leaked.size(), m_secrets.size());
    }
}

QTEST_GUILESS_MAIN(TestPrivacy)
#include "tst_privacy.moc"
