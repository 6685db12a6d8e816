#pragma once

#include "submissionstore.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

class ServerStore;

// Forum posts arrive as submissions and reach kiosks only once a moderator approves them.
// Each decision is written in one transaction with what it causes (the published post, the
// citizen's public status) and recorded in the moderation log with who took it and when.
// A published post carries only the topic, the body, the date and the display name the
// citizen chose: whatever else the submission holds stays on the server.
class ForumModeration final
{
public:
    // Runs inside the decision's transaction just before it commits (the audit entry); false
    // rolls the decision back.
    using BeforeCommit = std::function<bool(QString *error)>;

    struct PendingPost
    {
        QString reference;
        QString topicId;
        QString topicTitle; // empty when the topic is no longer published
        QString author;     // the display name the citizen typed; may be empty
        QString body;
        QString receivedAt;
    };

    explicit ForumModeration(ServerStore &store);

    // Forum posts with no decision yet, oldest first.
    std::optional<QList<PendingPost>> pending(QString *error) const;

    // Publishes the post (forum_posts, id postId(reference)) and sets the submission's status
    // to "answered". Refused when the post was already decided or its topic is gone.
    bool approve(const QString &reference, const QString &moderator, QString *error,
                 const BeforeCommit &beforeCommit = {});
    // Publishes nothing; the status becomes "rejected" with the reason as its public note.
    bool reject(const QString &reference, const QString &moderator, const QString &reason,
                QString *error, const BeforeCommit &beforeCommit = {});
    // Takes an approved post off the kiosks (a tombstone in the feed); the status becomes
    // "closed" with the reason as its public note.
    bool withdraw(const QString &reference, const QString &moderator, const QString &reason,
                  QString *error, const BeforeCommit &beforeCommit = {});

    static QString postId(const QString &reference);

private:
    ServerStore &m_store;
    SubmissionStore m_submissions;
};
