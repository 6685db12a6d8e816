#pragma once

#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <algorithm>
#include <tuple>

// What a kiosk's cache should hold, from the server's change feed, and what it does hold.
// The server keeps only the latest change of each item, so the cache of a kiosk at cursor C
// must hold exactly the server's `put` rows with seq <= C (minus the changes it rejected):
// anything else is a half page, a gap or a duplicate. Header-only: for tests that link Qt Sql
// (through mk_storage or mk_server).
namespace FeedState {

struct Item
{
    QString collection;
    QString id;
    qint64 seq = 0;
    QString data;

    friend bool operator==(const Item &, const Item &) = default;
};

inline bool byKey(const Item &a, const Item &b)
{
    return std::tie(a.collection, a.id, a.seq) < std::tie(b.collection, b.id, b.seq);
}

// One row of the server's `changes` table.
struct Change
{
    qint64 seq = 0;
    QString collection;
    QString id;
    QString op;
    QString data;

    friend bool operator==(const Change &, const Change &) = default;
};

inline QList<Change> readFeed(const QSqlDatabase &serverDb, QString *error)
{
    QList<Change> feed;
    QSqlQuery query(serverDb);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT seq, collection, id, op, coalesce(data, '') FROM changes ORDER BY seq"))) {
        *error = query.lastError().text();
        return {};
    }
    while (query.next())
        feed.append({query.value(0).toLongLong(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toString()});
    return feed;
}

// The items a cache at `cursor` must hold: every put up to the cursor, but the rejected ones.
inline QList<Item> expectedAt(const QList<Change> &feed, qint64 cursor,
                              const QSet<qint64> &rejected = {})
{
    QList<Item> items;
    for (const Change &change : feed) {
        if (change.seq <= cursor && change.op == QLatin1String("put") &&
            !rejected.contains(change.seq))
            items.append({change.collection, change.id, change.seq, change.data});
    }
    std::sort(items.begin(), items.end(), byKey);
    return items;
}

// How many changes of the feed a cursor has passed: with a page limit L, a traversal from 0
// stands at a multiple of L (or at the end of the feed) after every page.
inline qsizetype rankOf(const QList<Change> &feed, qint64 cursor)
{
    return std::count_if(feed.cbegin(), feed.cend(),
                         [cursor](const Change &change) { return change.seq <= cursor; });
}

inline QList<Item> readItems(const QSqlDatabase &cacheDb, QString *error)
{
    QList<Item> items;
    QSqlQuery query(cacheDb);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT collection, id, seq, data FROM items"))) {
        *error = query.lastError().text();
        return {};
    }
    while (query.next())
        items.append({query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toLongLong(), query.value(3).toString()});
    std::sort(items.begin(), items.end(), byKey);
    return items;
}

// The seqs of rejected_changes, in order.
inline QList<qint64> readRejected(const QSqlDatabase &cacheDb, QString *error)
{
    QList<qint64> seqs;
    QSqlQuery query(cacheDb);
    if (!query.exec(QStringLiteral("SELECT seq FROM rejected_changes ORDER BY seq"))) {
        *error = query.lastError().text();
        return {};
    }
    while (query.next())
        seqs.append(query.value(0).toLongLong());
    return seqs;
}

// sync_state as "key=value" lines, in key order, leaving out the keys named.
inline QStringList readSyncState(const QSqlDatabase &cacheDb, const QStringList &leaveOut)
{
    QStringList state;
    QSqlQuery query(cacheDb);
    if (!query.exec(QStringLiteral("SELECT key, value FROM sync_state ORDER BY key")))
        return {QStringLiteral("(cannot read sync_state: %1)").arg(query.lastError().text())};
    while (query.next()) {
        if (!leaveOut.contains(query.value(0).toString()))
            state.append(query.value(0).toString() + QLatin1Char('=') + query.value(1).toString());
    }
    return state;
}

inline QString integrity(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA integrity_check")))
        return query.lastError().text();
    QStringList lines;
    while (query.next())
        lines.append(query.value(0).toString());
    return lines.join(QLatin1Char('\n'));
}

// Empty when equal; otherwise what differs, with a few examples.
inline QString difference(const QList<Item> &actual, const QList<Item> &expected)
{
    if (actual == expected)
        return {};
    QStringList missing, extra, changed;
    auto a = actual.cbegin();
    auto e = expected.cbegin();
    const auto name = [](const Item &item) {
        return QStringLiteral("%1/%2@%3").arg(item.collection, item.id).arg(item.seq);
    };
    while (a != actual.cend() || e != expected.cend()) {
        if (e == expected.cend() || (a != actual.cend() && byKey(*a, *e))) {
            extra.append(name(*a++));
        } else if (a == actual.cend() || byKey(*e, *a)) {
            missing.append(name(*e++));
        } else {
            if (a->data != e->data)
                changed.append(name(*a));
            ++a;
            ++e;
        }
    }
    const auto some = [](const QStringList &list) {
        return QStringLiteral("%1 [%2%3]")
            .arg(list.size())
            .arg(list.mid(0, 5).join(QStringLiteral(", ")),
                 list.size() > 5 ? QStringLiteral(", ...") : QString());
    };
    return QStringLiteral("cache holds %1 items, expected %2; missing %3; unexpected %4; "
                          "different data %5")
        .arg(actual.size())
        .arg(expected.size())
        .arg(some(missing), some(extra), some(changed));
}

} // namespace FeedState
