#include "outboxstore.h"
#include "sqldatabase.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>

class TestOutboxStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_files)); }

    static QJsonObject complaint(const QString &name)
    {
        return {{QStringLiteral("category"), QStringLiteral("alumbrado-publico")},
                {QStringLiteral("description"), QStringLiteral("La calle está oscura")},
                {QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), name}}},
                {QStringLiteral("consent"), true}};
    }

    static QByteArray raw(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private slots:
    void aQueuedItemIsOnDiskWithItsKeyAndReceipt()
    {
        const QString path = newPath();
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 15), Qt::UTC);
        QString error;
        std::optional<OutboxStore::Item> queued;
        {
            OutboxStore outbox;
            QVERIFY2(outbox.open(path, &error), qPrintable(error));
            queued = outbox.enqueue(QStringLiteral("complaint"), QStringLiteral("es"),
                                    complaint(QStringLiteral("Ana")), now,
                                    QStringLiteral("alumbrado-publico"), &error);
            QVERIFY2(queued, qPrintable(error));
        }
        QVERIFY(!QUuid::fromString(QString::fromLatin1(queued->key)).isNull());
        QVERIFY(queued->receipt.startsWith(QStringLiteral("R-")));
        QCOMPARE(queued->receipt, OutboxStore::receiptFor(queued->key));

        OutboxStore reopened;
        QVERIFY(reopened.open(path, &error));
        const auto item = reopened.item(queued->localId);
        QVERIFY(item);
        QCOMPARE(item->key, queued->key);
        QCOMPARE(item->state, OutboxStore::State::Pending);
        QCOMPARE(item->createdAt, now);
        const QJsonObject body = QJsonDocument::fromJson(item->body).object();
        QCOMPARE(body.value(QStringLiteral("type")).toString(), QStringLiteral("complaint"));
        QCOMPARE(body.value(QStringLiteral("locale")).toString(), QStringLiteral("es"));
        QCOMPARE(body.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2026-11-28T10:15:00Z"));
        QCOMPARE(body.value(QStringLiteral("payload")).toObject(),
                 complaint(QStringLiteral("Ana")));
        QCOMPARE(reopened.stats().pending, 1);
    }

    void aReceiptThatIsTakenIsNeverReused()
    {
        // Keys whose first eight hex digits repeat, as two random UUIDs will after years of use.
        QList<QByteArray> keys{
            "3f2c9a1e-0000-4000-8000-000000000001", "3f2c9a1e-1111-4000-8000-000000000002",
            "3f2c9a1e-2222-4000-8000-000000000003", "7b00c1d2-3333-4000-8000-000000000004"};
        OutboxStore outbox([&keys] { return keys.takeFirst(); });
        QString error;
        QVERIFY(outbox.open(newPath(), &error));
        const auto first = outbox.enqueue(QStringLiteral("suggestion"), QStringLiteral("es"),
                                          {{QStringLiteral("text"), QStringLiteral("a")}},
                                          QDateTime::currentDateTimeUtc(), {}, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(first->receipt, QStringLiteral("R-3F2C-9A1E"));
        const auto second = outbox.enqueue(QStringLiteral("suggestion"), QStringLiteral("es"),
                                           {{QStringLiteral("text"), QStringLiteral("b")}},
                                           QDateTime::currentDateTimeUtc(), {}, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(second->receipt, QStringLiteral("R-7B00-C1D2"));
        QCOMPARE(second->key, QByteArray("7b00c1d2-3333-4000-8000-000000000004"));
        QCOMPARE(outbox.stats().pending, 2);
    }

    void itemsComeDueInTurn()
    {
        OutboxStore outbox;
        QString error;
        QVERIFY(outbox.open(newPath(), &error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto first = outbox.enqueue(QStringLiteral("suggestion"), QStringLiteral("es"),
                                          {{QStringLiteral("text"), QStringLiteral("Más bancos")}},
                                          now, {}, &error);
        const auto second =
            outbox.enqueue(QStringLiteral("suggestion"), QStringLiteral("en"),
                           {{QStringLiteral("text"), QStringLiteral("Benches")}}, now, {}, &error);
        QVERIFY(first && second);
        QVERIFY(first->key != second->key);
        QCOMPARE(outbox.nextDue(now)->localId, first->localId);

        QVERIFY(outbox.markRetry(first->localId, QStringLiteral("timed out"), now.addSecs(60)));
        QCOMPARE(outbox.nextDue(now)->localId, second->localId);
        QVERIFY(
            outbox.markRejected(second->localId, QStringLiteral("HTTP 422 invalid: too short")));
        QVERIFY(!outbox.nextDue(now));
        const auto retried = outbox.item(first->localId);
        QCOMPARE(retried->attempts, 1);
        QCOMPARE(retried->lastError, QStringLiteral("timed out"));
        QCOMPARE(outbox.nextDue(now.addSecs(61))->localId, first->localId);

        // A rejected item is kept, body and all, for a clerk to see and correct.
        const auto rejected = outbox.items(OutboxStore::State::Rejected);
        QCOMPARE(rejected.size(), 1);
        QVERIFY(!rejected.first().body.isEmpty());
        QVERIFY(rejected.first().lastError.contains(QStringLiteral("too short")));

        QVERIFY(outbox.retryAllNow(now));
        QCOMPARE(outbox.nextDue(now)->localId, first->localId);
        const auto stats = outbox.stats();
        QCOMPARE(stats.pending, 1);
        QCOMPARE(stats.rejected, 1);
    }

    void aRetryScheduledUnderAClockThatWasAheadIsDueOnceTheClockIsRight()
    {
        OutboxStore outbox;
        QString error;
        QVERIFY(outbox.open(newPath(), &error));
        // The kiosk's clock said 2099 when the server was unreachable ...
        const QDateTime ahead(QDate(2099, 12, 31), QTime(23, 0), Qt::UTC);
        const auto item = outbox.enqueue(QStringLiteral("suggestion"), QStringLiteral("es"),
                                         {{QStringLiteral("text"), QStringLiteral("Más bancos")}},
                                         ahead, {}, &error);
        QVERIFY2(item, qPrintable(error));
        QVERIFY(outbox.markRetry(item->localId, QStringLiteral("no network"), ahead.addSecs(3600)));
        // ... then it was put right: the item waits for its backoff, not for 2099.
        const QDateTime right(QDate(2026, 11, 28), QTime(15, 0), Qt::UTC);
        QCOMPARE(outbox.nextDue(right)->localId, item->localId);
        // A retry an hour ahead of a right clock still waits its hour.
        QVERIFY(outbox.markRetry(item->localId, QStringLiteral("no network"), right.addSecs(3600)));
        QVERIFY(!outbox.nextDue(right));
        QCOMPARE(outbox.nextDue(right.addSecs(3601))->localId, item->localId);
        // And a clock put back to 1970 delays nothing queued under a right one: due at once.
        const QDateTime behind(QDate(1970, 1, 2), QTime(0, 0), Qt::UTC);
        QCOMPARE(outbox.nextDue(behind)->localId, item->localId);
    }

    void aFullDiskRefusesANewItemAndKeepsTheOthers()
    {
        OutboxStore outbox;
        QString error;
        const QString path = newPath();
        QVERIFY(outbox.open(path, &error));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto kept = outbox.enqueue(QStringLiteral("suggestion"), QStringLiteral("es"),
                                         {{QStringLiteral("text"), QStringLiteral("Más bancos")}},
                                         now, {}, &error);
        QVERIFY2(kept, qPrintable(error));
        // The disk fills: no file of this process may grow (a write past the limit fails as on
        // a full disk; the signal that would end the process is ignored).
        rlimit before{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
        const auto previousHandler = signal(SIGXFSZ, SIG_IGN);
        rlimit full = before;
        full.rlim_cur = 0;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &full), 0);
        const QString longText(64 * 1024, QLatin1Char('x')); // more than any page left free
        const auto refused = outbox.enqueue(QStringLiteral("suggestion"), QStringLiteral("es"),
                                            {{QStringLiteral("text"), longText}}, now, {}, &error);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &before), 0);
        signal(SIGXFSZ, previousHandler);
        // The form is told (and tells the person); nothing half-written stays behind.
        QVERIFY(!refused);
        QVERIFY(!error.isEmpty());
        const OutboxStore::Stats stats = outbox.stats();
        QCOMPARE(stats.pending, 1);
        QCOMPARE(outbox.nextDue(now)->localId, kept->localId);
        // With room again, the next one is taken, and the file is whole.
        error.clear();
        QVERIFY2(outbox.enqueue(QStringLiteral("suggestion"), QStringLiteral("es"),
                                {{QStringLiteral("text"), QStringLiteral("Sombra")}}, now, {},
                                &error),
                 qPrintable(error));
        QCOMPARE(outbox.stats().pending, 2);
        OutboxStore reopened;
        QVERIFY2(reopened.open(path, &error), qPrintable(error));
        QCOMPARE(reopened.stats().pending, 2);
    }

    void personalDataIsGoneFromTheFileOnceAccepted()
    {
        const QString path = newPath();
        const QString canary = QStringLiteral("CANARY-Zoila-Quintana-7731");
        OutboxStore outbox;
        QString error;
        QVERIFY(outbox.open(path, &error));
        const auto item = outbox.enqueue(QStringLiteral("complaint"), QStringLiteral("es"),
                                         complaint(canary), QDateTime::currentDateTimeUtc(),
                                         QStringLiteral("alumbrado-publico"), &error);
        QVERIFY(item);
        const QByteArray needle = canary.toUtf8();
        QVERIFY2(raw(path).contains(needle) || raw(path + QStringLiteral("-wal")).contains(needle),
                 "the canary must be on disk while the item is pending");

        QVERIFY2(outbox.markSent(item->localId, QStringLiteral("MUN-2026-000042"),
                                 QStringLiteral("received"), &error),
                 qPrintable(error));
        QVERIFY2(!raw(path).contains(needle), "the database file still holds the canary");
        QVERIFY2(!raw(path + QStringLiteral("-wal")).contains(needle), "the WAL still holds it");
        const auto sent = outbox.item(item->localId);
        QCOMPARE(sent->state, OutboxStore::State::Sent);
        QCOMPARE(sent->reference, QStringLiteral("MUN-2026-000042"));
        QVERIFY(sent->body.isEmpty());
        QCOMPARE(sent->summary, QStringLiteral("alumbrado-publico"));
    }

    void aClerksEntryKeepsWhoEnteredIt()
    {
        OutboxStore outbox;
        QString error;
        QVERIFY(outbox.open(newPath(), &error));
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 15), Qt::UTC);
        const auto citizen =
            outbox.enqueue(QStringLiteral("complaint"), QStringLiteral("es"),
                           complaint(QStringLiteral("Ana")), now, QStringLiteral("a"), &error);
        const auto clerk = outbox.enqueue(QStringLiteral("complaint"), QStringLiteral("es"),
                                          complaint(QStringLiteral("Luis")), now.addSecs(60),
                                          QStringLiteral("b"), &error, QStringLiteral("maria"));
        QVERIFY2(citizen && clerk, qPrintable(error));
        QCOMPARE(outbox.item(citizen->localId)->clerk, QString());
        QCOMPARE(outbox.item(clerk->localId)->clerk, QStringLiteral("maria"));
        QCOMPARE(OutboxStore::payloadOf(*outbox.item(clerk->localId)),
                 complaint(QStringLiteral("Luis")));

        // Newest first, as a clerk looks through them; the limit is honoured.
        const auto recent = outbox.recent(10);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.at(0).localId, clerk->localId);
        QCOMPARE(recent.at(1).localId, citizen->localId);
        QCOMPARE(outbox.recent(1).size(), 1);
    }

    void retryNowMakesOnlyThatPendingItemDue()
    {
        OutboxStore outbox;
        QString error;
        QVERIFY(outbox.open(newPath(), &error));
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
        const auto first =
            outbox.enqueue(QStringLiteral("complaint"), QStringLiteral("es"),
                           complaint(QStringLiteral("Ana")), now, QStringLiteral("a"), &error);
        const auto second =
            outbox.enqueue(QStringLiteral("complaint"), QStringLiteral("es"),
                           complaint(QStringLiteral("Eva")), now, QStringLiteral("b"), &error);
        QVERIFY(first && second);
        QVERIFY(outbox.markRetry(first->localId, QStringLiteral("no network"), now.addSecs(3600)));
        QVERIFY(outbox.markRetry(second->localId, QStringLiteral("no network"), now.addSecs(3600)));
        QVERIFY(!outbox.nextDue(now.addSecs(60)));

        QVERIFY(outbox.retryNow(second->localId, now.addSecs(60)));
        const auto due = outbox.nextDue(now.addSecs(60));
        QVERIFY(due);
        QCOMPARE(due->localId, second->localId);

        // A sent item is not pending: nothing to retry.
        QVERIFY(outbox.markSent(first->localId, QStringLiteral("MUN-2026-000001"),
                                QStringLiteral("received"), &error));
        QVERIFY(!outbox.retryNow(first->localId, now.addSecs(60)));
    }

    void onlyARejectedItemCanBeDiscardedAndItsReasonStays()
    {
        const QString path = newPath();
        const QString canary = QStringLiteral("CANARY-Discarded-Resident-5521");
        OutboxStore outbox;
        QString error;
        QVERIFY(outbox.open(path, &error));
        const QDateTime now(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
        const auto item =
            outbox.enqueue(QStringLiteral("complaint"), QStringLiteral("es"), complaint(canary),
                           now, QStringLiteral("a"), &error, QStringLiteral("maria"));
        QVERIFY(item);

        // Pending: a clerk cannot drop what a resident is still waiting to have sent.
        QVERIFY(!outbox.discard(item->localId, QStringLiteral("duplicate"), now, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(outbox.item(item->localId)->state, OutboxStore::State::Pending);

        QVERIFY(outbox.markRejected(item->localId, QStringLiteral("unknown category")));
        error.clear();
        QVERIFY2(!outbox.discard(item->localId, QStringLiteral("  "), now, &error),
                 "a discard needs a reason");
        QVERIFY(!error.isEmpty());
        QVERIFY2(
            outbox.discard(item->localId, QStringLiteral("The resident withdrew it"), now, &error),
            qPrintable(error));

        const auto discarded = outbox.item(item->localId);
        QCOMPARE(discarded->state, OutboxStore::State::Discarded);
        QCOMPARE(discarded->discardReason, QStringLiteral("The resident withdrew it"));
        QCOMPARE(discarded->lastError, QStringLiteral("unknown category"));
        QVERIFY(discarded->body.isEmpty());
        QVERIFY2(!raw(path).contains(canary.toUtf8()), "the file still holds the canary");
        QVERIFY2(!raw(path + QStringLiteral("-wal")).contains(canary.toUtf8()),
                 "the WAL still holds it");
        const auto stats = outbox.stats();
        QCOMPARE(stats.rejected, 0);
        QCOMPARE(stats.pending, 0);
        QVERIFY(!outbox.nextDue(now.addDays(1)));
        // Discarded once is final.
        QVERIFY(!outbox.discard(item->localId, QStringLiteral("again"), now, &error));
    }

    void anOutboxFromBeforeClerksKeepsEveryItem()
    {
        // The first schema, as an earlier version left the file, with one item pending.
        const QString path = newPath();
        const QString firstOnly = m_dir.filePath(QStringLiteral("schema-v1"));
        QVERIFY(QDir().mkpath(firstOnly));
        QVERIFY(QFile::copy(QStringLiteral(":/schema/outbox/001_outbox.sql"),
                            firstOnly + QStringLiteral("/001_outbox.sql")));
        {
            SqlDatabase db;
            QString error;
            QVERIFY2(db.open(path, firstOnly, SqlDatabase::Durability::Precious, &error),
                     qPrintable(error));
            QCOMPARE(db.schemaVersion(), 1);
            QVERIFY2(db.execScript(
                         QStringLiteral("INSERT INTO submissions (idempotency_key, receipt, type, "
                                        "created_at, body, state, next_attempt_at) VALUES ('k-1', "
                                        "'R-OLD1-0001', 'complaint', '2026-11-01T10:00:00.000Z', "
                                        "'{\"payload\":{}}', 'pending', "
                                        "'2026-11-01T10:00:00.000Z');"),
                         &error),
                     qPrintable(error));
        }
        OutboxStore outbox;
        QString error;
        QVERIFY2(outbox.open(path, &error), qPrintable(error));
        const auto items = outbox.items(OutboxStore::State::Pending);
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).receipt, QStringLiteral("R-OLD1-0001"));
        QCOMPARE(items.at(0).clerk, QString());
        QCOMPARE(outbox.database().schemaVersion(), 2);
        QCOMPARE(items.at(0).body, QByteArray("{\"payload\":{}}"));
    }
};

QTEST_GUILESS_MAIN(TestOutboxStore)
#include "tst_outboxstore.moc"
