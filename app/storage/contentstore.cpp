#include "contentstore.h"

#include "itemvalidator.h"
#include "jsonreader.h"
#include "legalindex.h"
#include "spanishtokenizer.h"
#include "sqldatabase.h"
#include "sqltransaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

bool failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

ContentItem itemFromRow(const QSqlQuery &query, Collection collection)
{
    ContentItem item;
    item.collection = collection;
    item.id = query.value(0).toString();
    item.title = query.value(1).toString();
    item.category = query.value(2).toString();
    item.sortKey = query.value(3).toString();
    item.data = QJsonDocument::fromJson(query.value(4).toByteArray()).object();
    return item;
}

// Runs a prepared query whose columns are those of kListColumns and reads its items.
QList<ContentItem> listed(QSqlQuery &query, Collection collection)
{
    QList<ContentItem> items;
    if (!query.exec())
        return items;
    while (query.next())
        items.append(itemFromRow(query, collection));
    return items;
}

// The JSON path of one top-level field, quoted so that any name is read as a name.
QString jsonPath(const QString &field)
{
    return QStringLiteral("$.\"%1\"").arg(field);
}

// What a list reads of an item: all of it in the index items_for_lists (schema 004).
constexpr QLatin1StringView kListColumns("SELECT id, title, category, sort_key, list_data ");

} // namespace

QString ContentStore::schemaDir()
{
    // Schema 003's FTS table cannot be created, written or read on a connection without the
    // tokenizer, and connections are opened by SqlDatabase, which knows no schema.
    SpanishTokenizer::registerOnNewConnections();
    return QStringLiteral(":/schema/kiosk");
}

ContentStore::ContentStore(SqlDatabase &db)
    : m_db(db)
{}

bool ContentStore::applyPage(const ChangePage &page, QString *error)
{
    QSqlDatabase db = m_db.connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.lastError();
        return false;
    }
    // The page must continue where the cache stands, or pages were skipped or replayed.
    if (cursor() != page.since) {
        if (error)
            *error = QStringLiteral("the page starts at %1 but the cache is at %2")
                         .arg(page.since)
                         .arg(cursor());
        return false;
    }

    QSqlQuery put(db);
    put.prepare(
        QStringLiteral("INSERT INTO items (collection, id, seq, title, category, sort_key, data, "
                       "list_data, end_key) "
                       "VALUES (?, ?, ?, coalesce(?, ''), coalesce(?, ''), coalesce(?, ''), ?, "
                       "json_remove(?, '$.body', '$.text'), coalesce(?, '')) "
                       "ON CONFLICT (collection, id) DO UPDATE SET "
                       "seq = excluded.seq, title = excluded.title, category = excluded.category, "
                       "sort_key = excluded.sort_key, data = excluded.data, "
                       "list_data = excluded.list_data, end_key = excluded.end_key"));
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM items WHERE collection = ? AND id = ?"));

    QSqlQuery unref(db);
    unref.prepare(QStringLiteral("DELETE FROM blob_refs WHERE collection = ? AND id = ?"));
    QSqlQuery ref(db);
    ref.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO blob_refs (sha256, collection, id) VALUES (?, ?, ?)"));
    LegalIndex legal(db);

    for (const Change &change : page.changes) {
        const ContentItem &item = change.item;
        const QString collection = collectionName(item.collection);
        unref.addBindValue(collection);
        unref.addBindValue(item.id);
        if (!unref.exec())
            return failed(unref, error);
        for (const QString &hash : item.blobs) {
            ref.addBindValue(hash);
            ref.addBindValue(collection);
            ref.addBindValue(item.id);
            if (!ref.exec())
                return failed(ref, error);
        }
        const bool isLegal = item.collection == Collection::Legal;
        if (isLegal && !legal.remove(item.id, error))
            return false;
        if (change.op == Change::Op::Delete) {
            remove.addBindValue(collection);
            remove.addBindValue(item.id);
            if (!remove.exec())
                return failed(remove, error);
            continue;
        }
        put.addBindValue(collection);
        put.addBindValue(item.id);
        put.addBindValue(change.seq);
        put.addBindValue(item.title);
        put.addBindValue(item.category);
        put.addBindValue(item.sortKey);
        // Twice: the item, and its list form that SQLite cuts from it (see schema 004).
        const QString json =
            QString::fromUtf8(QJsonDocument(item.data).toJson(QJsonDocument::Compact));
        put.addBindValue(json);
        put.addBindValue(json);
        put.addBindValue(item.endKey);
        if (!put.exec())
            return failed(put, error);
        if (isLegal && !legal.put(item, error))
            return false;
    }

    QSqlQuery reject(db);
    reject.prepare(QStringLiteral("INSERT OR REPLACE INTO rejected_changes "
                                  "(seq, collection, id, reason) VALUES (?, ?, ?, ?)"));
    for (const RejectedChange &rejected : page.rejected) {
        reject.addBindValue(rejected.seq);
        reject.addBindValue(rejected.collection);
        reject.addBindValue(rejected.id);
        reject.addBindValue(rejected.reason);
        if (!reject.exec())
            return failed(reject, error);
    }

    if (!setState(QStringLiteral("cursor"), QString::number(page.next), error))
        return false;
    if (page.since == 0 && !setState(QStringLiteral("fresh"), QStringLiteral("1"), error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.lastError();
        return false;
    }
    return true;
}

qint64 ContentStore::cursor() const
{
    return state(QStringLiteral("cursor")).toLongLong();
}

QDateTime ContentStore::lastSyncAt() const
{
    return QDateTime::fromString(state(QStringLiteral("last_sync_at")), Qt::ISODate);
}

bool ContentStore::setLastSyncAt(const QDateTime &when, QString *error)
{
    return setState(QStringLiteral("last_sync_at"), when.toUTC().toString(Qt::ISODate), error);
}

QPair<qint64, QByteArray> ContentStore::feedEtag() const
{
    const QStringList parts = state(QStringLiteral("etag")).split(QLatin1Char(' '));
    if (parts.size() != 2)
        return {-1, {}};
    return {parts.at(0).toLongLong(), parts.at(1).toLatin1()};
}

bool ContentStore::completePass(qint64 cursor, const QByteArray &etag, const QDateTime &when,
                                QString *error)
{
    QSqlDatabase db = m_db.connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.lastError();
        return false;
    }
    QSqlQuery forget(db);
    if (!forget.exec(QStringLiteral("DELETE FROM sync_state WHERE key IN ('fresh', 'etag')")))
        return failed(forget, error);
    // ETags are quoted strings without spaces (RFC 9110); anything else is not kept.
    if (!etag.isEmpty() && !etag.contains(' ') &&
        !setState(QStringLiteral("etag"),
                  QString::number(cursor) + QLatin1Char(' ') + QString::fromLatin1(etag), error))
        return false;
    if (!setState(QStringLiteral("last_sync_at"), when.toUTC().toString(Qt::ISODate), error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.lastError();
        return false;
    }
    return true;
}

bool ContentStore::isFreshTraversal() const
{
    return cursor() == 0 || !state(QStringLiteral("fresh")).isEmpty();
}

QList<ContentItem> ContentStore::list(Collection collection) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(kListColumns +
                  QLatin1StringView("FROM items WHERE collection = ? ORDER BY sort_key, id"));
    query.addBindValue(collectionName(collection));
    return listed(query, collection);
}

QList<ContentItem> ContentStore::listPage(Collection collection, bool newestFirst,
                                          const ContentItem *after, int limit) const
{
    // The next rows after the last one shown, found in the list index (schema 004), not
    // counted from the top: a page deep in a long list costs what the first one does.
    QString sql = kListColumns + QLatin1StringView("FROM items WHERE collection = ? ");
    if (after)
        sql += newestFirst ? QLatin1StringView("AND (sort_key, id) < (?, ?) ")
                           : QLatin1StringView("AND (sort_key, id) > (?, ?) ");
    sql += newestFirst ? QLatin1StringView("ORDER BY sort_key DESC, id DESC LIMIT ?")
                       : QLatin1StringView("ORDER BY sort_key, id LIMIT ?");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(collectionName(collection));
    if (after) {
        query.addBindValue(after->sortKey);
        query.addBindValue(after->id);
    }
    query.addBindValue(limit);
    return listed(query, collection);
}

QList<ContentItem> ContentStore::newest(Collection collection, int limit) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(kListColumns + QLatin1StringView("FROM items WHERE collection = ? "
                                                   "ORDER BY sort_key DESC, id DESC LIMIT ?"));
    query.addBindValue(collectionName(collection));
    query.addBindValue(limit);
    return listed(query, collection);
}

QList<ContentItem> ContentStore::notOver(Collection collection, const QDateTime &now,
                                         int limit) const
{
    // The index in list order that holds end_key (schema 006) passes over the items already
    // over by itself; only the few found are then read from the table. (Asked as one query,
    // SQLite reads every row from the table before testing its end_key.)
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
        "SELECT items.id, items.title, items.category, items.sort_key, items.list_data "
        "FROM (SELECT id, sort_key FROM items INDEXED BY items_by_end "
        "      WHERE collection = ? AND end_key >= ? ORDER BY sort_key, id LIMIT ?) AS found "
        "CROSS JOIN items ON items.collection = ? AND items.id = found.id "
        "ORDER BY found.sort_key, found.id"));
    const QString name = collectionName(collection);
    query.addBindValue(name);
    query.addBindValue(sortableUtc(now));
    query.addBindValue(limit);
    query.addBindValue(name);
    return listed(query, collection);
}

QList<ContentItem> ContentStore::firstWhere(Collection collection, const QString &field,
                                            const QStringList &values, int limit) const
{
    // One query per value, then one for the rest, each in list order and stopping at the
    // limit. The collection and the path are written into the statement, not bound, because
    // only then can SQLite use a partial index on that expression (schema 007: services'
    // status); without one, each query still reads no more than the collection.
    const QString extract =
        QStringLiteral("json_extract(list_data, '%1')")
            .arg(jsonPath(field).replace(QStringLiteral("'"), QStringLiteral("''")));
    const QString from =
        kListColumns +
        QStringLiteral("FROM items WHERE collection = '%1' AND ").arg(collectionName(collection));
    const QString order = QStringLiteral(" ORDER BY sort_key, id LIMIT ?");
    QList<ContentItem> items;
    for (const QString &value : values) {
        if (items.size() >= limit)
            return items;
        QSqlQuery query(m_db.connection());
        query.setForwardOnly(true);
        query.prepare(from + extract + QStringLiteral(" = ?") + order);
        query.addBindValue(value);
        query.addBindValue(limit - items.size());
        items += listed(query, collection);
    }
    if (items.size() >= limit)
        return items;
    // The rest: items whose field is none of the values, or missing (NULL).
    QString others = from + QStringLiteral("1");
    if (!values.isEmpty()) {
        const QStringList marks(values.size(), QStringLiteral("?"));
        others =
            from + QStringLiteral("(%1 IS NULL OR %1 NOT IN (%2))").arg(extract, marks.join(u','));
    }
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(others + order);
    for (const QString &value : values)
        query.addBindValue(value);
    query.addBindValue(limit - items.size());
    items += listed(query, collection);
    return items;
}

QStringList ContentStore::fieldValues(Collection collection, const QString &field) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (field == ItemValidator::categoryField(collection)) {
        // The field each item's `category` holds: read from its index (schema 007), not from
        // every item's JSON (a large municipality's news categories: 5 ms instead of 90).
        query.prepare(QStringLiteral("SELECT DISTINCT category FROM items "
                                     "WHERE collection = ? AND category <> ''"));
    } else {
        query.prepare(QStringLiteral("SELECT DISTINCT json_extract(list_data, ?) FROM items "
                                     "WHERE collection = ?"));
        query.addBindValue(jsonPath(field));
    }
    query.addBindValue(collectionName(collection));
    QStringList values;
    if (!query.exec())
        return values;
    while (query.next()) {
        const QVariant value = query.value(0);
        if (value.typeId() == QMetaType::QString)
            values.append(value.toString());
    }
    return values;
}

std::optional<ContentItem> ContentStore::item(Collection collection, const QString &id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT id, title, category, sort_key, data FROM items "
                                 "WHERE collection = ? AND id = ?"));
    query.addBindValue(collectionName(collection));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return itemFromRow(query, collection);
}

int ContentStore::count(Collection collection) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT count(*) FROM items WHERE collection = ?"));
    query.addBindValue(collectionName(collection));
    if (!query.exec() || !query.next())
        return 0;
    return query.value(0).toInt();
}

QStringList ContentStore::referencedBlobs() const
{
    QStringList hashes;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT DISTINCT sha256 FROM blob_refs ORDER BY sha256")))
        return hashes;
    while (query.next())
        hashes << query.value(0).toString();
    return hashes;
}

int ContentStore::rejectedCount() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM rejected_changes")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QString ContentStore::state(const QString &key) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toString();
}

bool ContentStore::setState(const QString &key, const QString &value, QString *error)
{
    QSqlQuery query(m_db.connection());
    query.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    if (!query.exec())
        return failed(query, error);
    return true;
}
