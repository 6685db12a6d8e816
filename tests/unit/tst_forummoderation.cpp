#include "changepage.h"
#include "forummoderation.h"
#include "serverstore.h"
#include "submissionstore.h"
#include "submissionvalidator.h"
#include "testserverdatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

// Forum posts received exactly as the HTTP route receives them, moderated, and read back from
// the change feed as a kiosk reads it.
class TestForumModeration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServerDatabase> m_database;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<SubmissionStore> m_submissions;
    std::unique_ptr<ForumModeration> m_moderation;

    static QString topic() { return QStringLiteral("tema-ribera"); }
    static QString moderator() { return QStringLiteral("ana.moderadora"); }

    // What ApiServer::submit does with a request body, minus HTTP.
    SubmissionStore::Outcome submit(const QString &type, const QJsonObject &payload)
    {
        const QJsonObject root{
            {QStringLiteral("type"), type},
            {QStringLiteral("created_at"), QStringLiteral("2026-12-01T10:00:00-05:00")},
            {QStringLiteral("locale"), QStringLiteral("es")},
            {QStringLiteral("payload"), payload}};
        const QByteArray body = QJsonDocument(root).toJson(QJsonDocument::Compact);
        SubmissionStore::Incoming incoming;
        incoming.key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        incoming.bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        incoming.type = type;
        incoming.device = QStringLiteral("kiosk-test");
        incoming.createdAt = root.value(QLatin1StringView("created_at")).toString();
        incoming.locale = QStringLiteral("es");
        incoming.payload = payload;
        const SubmissionValidator validator([this](Collection collection, const QString &id) {
            return m_store->item(collection, id);
        });
        return m_submissions->receive(incoming, [&validator](const SubmissionStore::Incoming &in) {
            return validator.problem(in.type, in.payload);
        });
    }

    static QString reference(const SubmissionStore::Outcome &outcome)
    {
        if (outcome.kind != SubmissionStore::Outcome::Kind::Created)
            qFatal("submission refused: %s", qPrintable(outcome.error));
        return QJsonDocument::fromJson(outcome.answer)
            .object()
            .value(QLatin1StringView("reference"))
            .toString();
    }

    // A post whose payload also carries what must never be published: a kiosk's form that
    // (wrongly, or in a newer version) sends contact details along.
    QString post(const QString &body, const QString &author = QString())
    {
        QJsonObject payload{
            {QStringLiteral("topic"), topic()},
            {QStringLiteral("body"), body},
            {QStringLiteral("contact"),
             QJsonObject{{QStringLiteral("phone"), QStringLiteral("+53 5 555 1234")},
                         {QStringLiteral("email"), QStringLiteral("vecina@example.org")}}},
            {QStringLiteral("consent"), true}};
        if (!author.isNull())
            payload.insert(QStringLiteral("author"), author);
        return reference(submit(QStringLiteral("forum_post"), payload));
    }

    ChangePage feed(qint64 since)
    {
        QString error;
        const auto page = m_store->changesSince(since, 5000, &error);
        if (!page)
            qFatal("feed failed: %s", qPrintable(error));
        const QByteArray json = "{\"since\":" + QByteArray::number(since) +
                                ",\"next\":" + QByteArray::number(page->next) +
                                ",\"more\":false,\"changes\":" + page->changesJson + '}';
        const auto parsed = ChangePage::parse(json, since, &error);
        if (!parsed)
            qFatal("feed page does not parse: %s", qPrintable(error));
        return *parsed;
    }

    static QList<Change> of(const ChangePage &page, Collection collection)
    {
        QList<Change> result;
        for (const Change &change : page.changes) {
            if (change.item.collection == collection)
                result.append(change);
        }
        return result;
    }

    QString status(const QString &reference, const char *field)
    {
        const auto status = m_submissions->publicStatus(reference);
        return status ? status->value(QLatin1StringView(field)).toString() : QString();
    }

    QStringList decisions(const QString &reference)
    {
        QSqlQuery query(m_store->database().connection());
        query.prepare(QStringLiteral("SELECT decision || ' ' || moderator || ' ' || reason "
                                     "FROM moderation WHERE reference = ? ORDER BY id"));
        query.addBindValue(reference);
        QStringList result;
        if (!query.exec())
            return {QStringLiteral("query failed")};
        while (query.next()) {
            result.append(query.value(0).toString().trimmed());
        }
        return result;
    }

private slots:
    void init()
    {
        static int counter = 0;
        m_store.reset();
        m_database = std::make_unique<TestServerDatabase>(
            m_dir.path(), QStringLiteral("server-%1.sqlite").arg(++counter));
        m_store = std::make_unique<ServerStore>();
        QString error;
        QVERIFY2(m_store->open(m_database->location(), &error), qPrintable(error));
        QVERIFY2(m_store->publish({{Collection::ForumTopics, topic(),
                                    QJsonObject{{QStringLiteral("title"),
                                                 QStringLiteral("¿Qué hacemos con la ribera?")},
                                                {QStringLiteral("created_at"),
                                                 QStringLiteral("2026-11-20T09:00:00-05:00")}}}},
                                  &error),
                 qPrintable(error));
        m_submissions = std::make_unique<SubmissionStore>(*m_store);
        m_moderation = std::make_unique<ForumModeration>(*m_store);
    }

    void cleanup()
    {
        m_moderation.reset();
        m_submissions.reset();
        m_store.reset();
    }

    void listsNewPostsAsPending()
    {
        const QString first = post(QStringLiteral("Sembremos árboles en la ribera."),
                                   QStringLiteral("  Vecina de La Ceiba "));
        const QString second = post(QStringLiteral("Y bancos para sentarse."));
        // Other submissions are not forum posts.
        reference(submit(QStringLiteral("suggestion"),
                         QJsonObject{{QStringLiteral("text"), QStringLiteral("Más guaguas")}}));
        QString error;
        const auto pending = m_moderation->pending(&error);
        QVERIFY2(pending, qPrintable(error));
        QCOMPARE(pending->size(), 2);
        const ForumModeration::PendingPost &one = pending->at(0);
        QCOMPARE(one.reference, first);
        QCOMPARE(one.topicId, topic());
        QCOMPARE(one.topicTitle, QStringLiteral("¿Qué hacemos con la ribera?"));
        QCOMPARE(one.author, QStringLiteral("Vecina de La Ceiba"));
        QCOMPARE(one.body, QStringLiteral("Sembremos árboles en la ribera."));
        QVERIFY(QDateTime::fromString(one.receivedAt, Qt::ISODate).isValid());
        QCOMPARE(pending->at(1).reference, second);
        QCOMPARE(pending->at(1).author, QString());
        // Nothing reaches the kiosks before a decision.
        QVERIFY(of(feed(0), Collection::ForumPosts).isEmpty());
    }

    void approvalPublishesOnlyThePublicFields()
    {
        const QString ref = post(QStringLiteral("Sembremos árboles en la ribera."),
                                 QStringLiteral("Vecina de La Ceiba"));
        const qint64 before = m_store->latestSeq();
        QString error;
        QVERIFY2(m_moderation->approve(ref, moderator(), &error), qPrintable(error));

        const ChangePage page = feed(before);
        QCOMPARE(page.rejected.size(), 0);
        const QList<Change> posts = of(page, Collection::ForumPosts);
        QCOMPARE(posts.size(), 1);
        const Change &change = posts.first();
        QCOMPARE(change.op, Change::Op::Put);
        QCOMPARE(change.item.id, ForumModeration::postId(ref));
        QVERIFY(change.item.id.startsWith(QLatin1StringView("post-mun-")));
        const QJsonObject data = change.item.data;
        QCOMPARE(data.keys(),
                 (QStringList{QStringLiteral("author"), QStringLiteral("body"),
                              QStringLiteral("created_at"), QStringLiteral("topic_id")}));
        QCOMPARE(data.value(QLatin1StringView("topic_id")).toString(), topic());
        QCOMPARE(data.value(QLatin1StringView("author")).toString(),
                 QStringLiteral("Vecina de La Ceiba"));
        QCOMPARE(data.value(QLatin1StringView("body")).toString(),
                 QStringLiteral("Sembremos árboles en la ribera."));
        QVERIFY(QDateTime::fromString(data.value(QLatin1StringView("created_at")).toString(),
                                      Qt::ISODate)
                    .isValid());
        // The citizen's status changed in the same commit; nothing else was published.
        QCOMPARE(of(page, Collection::Statuses).size(), 1);
        QCOMPARE(page.changes.size(), 2);
        QCOMPARE(status(ref, "status"), QStringLiteral("answered"));

        const QByteArray whole = m_store->changesSince(0, 5000, &error)->changesJson;
        QVERIFY(!whole.contains("555 1234"));
        QVERIFY(!whole.contains("vecina@example.org"));
        QVERIFY(!whole.contains(moderator().toUtf8()));

        QCOMPARE(decisions(ref), QStringList{QStringLiteral("approved ana.moderadora")});
        QVERIFY(m_moderation->pending(&error)->isEmpty());
    }

    void anAnonymousPostHasNoAuthor()
    {
        const QString ref = post(QStringLiteral("Sin nombre."), QStringLiteral("   "));
        QString error;
        QVERIFY2(m_moderation->approve(ref, moderator(), &error), qPrintable(error));
        const auto item = m_store->item(Collection::ForumPosts, ForumModeration::postId(ref));
        QVERIFY(item);
        QVERIFY(!item->contains(QLatin1StringView("author")));
    }

    void rejectionPublishesNothing()
    {
        const QString ref = post(QStringLiteral("Texto ofensivo"));
        const qint64 before = m_store->latestSeq();
        QString error;
        QVERIFY2(m_moderation->reject(ref, moderator(),
                                      QStringLiteral("No respeta las normas del foro."), &error),
                 qPrintable(error));
        const ChangePage page = feed(before);
        QVERIFY(of(page, Collection::ForumPosts).isEmpty());
        QCOMPARE(page.changes.size(), 1);
        QCOMPARE(status(ref, "status"), QStringLiteral("rejected"));
        QCOMPARE(status(ref, "note"), QStringLiteral("No respeta las normas del foro."));
        QCOMPARE(decisions(ref), QStringList{QStringLiteral(
                                     "rejected ana.moderadora No respeta las normas del foro.")});
        QVERIFY(m_moderation->pending(&error)->isEmpty());

        // A rejection owes the citizen a reason, and says who decided.
        const QString other = post(QStringLiteral("Otro"));
        QVERIFY(!m_moderation->reject(other, moderator(), QStringLiteral("  "), &error));
        QVERIFY2(error.contains(QLatin1StringView("reason")), qPrintable(error));
        QVERIFY(!m_moderation->reject(other, QString(), QStringLiteral("Spam"), &error));
        QVERIFY2(error.contains(QLatin1StringView("moderator")), qPrintable(error));
        QCOMPARE(m_moderation->pending(&error)->size(), 1);
    }

    void decidesEachPostOnce()
    {
        const QString approved = post(QStringLiteral("Uno"));
        const QString rejected = post(QStringLiteral("Dos"));
        QString error;
        QVERIFY(m_moderation->approve(approved, moderator(), &error));
        QVERIFY(m_moderation->reject(rejected, moderator(), QStringLiteral("Repetido"), &error));
        const qint64 seq = m_store->latestSeq();

        QVERIFY(!m_moderation->approve(approved, QStringLiteral("otro"), &error));
        QVERIFY2(error.contains(QLatin1StringView("already approved by ana.moderadora")),
                 qPrintable(error));
        QVERIFY(
            !m_moderation->reject(approved, QStringLiteral("otro"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QLatin1StringView("already approved")), qPrintable(error));
        QVERIFY(!m_moderation->approve(rejected, QStringLiteral("otro"), &error));
        QVERIFY2(error.contains(QLatin1StringView("already rejected")), qPrintable(error));
        QVERIFY(
            !m_moderation->reject(rejected, QStringLiteral("otro"), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QLatin1StringView("already rejected")), qPrintable(error));

        QCOMPARE(m_store->latestSeq(), seq);
        QCOMPARE(decisions(approved).size(), 1);
        QCOMPARE(decisions(rejected).size(), 1);
        QCOMPARE(status(approved, "status"), QStringLiteral("answered"));
    }

    void withdrawalLeavesATombstone()
    {
        const QString ref =
            post(QStringLiteral("Publicado y luego retirado"), QStringLiteral("Pedro"));
        QString error;
        QVERIFY(m_moderation->approve(ref, moderator(), &error));
        const qint64 before = m_store->latestSeq();
        QVERIFY2(m_moderation->withdraw(ref, QStringLiteral("jefe.foro"),
                                        QStringLiteral("Datos de un tercero."), &error),
                 qPrintable(error));
        const ChangePage page = feed(before);
        const QList<Change> posts = of(page, Collection::ForumPosts);
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().op, Change::Op::Delete);
        QCOMPARE(posts.first().item.id, ForumModeration::postId(ref));
        QVERIFY(!m_store->item(Collection::ForumPosts, ForumModeration::postId(ref)));
        QCOMPARE(status(ref, "status"), QStringLiteral("closed"));
        QCOMPARE(status(ref, "note"), QStringLiteral("Datos de un tercero."));
        QCOMPARE(decisions(ref),
                 (QStringList{QStringLiteral("approved ana.moderadora"),
                              QStringLiteral("withdrawn jefe.foro Datos de un tercero.")}));

        const qint64 seq = m_store->latestSeq();
        QVERIFY(!m_moderation->withdraw(ref, moderator(), QStringLiteral("otra vez"), &error));
        QVERIFY2(error.contains(QLatin1StringView("already withdrawn by jefe.foro")),
                 qPrintable(error));
        QVERIFY(!m_moderation->approve(ref, moderator(), &error));
        QCOMPARE(m_store->latestSeq(), seq);
    }

    void withdrawsOnlyWhatWasPublished()
    {
        const QString waiting = post(QStringLiteral("En espera"));
        const QString rejected = post(QStringLiteral("Rechazado"));
        QString error;
        QVERIFY(m_moderation->reject(rejected, moderator(), QStringLiteral("Spam"), &error));
        const qint64 seq = m_store->latestSeq();
        QVERIFY(!m_moderation->withdraw(waiting, moderator(), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QLatin1StringView("never published")), qPrintable(error));
        QVERIFY(!m_moderation->withdraw(rejected, moderator(), QStringLiteral("x"), &error));
        QVERIFY2(error.contains(QLatin1StringView("never published")), qPrintable(error));
        QCOMPARE(m_store->latestSeq(), seq);
        QCOMPARE(m_moderation->pending(&error)->size(), 1);
    }

    void refusesWhatIsNotAForumPost()
    {
        const QString suggestion =
            reference(submit(QStringLiteral("suggestion"),
                             QJsonObject{{QStringLiteral("text"), QStringLiteral("Más guaguas")}}));
        QString error;
        QVERIFY(!m_moderation->approve(suggestion, moderator(), &error));
        QVERIFY2(error.contains(QLatin1StringView("not a forum post")), qPrintable(error));
        QVERIFY(!m_moderation->approve(QStringLiteral("MUN-2026-999999"), moderator(), &error));
        QVERIFY2(error.contains(QLatin1StringView("no submission")), qPrintable(error));
        QVERIFY(!m_moderation->reject(QStringLiteral("MUN-2026-999999"), moderator(),
                                      QStringLiteral("x"), &error));
        QVERIFY(!m_moderation->withdraw(QStringLiteral("MUN-2026-999999"), moderator(),
                                        QStringLiteral("x"), &error));
        QCOMPARE(status(suggestion, "status"), QStringLiteral("received"));
    }

    void refusesAPostWhoseTopicIsGone()
    {
        const QString ref = post(QStringLiteral("Tarde"));
        QString error;
        QVERIFY(m_store->withdraw(Collection::ForumTopics, topic(), &error));
        const qint64 seq = m_store->latestSeq();
        QVERIFY(!m_moderation->approve(ref, moderator(), &error));
        QVERIFY2(error.contains(QLatin1StringView("no longer published")), qPrintable(error));
        QCOMPARE(m_store->latestSeq(), seq);
        QVERIFY(decisions(ref).isEmpty());
        const auto pending = m_moderation->pending(&error);
        QCOMPARE(pending->size(), 1);
        QCOMPARE(pending->first().topicTitle, QString());
        // It can still be rejected, which tells the citizen why.
        QVERIFY2(
            m_moderation->reject(ref, moderator(), QStringLiteral("El tema se cerró."), &error),
            qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestForumModeration)
#include "tst_forummoderation.moc"
