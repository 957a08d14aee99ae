// crmbench: the benchmark driver of issue 9. Subcommands generate deterministic order
// files, build a workspace directly, time the per-customer scan in-process, and run any
// program (crmwb, the sqlite3 shell) measuring wall time and peak memory through wait4.
// bench/run_benchmarks.sh strings them together and writes bench/RESULTS.md.

#include "analysis/common/purchasehistory.h"
#include "import/tablereader.h"
#include "ordergenerator.h"
#include "procstats.h"
#include "report/xlsxwriter.h"
#include "store/bulkinsert.h"
#include "store/connection.h"
#include "store/customerdays.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <array>
#include <cstdio>

using namespace Crm;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

int fail(const QString &message)
{
    QTextStream(stderr) << "crmbench: " << message << Qt::endl;
    return 1;
}

// Reads "--name value" pairs; everything after "--" is returned in rest.
QHash<QString, QString> parseOptions(const QStringList &arguments, QStringList *rest = nullptr)
{
    QHash<QString, QString> options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--")) {
            if (rest) {
                *rest = arguments.mid(i + 1);
            }
            break;
        }
        if (argument.startsWith(QLatin1String("--")) && i + 1 < arguments.size()) {
            options.insert(argument.mid(2), arguments.at(i + 1));
            ++i;
        }
    }
    return options;
}

qint64 parseCount(const QString &text)
{
    // Accepts 100000, 100k, 1M, 10M.
    QString t = text.trimmed().toLower();
    qint64 factor = 1;
    if (t.endsWith(QLatin1Char('k'))) {
        factor = 1000;
        t.chop(1);
    } else if (t.endsWith(QLatin1Char('m'))) {
        factor = 1000000;
        t.chop(1);
    }
    return t.toLongLong() * factor;
}

// The row as the project's own xlsx exporter writes it: dates as date serials with a date
// format, money as numbers in major units with a money format, the rest as text.
QList<Core::Report::DataColumn> xlsxColumns()
{
    using Type = Core::Report::DataColumn::Type;
    const QList<Type> types {Type::Text, Type::Text, Type::Date, Type::Money,
                             Type::Text, Type::Text, Type::Text, Type::Text};
    QList<Core::Report::DataColumn> columns;
    const QList<QByteArray> names = Bench::OrderGenerator::headerNames();
    for (qsizetype i = 0; i < names.size(); ++i) {
        columns.append({QString::fromLatin1(names.at(i)), types.at(i)});
    }
    return columns;
}

QVariantList xlsxRow(const Bench::GeneratedOrder &order, QByteArray &scratch)
{
    QVariantList row;
    scratch.clear();
    Bench::OrderGenerator::appendOrderId(scratch, order);
    row << QString::fromLatin1(scratch);
    scratch.clear();
    Bench::OrderGenerator::appendCustomerId(scratch, order);
    row << QString::fromLatin1(scratch);
    row << QDate::fromJulianDay(order.julianDay);
    row << order.amount;
    row << QString::fromLatin1(Bench::OrderGenerator::channelNames()[order.channel]);
    scratch.clear();
    Bench::OrderGenerator::appendStore(scratch, order);
    row << QString::fromLatin1(scratch);
    row << QString::fromLatin1(Bench::OrderGenerator::campaignName(order.campaign));
    row << (order.isReturn ? QStringLiteral("return") : QStringLiteral("purchase"));
    return row;
}

int generate(const QHash<QString, QString> &options)
{
    const qint64 orders = parseCount(options.value(QStringLiteral("orders"), QStringLiteral("100k")));
    const quint64 seed = options.value(QStringLiteral("seed"), QStringLiteral("20261123")).toULongLong();
    const QString csvPath = options.value(QStringLiteral("csv"));
    const QString xlsxPath = options.value(QStringLiteral("xlsx"));
    const qint64 customers = parseCount(options.value(QStringLiteral("customers"), QStringLiteral("0")));
    if (orders <= 0 || (csvPath.isEmpty() && xlsxPath.isEmpty())) {
        return fail(QStringLiteral("generate needs --orders N and --csv FILE and/or --xlsx FILE"));
    }
    QElapsedTimer timer;
    timer.start();
    QFile csv(csvPath);
    if (!csvPath.isEmpty() && !csv.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        return fail(QStringLiteral("cannot write %1").arg(csvPath));
    }
    // The xlsx goes through the project's own exporter (core/report/xlsxwriter.h).
    Core::Report::XlsxWriter xlsx;
    if (!xlsxPath.isEmpty()) {
        if (auto opened = xlsx.open(xlsxPath, QStringLiteral("Orders"), xlsxColumns()); !opened) {
            return fail(opened.error().describe());
        }
    }
    QByteArray buffer = Bench::OrderGenerator::csvHeader();
    QByteArray scratch;
    Bench::OrderGenerator generator(orders, seed, customers);
    Bench::GeneratedOrder order;
    while (generator.next(order)) {
        if (csv.isOpen()) {
            Bench::OrderGenerator::appendCsvLine(buffer, order);
            if (buffer.size() > (1 << 20)) {
                csv.write(buffer);
                buffer.clear();
            }
        }
        if (!xlsxPath.isEmpty()) {
            if (auto written = xlsx.writeRow(xlsxRow(order, scratch)); !written) {
                return fail(written.error().describe());
            }
        }
    }
    if (csv.isOpen()) {
        csv.write(buffer);
        csv.close();
        if (csv.error() != QFile::NoError) {
            return fail(QStringLiteral("writing %1 failed").arg(csvPath));
        }
    }
    if (!xlsxPath.isEmpty()) {
        if (auto finished = xlsx.finish(); !finished) {
            return fail(finished.error().describe());
        }
    }
    out() << "orders=" << orders << " customers=" << generator.customerCount()
          << " seconds=" << double(timer.nsecsElapsed()) / 1e9 << Qt::endl;
    return 0;
}

// Writes the generated orders straight into a new workspace (one import, one
// transaction), so the analysis benchmarks do not depend on the importer.
int buildWorkspace(const QHash<QString, QString> &options)
{
    const qint64 orders = parseCount(options.value(QStringLiteral("orders"), QStringLiteral("100k")));
    const quint64 seed = options.value(QStringLiteral("seed"), QStringLiteral("20261123")).toULongLong();
    const QString path = options.value(QStringLiteral("db"));
    const qint64 customerCount = parseCount(options.value(QStringLiteral("customers"), QStringLiteral("0")));
    if (orders <= 0 || path.isEmpty()) {
        return fail(QStringLiteral("workspace needs --orders N --db FILE"));
    }
    QElapsedTimer timer;
    timer.start();
    auto workspace = Core::Store::Workspace::create(path);
    if (!workspace) {
        return fail(workspace.error().describe());
    }
    auto connection = workspace->connect();
    if (!connection) {
        return fail(connection.error().describe());
    }
    QSqlDatabase db = connection->database();
    QSqlQuery query(db);
    // A cache that holds the indexes: ten million rows inserted in time order land at random
    // places of the customer index, which a small cache turns into disk reads.
    if (!query.exec(QStringLiteral("PRAGMA cache_size = -1048576"))) {
        return fail(query.lastError().text());
    }
    db.transaction();
    if (!query.exec(QStringLiteral("INSERT INTO imports (import_id, file_name, kind, started_at, finished_at, status) "
                                   "VALUES (1, 'crmbench', 'orders', '2026-01-01T00:00:00', "
                                   "'2026-01-01T00:00:00', 'completed')"))) {
        return fail(query.lastError().text());
    }
    Bench::OrderGenerator generator(orders, seed, customerCount);
    QSqlQuery customers(db);
    customers.prepare(QStringLiteral("INSERT INTO customers (customer_id, import_id) VALUES (?, 1)"));
    QByteArray text;
    for (qint64 i = 0; i < generator.customerCount(); ++i) {
        Bench::GeneratedOrder order;
        order.customer = i;
        text.clear();
        Bench::OrderGenerator::appendCustomerId(text, order);
        customers.addBindValue(QString::fromLatin1(text));
        if (!customers.exec()) {
            return fail(customers.lastError().text());
        }
    }
    query.prepare(QStringLiteral("INSERT INTO orders (order_id, customer_id, ordered_at, amount_minor, channel, "
                                 "store, campaign_id, status, import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"));
    Bench::GeneratedOrder order;
    while (generator.next(order)) {
        text.clear();
        Bench::OrderGenerator::appendOrderId(text, order);
        query.addBindValue(QString::fromLatin1(text));
        text.clear();
        Bench::OrderGenerator::appendCustomerId(text, order);
        query.addBindValue(QString::fromLatin1(text));
        text.clear();
        Bench::OrderGenerator::appendTimestamp(text, order);
        text[10] = 'T';  // the workspace stores ISO 8601
        query.addBindValue(QString::fromLatin1(text));
        query.addBindValue(order.amount);
        query.addBindValue(QString::fromLatin1(Bench::OrderGenerator::channelNames()[order.channel]));
        text.clear();
        Bench::OrderGenerator::appendStore(text, order);
        query.addBindValue(QString::fromLatin1(text));
        query.addBindValue(order.campaign < 0
                               ? QVariant()
                               : QVariant(QString::fromLatin1(Bench::OrderGenerator::campaignName(order.campaign))));
        query.addBindValue(order.isReturn ? QStringLiteral("return") : QStringLiteral("purchase"));
        if (!query.exec()) {
            return fail(query.lastError().text());
        }
    }
    // What the importer does at the end of an import: the per-customer day cache the
    // analyses read (store/customerdays.h).
    QElapsedTimer cacheTimer;
    cacheTimer.start();
    if (auto ok = Crm::Core::Store::rebuildCustomerDayCache(db); !ok) {
        return fail(ok.error().message);
    }
    const double cacheSeconds = double(cacheTimer.nsecsElapsed()) / 1e9;
    if (!db.commit()) {
        return fail(db.lastError().text());
    }
    out() << "orders=" << orders << " customers=" << generator.customerCount()
          << " seconds=" << double(timer.nsecsElapsed()) / 1e9 << " customer_days_seconds=" << cacheSeconds << Qt::endl;
    return 0;
}

// The one per-customer scan every analysis starts from, timed in-process.
int history(const QHash<QString, QString> &options)
{
    auto workspace = Core::Store::Workspace::open(options.value(QStringLiteral("db")));
    if (!workspace) {
        return fail(workspace.error().describe());
    }
    auto connection = workspace->connect();
    if (!connection) {
        return fail(connection.error().describe());
    }
    QElapsedTimer timer;
    timer.start();
    auto asOf = Core::Analysis::defaultAsOfDate(connection->database());
    if (!asOf) {
        return fail(asOf.error().describe());
    }
    auto customers = Core::Analysis::loadPurchaseHistory(connection->database(), {asOf.value(), {}, true});
    if (!customers) {
        return fail(customers.error().describe());
    }
    qint64 days = 0;
    for (const auto &customer : customers.value()) {
        days += qint64(customer.days.size());
    }
    out() << "customers=" << customers->size() << " days=" << days << " seconds=" << double(timer.nsecsElapsed()) / 1e9
          << " maxrss_kb=" << Bench::selfPeakKib() << Qt::endl;
    return 0;
}

// Reads every row of a file through the importer's reader (openTableReader: the xlsx,
// xls or CSV reader its content calls for) and counts them: the reading half of an import,
// without mapping or storing, as `openpyxl` or a spreadsheet converter reads a file.
int readFile(const QHash<QString, QString> &options)
{
    const QString path = options.value(QStringLiteral("file"));
    if (path.isEmpty()) {
        return fail(QStringLiteral("read needs --file FILE"));
    }
    QElapsedTimer timer;
    timer.start();
    auto reader = Core::Import::openTableReader(path);
    if (!reader) {
        return fail(reader.error().describe());
    }
    qint64 rows = 0;
    qint64 cells = 0;
    auto read = reader.value()->readRows([&](const Core::Import::SourceRow &row) {
        ++rows;
        for (const QVariant &cell : row.cells) {
            cells += cell.isNull() ? 0 : 1;
        }
        return true;
    });
    if (!read) {
        return fail(read.error().describe());
    }
    out() << "rows=" << rows << " cells=" << cells << " seconds=" << double(timer.nsecsElapsed()) / 1e9 << Qt::endl;
    return 0;
}

// Splits one line of the generator's CSV (no quoting) into its fields.
int splitPlainCsvLine(const char *line, qsizetype size, std::array<std::pair<const char *, qsizetype>, 8> &fields)
{
    int count = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= size && count < int(fields.size()); ++i) {
        if (i == size || line[i] == ',') {
            fields[count++] = {line + start, i - start};
            start = i + 1;
        }
    }
    return count;
}

// "127.44" -> 12744; the generator writes two decimals.
qint64 plainMinorUnits(const char *text, qsizetype size)
{
    qint64 value = 0;
    bool negative = false;
    for (qsizetype i = 0; i < size; ++i) {
        if (text[i] == '-') {
            negative = true;
        } else if (text[i] >= '0' && text[i] <= '9') {
            value = value * 10 + (text[i] - '0');
        }
    }
    return negative ? -value : value;
}

// The SQLite floor of a CSV import: the generator's CSV split on commas with no quoting,
// encoding, sniffing, mapping or validation, its bytes bound straight to the importer's
// INSERT (Store::BulkInsert, the importer's own path to the C API) into a new workspace,
// with the importer's big-file steps: stale-marking triggers suspended, secondary indexes
// dropped and rebuilt, the customer_days cache brought up to date, one transaction. What is left is SQLite's own work
// for the workspace's schema, which no importer on it can go below.
int insertFloor(const QHash<QString, QString> &options)
{
    const QString csvPath = options.value(QStringLiteral("csv"));
    const QString path = options.value(QStringLiteral("db"));
    if (csvPath.isEmpty() || path.isEmpty()) {
        return fail(QStringLiteral("floor needs --csv FILE --db FILE"));
    }
    QElapsedTimer timer;
    timer.start();
    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly)) {
        return fail(QStringLiteral("cannot read %1").arg(csvPath));
    }
    auto workspace = Core::Store::Workspace::create(path);
    if (!workspace) {
        return fail(workspace.error().describe());
    }
    auto connection = workspace->connect();
    if (!connection) {
        return fail(connection.error().describe());
    }
    QSqlDatabase db = connection->database();
    QSqlQuery query(db);
    const auto run = [&](const QString &sql) {
        if (!query.exec(sql)) {
            fail(sql + QStringLiteral(": ") + query.lastError().text());
            return false;
        }
        return true;
    };
    // The importer's settings for a load (core/import/loader/importer.cpp).
    for (const char *pragma : {"PRAGMA cache_size = -131072", "PRAGMA threads = 2", "PRAGMA temp_store = FILE"}) {
        if (!run(QString::fromLatin1(pragma))) {
            return 1;
        }
    }
    db.transaction();
    if (!run(QStringLiteral("INSERT INTO imports (import_id, file_name, kind, started_at, status) "
                            "VALUES (1, 'floor', 'orders', '2026-01-01T00:00:00', 'running')"))) {
        return 1;
    }
    Core::Store::CustomerDayCacheUpdate customerDays(db);
    if (auto ok = customerDays.suspendStaleTriggers(); !ok) {
        return fail(ok.error().message);
    }
    auto indexes = Core::Store::dropSchemaObjects(db, QStringLiteral("index"), QStringLiteral("orders"));
    if (!indexes) {
        return fail(indexes.error().message);
    }
    Core::Store::BulkInsert insert;
    if (auto prepared = insert.prepare(db,
                                       QStringLiteral("INSERT INTO orders (order_id, customer_id, ordered_at, "
                                                      "amount_minor, channel, store, campaign_id, status, "
                                                      "import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"));
        !prepared) {
        return fail(prepared.error().describe());
    }
    QElapsedTimer phase;
    phase.start();
    qint64 rows = 0;
    std::array<std::pair<const char *, qsizetype>, 8> fields;
    QByteArray line;
    csv.readLine();  // the header
    while (!(line = csv.readLine()).isEmpty()) {
        line.chop(line.endsWith('\n') ? 1 : 0);
        if (splitPlainCsvLine(line.data(), line.size(), fields) != 8) {
            return fail(QStringLiteral("line %1 is not the generator's").arg(rows + 2));
        }
        line[fields[2].first - line.data() + 10] = 'T';  // stored as ISO 8601
        for (int column : {0, 1, 2, 4, 5}) {
            insert.bindUtf8(column, fields[column].first, fields[column].second);
        }
        insert.bindInt(3, plainMinorUnits(fields[3].first, fields[3].second));
        if (fields[6].second == 0) {
            insert.bindNull(6);
        } else {
            insert.bindUtf8(6, fields[6].first, fields[6].second);
        }
        insert.bindUtf8(7, fields[7].first, fields[7].second);
        if (insert.exec() != Core::Store::BulkInsert::Outcome::Done) {
            return fail(insert.lastError());
        }
        ++rows;
    }
    const auto lap = [&phase] { return double(phase.nsecsElapsed()) / 1e9; };
    const double insertSeconds = lap();
    for (const QString &sql : std::as_const(indexes.value())) {
        if (!run(sql)) {
            return 1;
        }
    }
    const double indexSeconds = lap() - insertSeconds;
    // As the importer ends (importer.cpp, updateCustomerDays): the customers it touched.
    auto touched = Core::Store::customersOfImport(db, 1);
    if (!touched) {
        return fail(touched.error().message);
    }
    if (auto ok = customerDays.finish(touched.value()); !ok) {
        return fail(ok.error().message);
    }
    const double cacheSeconds = lap() - insertSeconds - indexSeconds;
    if (!run(QStringLiteral("UPDATE imports SET status = 'complete', finished_at = started_at WHERE import_id = 1"))
        || !db.commit()) {
        return fail(db.lastError().text());
    }
    const double commitSeconds = lap() - insertSeconds - indexSeconds - cacheSeconds;
    out() << "orders=" << rows << " seconds=" << double(timer.nsecsElapsed()) / 1e9
          << " insert_seconds=" << insertSeconds << " index_seconds=" << indexSeconds
          << " customer_days_seconds=" << cacheSeconds << " commit_seconds=" << commitSeconds << Qt::endl;
    return 0;
}

// measure [--stdout FILE] -- PROGRAM ARGS...
int measure(const QHash<QString, QString> &options, const QStringList &command)
{
    if (command.isEmpty()) {
        return fail(QStringLiteral("measure needs -- PROGRAM ARGS..."));
    }
    const Bench::ChildStats stats = Bench::runMeasured(command, options.value(QStringLiteral("stdout")));
    out() << "seconds=" << stats.seconds << " cpu=" << stats.cpuSeconds << " maxrss_kb=" << stats.peakKib
          << " exit=" << stats.exitCode << Qt::endl;
    return 0;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments().mid(1);
    const QString command = arguments.value(0);
    QStringList rest;
    const auto options = parseOptions(arguments.mid(1), &rest);
    if (command == QLatin1String("generate")) {
        return generate(options);
    }
    if (command == QLatin1String("workspace")) {
        return buildWorkspace(options);
    }
    if (command == QLatin1String("history")) {
        return history(options);
    }
    if (command == QLatin1String("read")) {
        return readFile(options);
    }
    if (command == QLatin1String("floor")) {
        return insertFloor(options);
    }
    if (command == QLatin1String("measure")) {
        return measure(options, rest);
    }
    return fail(QStringLiteral(
        "usage: crmbench generate|workspace|history|read|floor|measure [options] (generate and workspace "
        "take --customers N; default one per 6 orders)"));
}
