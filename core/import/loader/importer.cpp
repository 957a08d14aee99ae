#include "importer.h"

#include "import/importerror.h"
#include "import/mapping/headerdetector.h"
#include "import/mapping/mappingprofile.h"
#include "store/bulkinsert.h"
#include "store/connection.h"
#include "store/customerdays.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace Crm::Core::Import {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Crm::Import)
};

constexpr qsizetype kSampleRows = 2000;
// The sample also ends when its text reaches 16 Mi characters (32 MiB as UTF-16), so rows
// near the CSV reader's row limit cannot make 2,000 of them a memory problem.
constexpr qsizetype kSampleChars = qsizetype(16) << 20;
constexpr int kMaxSummaryRejects = 20;

// Product lines of one order while the file is read; written when the file is done.
struct FoldedOrder
{
    qint64 firstRow = 0;
    QString customerId;
    QString orderedAt;
    MoneyMinor amount = 0;
    bool cancelled = false;
    int lines = 0;
    QVariant channel;
    QVariant store;
    QVariant campaignId;
    QVariant pointsEarned;
    QVariant pointsRedeemed;
};

bool isControlGroup(const QString &group)
{
    static const QStringList markers {QStringLiteral("control"), QStringLiteral("holdout"), QStringLiteral("c"),
                                      QStringLiteral("对照"),    QStringLiteral("对照组"),  QStringLiteral("控制组"),
                                      QStringLiteral("對照"),    QStringLiteral("對照組"),  QStringLiteral("控制組")};
    return markers.contains(group.trimmed().toLower());
}

// Positions of the order fields in ConvertedRow::values, looked up once per import.
struct FieldSlots
{
    int orderId = -1;
    int customerId = -1;
    int orderedAt = -1;
    int amount = -1;
    int channel = -1;
    int store = -1;
    int campaignId = -1;
    int pointsEarned = -1;
    int pointsRedeemed = -1;

    explicit FieldSlots(const RowConverter *converter = nullptr)
    {
        if (!converter) {
            return;
        }
        const auto at = [converter](const char *name) { return converter->fieldIndex(QString::fromLatin1(name)); };
        orderId = at("order_id");
        customerId = at("customer_id");
        orderedAt = at("ordered_at");
        amount = at("amount");
        channel = at("channel");
        store = at("store");
        campaignId = at("campaign_id");
        pointsEarned = at("points_earned");
        pointsRedeemed = at("points_redeemed");
    }
};

// !cellText(cell).isEmpty() without building the text for the common case.
bool hasText(const QVariant &cell)
{
    if (cell.isNull()) {
        return false;
    }
    if (cell.typeId() == QMetaType::QString) {
        const QString &text = *static_cast<const QString *>(cell.constData());
        if (!text.isEmpty() && !text.front().isSpace() && text.front() != u'=') {
            return true;
        }
    }
    return !cellText(cell).isEmpty();
}

class ImportSession
{
public:
    ImportSession(QSqlDatabase db, const ImportRequest &request, TableReader &reader, qint64 importId)
        : m_db(db)
        , m_request(request)
        , m_reader(reader)
        , m_importId(importId)
    { }

    // Row sink for TableReader::readRows.
    bool onRow(const SourceRow &row)
    {
        if (!m_converter) {
            m_sample.append(row);
            for (const QVariant &cell : row.cells) {
                if (cell.typeId() == QMetaType::QString) {
                    m_sampleChars += static_cast<const QString *>(cell.constData())->size();
                }
            }
            if (m_sample.size() < kSampleRows && m_sampleChars < kSampleChars) {
                return true;
            }
            return startLoading();
        }
        return processRow(row);
    }

    // After the last row: load a short file's sample, write folded orders.
    bool finish()
    {
        if (!m_converter && !startLoading()) {
            return false;
        }
        return writeFoldedOrders() && recreateIndexes();
    }

    const Error &error() const { return m_error; }
    bool failed() const { return m_failed; }
    ImportSummary &summary() { return m_summary; }
    const ColumnMapping *mapping() const { return m_converter ? &m_converter->mapping() : nullptr; }

private:
    bool setError(Error error)
    {
        m_error = std::move(error);
        m_failed = true;
        return false;
    }

    bool dbError(const QString &what, const QSqlQuery &query)
    {
        return setError(Store::databaseError(what, query.lastError().text()));
    }

    bool startLoading()
    {
        const HeaderGuess header = findHeaderRow(m_sample);
        int columns = 0;
        for (const SourceRow &row : std::as_const(m_sample)) {
            columns = qMax(columns, int(row.cells.size()));
        }
        const SourceRow *headerRow = header.index >= 0 ? &m_sample[header.index] : nullptr;
        const QStringList titles = headerTitles(headerRow, columns);
        m_summary.headerRow = headerRow ? headerRow->number : 0;
        const QList<SourceRow> data = m_sample.mid(header.index + 1);
        Result<MappingChoice> mapping = chooseMapping(m_db, titles, headerRow != nullptr, data, m_request.mapping);
        if (!mapping) {
            Error error = mapping.error();
            error.context = errorContext(m_request.path, m_reader.currentSheet(), m_summary.headerRow);
            return setError(error);
        }
        m_summary.mappingSource = mappingSourceName(mapping->source);
        m_summary.warnings += mapping->notes;
        const QChar decimal = m_request.read.decimal.isNull() ? mapping->decimal : m_request.read.decimal;
        ConversionOptions options;
        options.decimal
            = decimal.isNull() ? (m_reader.decimalHint().isNull() ? QChar(u'.') : m_reader.decimalHint()) : decimal;
        options.dateFormat = m_request.dateFormat.isEmpty() ? mapping->dateFormat : m_request.dateFormat;
        m_converter = std::make_unique<RowConverter>(std::move(mapping->mapping), options);
        m_converter->learn(data);
        m_summary.kind = kindName(m_converter->mapping().kind);
        m_summary.mappingJson = m_converter->mapping().toJson();
        m_summary.warnings += m_converter->notes();
        m_dataColumns = int(m_converter->mapping().columns.size());
        m_slots = FieldSlots(m_converter.get());
        m_lineLevel = m_converter->mapping().isLineLevel();
        if (!prepare()) {
            return false;
        }
        m_sample.clear();
        for (const SourceRow &row : data) {
            if (!processRow(row)) {
                return false;
            }
        }
        return true;
    }

    bool prepareQuery(Store::BulkInsert &insert, const QString &sql)
    {
        if (VoidResult prepared = insert.prepare(m_db, sql); !prepared) {
            return setError(prepared.error());
        }
        return true;
    }

    bool insertError(const QString &what, const Store::BulkInsert &insert)
    {
        return setError(Store::databaseError(what, insert.lastError()));
    }

    // Rows of the file, from its size and the sampled rows' text (delimiters included); a
    // compressed workbook counts low.
    qint64 estimatedFileRows(qint64 fileBytes) const
    {
        qint64 chars = 0;
        for (const SourceRow &row : std::as_const(m_sample)) {
            chars += row.cells.size();
            for (const QVariant &cell : row.cells) {
                if (cell.typeId() == QMetaType::QString) {
                    chars += static_cast<const QString *>(cell.constData())->size();
                }
            }
        }
        return chars > 0 ? qint64(double(fileBytes) * double(m_sample.size()) / double(chars)) : 0;
    }

    // Bulk loads into a big table are faster without its secondary indexes: inserting into
    // several random-order B-trees per row costs more than sorting once at the end.
    bool dropSecondaryIndexes(const QString &table)
    {
        const qint64 fileBytes = QFileInfo(m_request.path).size();
        if (m_db.driverName() != QLatin1String("QSQLITE") || fileBytes < m_request.rebuildIndexesFromBytes) {
            return true;
        }
        // The largest rowid stands for the table's rows (one B-tree descent, not a count).
        QSqlQuery rows(m_db);
        if (!rows.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM \"%1\"").arg(table)) || !rows.next()) {
            return dbError(QStringLiteral("SELECT MAX(rowid)"), rows);
        }
        const qint64 tableRows = rows.value(0).toLongLong();
        rows.finish();  // an open statement would keep DROP INDEX from running
        if (double(estimatedFileRows(fileBytes)) < m_request.rebuildIndexesFromShare * double(tableRows)) {
            return true;
        }
        auto dropped = Store::dropSchemaObjects(m_db, QStringLiteral("index"), table);
        if (!dropped) {
            return setError(dropped.error());
        }
        m_droppedIndexes = dropped.value();
        return true;
    }

    bool recreateIndexes()
    {
        for (const QString &sql : std::as_const(m_droppedIndexes)) {
            QSqlQuery create(m_db);
            if (!create.exec(sql)) {
                return dbError(sql, create);
            }
        }
        m_droppedIndexes.clear();
        return true;
    }

    bool prepare()
    {
        if (m_converter->mapping().kind == ImportKind::Orders && !dropSecondaryIndexes(QStringLiteral("orders"))) {
            return false;
        }
        if (!prepareQuery(m_rejectQuery,
                          QStringLiteral("INSERT INTO import_rejects (import_id, row_number, \"column\", "
                                         "reason, raw) VALUES (?, ?, ?, ?, ?)"))) {
            return false;
        }
        switch (m_converter->mapping().kind) {
        case ImportKind::Orders:
            if (m_converter->mapping().isLineLevel()) {
                return prepareQuery(m_itemQuery,
                                    QStringLiteral("INSERT INTO order_items (order_id, line, sku, product, quantity, "
                                                   "unit_price_minor, import_id) VALUES (?, ?, ?, ?, ?, ?, ?)"))
                    && prepareOrderQuery();
            }
            return prepareOrderQuery();
        case ImportKind::Customers:
            return prepareQuery(m_rowQuery,
                                QStringLiteral("INSERT INTO customers (customer_id, name, phone, email, city, gender, "
                                               "birthday, signup_at, tier, points_balance, import_id) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        case ImportKind::Campaigns:
            return prepareQuery(m_rowQuery,
                                QStringLiteral("INSERT INTO campaigns (campaign_id, name, channel, start_date, "
                                               "end_date, cost_minor, target, import_id) "
                                               "VALUES (?, ?, ?, ?, ?, COALESCE(?, 0), ?, ?)"));
        case ImportKind::Contacts:
            return prepareQuery(m_rowQuery,
                                QStringLiteral("INSERT INTO campaign_contacts (campaign_id, customer_id, "
                                               "contacted_at, grp, channel, import_id) VALUES (?, ?, ?, ?, ?, ?)"));
        }
        return true;
    }

    bool prepareOrderQuery()
    {
        return prepareQuery(m_orderQuery,
                            QStringLiteral("INSERT INTO orders (order_id, customer_id, ordered_at, amount_minor, "
                                           "channel, store, campaign_id, points_earned, points_redeemed, status, "
                                           "import_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }

    bool isSummaryLine(const SourceRow &row) const
    {
        int filled = 0;
        for (const QVariant &cell : row.cells) {
            if (hasText(cell) && ++filled > 1) {
                return false;
            }
        }
        return filled == 0 || m_dataColumns >= 3;
    }

    bool processRow(const SourceRow &row)
    {
        if (isSummaryLine(row)) {
            ++m_summary.rowsSkipped;
            return true;
        }
        ++m_summary.rowsRead;
        m_currentRow = &row;
        if (m_request.failAfterRows >= 0 && m_summary.rowsRead > m_request.failAfterRows) {
            return setError(makeError(Error::Code::Internal, QStringLiteral("injected failure (test)"),
                                      errorContext(m_request.path, m_reader.currentSheet(), row.number)));
        }
        if (!m_converter->convert(row, m_converted, m_reject)) {
            return reject(m_reject);
        }
        switch (m_converter->mapping().kind) {
        case ImportKind::Orders:
            return m_lineLevel ? foldLine() : insertOrder();
        case ImportKind::Customers:
            return insertRow(
                m_converted.values,
                QT_TRANSLATE_NOOP("Crm::Import", "customer %1 is already in the workspace or twice in the file"));
        case ImportKind::Campaigns:
            return insertRow(
                m_converted.values,
                QT_TRANSLATE_NOOP("Crm::Import", "campaign %1 is already in the workspace or twice in the file"));
        case ImportKind::Contacts: {
            QVariantList values = m_converted.values;
            const int group = m_converter->fieldIndex(QStringLiteral("group"));
            values[group]
                = isControlGroup(values[group].toString()) ? QStringLiteral("control") : QStringLiteral("treatment");
            return insertRow(values, QT_TRANSLATE_NOOP("Crm::Import", "customer %1 is listed twice for this campaign"));
        }
        }
        return true;
    }

    bool reject(const RowReject &rejected)
    {
        ++m_summary.rowsRejected;
        if (m_summary.firstRejects.size() < kMaxSummaryRejects) {
            m_summary.firstRejects.append(rejected);
        }
        m_rejectQuery.bindInt(0, m_importId);
        m_rejectQuery.bindInt(1, rejected.row);
        if (rejected.column.isEmpty()) {
            m_rejectQuery.bindNull(2);
        } else {
            m_rejectQuery.bindText(2, rejected.column);
        }
        m_rejectQuery.bindText(3, rejected.reason);
        m_rejectQuery.bindText(4, rejected.raw);
        if (m_rejectQuery.exec() != Store::BulkInsert::Outcome::Done) {
            return insertError(QStringLiteral("INSERT INTO import_rejects"), m_rejectQuery);
        }
        return true;
    }

    bool rejectRow(const QString &column, const QString &reason)
    {
        RowReject rejected;
        rejected.row = m_converted.row;
        rejected.column = column;
        rejected.reason = reason;
        rejected.raw = m_currentRow ? RowConverter::rawText(*m_currentRow) : QString();
        return reject(rejected);
    }

    // Converted values by field; the indexes are looked up once per import (FieldSlots).
    const QVariant &value(int slot) const
    {
        static const QVariant none;
        return slot >= 0 ? m_converted.values[slot] : none;
    }
    const QVariant &value(const char *field) const
    {
        return value(m_converter->fieldIndex(QString::fromLatin1(field)));
    }
    // A text field's value without a copy (ids, ISO dates); empty when null.
    const QString &text(int slot) const
    {
        static const QString empty;
        const QVariant &cell = value(slot);
        return cell.typeId() == QMetaType::QString ? *static_cast<const QString *>(cell.constData()) : empty;
    }

    QString header(const char *field) const
    {
        const ColumnMapping &mapping = m_converter->mapping();
        return mapping.headers.value(mapping.column(QString::fromLatin1(field)));
    }

    // Executes a prepared insert; a constraint violation becomes a reject of the current row
    // (the reason is only composed then). Returns false on a database error; `inserted`
    // tells whether the row went in.
    template<typename Reason>
    bool execInsert(Store::BulkInsert &insert, const Reason &duplicateReason, const char *columnField, bool &inserted)
    {
        inserted = false;
        switch (insert.exec()) {
        case Store::BulkInsert::Outcome::Done:
            inserted = true;
            return true;
        case Store::BulkInsert::Outcome::ConstraintViolation:
            return rejectRow(columnField ? header(columnField) : QString(), duplicateReason());
        case Store::BulkInsert::Outcome::Failed:
            break;
        }
        return insertError(QStringLiteral("INSERT"), insert);
    }

    bool insertRow(const QVariantList &values, const char *duplicateReason)
    {
        for (int i = 0; i < values.size(); ++i) {
            m_rowQuery.bindValue(i, values[i]);
        }
        m_rowQuery.bindInt(int(values.size()), m_importId);
        bool inserted = false;
        const auto reason = [&] {
            const QString key = values.value(m_converter->mapping().kind == ImportKind::Contacts ? 1 : 0).toString();
            return Text::tr(duplicateReason).arg(key);
        };
        if (!execInsert(m_rowQuery, reason, nullptr, inserted)) {
            return false;
        }
        if (inserted) {
            ++m_summary.rowsImported;
        }
        return true;
    }

    bool bindOrder(const QString &orderId, const QString &customerId, const QString &orderedAt, MoneyMinor amount,
                   bool cancelled, const QVariant &channel, const QVariant &store, const QVariant &campaign,
                   const QVariant &earned, const QVariant &redeemed)
    {
        const bool isReturn = cancelled || amount < 0;
        static const QString returnStatus = QStringLiteral("return");
        static const QString purchaseStatus = QStringLiteral("purchase");
        m_orderQuery.bindText(0, orderId);
        m_orderQuery.bindText(1, customerId);
        m_orderQuery.bindText(2, orderedAt);
        m_orderQuery.bindInt(3, qint64(isReturn ? -std::abs(amount) : amount));
        m_orderQuery.bindValue(4, channel);
        m_orderQuery.bindValue(5, store);
        m_orderQuery.bindValue(6, campaign);
        m_orderQuery.bindValue(7, earned);
        m_orderQuery.bindValue(8, redeemed);
        m_orderQuery.bindText(9, isReturn ? returnStatus : purchaseStatus);
        m_orderQuery.bindInt(10, m_importId);
        return true;
    }

    bool insertOrder()
    {
        const FieldSlots &f = m_slots;
        const QString &orderId = text(f.orderId);
        bindOrder(orderId, text(f.customerId), text(f.orderedAt), value(f.amount).toLongLong(), m_converted.cancelled,
                  value(f.channel), value(f.store), value(f.campaignId), value(f.pointsEarned),
                  value(f.pointsRedeemed));
        bool inserted = false;
        const auto reason
            = [&] { return Text::tr("order %1 is already in the workspace or twice in the file").arg(orderId); };
        if (!execInsert(m_orderQuery, reason, "order_id", inserted)) {
            return false;
        }
        if (inserted) {
            ++m_summary.rowsImported;
            ++m_summary.ordersWritten;
        }
        return true;
    }

    bool foldLine()
    {
        const bool hasAmountColumn = m_converter->mapping().has(QStringLiteral("amount"));
        const QVariant quantity = value("quantity");
        const QVariant unitPrice = value("unit_price");
        MoneyMinor amount = 0;
        if (hasAmountColumn) {
            amount = value("amount").toLongLong();
        } else if (quantity.isNull()) {
            return rejectRow(header("quantity"), Text::tr("quantity is empty."));
        } else if (unitPrice.isNull()) {
            return rejectRow(header("unit_price"), Text::tr("unit price is empty."));
        } else {
            amount = MoneyMinor(std::llround(quantity.toDouble() * double(unitPrice.toLongLong())));
        }
        const QString orderId = value("order_id").toString();
        const QString customerId = value("customer_id").toString();
        auto it = m_orders.find(orderId);
        if (it == m_orders.end()) {
            FoldedOrder order;
            order.firstRow = m_converted.row;
            order.customerId = customerId;
            order.orderedAt = value("ordered_at").toString();
            order.channel = value("channel");
            order.store = value("store");
            order.campaignId = value("campaign_id");
            it = m_orders.insert(orderId, order);
            m_orderSequence.append(orderId);
        } else if (it->customerId != customerId) {
            return rejectRow(header("customer_id"),
                             Text::tr("order %1 belongs to customer %2 (row %3), not %4.")
                                 .arg(orderId, it->customerId)
                                 .arg(it->firstRow)
                                 .arg(customerId));
        }
        FoldedOrder &order = it.value();
        order.amount += amount;
        order.cancelled = order.cancelled || m_converted.cancelled;
        order.orderedAt = qMin(order.orderedAt, value("ordered_at").toString());
        for (const auto &[field, slot] :
             {std::pair {"points_earned", &order.pointsEarned}, std::pair {"points_redeemed", &order.pointsRedeemed}}) {
            const QVariant points = value(field);
            if (!points.isNull()) {
                *slot = QVariant(slot->toLongLong() + points.toLongLong());
            }
        }
        ++order.lines;
        m_itemQuery.bindText(0, orderId);
        m_itemQuery.bindInt(1, order.lines);
        m_itemQuery.bindValue(2, value("sku"));
        m_itemQuery.bindValue(3, value("product"));
        m_itemQuery.bindValue(4, quantity);
        m_itemQuery.bindValue(5, unitPrice);
        m_itemQuery.bindInt(6, m_importId);
        if (m_itemQuery.exec() != Store::BulkInsert::Outcome::Done) {
            return insertError(QStringLiteral("INSERT INTO order_items"), m_itemQuery);
        }
        ++m_summary.rowsImported;
        ++m_summary.itemsWritten;
        return true;
    }

    bool writeFoldedOrders()
    {
        QSqlQuery dropItems(m_db);
        m_currentRow = nullptr;
        for (const QString &orderId : std::as_const(m_orderSequence)) {
            const FoldedOrder &order = m_orders[orderId];
            bindOrder(orderId, order.customerId, order.orderedAt, order.amount, order.cancelled, order.channel,
                      order.store, order.campaignId, order.pointsEarned, order.pointsRedeemed);
            const Store::BulkInsert::Outcome outcome = m_orderQuery.exec();
            if (outcome == Store::BulkInsert::Outcome::Done) {
                ++m_summary.ordersWritten;
                continue;
            }
            if (outcome != Store::BulkInsert::Outcome::ConstraintViolation) {
                return insertError(QStringLiteral("INSERT INTO orders"), m_orderQuery);
            }
            // The order exists from an earlier import: its lines from this file are rejects.
            dropItems.prepare(QStringLiteral("DELETE FROM order_items WHERE order_id = ? AND import_id = ?"));
            dropItems.addBindValue(orderId);
            dropItems.addBindValue(m_importId);
            if (!dropItems.exec()) {
                return dbError(QStringLiteral("DELETE FROM order_items"), dropItems);
            }
            m_summary.rowsImported -= order.lines;
            m_summary.itemsWritten -= order.lines;
            m_summary.rowsRejected += order.lines - 1;
            m_converted.row = order.firstRow;
            if (!rejectRow(
                    header("order_id"),
                    Text::tr("order %1 is already in the workspace (%2 lines).").arg(orderId).arg(order.lines))) {
                return false;
            }
        }
        return true;
    }

    QSqlDatabase m_db;
    const ImportRequest &m_request;
    TableReader &m_reader;
    qint64 m_importId;
    QList<SourceRow> m_sample;
    qsizetype m_sampleChars = 0;
    std::unique_ptr<RowConverter> m_converter;
    int m_dataColumns = 0;
    ConvertedRow m_converted;
    RowReject m_reject;
    const SourceRow *m_currentRow = nullptr;
    Store::BulkInsert m_rejectQuery;
    Store::BulkInsert m_orderQuery;
    Store::BulkInsert m_itemQuery;
    Store::BulkInsert m_rowQuery;
    FieldSlots m_slots;
    bool m_lineLevel = false;
    QHash<QString, FoldedOrder> m_orders;
    QStringList m_orderSequence;
    QStringList m_droppedIndexes;  // CREATE INDEX statements to run before commit
    ImportSummary m_summary;
    Error m_error;
    bool m_failed = false;
};

Result<qint64> findImportByHash(QSqlDatabase db, const QString &sha256, QString &startedAt)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT import_id, started_at FROM imports WHERE file_sha256 = ? AND status = "
                                 "'complete' ORDER BY import_id LIMIT 1"));
    query.addBindValue(sha256);
    if (!query.exec()) {
        return Store::databaseError(QStringLiteral("SELECT FROM imports"), query.lastError().text());
    }
    if (!query.next()) {
        return qint64(0);
    }
    startedAt = query.value(1).toString();
    return query.value(0).toLongLong();
}

Result<qint64> insertImportRow(QSqlDatabase db, const QString &path, const QString &sha256, const QString &sheet)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO imports (file_name, file_sha256, sheet, kind, started_at, status) "
                                 "VALUES (?, ?, ?, '', ?, 'running')"));
    query.addBindValue(QFileInfo(path).fileName());
    query.addBindValue(sha256);
    query.addBindValue(sheet);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!query.exec()) {
        return Store::databaseError(QStringLiteral("INSERT INTO imports"), query.lastError().text());
    }
    return query.lastInsertId().toLongLong();
}

VoidResult finishImportRow(QSqlDatabase db, const ImportSummary &summary)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("UPDATE imports SET kind = ?, mapping = ?, finished_at = ?, rows_read = ?, "
                                 "rows_imported = ?, rows_rejected = ?, status = 'complete' WHERE import_id = ?"));
    query.addBindValue(summary.kind);
    query.addBindValue(summary.mappingJson);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    query.addBindValue(summary.rowsRead);
    query.addBindValue(summary.rowsImported);
    query.addBindValue(summary.rowsRejected);
    query.addBindValue(summary.importId);
    if (!query.exec()) {
        return Store::databaseError(QStringLiteral("UPDATE imports"), query.lastError().text());
    }
    return {};
}

// Runs the load inside an open transaction; the caller commits or rolls back.
Result<ImportSummary> load(QSqlDatabase db, const ImportRequest &request, TableReader &reader, const QString &sha256,
                           const ProgressSink &progress)
{
    Result<qint64> importId = insertImportRow(db, request.path, sha256, reader.currentSheet());
    if (!importId) {
        return importId.error();
    }
    ImportSession session(db, request, reader, importId.value());
    const VoidResult read = reader.readRows([&session](const SourceRow &row) { return session.onRow(row); }, progress);
    if (session.failed()) {
        return session.error();
    }
    if (!read) {
        return read.error();
    }
    if (!session.finish()) {
        return session.error();
    }
    ImportSummary &summary = session.summary();
    summary.importId = importId.value();
    summary.file = request.path;
    summary.sheet = reader.currentSheet();
    summary.encoding = reader.encodingName();
    summary.delimiter = reader.delimiter().isNull() ? QString() : QString(reader.delimiter());
    for (const ReadWarning &warning : reader.warnings()) {
        if (warning.kind != ReadWarning::Kind::RaggedRow || warning.row > summary.headerRow) {
            summary.warnings.append(warning.row > 0 ? Text::tr("Row %1: %2").arg(warning.row).arg(warning.detail)
                                                    : warning.detail);
        }
    }
    const qint64 considered = summary.rowsImported + summary.rowsRejected;
    const ErrorContext where = errorContext(request.path, summary.sheet);
    if (summary.rowsImported == 0) {
        const QString first = summary.firstRejects.isEmpty()
            ? QString()
            : Text::tr(" First problem: row %1, %2 %3")
                  .arg(summary.firstRejects.constFirst().row)
                  .arg(summary.firstRejects.constFirst().column, summary.firstRejects.constFirst().reason);
        return makeError(Error::Code::BadInput, Text::tr("No row could be imported.") + first, where);
    }
    if (double(summary.rowsRejected) > request.maxRejectShare * double(considered)) {
        const RowReject &first = summary.firstRejects.constFirst();
        return makeError(Error::Code::BadInput,
                         Text::tr("%1 of %2 rows could not be read, so nothing was imported. First problem: row %3, "
                                  "%4 %5")
                             .arg(summary.rowsRejected)
                             .arg(considered)
                             .arg(first.row)
                             .arg(first.column, first.reason),
                         where);
    }
    if (VoidResult finished = finishImportRow(db, summary); !finished) {
        return finished.error();
    }
    // An explicit mapping (--map, the wizard's) is remembered for files of the same layout.
    if (!request.mapping.overrides.isEmpty() && summary.headerRow > 0) {
        if (VoidResult saved
            = saveMappingProfile(db, {*session.mapping(), request.read.decimal, request.dateFormat, {}});
            !saved) {
            return saved.error();
        }
    }
    return std::move(summary);
}

// Sets PRAGMA temp_store = FILE for its lifetime and restores the connection's setting.
class TempStoreOnDisk
{
public:
    explicit TempStoreOnDisk(QSqlDatabase db)
        : m_db(db)
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA temp_store")) && query.next()) {
            m_previous = query.value(0).toInt();
        }
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = FILE"));
    }
    ~TempStoreOnDisk()
    {
        if (m_previous >= 0) {
            QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp_store = %1").arg(m_previous));
        }
    }
    TempStoreOnDisk(const TempStoreOnDisk &) = delete;
    TempStoreOnDisk &operator=(const TempStoreOnDisk &) = delete;

private:
    QSqlDatabase m_db;
    int m_previous = -1;
};

}  // namespace

Result<QString> fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(Error::Code::BadInput, Text::tr("Cannot open the file: %1").arg(file.errorString()),
                         errorContext(path));
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) {
        return makeError(Error::Code::Io, Text::tr("Cannot read the file: %1").arg(file.errorString()),
                         errorContext(path));
    }
    return QString::fromLatin1(hash.result().toHex());
}

namespace {

// Brings the customer_days cache up to date with the orders this import added, inside the
// import's transaction, so the cache is as all-or-nothing as the import.
VoidResult updateCustomerDays(QSqlDatabase db, Store::CustomerDayCacheUpdate &cache, qint64 importId)
{
    auto changed = Store::customersOfImport(db, importId);
    if (!changed) {
        return changed.error();
    }
    return cache.finish(changed.value());
}

}  // namespace

Result<ImportSummary> importFile(QSqlDatabase db, const ImportRequest &request, const ProgressSink &progress)
{
    Result<QString> sha256 = fileSha256(request.path);
    if (!sha256) {
        return sha256.error();
    }
    QString startedAt;
    Result<qint64> existing = findImportByHash(db, sha256.value(), startedAt);
    if (!existing) {
        return existing.error();
    }
    if (existing.value() > 0) {
        return makeError(Error::Code::BadInput,
                         Text::tr("This file was already imported (import %1, %2); nothing was imported again. "
                                  "Undo that import first to load the file anew.")
                             .arg(existing.value())
                             .arg(startedAt),
                         errorContext(request.path));
    }
    const auto open = request.openReader ? request.openReader : openTableReader;
    Result<std::unique_ptr<TableReader>> reader = open(request.path, request.read);
    if (!reader) {
        return reader.error();
    }
    // A large page cache keeps index pages of a big import in memory instead of spilling
    // them to the WAL before commit.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA cache_size = -131072"));
    // CREATE INDEX after a bulk load sorts the whole table; let SQLite's sorter use a second
    // thread for it (the machine's other core). Sorting is in memory and temp files only,
    // so it changes nothing about what is written or when.
    QSqlQuery(db).exec(QStringLiteral("PRAGMA threads = 2"));
    // The workspace connection keeps temporary data in memory (temp_store = MEMORY); for
    // the import, the sorter of the index rebuild spills to temporary files instead, so
    // peak memory stays flat in the file's size (in memory, a 10M-order sort took ~800 MB).
    // Temporary files hold only scratch data, never part of the database or its WAL.
    const TempStoreOnDisk tempStore(db);
    if (!db.transaction()) {
        return Store::databaseError(QStringLiteral("BEGIN"), db.lastError().text());
    }
    Store::CustomerDayCacheUpdate customerDays(db);
    if (auto ok = customerDays.suspendStaleTriggers(); !ok) {
        db.rollback();
        return ok.error();
    }
    Result<ImportSummary> summary = load(db, request, *reader.value(), sha256.value(), progress);
    if (!summary) {
        db.rollback();
        return summary;
    }
    if (auto ok = updateCustomerDays(db, customerDays, summary->importId); !ok) {
        db.rollback();
        return ok.error();
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return Store::databaseError(QStringLiteral("COMMIT"), text);
    }
    return summary;
}

VoidResult undoImport(QSqlDatabase db, qint64 importId)
{
    if (!db.transaction()) {
        return Store::databaseError(QStringLiteral("BEGIN"), db.lastError().text());
    }
    Store::CustomerDayCacheUpdate customerDays(db);
    auto changed = Store::customersOfImport(db, importId);
    if (!changed) {
        db.rollback();
        return changed.error();
    }
    // The cascade below deletes the import's orders row by row.
    if (auto ok = customerDays.suspendStaleTriggers(); !ok) {
        db.rollback();
        return ok;
    }
    // Rows reference their import with ON DELETE CASCADE; deleting the import removes them.
    QSqlQuery query(db);
    query.prepare(QStringLiteral("DELETE FROM imports WHERE import_id = ?"));
    query.addBindValue(importId);
    if (!query.exec()) {
        const QString text = query.lastError().text();
        db.rollback();
        return Store::databaseError(QStringLiteral("DELETE FROM imports"), text);
    }
    if (query.numRowsAffected() != 1) {
        db.rollback();
        return makeError(Error::Code::BadInput, Text::tr("There is no import %1 in this workspace.").arg(importId));
    }
    if (auto ok = customerDays.finish(changed.value()); !ok) {
        db.rollback();
        return ok;
    }
    if (!db.commit()) {
        const QString text = db.lastError().text();
        db.rollback();
        return Store::databaseError(QStringLiteral("COMMIT"), text);
    }
    return {};
}

}  // namespace Crm::Core::Import
