#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class ServerStore;

// Citizens' submissions on the server, received exactly once per idempotency key: the first
// answer is stored with the submission and given again to every replay, so a kiosk that never
// heard the answer can simply send again. The key is unique in the database itself, so two
// server processes receiving the same replay still store it once.
class SubmissionStore final
{
public:
    struct Incoming
    {
        QByteArray key;
        QByteArray bodyHash;
        QString type;
        QString device;
        QString createdAt;
        QString locale;
        QJsonObject payload;
    };

    struct Outcome
    {
        enum class Kind
        {
            Created,
            Replayed,
            KeyReused,
            Invalid,
            Failed
        };
        Kind kind = Kind::Failed;
        QByteArray answer; // Created, Replayed: {"reference": ..., "status": ...}
        QString error;     // Invalid: what is wrong; Failed: for the log only
    };

    // Checks a new submission (not a replay) inside the transaction; empty means acceptable.
    using Check = std::function<QString(const Incoming &)>;

    explicit SubmissionStore(ServerStore &store);

    Outcome receive(const Incoming &incoming, const Check &check);
    bool setStatus(const QString &reference, const QString &status, const QString &note,
                   QString *error);
    // For collaborators that change a status as part of a larger write: the caller holds the
    // transaction (SqlTransaction on the store's database()).
    bool setStatusInTransaction(const QString &reference, const QString &status,
                                const QString &note, QString *error);
    std::optional<QJsonObject> publicStatus(const QString &reference) const;
    int count() const;

    static const QStringList &statuses();

private:
    bool publishStatus(const QString &reference, const QString &status, const QString &note,
                       QString *error);

    ServerStore &m_store;
};
