#pragma once

#include "outboxstore.h"

#include <QObject>
#include <optional>

class Clock;

// Where the kiosk's forms put what a citizen sends: the UI thread's own connection to the
// outbox. An item is on disk (synchronous=FULL) when submit() returns it, so the receipt
// screen never promises what a power cut could take back. queued() asks sync to upload.
class OutboxWriter final : public QObject
{
    Q_OBJECT

public:
    OutboxWriter(OutboxStore &outbox, const Clock &clock, QObject *parent = nullptr);

    // `summary` is what a clerk sees in the outbox listing; it must hold no personal data.
    // The locale sent along is the language on screen when the citizen pressed Send.
    std::optional<OutboxStore::Item> submit(const QString &type, const QJsonObject &payload,
                                            const QString &summary, QString *error,
                                            const QString &clerk = {});
    // The local receipt ("R-1A2B-3C4D") or a server reference, as the person typed it.
    std::optional<OutboxStore::Item> find(const QString &receiptOrReference) const;

    // For the clerks' view of the outbox: every item, newest first.
    QList<OutboxStore::Item> recent(int limit) const;
    std::optional<OutboxStore::Item> item(qint64 localId) const;
    // Makes a pending item due now and asks sync to send it.
    bool retryNow(qint64 localId);
    bool discard(qint64 localId, const QString &reason, QString *error);

signals:
    // Something waits to be sent now: sync should upload.
    void queued(const QString &receipt);

private:
    OutboxStore &m_outbox;
    const Clock &m_clock;
};
