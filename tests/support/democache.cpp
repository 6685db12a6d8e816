#include "democache.h"

#include "changepage.h"
#include "demoloader.h"
#include "itemvalidator.h"

DemoCache::DemoCache(QDate today)
    : m_today(today)
{}

bool DemoCache::open()
{
    m_cache = std::make_unique<ContentCache>(m_dir.path());
    if (!m_cache->open(&m_error))
        return false;
    QList<ServerStore::Publication> items;
    if (!DemoLoader(QStringLiteral(MK_DEMO_DIR), m_today).load(&items, &m_error))
        return false;
    ChangePage page;
    page.since = m_seq;
    for (const ServerStore::Publication &publication : std::as_const(items)) {
        QString why;
        const auto item =
            ItemValidator::validate(publication.collection, publication.id, publication.data, &why);
        if (!item) {
            m_error = QStringLiteral("demo item %1 is invalid: %2").arg(publication.id, why);
            return false;
        }
        Change change;
        change.seq = ++m_seq;
        change.item = *item;
        page.changes.append(change);
    }
    page.next = m_seq;
    return m_cache->store().applyPage(page, &m_error) &&
           m_cache->store().setLastSyncAt(m_today.startOfDay(), &m_error);
}

bool DemoCache::put(Collection collection, const QString &id, const QJsonObject &data)
{
    return apply(collection, id, &data);
}

bool DemoCache::remove(Collection collection, const QString &id)
{
    return apply(collection, id, nullptr);
}

bool DemoCache::apply(Collection collection, const QString &id, const QJsonObject *data)
{
    Change change;
    change.seq = m_seq + 1;
    if (data) {
        const auto item = ItemValidator::validate(collection, id, *data, &m_error);
        if (!item)
            return false;
        change.item = *item;
    } else {
        change.op = Change::Op::Delete;
        change.item.collection = collection;
        change.item.id = id;
    }
    ChangePage page;
    page.since = m_seq;
    page.next = change.seq;
    page.changes.append(change);
    if (!m_cache->store().applyPage(page, &m_error))
        return false;
    m_seq = change.seq;
    return true;
}
