#pragma once

#include "collection.h"
#include "sqldatabase.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

// The server's content and its change feed in one SQLite file. Every write of content goes
// through here and appends to the feed in the same transaction as the content itself.
class ServerStore final
{
public:
    struct Publication
    {
        Collection collection;
        QString id;
        QJsonObject data;
    };

    struct FeedPage
    {
        qint64 next = 0;
        bool more = false;
        int count = 0;
        QByteArray changesJson; // the JSON array of changes, ready to send
    };

    static QString schemaDir() { return QStringLiteral(":/schema/server"); }

    bool open(const QString &path, QString *error);
    SqlDatabase &database() { return m_db; }

    // Validates each item as a kiosk would, then publishes all or none.
    bool publish(const QList<Publication> &items, QString *error);
    bool withdraw(Collection collection, const QString &id, QString *error);
    // For collaborators that publish as part of a larger write: the caller holds the
    // transaction (SqlTransaction on database()).
    bool publishInTransaction(const Publication &item, QString *error);
    bool withdrawInTransaction(Collection collection, const QString &id, QString *error);
    std::optional<QJsonObject> item(Collection collection, const QString &id) const;

    // Drops tombstones (withdrawals) committed before `cutoff` and raises the floor above
    // them: kiosks whose cursor is older must then rebuild (410), since they could miss a
    // withdrawal. Returns how many were dropped, or -1 on error.
    int compact(const QDateTime &cutoff, QString *error);

    // The feed's latest seq and its floor, read together: what a long poll watches and an ETag
    // names.
    struct Head
    {
        qint64 latestSeq = 0;
        qint64 floor = 0;
        bool operator==(const Head &) const = default;
    };
    Head head() const;
    qint64 floor() const;
    qint64 latestSeq() const;
    int itemCount() const;
    std::optional<FeedPage> changesSince(qint64 since, int limit, QString *error) const;

private:
    SqlDatabase m_db;
};
