#include "outboxstore.h"

#include "sqltransaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace {

QString stateName(OutboxStore::State state)
{
    switch (state) {
    case OutboxStore::State::Pending:
        return QStringLiteral("pending");
    case OutboxStore::State::Sent:
        return QStringLiteral("sent");
    case OutboxStore::State::Rejected:
        return QStringLiteral("rejected");
    case OutboxStore::State::Discarded:
        return QStringLiteral("discarded");
    }
    return {};
}

OutboxStore::State stateFrom(const QString &name)
{
    if (name == QLatin1String("sent"))
        return OutboxStore::State::Sent;
    if (name == QLatin1String("rejected"))
        return OutboxStore::State::Rejected;
    if (name == QLatin1String("discarded"))
        return OutboxStore::State::Discarded;
    return OutboxStore::State::Pending;
}

QString timeText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

const char *const kColumns =
    "SELECT local_id, idempotency_key, receipt, type, summary, created_at, body, state, "
    "attempts, next_attempt_at, last_error, reference, status, clerk, discard_reason "
    "FROM submissions ";

OutboxStore::Item itemFromRow(const QSqlQuery &query)
{
    OutboxStore::Item item;
    item.localId = query.value(0).toLongLong();
    item.key = query.value(1).toString().toLatin1();
    item.receipt = query.value(2).toString();
    item.type = query.value(3).toString();
    item.summary = query.value(4).toString();
    item.createdAt = QDateTime::fromString(query.value(5).toString(), Qt::ISODateWithMs);
    item.body = query.value(6).toString().toUtf8();
    item.state = stateFrom(query.value(7).toString());
    item.attempts = query.value(8).toInt();
    item.nextAttemptAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODateWithMs);
    item.lastError = query.value(10).toString();
    item.reference = query.value(11).toString();
    item.status = query.value(12).toString();
    item.clerk = query.value(13).toString();
    item.discardReason = query.value(14).toString();
    return item;
}

} // namespace

OutboxStore::OutboxStore(KeyGenerator newKey)
    : m_newKey(newKey ? std::move(newKey) : KeyGenerator([] {
        return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    }))
{}

bool OutboxStore::open(const QString &path, QString *error)
{
    if (!m_db.open(path, schemaDir(), SqlDatabase::Durability::Precious, error))
        return false;
    // Deleted personal data is overwritten in the file, not merely unlinked from its page.
    return m_db.execScript(QStringLiteral("PRAGMA secure_delete=ON;"), error);
}

QString OutboxStore::receiptFor(const QByteArray &key)
{
    // Short enough to read aloud at a counter, unique enough within one kiosk's outbox.
    const QByteArray hex = key.left(8).toUpper();
    return QStringLiteral("R-%1-%2").arg(QString::fromLatin1(hex.left(4)),
                                         QString::fromLatin1(hex.mid(4, 4)));
}

std::optional<OutboxStore::Item> OutboxStore::enqueue(const QString &type, const QString &locale,
                                                      const QJsonObject &payload,
                                                      const QDateTime &createdAt,
                                                      const QString &summary, QString *error,
                                                      const QString &clerk)
{
    Item item;
    item.type = type;
    item.clerk = clerk;
    item.summary = summary;
    item.createdAt = createdAt.toUTC();
    item.nextAttemptAt = item.createdAt;
    // The body is fixed now: every retry must send exactly the same bytes, or the server
    // would take the key as reused for another submission.
    item.body = QJsonDocument(QJsonObject{{QStringLiteral("type"), type},
                                          {QStringLiteral("created_at"),
                                           item.createdAt.toString(Qt::ISODate)},
                                          {QStringLiteral("locale"), locale},
                                          {QStringLiteral("payload"), payload}})
                    .toJson(QJsonDocument::Compact);

    // The receipt is short enough to read aloud, so over years of use two keys will share one
    // (32 bits: about one in a hundred after 10,000 items). A clash takes a new key.
    QString lastError;
    for (int attempt = 0; attempt < 8; ++attempt) {
        item.key = m_newKey();
        item.receipt = receiptFor(item.key);
        QSqlQuery clash(m_db.connection());
        clash.prepare(QStringLiteral("SELECT 1 FROM submissions WHERE receipt = ?"));
        clash.addBindValue(item.receipt);
        if (clash.exec() && clash.next())
            continue;
        QSqlQuery insert(m_db.connection());
        insert.prepare(QStringLiteral(
            "INSERT INTO submissions (idempotency_key, receipt, type, created_at, summary, body, "
            "state, next_attempt_at, clerk) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)"));
        insert.addBindValue(QString::fromLatin1(item.key));
        insert.addBindValue(item.receipt);
        insert.addBindValue(type);
        insert.addBindValue(timeText(item.createdAt));
        insert.addBindValue(summary.isNull() ? QStringLiteral("") : summary);
        insert.addBindValue(QString::fromUtf8(item.body));
        insert.addBindValue(timeText(item.nextAttemptAt));
        insert.addBindValue(clerk.isNull() ? QStringLiteral("") : clerk);
        if (insert.exec()) {
            item.localId = insert.lastInsertId().toLongLong();
            return item;
        }
        lastError = insert.lastError().text();
    }
    if (error)
        *error = QStringLiteral("could not save the submission: %1").arg(lastError);
    return std::nullopt;
}

std::optional<OutboxStore::Item> OutboxStore::nextDue(const QDateTime &now) const
{
    QSqlQuery query(m_db.connection());
    // No retry is ever put off by more than a few hours (OutboxUploader's backoff). One due
    // further ahead than a day was scheduled while the kiosk's clock was ahead, and that clock
    // has since been put right: it is due now, not in years.
    query.prepare(QLatin1String(kColumns) +
                  QStringLiteral("WHERE state = 'pending' AND "
                                 "(next_attempt_at <= ? OR next_attempt_at > ?) "
                                 "ORDER BY next_attempt_at, local_id LIMIT 1"));
    query.addBindValue(timeText(now));
    query.addBindValue(timeText(now.addDays(1)));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return itemFromRow(query);
}

std::optional<OutboxStore::Item> OutboxStore::item(qint64 localId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(QLatin1String(kColumns) + QStringLiteral("WHERE local_id = ?"));
    query.addBindValue(localId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return itemFromRow(query);
}

QList<OutboxStore::Item> OutboxStore::items(State state) const
{
    QList<Item> result;
    QSqlQuery query(m_db.connection());
    query.prepare(QLatin1String(kColumns) + QStringLiteral("WHERE state = ? ORDER BY local_id"));
    query.addBindValue(stateName(state));
    if (!query.exec())
        return result;
    while (query.next())
        result.append(itemFromRow(query));
    return result;
}

QList<OutboxStore::Item> OutboxStore::recent(int limit) const
{
    QList<Item> result;
    QSqlQuery query(m_db.connection());
    query.prepare(QLatin1String(kColumns) + QStringLiteral("ORDER BY local_id DESC LIMIT ?"));
    query.addBindValue(limit);
    if (!query.exec())
        return result;
    while (query.next())
        result.append(itemFromRow(query));
    return result;
}

OutboxStore::Stats OutboxStore::stats() const
{
    Stats stats;
    QSqlQuery query(m_db.connection());
    if (!query.exec(QStringLiteral(
            "SELECT state, count(*), min(created_at) FROM submissions GROUP BY state")))
        return stats;
    while (query.next()) {
        const State state = stateFrom(query.value(0).toString());
        const int count = query.value(1).toInt();
        if (state == State::Pending) {
            stats.pending = count;
            stats.oldestPending =
                QDateTime::fromString(query.value(2).toString(), Qt::ISODateWithMs);
        } else if (state == State::Sent) {
            stats.sent = count;
        } else if (state == State::Rejected) {
            stats.rejected = count;
        }
    }
    return stats;
}

bool OutboxStore::markSent(qint64 localId, const QString &reference, const QString &status,
                           QString *error)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE submissions SET state = 'sent', body = NULL, reference = ?, status = ?, "
        "sent_at = ?, attempts = attempts + 1, last_error = '' WHERE local_id = ?"));
    update.addBindValue(reference);
    update.addBindValue(status);
    update.addBindValue(timeText(QDateTime::currentDateTimeUtc()));
    update.addBindValue(localId);
    if (!update.exec()) {
        if (error)
            *error = update.lastError().text();
        return false;
    }
    // The erased data still sits in the write-ahead log until it is checkpointed; copy the
    // pages back and truncate the log now rather than at some later checkpoint. If a reader
    // holds an old snapshot this does not complete, and the next acknowledgement tries again.
    QSqlQuery checkpoint(m_db.connection());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

bool OutboxStore::markRetry(qint64 localId, const QString &error, const QDateTime &nextAttempt)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE submissions SET attempts = attempts + 1, "
                                  "last_error = ?, next_attempt_at = ? "
                                  "WHERE local_id = ? AND state = 'pending'"));
    update.addBindValue(error);
    update.addBindValue(timeText(nextAttempt));
    update.addBindValue(localId);
    return update.exec();
}

bool OutboxStore::markRejected(qint64 localId, const QString &message)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral("UPDATE submissions SET state = 'rejected', "
                                  "attempts = attempts + 1, last_error = ? WHERE local_id = ?"));
    update.addBindValue(message);
    update.addBindValue(localId);
    return update.exec();
}

bool OutboxStore::retryAllNow(const QDateTime &now)
{
    QSqlQuery update(m_db.connection());
    update.prepare(
        QStringLiteral("UPDATE submissions SET next_attempt_at = ? WHERE state = 'pending'"));
    update.addBindValue(timeText(now));
    return update.exec();
}

bool OutboxStore::retryNow(qint64 localId, const QDateTime &now)
{
    QSqlQuery update(m_db.connection());
    update.prepare(QStringLiteral(
        "UPDATE submissions SET next_attempt_at = ? WHERE local_id = ? AND state = 'pending'"));
    update.addBindValue(timeText(now));
    update.addBindValue(localId);
    return update.exec() && update.numRowsAffected() == 1;
}

bool OutboxStore::discard(qint64 localId, const QString &reason, const QDateTime &now,
                          QString *error)
{
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("a discarded item needs a reason");
        return false;
    }
    QSqlQuery update(m_db.connection());
    update.prepare(
        QStringLiteral("UPDATE submissions SET state = 'discarded', body = NULL, discarded_at = ?, "
                       "discard_reason = ? WHERE local_id = ? AND state = 'rejected'"));
    update.addBindValue(timeText(now));
    update.addBindValue(reason.trimmed().left(500));
    update.addBindValue(localId);
    if (!update.exec()) {
        if (error)
            *error = update.lastError().text();
        return false;
    }
    if (update.numRowsAffected() != 1) {
        if (error)
            *error = QStringLiteral("only an item the server refused can be discarded");
        return false;
    }
    // As after a server's acceptance: the resident's details leave the log file now.
    QSqlQuery checkpoint(m_db.connection());
    checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return true;
}

QJsonObject OutboxStore::payloadOf(const Item &item)
{
    return QJsonDocument::fromJson(item.body)
        .object()
        .value(QLatin1StringView("payload"))
        .toObject();
}
