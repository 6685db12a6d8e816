#include "forummoderation.h"

#include "serverstore.h"
#include "sqltransaction.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace {

const QString kApproved = QStringLiteral("approved");
const QString kRejected = QStringLiteral("rejected");
const QString kWithdrawn = QStringLiteral("withdrawn");

bool failed(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

struct Post
{
    QJsonObject payload;
    QString receivedAt;
};

std::optional<Post> readPost(const QSqlDatabase &db, const QString &reference, QString *error)
{
    QSqlQuery query(db);
    query.prepare(
        QStringLiteral("SELECT type, payload, received_at FROM submissions WHERE reference = ?"));
    query.addBindValue(reference);
    if (!query.exec()) {
        failed(error, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next()) {
        failed(error, QStringLiteral("there is no submission %1").arg(reference));
        return std::nullopt;
    }
    const QString type = query.value(0).toString();
    if (type != QLatin1String("forum_post")) {
        failed(error, QStringLiteral("%1 is a %2, not a forum post").arg(reference, type));
        return std::nullopt;
    }
    return Post{QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object(),
                query.value(2).toString()};
}

struct Decision
{
    QString decision;
    QString moderator;
    QString decidedAt;
};

// Approved or rejected: the decision that a post gets once. A withdrawal comes after it.
std::optional<Decision> findDecision(const QSqlDatabase &db, const QString &reference,
                                     bool withdrawal, QString *error, bool *ok)
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT decision, moderator, decided_at FROM moderation "
                                 "WHERE reference = ? AND %1")
                      .arg(withdrawal ? QStringLiteral("decision = 'withdrawn'")
                                      : QStringLiteral("decision IN ('approved', 'rejected')")));
    query.addBindValue(reference);
    *ok = query.exec();
    if (!*ok) {
        failed(error, query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return Decision{query.value(0).toString(), query.value(1).toString(),
                    query.value(2).toString()};
}

bool record(const QSqlDatabase &db, const QString &reference, const QString &decision,
            const QString &moderator, const QString &reason, QString *error)
{
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO moderation (reference, decision, moderator, reason, "
                                  "decided_at) VALUES (?, ?, ?, ?, ?)"));
    for (const QString &value : {reference, decision, moderator, reason, nowText()})
        insert.addBindValue(value.isNull() ? QStringLiteral("") : value); // null binds NULL
    if (!insert.exec())
        return failed(error, insert.lastError().text());
    return true;
}

// Approving and rejecting are each a post's one decision: a second one would publish a
// rejected post or silently overrule another moderator.
bool checkFirstDecision(const QSqlDatabase &db, const QString &reference, QString *error)
{
    bool ok = false;
    const auto earlier = findDecision(db, reference, false, error, &ok);
    if (!ok)
        return false;
    if (earlier)
        return failed(
            error, QStringLiteral("%1 was already %2 by %3 at %4")
                       .arg(reference, earlier->decision, earlier->moderator, earlier->decidedAt));
    return true;
}

// A decision nobody signed cannot be accounted for later; a rejection or withdrawal without
// a reason leaves the citizen guessing.
bool checkNames(const QString &moderator, const QString *reason, QString *error)
{
    if (moderator.trimmed().isEmpty())
        return failed(error, QStringLiteral("the moderator's name is required"));
    if (reason && reason->trimmed().isEmpty())
        return failed(error, QStringLiteral("a reason is required: the citizen will read it"));
    return true;
}

} // namespace

ForumModeration::ForumModeration(ServerStore &store)
    : m_store(store)
    , m_submissions(store)
{}

QString ForumModeration::postId(const QString &reference)
{
    return QStringLiteral("post-") + reference.toLower();
}

std::optional<QList<ForumModeration::PendingPost>> ForumModeration::pending(QString *error) const
{
    QSqlQuery query(m_store.database().connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT reference, payload, received_at FROM submissions s "
                                   "WHERE type = 'forum_post' AND NOT EXISTS "
                                   "(SELECT 1 FROM moderation m WHERE m.reference = s.reference) "
                                   "ORDER BY received_at, reference"))) {
        failed(error, query.lastError().text());
        return std::nullopt;
    }
    QList<PendingPost> posts;
    while (query.next()) {
        const QJsonObject payload =
            QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object();
        PendingPost post;
        post.reference = query.value(0).toString();
        post.topicId = payload.value(QLatin1StringView("topic")).toString();
        post.author = payload.value(QLatin1StringView("author")).toString().trimmed();
        post.body = payload.value(QLatin1StringView("body")).toString();
        post.receivedAt = query.value(2).toString();
        posts.append(post);
    }
    // Topics are looked up once the list is read: on PostgreSQL a forward-only query streams its
    // rows, and another query on the connection before the last row would cut it short.
    for (PendingPost &post : posts) {
        if (const auto topic = m_store.item(Collection::ForumTopics, post.topicId))
            post.topicTitle = topic->value(QLatin1StringView("title")).toString();
    }
    return posts;
}

bool ForumModeration::approve(const QString &reference, const QString &moderator, QString *error,
                              const BeforeCommit &beforeCommit)
{
    if (!checkNames(moderator, nullptr, error))
        return false;
    QSqlDatabase db = m_store.database().connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return failed(error, transaction.lastError());
    const auto post = readPost(db, reference, error);
    if (!post || !checkFirstDecision(db, reference, error))
        return false;
    const QString topic = post->payload.value(QLatin1StringView("topic")).toString();
    if (!m_store.item(Collection::ForumTopics, topic))
        return failed(error, QStringLiteral("the forum topic '%1' of %2 is no longer published; "
                                            "reject the post instead")
                                 .arg(topic, reference));

    // Built field by field, never copied from the payload: whatever else a kiosk sent along
    // (a contact, by mistake or by a newer form) must not reach the public feed. The date is
    // the server's receipt, not the kiosk's clock, which may be wrong after days offline.
    QJsonObject data{
        {QStringLiteral("topic_id"), topic},
        {QStringLiteral("body"), post->payload.value(QLatin1StringView("body")).toString()},
        {QStringLiteral("created_at"), post->receivedAt}};
    const QString author = post->payload.value(QLatin1StringView("author")).toString().trimmed();
    if (!author.isEmpty())
        data.insert(QStringLiteral("author"), author);

    if (!m_store.publishInTransaction({Collection::ForumPosts, postId(reference), data}, error) ||
        !m_submissions.setStatusInTransaction(reference, QStringLiteral("answered"), QString(),
                                              error) ||
        !record(db, reference, kApproved, moderator.trimmed(), QString(), error))
        return false;
    if (beforeCommit && !beforeCommit(error))
        return false;
    if (!transaction.commit())
        return failed(error, transaction.lastError());
    return true;
}

bool ForumModeration::reject(const QString &reference, const QString &moderator,
                             const QString &reason, QString *error,
                             const BeforeCommit &beforeCommit)
{
    if (!checkNames(moderator, &reason, error))
        return false;
    QSqlDatabase db = m_store.database().connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return failed(error, transaction.lastError());
    if (!readPost(db, reference, error) || !checkFirstDecision(db, reference, error))
        return false;
    if (!m_submissions.setStatusInTransaction(reference, QStringLiteral("rejected"),
                                              reason.trimmed(), error) ||
        !record(db, reference, kRejected, moderator.trimmed(), reason.trimmed(), error))
        return false;
    if (beforeCommit && !beforeCommit(error))
        return false;
    if (!transaction.commit())
        return failed(error, transaction.lastError());
    return true;
}

bool ForumModeration::withdraw(const QString &reference, const QString &moderator,
                               const QString &reason, QString *error,
                               const BeforeCommit &beforeCommit)
{
    if (!checkNames(moderator, &reason, error))
        return false;
    QSqlDatabase db = m_store.database().connection();
    SqlTransaction transaction(db);
    if (!transaction.isActive())
        return failed(error, transaction.lastError());
    if (!readPost(db, reference, error))
        return false;
    bool ok = false;
    const auto decision = findDecision(db, reference, false, error, &ok);
    if (!ok)
        return false;
    if (!decision || decision->decision != kApproved)
        return failed(error, QStringLiteral("%1 was never published (%2); there is nothing to "
                                            "withdraw")
                                 .arg(reference, decision ? decision->decision
                                                          : QStringLiteral("not moderated yet")));
    const auto withdrawal = findDecision(db, reference, true, error, &ok);
    if (!ok)
        return false;
    if (withdrawal)
        return failed(error, QStringLiteral("%1 was already withdrawn by %2 at %3")
                                 .arg(reference, withdrawal->moderator, withdrawal->decidedAt));
    if (!m_store.withdrawInTransaction(Collection::ForumPosts, postId(reference), error) ||
        !m_submissions.setStatusInTransaction(reference, QStringLiteral("closed"), reason.trimmed(),
                                              error) ||
        !record(db, reference, kWithdrawn, moderator.trimmed(), reason.trimmed(), error))
        return false;
    if (beforeCommit && !beforeCommit(error))
        return false;
    if (!transaction.commit())
        return failed(error, transaction.lastError());
    return true;
}
