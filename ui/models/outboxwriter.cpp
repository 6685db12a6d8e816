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
                                                      const QString &summary, QString *error)
{
    const QString locale = QLocale().name().left(2);
    auto item = m_outbox.enqueue(type, locale, payload, m_clock.now(), summary, error);
    if (item)
        emit queued(item->receipt);
    return item;
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
