#include "outboxwriter.h"

#include "clock.h"

#include <QLocale>

OutboxWriter::OutboxWriter(OutboxStore &outbox, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
    , m_clock(clock)
{}

std::optional<OutboxStore::Item> OutboxWriter::submit(const QString &type,
                                                      const QJsonObject &payload,
                                                      const QString &summary, QString *error,
                                                      const QString &clerk)
{
    const QString locale = QLocale().name().left(2);
    auto item = m_outbox.enqueue(type, locale, payload, m_clock.now(), summary, error, clerk);
    if (item)
        emit queued(item->receipt);
    return item;
}

QList<OutboxStore::Item> OutboxWriter::recent(int limit) const
{
    return m_outbox.recent(limit);
}

std::optional<OutboxStore::Item> OutboxWriter::item(qint64 localId) const
{
    return m_outbox.item(localId);
}

bool OutboxWriter::retryNow(qint64 localId)
{
    if (!m_outbox.retryNow(localId, m_clock.now()))
        return false;
    if (const auto item = m_outbox.item(localId))
        emit queued(item->receipt);
    return true;
}

bool OutboxWriter::discard(qint64 localId, const QString &reason, QString *error)
{
    return m_outbox.discard(localId, reason, m_clock.now(), error);
}

std::optional<OutboxStore::Item> OutboxWriter::find(const QString &receiptOrReference) const
{
    const QString wanted = receiptOrReference.trimmed().toUpper();
    if (wanted.isEmpty())
        return std::nullopt;
    // A kiosk's outbox holds days of items, not thousands: a scan is cheaper than an index.
    for (const auto state :
         {OutboxStore::State::Pending, OutboxStore::State::Sent, OutboxStore::State::Rejected}) {
        const QList<OutboxStore::Item> items = m_outbox.items(state);
        for (const OutboxStore::Item &item : items) {
            if (item.receipt.toUpper() == wanted || item.reference.toUpper() == wanted)
                return item;
        }
    }
    return std::nullopt;
}
