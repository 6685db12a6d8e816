#pragma once

#include "changepage.h"
#include "contentitem.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class SqlDatabase;

// The kiosk's content cache. A change page and the cursor after it are written in one
// transaction, so a crash leaves the cache at one cursor or the next, never between.
class ContentStore final
{
public:
    // Also makes SQLite register the legal search tokenizer on every connection opened after
    // (see SpanishTokenizer): every opener of this schema asks for it first.
    static QString schemaDir();

    explicit ContentStore(SqlDatabase &db);

    bool applyPage(const ChangePage &page, QString *error);

    qint64 cursor() const;
    QDateTime lastSyncAt() const;
    bool setLastSyncAt(const QDateTime &when, QString *error = nullptr);
    // The ETag the server gave with the last page of a pass, and the cursor it belongs to.
    QPair<qint64, QByteArray> feedEtag() const;
    // A pass reached the head of the feed at `cursor` at `when`: keeps its ETag and the time,
    // and ends a traversal from 0 (see isFreshTraversal), all in one transaction.
    bool completePass(qint64 cursor, const QByteArray &etag, const QDateTime &when, QString *error);
    // True from the first page applied from cursor 0 until a pass reaches the head: every
    // cursor on the way is safe below the server's floor, since this cache held nothing that
    // a forgotten withdrawal could have removed.
    bool isFreshTraversal() const;

    // Items for a list, ordered by sort key; the large text fields (body, text) are left
    // out of `data` so that listing stays cheap. item() returns everything.
    QList<ContentItem> list(Collection collection) const;
    // The last `limit` items of list(), last first: the newest news without reading them all.
    QList<ContentItem> newest(Collection collection, int limit) const;
    // The first `limit` items of list() that are not over at `now`: their `ends_at`, or their
    // `starts_at` where they have no end, is not before it (the events still to come; items
    // without an end key, which only events have, are never returned).
    QList<ContentItem> notOver(Collection collection, const QDateTime &now, int limit) const;
    // One page of list() (or of list() reversed, `newestFirst`), starting after `after` (an
    // item of the previous page; null for the first page): a long list read as it is scrolled.
    QList<ContentItem> listPage(Collection collection, bool newestFirst, const ContentItem *after,
                                int limit) const;
    // The first `limit` items of list(), reordered so that those whose `field` is values[0]
    // come first, then values[1] and so on, then the rest: the services with a problem first.
    QList<ContentItem> firstWhere(Collection collection, const QString &field,
                                  const QStringList &values, int limit) const;
    // The distinct values of one text field of a collection's items, in no order.
    QStringList fieldValues(Collection collection, const QString &field) const;
    std::optional<ContentItem> item(Collection collection, const QString &id) const;
    int count(Collection collection) const;
    int rejectedCount() const;
    QStringList referencedBlobs() const; // every image and PDF some item shows

private:
    QString state(const QString &key) const;
    bool setState(const QString &key, const QString &value, QString *error);

    SqlDatabase &m_db;
};
