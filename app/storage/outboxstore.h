#pragma once

#include "sqldatabase.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

// The kiosk's outbox: every submission is committed to disk (synchronous=FULL) before the
// screen says it is saved, with the idempotency key it will carry on every try, and it stays
// until the server has accepted it or refused it for a stated reason. Nothing is dropped
// silently. Once the server accepts an item, its personal data is erased from the file and from
// the write-ahead log (secure_delete and a truncating checkpoint).
class OutboxStore final
{
public:
    enum class State
    {
        Pending,
        Sent,
        Rejected,
        Discarded // refused by the server, then put aside by a clerk with a reason
    };

    struct Item
    {
        qint64 localId = 0;
        QByteArray key;
        QString receipt;
        QString type;
        QString summary;
        QDateTime createdAt;
        QByteArray body; // empty once sent
        State state = State::Pending;
        int attempts = 0;
        QDateTime nextAttemptAt;
        QString lastError;
        QString reference;
        QString status;
        QString clerk; // who entered it for a resident; empty for a citizen at the kiosk
        QString discardReason;
    };

    struct Stats
    {
        int pending = 0;
        int sent = 0;
        int rejected = 0;
        QDateTime oldestPending; // invalid when nothing is pending
    };

    static QString schemaDir() { return QStringLiteral(":/schema/outbox"); }

    // Makes idempotency keys (UUIDs); tests pass their own to force clashes.
    using KeyGenerator = std::function<QByteArray()>;
    explicit OutboxStore(KeyGenerator newKey = {});

    bool open(const QString &path, QString *error);
    SqlDatabase &database() { return m_db; }

    // Queues a submission; returns it (with its receipt) once it is on disk.
    std::optional<Item> enqueue(const QString &type, const QString &locale,
                                const QJsonObject &payload, const QDateTime &createdAt,
                                const QString &summary, QString *error, const QString &clerk = {});

    std::optional<Item> nextDue(const QDateTime &now) const;
    std::optional<Item> item(qint64 localId) const;
    QList<Item> items(State state) const;
    // Every item, newest first: what a clerk looks through.
    QList<Item> recent(int limit) const;
    Stats stats() const;

    bool markSent(qint64 localId, const QString &reference, const QString &status, QString *error);
    bool markRetry(qint64 localId, const QString &error, const QDateTime &nextAttempt);
    bool markRejected(qint64 localId, const QString &message);
    // Makes every pending item due now (IT staff's "retry now").
    bool retryAllNow(const QDateTime &now);
    // Makes one pending item due now (a clerk's "retry now"); false if it is not pending.
    bool retryNow(qint64 localId, const QDateTime &now);
    // Puts a rejected item aside for good: its personal data goes, the reason stays. False
    // (with why) for an item that is not rejected: nothing a citizen sent is dropped unsent.
    bool discard(qint64 localId, const QString &reason, const QDateTime &now, QString *error);
    // The payload the item carries (for a clerk who edits a rejected one); empty once sent.
    static QJsonObject payloadOf(const Item &item);

    static QString receiptFor(const QByteArray &key);

private:
    KeyGenerator m_newKey;
    SqlDatabase m_db;
};
