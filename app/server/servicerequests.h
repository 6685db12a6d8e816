#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class ServerStore;

// Complaints (submissions of type "complaint", whichever channel sent them) read back for the
// Open311 listing. Read-only: submissions are written only by SubmissionStore.
class ServiceRequests final
{
public:
    struct Filter
    {
        QStringList references;   // when set, only these (and no other condition but type)
        QStringList serviceCodes; // category ids; empty: all
        QStringList statuses;     // SubmissionStore::statuses() names; empty: all
        QString receivedFrom;     // inclusive, UTC "yyyy-MM-ddTHH:mm:ssZ"; empty: no bound
        QString receivedTo;       // inclusive, same format
        int limit = 1000;
    };

    struct Request
    {
        QString reference;
        QString status;
        QString statusNote;
        QString receivedAt;
        QString updatedAt;
        // Everything the citizen sent, personal data included: callers pick the public fields.
        QJsonObject payload;
    };

    explicit ServiceRequests(ServerStore &store);

    // Newest first. nullopt when the store cannot be read (*error says why, for the log).
    std::optional<QList<Request>> find(const Filter &filter, QString *error) const;

private:
    ServerStore &m_store;
};
