#include "migrations.h"

#include "connection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace Crm::Core::Store {

namespace {

// Schema 1: the tables of DESIGN.md. Every imported row carries the import it came from,
// so an import can be undone as a unit (ON DELETE CASCADE from imports).
Migration schemaV1()
{
    return {1,
            {
                QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId),
                QStringLiteral(R"(CREATE TABLE imports (
    import_id     INTEGER PRIMARY KEY,
    file_name     TEXT NOT NULL,
    file_sha256   TEXT,
    sheet         TEXT,
    kind          TEXT NOT NULL,
    mapping       TEXT,
    started_at    TEXT NOT NULL,
    finished_at   TEXT,
    rows_read     INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    status        TEXT NOT NULL
))"),
                QStringLiteral(R"(CREATE TABLE import_rejects (
    import_id  INTEGER NOT NULL REFERENCES imports(import_id) ON DELETE CASCADE,
    row_number INTEGER NOT NULL,
    "column"   TEXT,
    reason     TEXT NOT NULL,
    raw        TEXT
))"),
                QStringLiteral(R"(CREATE TABLE customers (
    customer_id    TEXT PRIMARY KEY,
    name           TEXT,
    phone          TEXT,
    email          TEXT,
    city           TEXT,
    gender         TEXT,
    birthday       TEXT,
    signup_at      TEXT,
    tier           TEXT,
    points_balance INTEGER,
    extra          TEXT,
    import_id      INTEGER REFERENCES imports(import_id) ON DELETE CASCADE
))"),
                QStringLiteral(R"(CREATE TABLE orders (
    order_id        TEXT PRIMARY KEY,
    customer_id     TEXT NOT NULL,
    ordered_at      TEXT NOT NULL,
    amount_minor    INTEGER NOT NULL,
    channel         TEXT,
    store           TEXT,
    campaign_id     TEXT,
    points_earned   INTEGER,
    points_redeemed INTEGER,
    status          TEXT NOT NULL DEFAULT 'purchase' CHECK (status IN ('purchase', 'return')),
    import_id       INTEGER REFERENCES imports(import_id) ON DELETE CASCADE
))"),
                QStringLiteral(R"(CREATE TABLE order_items (
    order_id         TEXT NOT NULL,
    line             INTEGER NOT NULL,
    sku              TEXT,
    product          TEXT,
    quantity         REAL,
    unit_price_minor INTEGER,
    import_id        INTEGER REFERENCES imports(import_id) ON DELETE CASCADE,
    PRIMARY KEY (order_id, line)
))"),
                QStringLiteral(R"(CREATE TABLE campaigns (
    campaign_id TEXT PRIMARY KEY,
    name        TEXT,
    channel     TEXT,
    start_date  TEXT,
    end_date    TEXT,
    cost_minor  INTEGER NOT NULL DEFAULT 0,
    target      TEXT,
    import_id   INTEGER REFERENCES imports(import_id) ON DELETE CASCADE
))"),
                QStringLiteral(R"(CREATE TABLE campaign_contacts (
    campaign_id  TEXT NOT NULL,
    customer_id  TEXT NOT NULL,
    contacted_at TEXT,
    grp          TEXT NOT NULL CHECK (grp IN ('treatment', 'control')),
    channel      TEXT,
    import_id    INTEGER REFERENCES imports(import_id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, customer_id)
))"),
            }};
}

// Schema 2: indexes for the per-customer scans and undo, and a settings table for the
// parameters a user edits (segment rules, thresholds, as-of date) per workspace.
Migration schemaV2()
{
    return {2,
            {
                QStringLiteral("CREATE INDEX orders_by_customer ON orders(customer_id, ordered_at)"),
                QStringLiteral("CREATE INDEX orders_by_date ON orders(ordered_at)"),
                QStringLiteral("CREATE INDEX orders_by_import ON orders(import_id)"),
                QStringLiteral("CREATE INDEX customers_by_import ON customers(import_id)"),
                QStringLiteral("CREATE INDEX contacts_by_customer ON campaign_contacts(customer_id)"),
                QStringLiteral("CREATE INDEX import_rejects_by_import ON import_rejects(import_id)"),
                QStringLiteral("CREATE INDEX imports_by_hash ON imports(file_sha256)"),
                QStringLiteral(R"(CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
))"),
            }};
}

// Schema 3: one covering index in customer order for the per-customer scan. It holds every
// column the scan reads (and the points columns of the points analysis), so SQLite walks it
// in (customer, time) order with no sort and no table lookup. It starts with the columns of
// orders_by_customer, which it replaces.
Migration schemaV3()
{
    return {3,
            {
                QStringLiteral("CREATE INDEX orders_customer_scan ON orders(customer_id, ordered_at, status, "
                               "amount_minor, points_earned, points_redeemed)"),
                QStringLiteral("DROP INDEX orders_by_customer"),
            }};
}

// Schema 4: every customer's orders folded per day and packed (store/customerdays.h), so
// the analyses read one row per customer instead of walking ten million orders. The table
// is derived data: triggers mark it stale on any change to `orders`, the importer, undo and
// the generators rebuild what they changed inside their own transaction, and a stale cache
// is never read. An upgraded workspace with orders starts stale; its next import rebuilds.
// Each trigger checks the flag first, so a bulk insert pays one lookup per row.
Migration schemaV4()
{
    QStringList statements {
        QStringLiteral(R"(CREATE TABLE customer_days (
    customer_id TEXT PRIMARY KEY,
    days        BLOB NOT NULL
) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE customer_days_state (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    valid INTEGER NOT NULL
))"),
        QStringLiteral("INSERT INTO customer_days_state (id, valid) VALUES (1, NOT EXISTS (SELECT 1 FROM orders))"),
    };
    for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
        statements << QStringLiteral("CREATE TRIGGER customer_days_stale_on_%1 AFTER %2 ON orders "
                                     "WHEN (SELECT valid FROM customer_days_state) = 1 "
                                     "BEGIN UPDATE customer_days_state SET valid = 0; END")
                          .arg(QString::fromLatin1(event).toLower(), QString::fromLatin1(event));
    }
    return {4, statements};
}

template<typename T>
Result<T> pragmaValue(QSqlDatabase db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA ") + pragma) || !query.next()) {
        return databaseError(pragma, query.lastError().text());
    }
    return T(query.value(0).toLongLong());
}

}  // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all {schemaV1(), schemaV2(), schemaV3(), schemaV4()};
    return all;
}

int latestSchemaVersion()
{
    return migrations().constLast().version;
}

VoidResult migrate(QSqlDatabase db, int fromVersion, int toVersion)
{
    for (const Migration &migration : migrations()) {
        if (migration.version <= fromVersion || migration.version > toVersion) {
            continue;
        }
        if (!db.transaction()) {
            return databaseError(QStringLiteral("BEGIN"), db.lastError().text());
        }
        QStringList statements = migration.statements;
        statements << QStringLiteral("PRAGMA user_version = %1").arg(migration.version);
        for (const QString &statement : statements) {
            if (auto ok = exec(db, statement); !ok) {
                db.rollback();
                return makeError(
                    Error::Code::Database,
                    QCoreApplication::translate("Crm::Store", "Upgrading the workspace to schema %1 failed: %2")
                        .arg(migration.version)
                        .arg(ok.error().message));
            }
        }
        if (!db.commit()) {
            const QString text = db.lastError().text();
            db.rollback();
            return databaseError(QStringLiteral("COMMIT"), text);
        }
    }
    return {};
}

Result<int> schemaVersion(QSqlDatabase db)
{
    return pragmaValue<int>(db, QStringLiteral("user_version"));
}

Result<qint32> applicationId(QSqlDatabase db)
{
    return pragmaValue<qint32>(db, QStringLiteral("application_id"));
}

}  // namespace Crm::Core::Store
