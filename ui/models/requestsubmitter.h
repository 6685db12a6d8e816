#pragma once

#include "outboxstore.h"

#include <QJsonObject>
#include <QString>
#include <optional>

class ContentStore;
class OutboxWriter;

// The last step of every form: checks a submission with the server's own rules
// (SubmissionValidator over what the cache holds) and queues it in the outbox. A form shows
// its own plain words for each of its fields; the validator's message, written for a clerk,
// only tells it which field to point at.
class RequestSubmitter final
{
public:
    RequestSubmitter(const ContentStore *store, OutboxWriter *outbox);

    bool canSubmit() const { return m_outbox != nullptr; }
    // Empty when the server would accept the payload; otherwise the validator's message.
    QString problem(const QString &type, const QJsonObject &payload) const;
    // The field, attribute or question a validator message names (its first quoted name),
    // or empty.
    static QString fieldOf(const QString &problem);
    // Checks and queues. Nothing when the kiosk has no outbox, the payload is refused or the
    // outbox could not write it; `problem` then says which (the validator's message, or empty
    // when the kiosk itself could not take it).
    std::optional<OutboxStore::Item> submit(const QString &type, const QJsonObject &payload,
                                            const QString &summary, QString *problem,
                                            const QString &clerk = {}) const;

private:
    const ContentStore *m_store;
    OutboxWriter *m_outbox;
};
