#include "serverprocess.h"
#include "serverstore.h"
#include "submissionstore.h"
#include "suggestionpost.h"
#include "testserverdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QtTest>
#include <memory>

// Two real server processes on one store, as behind a load balancer: a kiosk's retry may reach
// either, and either may be writing while a kiosk reads the feed through the other. Runs on
// SQLite (one file, several processes) and, as tst_multiprocess_postgresql, on PostgreSQL.
class TestMultiProcess : public QObject
{
    Q_OBJECT

    ServerProcess m_first;
    ServerProcess m_second;
    QNetworkAccessManager m_network;
    QNetworkAccessManager m_reader; // connections of its own, not queued behind the writers

    QNetworkReply *submit(const ServerProcess &server, const QByteArray &key, const QString &text)
    {
        return m_network.post(SuggestionPost::request(server.baseUrl(), server.token(), key),
                              SuggestionPost::body(text));
    }

    QNetworkReply *changes(const ServerProcess &server, qint64 since)
    {
        QNetworkRequest request(
            QUrl(server.baseUrl().toString() +
                 QStringLiteral("/api/v1/changes?since=%1&limit=5000").arg(since)));
        request.setRawHeader("Authorization", "Bearer " + server.token());
        request.setTransferTimeout(30000);
        return m_reader.get(request);
    }

    static bool finish(QNetworkReply *reply)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy done(reply, &QNetworkReply::finished);
        return done.wait(30000);
    }

    static int status(QNetworkReply *reply)
    {
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    int storedSubmissions()
    {
        ServerStore store;
        QString error;
        if (!store.open(m_first.databasePath(), &error))
            return -1;
        return SubmissionStore(store).count();
    }

private slots:
    void initTestCase()
    {
        m_first.allowManyRequests();
        QVERIFY2(m_first.start(), qPrintable(m_first.log()));
        QVERIFY2(m_second.startSharing(m_first), qPrintable(m_second.log()));
        QVERIFY(m_first.baseUrl() != m_second.baseUrl());
        if (TestServerDatabase::postgreSqlRequested()) {
            for (const ServerProcess *server : {&m_first, &m_second})
                QVERIFY2(server->log().contains(QStringLiteral("long polls wake on the database's "
                                                               "notifications")),
                         qPrintable(server->log()));
        }
    }

    void aReplayReachingBothProcessesAtOnceIsStoredOnce()
    {
        const int before = storedSubmissions();
        QVERIFY(before >= 0);
        constexpr int count = 30;
        QList<QPair<QNetworkReply *, QNetworkReply *>> pairs;
        for (int i = 0; i < count; ++i) {
            const QByteArray key = "multi-" + QByteArray::number(i) + "-0f3c9a7e-6b1d-4d0e";
            const QString text = QStringLiteral("Sugerencia %1 enviada dos veces").arg(i);
            // Both in flight together: the kiosk's retry reached the other process before the
            // first answer came back.
            QNetworkReply *one = submit(m_first, key, text);
            pairs.append(qMakePair(one, submit(m_second, key, text)));
        }
        QSet<QString> references;
        for (const auto &[one, other] : std::as_const(pairs)) {
            QVERIFY(finish(one));
            QVERIFY(finish(other));
            const QByteArray oneBody = one->readAll();
            const QByteArray otherBody = other->readAll();
            QVERIFY2(status(one) == 201 || status(one) == 200, oneBody.constData());
            QVERIFY2(status(other) == 201 || status(other) == 200, otherBody.constData());
            QVERIFY2(status(one) == 201 || status(other) == 201, "one of them created it");
            const auto reference = [](const QByteArray &body) {
                return QJsonDocument::fromJson(body)
                    .object()
                    .value(QLatin1StringView("reference"))
                    .toString();
            };
            const QString first = reference(oneBody);
            QVERIFY2(!first.isEmpty(), oneBody.constData());
            QCOMPARE(reference(otherBody), first);
            references.insert(first);
            one->deleteLater();
            other->deleteLater();
        }
        QCOMPARE(references.size(), count);
        QCOMPARE(storedSubmissions(), before + count);
    }

    void writersOnBothProcessesLeaveNoGapForAReader()
    {
        // A kiosk reads the feed through the first process from its cursor, again and again,
        // while submissions (each publishes its public status) are written through both.
        QNetworkReply *head = changes(m_first, 0);
        QVERIFY(finish(head));
        qint64 cursor = QJsonDocument::fromJson(head->readAll())
                            .object()
                            .value(QLatin1StringView("next"))
                            .toInteger(-1);
        head->deleteLater();
        QVERIFY(cursor > 0);

        constexpr int count = 300;
        QList<QNetworkReply *> sent;
        for (int i = 0; i < count; ++i) {
            const ServerProcess &server = i % 2 ? m_second : m_first;
            sent.append(submit(server, "gap-" + QByteArray::number(i) + "-8d2e41b0",
                               QStringLiteral("Propuesta %1").arg(i)));
        }
        QSet<QString> seen;
        const auto read = [&]() -> bool {
            QNetworkReply *page = changes(m_first, cursor);
            if (!finish(page) || status(page) != 200)
                return false;
            const QJsonObject json = QJsonDocument::fromJson(page->readAll()).object();
            page->deleteLater();
            for (const QJsonValue &change : json.value(QLatin1StringView("changes")).toArray()) {
                if (change[QLatin1StringView("collection")].toString() == QLatin1String("statuses"))
                    seen.insert(change[QLatin1StringView("id")].toString());
            }
            cursor = json.value(QLatin1StringView("next")).toInteger(cursor);
            return true;
        };
        int reads = 0;
        while (std::any_of(sent.cbegin(), sent.cend(),
                           [](QNetworkReply *reply) { return !reply->isFinished(); })) {
            QVERIFY(read());
            ++reads;
        }
        QVERIFY(read()); // after the last commit
        QSet<QString> created;
        for (QNetworkReply *reply : std::as_const(sent)) {
            QCOMPARE(status(reply), 201);
            created.insert(QJsonDocument::fromJson(reply->readAll())
                               .object()
                               .value(QLatin1StringView("reference"))
                               .toString());
            reply->deleteLater();
        }
        QCOMPARE(created.size(), count);
        // Every status reached the kiosk that moved its cursor while they were being written.
        const QSet<QString> missed = created - seen;
        QVERIFY2(
            missed.isEmpty(),
            qPrintable(QStringList(missed.cbegin(), missed.cend()).join(QStringLiteral(", "))));
        qInfo("%d submissions through two processes, read back in %d polls", count, reads);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_second.stopAndExitCode(), 0);
        QCOMPARE(m_first.stopAndExitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestMultiProcess)
#include "tst_multiprocess.moc"
