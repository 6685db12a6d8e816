#include "serverstore.h"

#include "itemvalidator.h"
#include "sqltransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool failed(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

// Replaces the item's previous change (if any) with a new one at the end of the feed.
bool appendChange(QSqlDatabase &db, Collection collection, const QString &id, const char *op,
                  const QVariant &data, QString *error)
{
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM changes WHERE collection = ? AND id = ?"));
    remove.addBindValue(collectionName(collection));
    remove.addBindValue(id);
    if (!remove.exec())
        return failed(remove, error);
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO changes (collection, id, op, data, committed_at) "
                                  "VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(collectionName(collection));
    insert.addBindValue(id);
    insert.addBindValue(QString::fromLatin1(op));
    insert.addBindValue(data);
    insert.addBindValue(nowText());
    if (!insert.exec())
        return failed(insert, error);
    return true;
}

qint64 scalar(const SqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

} // namespace

bool ServerStore::open(const QString &path, QString *error)
{
    return m_db.open(path, schemaDir(), SqlDatabase::Durability::Precious, error);
}

bool ServerStore::publish(const QList<Publication> &items, QString *error)
{
    QSqlDatabase db = m_db.connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.lastError();
        return false;
    }
    for (const Publication &item : items) {
        if (!publishInTransaction(item, error))
            return false;
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.lastError();
        return false;
    }
    return true;
}

bool ServerStore::publishInTransaction(const Publication &item, QString *error)
{
    QString why;
    if (!ItemValidator::validate(item.collection, item.id, item.data, &why)) {
        if (error)
            *error =
                QStringLiteral("%1 '%2': %3").arg(collectionName(item.collection), item.id, why);
        return false;
    }
    QSqlDatabase db = m_db.connection();
    const QString json = QString::fromUtf8(QJsonDocument(item.data).toJson(QJsonDocument::Compact));
    return appendChange(db, item.collection, item.id, "put", json, error);
}

std::optional<QJsonObject> ServerStore::item(Collection collection, const QString &id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        QStringLiteral("SELECT data FROM changes WHERE collection = ? AND id = ? AND op = 'put'"));
    query.addBindValue(collectionName(collection));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

bool ServerStore::withdraw(Collection collection, const QString &id, QString *error)
{
    QSqlDatabase db = m_db.connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.lastError();
        return false;
    }
    if (!withdrawInTransaction(collection, id, error))
        return false;
    if (!transaction.commit()) {
        if (error)
            *error = transaction.lastError();
        return false;
    }
    return true;
}

bool ServerStore::withdrawInTransaction(Collection collection, const QString &id, QString *error)
{
    QSqlDatabase db = m_db.connection();
    QSqlQuery exists(db);
    exists.prepare(
        QStringLiteral("SELECT 1 FROM changes WHERE collection = ? AND id = ? AND op = 'put'"));
    exists.addBindValue(collectionName(collection));
    exists.addBindValue(id);
    if (!exists.exec())
        return failed(exists, error);
    if (!exists.next()) {
        if (error)
            *error = QStringLiteral("%1 '%2' is not published").arg(collectionName(collection), id);
        return false;
    }
    return appendChange(db, collection, id, "delete", QVariant(), error);
}

int ServerStore::compact(const QDateTime &cutoff, QString *error)
{
    QSqlDatabase db = m_db.connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive()) {
        if (error)
            *error = transaction.lastError();
        return -1;
    }
    const QString when = cutoff.toUTC().toString(Qt::ISODateWithMs);
    QSqlQuery highest(db);
    highest.prepare(QStringLiteral("SELECT count(*), coalesce(max(seq), 0) FROM changes WHERE op = "
                                   "'delete' AND committed_at < ?"));
    highest.addBindValue(when);
    if (!highest.exec() || !highest.next()) {
        failed(highest, error);
        return -1;
    }
    const int count = highest.value(0).toInt();
    const qint64 newFloor = highest.value(1).toLongLong();
    if (count == 0)
        return 0;
    QSqlQuery remove(db);
    remove.prepare(QStringLiteral("DELETE FROM changes WHERE op = 'delete' AND seq <= ?"));
    remove.addBindValue(newFloor);
    QSqlQuery raise(db);
    // Written without SQLite's two-argument max() so that PostgreSQL reads it the same.
    raise.prepare(QStringLiteral("UPDATE server_state SET value = ? WHERE key = 'floor' AND "
                                 "CAST(value AS BIGINT) < ?"));
    raise.addBindValue(QString::number(newFloor));
    raise.addBindValue(newFloor);
    if (!remove.exec() || !raise.exec()) {
        failed(remove.lastError().isValid() ? remove : raise, error);
        return -1;
    }
    if (!transaction.commit()) {
        if (error)
            *error = transaction.lastError();
        return -1;
    }
    return count;
}

ServerStore::Head ServerStore::head() const
{
    QSqlQuery &query =
        m_db.prepared(QStringLiteral("SELECT (SELECT coalesce(max(seq), 0) FROM changes), "
                                     "(SELECT value FROM server_state WHERE key = 'floor')"));
    Head head;
    if (query.exec() && query.next())
        head = {query.value(0).toLongLong(), query.value(1).toLongLong()};
    query.finish();
    return head;
}

qint64 ServerStore::floor() const
{
    return head().floor;
}

qint64 ServerStore::latestSeq() const
{
    return head().latestSeq;
}

int ServerStore::itemCount() const
{
    return int(scalar(m_db, QStringLiteral("SELECT count(*) FROM changes WHERE op = 'put'")));
}

std::optional<ServerStore::FeedPage> ServerStore::changesSince(qint64 since, int limit,
                                                               QString *error) const
{
    // Every kiosk's every check runs this: prepared once (SqlDatabase::prepared).
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT seq, collection, id, op, data FROM "
                                                    "changes WHERE seq > ? ORDER BY seq LIMIT ?"));
    const auto done = qScopeGuard([&query] { query.finish(); });
    query.bindValue(0, since);
    query.bindValue(1, limit + 1); // one more than asked tells whether there is more
    if (!query.exec()) {
        failed(query, error);
        return std::nullopt;
    }
    FeedPage page;
    page.next = since;
    QByteArray json;
    json.reserve(64 * 1024);
    json += '[';
    while (query.next()) {
        if (page.count == limit) {
            page.more = true;
            break;
        }
        const qint64 seq = query.value(0).toLongLong();
        // collection and id are validated names ([A-Za-z0-9._-]), safe to write unquoted.
        if (page.count > 0)
            json += ',';
        json += "{\"seq\":" + QByteArray::number(seq) + ",\"collection\":\"" +
                query.value(1).toString().toUtf8() + "\",\"id\":\"" +
                query.value(2).toString().toUtf8() + "\",\"op\":\"" +
                query.value(3).toString().toUtf8() + '"';
        if (!query.value(4).isNull())
            json += ",\"data\":" + query.value(4).toString().toUtf8();
        json += '}';
        page.next = seq;
        ++page.count;
    }
    json += ']';
    page.changesJson = json;
    return page;
}
