#include "feedstate.h"
#include "killablerun.h"
#include "outboxstore.h"
#include "serverprocess.h"
#include "serverstore.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <algorithm>

// `municipal-kiosk --upload-once` killed with SIGKILL at random moments while it sends a
// few hundred submissions to the real server: after every kill the outbox must be whole, have
// lost nothing, and agree with the server (nothing stored twice there, nothing the kiosk calls
// sent missing there); the last, uninterrupted run must leave every submission on the server
// exactly once, each with the reference the kiosk keeps, and no personal data in the outbox.
class TestOutboxCrash : public QObject
{
    Q_OBJECT

private:
    static constexpr int kItems = 400;
    static constexpr int kMoreItems = 50; // queued for the full-disk test
    static constexpr int kKills = 32;

    // What the test queued, by idempotency key.
    struct Queued
    {
        QByteArray key;
        QString receipt;
        QString type;
        QByteArray body;
        QByteArray bodyHash; // hex SHA-256 of the body, as the server keeps it
    };

    // One row of the outbox as it is on disk.
    struct KioskRow
    {
        QString receipt;
        QString type;
        QString state;
        QString reference;
        bool bodyIsNull = false;
        QByteArray body;
    };

    // One row of the server's submissions table.
    struct ServerRow
    {
        QString reference;
        QString type;
        QByteArray bodyHash;
    };

    struct Snapshot
    {
        QHash<QByteArray, KioskRow> kiosk;
        QHash<QByteArray, ServerRow> server;
        int pending = 0;
        int sent = 0;
        int serverAhead = 0; // on the server, still pending in the kiosk
    };

    using Run = KillableRun;

    ServerProcess m_server;
    QTemporaryDir m_dir;
    quint32 m_seed = 20261204;
    QString m_config;
    QString m_dataDir;
    QString m_copyDir;
    QList<Queued> m_queued;
    QHash<QByteArray, qsizetype> m_byKey;
    // What earlier checks saw, which later ones must still see: a sent item stays sent with
    // its reference; a row on the server never changes.
    QHash<QByteArray, QString> m_kioskReferences;
    QHash<QByteArray, QString> m_serverReferences;
    QSet<QByteArray> m_everAhead; // keys seen on the server while pending in the kiosk

    // The outbox's file name inside the data directory (KioskSettings::outboxPath()).
    static QString outboxFile() { return QStringLiteral("outbox.sqlite"); }

    QString writeConfig(const QString &name, const QString &dataDir)
    {
        return m_server.writeKioskConfig(m_dir.path(), name, dataDir);
    }

    static QJsonObject complaint(QRandomGenerator &random, int number)
    {
        static const QStringList streets = {
            QStringLiteral("calle Martí"),     QStringLiteral("avenida Libertad"),
            QStringLiteral("calle Maceo"),     QStringLiteral("calle del Río"),
            QStringLiteral("paseo del Prado"), QStringLiteral("calle Independencia")};
        return {
            {QStringLiteral("category"), QStringLiteral("alumbrado-publico")},
            {QStringLiteral("description"),
             QStringLiteral("Aviso %1: la luminaria frente al número %2 de %3 lleva %4 noches "
                            "apagada y la cuadra queda a oscuras.")
                 .arg(number)
                 .arg(1 + random.bounded(400))
                 .arg(streets.at(random.bounded(int(streets.size()))))
                 .arg(2 + random.bounded(20))},
            {QStringLiteral("location"),
             QStringLiteral("Cuadra %1, reparto %2").arg(number).arg(1 + random.bounded(12))},
            {QStringLiteral("attributes"),
             QJsonObject{{QStringLiteral("tipo_averia"), QStringLiteral("apagada")}}},
        };
    }

    static QJsonObject suggestion(QRandomGenerator &random, int number)
    {
        static const QStringList ideas = {
            QStringLiteral("más bancos a la sombra en el parque"),
            QStringLiteral("un horario de biblioteca también los sábados"),
            QStringLiteral("una parada de ómnibus techada junto al policlínico"),
            QStringLiteral("recogida de basura dos veces por semana en el mercado"),
            QStringLiteral("talleres de verano para los jóvenes del barrio")};
        return {{QStringLiteral("text"),
                 QStringLiteral("Sugerencia %1: propongo %2 (%3 vecinos de acuerdo).")
                     .arg(number)
                     .arg(ideas.at(random.bounded(int(ideas.size()))))
                     .arg(2 + random.bounded(90))}};
    }

    // Runs the kiosk; with killAfter >= 0, SIGKILLed that many ms after it started.
    Run runKiosk(const QStringList &arguments, int killAfter)
    {
        return KillableRun::run(TestPaths::kioskBinary(), arguments, killAfter);
    }

    // For failure messages: how a run ended, and what it printed.
    static QByteArray describe(const Run &run)
    {
        return QStringLiteral("%1, exit code %2, after %3 ms%4:\n")
                   .arg(run.status == QProcess::NormalExit ? QStringLiteral("exited")
                                                           : QStringLiteral("crashed"))
                   .arg(run.exitCode)
                   .arg(run.milliseconds)
                   .arg(run.killed ? QStringLiteral(" (killed by the test)") : QString())
                   .toUtf8() +
               run.output;
    }

    Run upload(int killAfter, qint64 fileSizeLimit = -1)
    {
        return KillableRun::run(
            TestPaths::kioskBinary(),
            {QStringLiteral("--config"), m_config, QStringLiteral("--upload-once")}, killAfter,
            fileSizeLimit);
    }

    // The outbox exactly as the killed process left it, copied without its -shm: the kiosk's
    // next run must recover the original itself, and the test opens (and recovers) the copy.
    bool copyOutbox(QString *error)
    {
        QDir(m_copyDir).removeRecursively();
        if (!QDir().mkpath(m_copyDir)) {
            *error = QStringLiteral("cannot create %1").arg(m_copyDir);
            return false;
        }
        const QStringList files =
            QDir(m_dataDir).entryList({outboxFile() + QLatin1Char('*')}, QDir::Files);
        if (!files.contains(outboxFile())) {
            *error = QStringLiteral("the outbox file is gone: %1").arg(files.join(u", "));
            return false;
        }
        for (const QString &file : files) {
            if (file.endsWith(QLatin1String("-shm")))
                continue;
            if (!QFile::copy(QDir(m_dataDir).filePath(file), QDir(m_copyDir).filePath(file))) {
                *error = QStringLiteral("cannot copy %1").arg(file);
                return false;
            }
        }
        return true;
    }

    // Reads every row of the outbox at `path`; returns a problem, or an empty string.
    static QString readOutbox(const QString &path, QHash<QByteArray, KioskRow> *rows,
                              OutboxStore::Stats *stats = nullptr)
    {
        OutboxStore store;
        QString error;
        if (!store.open(path, &error))
            return QStringLiteral("the outbox does not open: %1").arg(error);
        const QSqlDatabase db = store.database().connection();
        const QString check = FeedState::integrity(db);
        if (check != QLatin1String("ok"))
            return QStringLiteral("integrity_check: %1").arg(check);
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT idempotency_key, receipt, type, state, reference, "
                                       "body, body IS NULL FROM submissions")))
            return query.lastError().text();
        while (query.next()) {
            const QByteArray key = query.value(0).toString().toLatin1();
            if (rows->contains(key))
                return QStringLiteral("key %1 is in the outbox twice").arg(QLatin1String(key));
            KioskRow row;
            row.receipt = query.value(1).toString();
            row.type = query.value(2).toString();
            row.state = query.value(3).toString();
            row.reference = query.value(4).toString();
            row.body = query.value(5).toString().toUtf8();
            row.bodyIsNull = query.value(6).toBool();
            rows->insert(key, row);
        }
        if (stats)
            *stats = store.stats();
        return {};
    }

    // Reads the server's submissions table (the server keeps running; this is one more reader).
    QString readServer(QHash<QByteArray, ServerRow> *rows) const
    {
        ServerStore store;
        QString error;
        if (!store.open(m_server.databasePath(), &error))
            return QStringLiteral("the server's store does not open: %1").arg(error);
        QSqlQuery query(store.database().connection());
        if (!query.exec(QStringLiteral(
                "SELECT idempotency_key, reference, type, body_hash FROM submissions")))
            return query.lastError().text();
        while (query.next()) {
            const QByteArray key = query.value(0).toString().toLatin1();
            if (rows->contains(key))
                return QStringLiteral("the server stored key %1 twice: %2 and %3")
                    .arg(QLatin1String(key), rows->value(key).reference, query.value(1).toString());
            rows->insert(key, {query.value(1).toString(), query.value(2).toString(),
                               query.value(3).toString().toLatin1()});
        }
        return {};
    }

    // The invariants that hold after any kill; returns a problem, or an empty string.
    QString check(const QString &outboxPath, Snapshot *snapshot)
    {
        QString problem = readOutbox(outboxPath, &snapshot->kiosk);
        if (!problem.isEmpty())
            return problem;
        problem = readServer(&snapshot->server);
        if (!problem.isEmpty())
            return problem;

        // No item lost, none added, none changed.
        if (snapshot->kiosk.size() != m_queued.size())
            return QStringLiteral("the outbox holds %1 items, not %2")
                .arg(snapshot->kiosk.size())
                .arg(m_queued.size());
        for (const Queued &queued : std::as_const(m_queued)) {
            const QString key = QString::fromLatin1(queued.key);
            const auto found = snapshot->kiosk.constFind(queued.key);
            if (found == snapshot->kiosk.cend())
                return QStringLiteral("item %1 is gone from the outbox").arg(key);
            const KioskRow &row = *found;
            if (row.receipt != queued.receipt || row.type != queued.type)
                return QStringLiteral("item %1 changed: receipt %2, type %3")
                    .arg(key, row.receipt, row.type);
            const auto onServer = snapshot->server.constFind(queued.key);
            if (row.state == QLatin1String("pending")) {
                ++snapshot->pending;
                // Every retry must send exactly the bytes of the first try.
                if (row.bodyIsNull || row.body != queued.body)
                    return QStringLiteral("pending item %1 lost or changed its body").arg(key);
                if (m_kioskReferences.contains(queued.key))
                    return QStringLiteral("item %1 was sent as %2 and is pending again")
                        .arg(key, m_kioskReferences.value(queued.key));
                if (onServer != snapshot->server.cend()) {
                    ++snapshot->serverAhead;
                    m_everAhead.insert(queued.key);
                }
            } else if (row.state == QLatin1String("sent")) {
                ++snapshot->sent;
                if (row.reference.isEmpty())
                    return QStringLiteral("sent item %1 has no reference").arg(key);
                if (!row.bodyIsNull)
                    return QStringLiteral("sent item %1 still holds its body").arg(key);
                if (onServer == snapshot->server.cend())
                    return QStringLiteral("item %1 is marked sent as %2 but is not on the server")
                        .arg(key, row.reference);
                if (onServer->reference != row.reference)
                    return QStringLiteral("item %1 is sent as %2, the server stored it as %3")
                        .arg(key, row.reference, onServer->reference);
                const QString earlier = m_kioskReferences.value(queued.key);
                if (!earlier.isEmpty() && earlier != row.reference)
                    return QStringLiteral("item %1 was sent as %2, now as %3")
                        .arg(key, earlier, row.reference);
                m_kioskReferences.insert(queued.key, row.reference);
            } else {
                return QStringLiteral("item %1 is %2, neither pending nor sent")
                    .arg(key, row.state);
            }
        }

        // The server: only our keys, each once (readServer), each with our exact body.
        for (auto it = snapshot->server.cbegin(); it != snapshot->server.cend(); ++it) {
            const QString key = QString::fromLatin1(it.key());
            const auto index = m_byKey.constFind(it.key());
            if (index == m_byKey.cend())
                return QStringLiteral("the server holds key %1, which no kiosk item has").arg(key);
            const Queued &queued = m_queued.at(*index);
            if (it->bodyHash != queued.bodyHash || it->type != queued.type)
                return QStringLiteral("the server stored another submission under key %1").arg(key);
            const QString earlier = m_serverReferences.value(it.key());
            if (!earlier.isEmpty() && earlier != it->reference)
                return QStringLiteral("the server's reference for %1 changed from %2 to %3")
                    .arg(key, earlier, it->reference);
            m_serverReferences.insert(it.key(), it->reference);
        }
        for (auto it = m_serverReferences.cbegin(); it != m_serverReferences.cend(); ++it) {
            if (!snapshot->server.contains(it.key()))
                return QStringLiteral("the server lost %1 (%2)")
                    .arg(QString::fromLatin1(it.key()), it.value());
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        bool seeded = false;
        const quint32 seed = qEnvironmentVariable("MK_TEST_SEED").toUInt(&seeded);
        if (seeded)
            m_seed = seed;
        qInfo("seed %u (set MK_TEST_SEED to repeat a run)", m_seed);
        QVERIFY(m_dir.isValid());
        m_dataDir = m_dir.filePath(QStringLiteral("kiosk-data"));
        m_copyDir = m_dir.filePath(QStringLiteral("inspected"));
        QVERIFY(QDir().mkpath(m_dataDir));
        m_server.allowManyRequests();
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
        m_config = writeConfig(QStringLiteral("kiosk"), m_dataDir);
        QVERIFY(!m_config.isEmpty());

        QHash<QByteArray, ServerRow> server;
        const QString problem = readServer(&server);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(server.size(), 0);

        QElapsedTimer filling;
        filling.start();
        QRandomGenerator random(m_seed);
        OutboxStore outbox;
        QString error;
        QVERIFY2(outbox.open(QDir(m_dataDir).filePath(outboxFile()), &error), qPrintable(error));
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-2 * kItems);
        for (int number = 1; number <= kItems; ++number) {
            const bool isComplaint = random.bounded(3) != 0;
            const auto item = outbox.enqueue(
                isComplaint ? QStringLiteral("complaint") : QStringLiteral("suggestion"),
                QStringLiteral("es"),
                isComplaint ? complaint(random, number) : suggestion(random, number),
                start.addSecs(2 * number),
                isComplaint ? QStringLiteral("alumbrado-publico") : QString(), &error);
            QVERIFY2(item, qPrintable(error));
            QVERIFY(!m_byKey.contains(item->key));
            m_byKey.insert(item->key, m_queued.size());
            m_queued.append(
                {item->key, item->receipt, item->type, item->body,
                 QCryptographicHash::hash(item->body, QCryptographicHash::Sha256).toHex()});
        }
        QCOMPARE(outbox.stats().pending, kItems);
        qInfo("%d submissions queued in %lld ms", kItems, filling.elapsed());
    }

    void killedUploadsLoseNothingAndStoreNothingTwice()
    {
        QElapsedTimer total;
        total.start();

        // How long the kiosk takes to start, open an outbox and exit with nothing to send (the
        // median of a few runs): kills are drawn from half of that on.
        const QString idleConfig =
            writeConfig(QStringLiteral("idle"), m_dir.filePath(QStringLiteral("idle-data")));
        QList<int> idleTimes;
        for (int n = 0; n < 5; ++n) {
            const Run idle = runKiosk(
                {QStringLiteral("--config"), idleConfig, QStringLiteral("--upload-once")}, -1);
            QVERIFY2(idle.started && idle.finished, describe(idle).constData());
            QVERIFY2(idle.status == QProcess::NormalExit && idle.exitCode == 0,
                     describe(idle).constData());
            idleTimes.append(int(idle.milliseconds));
        }
        std::sort(idleTimes.begin(), idleTimes.end());
        const int startup = std::clamp(idleTimes.at(idleTimes.size() / 2), 10, 3000);

        Snapshot snapshot;
        QString problem = check(QDir(m_dataDir).filePath(outboxFile()), &snapshot);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(snapshot.pending, kItems);
        QCOMPARE(snapshot.server.size(), 0);

        QRandomGenerator random(m_seed ^ 0x0b0cu);
        const QDeadlineTimer deadline(120000);
        int kills = 0, completed = 0, midUpload = 0, aheadAfterKill = 0;
        // The upload rate seen so far: time past the startup against items sent, over the
        // killed runs.
        qint64 uploadingMs = 0, sentInKilledRuns = 0;
        int pending = snapshot.pending;
        int serverCount = 0;
        while (kills < kKills && pending > 0) {
            QVERIFY2(!deadline.hasExpired(),
                     qPrintable(QStringLiteral("out of time after %1 kills").arg(kills)));
            // Each run should send about an equal share of what is left, keeping a few shares
            // for the final run: the kill is drawn from the second half of the startup to the
            // time that would send twice that share at the rate seen so far.
            const double share = double(pending) / (kKills - kills + 4);
            const double perItem = sentInKilledRuns > 0 ? double(std::max<qint64>(uploadingMs, 1)) /
                                                              double(sentInKilledRuns)
                                                        : double(startup) / 4.0;
            const int span = startup / 2 + std::clamp(int(2.0 * share * perItem), 5, 5000);
            const int delay = startup / 2 + int(random.bounded(span + 1));
            const Run run = upload(delay);
            QVERIFY2(run.started && run.finished,
                     QByteArray("run " + QByteArray::number(kills + completed + 1) + ": " +
                                describe(run))
                         .constData());
            if (run.killed) {
                ++kills;
            } else {
                // Finished before the kill: everything must have been sent.
                QVERIFY2(run.status == QProcess::NormalExit && run.exitCode == 0,
                         QByteArray("run " + QByteArray::number(kills + completed + 1) +
                                    ", kill due after " + QByteArray::number(delay) +
                                    " ms: " + describe(run))
                             .constData());
                ++completed;
            }
            QString error;
            QVERIFY2(copyOutbox(&error), qPrintable(error));
            Snapshot after;
            problem = check(QDir(m_copyDir).filePath(outboxFile()), &after);
            const QString where =
                QStringLiteral("run %1 (%2 after %3 ms): ")
                    .arg(kills + completed)
                    .arg(run.killed ? QStringLiteral("killed") : QStringLiteral("finished"))
                    .arg(delay);
            QVERIFY2(problem.isEmpty(), qPrintable(where + problem + QStringLiteral("\n") +
                                                   QString::fromUtf8(describe(run))));
            if (run.killed) {
                const int sentNow = pending - after.pending;
                if (sentNow > 0 || uploadingMs > 0) {
                    uploadingMs += std::max(0, delay - startup);
                    sentInKilledRuns += sentNow;
                }
                if ((sentNow > 0 || int(after.server.size()) > serverCount) && after.pending > 0)
                    ++midUpload;
                if (after.serverAhead > 0)
                    ++aheadAfterKill;
            } else {
                QCOMPARE(after.pending, 0);
            }
            pending = after.pending;
            serverCount = int(after.server.size());
        }
        const int sentBeforeFinal = kItems - pending;
        qInfo("%d kills (%d while items were going out, %d leaving an item on the server but "
              "pending in the kiosk, %lld such items in all), %d runs finished before their "
              "kill; startup %d ms",
              kills, midUpload, aheadAfterKill, qint64(m_everAhead.size()), completed, startup);
        qInfo("before the final run: %d of %d items sent, %d on the server (%d of them to be "
              "replayed)",
              sentBeforeFinal, kItems, serverCount, serverCount - sentBeforeFinal);
        // The kills must have hit uploads in progress, including the moment after the server
        // stored an item and before the kiosk noted it, or this test proved nothing.
        QVERIFY2(kills >= kKills * 3 / 4,
                 qPrintable(QStringLiteral("everything was sent after %1 kills").arg(kills)));
        QVERIFY2(
            midUpload >= kKills / 3,
            qPrintable(QStringLiteral("only %1 kills hit an upload in progress").arg(midUpload)));
        QVERIFY2(!m_everAhead.isEmpty(),
                 "no kill left an item on the server and pending in the kiosk");

        // IT staff's view of the outbox after the crashes: what is left, as the kiosk sees it.
        const Run listing =
            runKiosk({QStringLiteral("--config"), m_config, QStringLiteral("--outbox")}, -1);
        QVERIFY2(listing.started && listing.finished, describe(listing).constData());
        QCOMPARE(listing.exitCode, pending > 0 ? 6 : 0);
        QVERIFY2(
            listing.output.contains(QByteArray("pending: " + QByteArray::number(pending) + '\n')),
            describe(listing).constData());
        QVERIFY2(listing.output.contains(
                     QByteArray("sent: " + QByteArray::number(sentBeforeFinal) + '\n')),
                 describe(listing).constData());

        // The last run, uninterrupted, sends the rest; what the server already had comes back
        // as a replay with the same reference.
        const Run last = upload(-1);
        QVERIFY2(last.started && last.finished, describe(last).constData());
        QVERIFY2(last.status == QProcess::NormalExit && last.exitCode == 0,
                 describe(last).constData());
        QVERIFY2(
            last.output.contains(
                QStringLiteral("outbox: %1 sent, 0 rejected, 0 to retry").arg(pending).toUtf8()),
            describe(last).constData());

        Snapshot done;
        problem = check(QDir(m_dataDir).filePath(outboxFile()), &done);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(done.pending, 0);
        QCOMPARE(done.sent, kItems);
        QCOMPARE(int(done.server.size()), kItems);
        QSet<QString> references;
        for (const Queued &queued : std::as_const(m_queued)) {
            const KioskRow row = done.kiosk.value(queued.key);
            const ServerRow stored = done.server.value(queued.key);
            QVERIFY2(!stored.reference.isEmpty(), queued.key.constData());
            QCOMPARE(row.reference, stored.reference);
            QVERIFY(row.bodyIsNull);
            references.insert(row.reference);
        }
        QCOMPARE(int(references.size()), kItems);
        for (const QByteArray &key : std::as_const(m_everAhead))
            QCOMPARE(done.kiosk.value(key).reference, m_serverReferences.value(key));

        OutboxStore::Stats stats;
        QHash<QByteArray, KioskRow> rows;
        problem = readOutbox(QDir(m_dataDir).filePath(outboxFile()), &rows, &stats);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(stats.pending, 0);
        QCOMPARE(stats.sent, kItems);
        QCOMPARE(stats.rejected, 0);
        {
            OutboxStore outbox;
            QString error;
            QVERIFY2(outbox.open(QDir(m_dataDir).filePath(outboxFile()), &error),
                     qPrintable(error));
            QSqlQuery bodies(outbox.database().connection());
            QVERIFY(bodies.exec(
                QStringLiteral("SELECT count(*) FROM submissions WHERE body IS NOT NULL")));
            QVERIFY(bodies.next());
            QCOMPARE(bodies.value(0).toInt(), 0);
        }
        qInfo("outbox crash test: %d items, %d kills, %d sent before the final run (%d more "
              "by it), %lld ms in all",
              kItems, kills, sentBeforeFinal, pending, total.elapsed());
    }

    void aFullDiskDuringUploadLosesNothing()
    {
        // More for the outbox, queued while there was room.
        QRandomGenerator random(m_seed ^ 0xd15cu);
        {
            OutboxStore outbox;
            QString error;
            QVERIFY2(outbox.open(QDir(m_dataDir).filePath(outboxFile()), &error),
                     qPrintable(error));
            for (int number = 1; number <= kMoreItems; ++number) {
                const auto item = outbox.enqueue(QStringLiteral("suggestion"), QStringLiteral("es"),
                                                 suggestion(random, kItems + number),
                                                 QDateTime::currentDateTimeUtc(), {}, &error);
                QVERIFY2(item, qPrintable(error));
                m_byKey.insert(item->key, m_queued.size());
                m_queued.append(
                    {item->key, item->receipt, item->type, item->body,
                     QCryptographicHash::hash(item->body, QCryptographicHash::Sha256).toHex()});
            }
        }
        const qint64 size = QFileInfo(QDir(m_dataDir).filePath(outboxFile())).size();
        // No room at all, a page or two, then less than the outbox needs to note what it sent.
        int failed = 0;
        for (const qint64 limit : {qint64(0), qint64(8192), size / 2}) {
            const Run run = upload(-1, limit);
            const QString where = QStringLiteral("files limited to %1 bytes: ").arg(limit);
            QVERIFY2(run.finished && run.status == QProcess::NormalExit,
                     qPrintable(where + QString::fromUtf8(describe(run))));
            failed += run.exitCode != 0 ? 1 : 0;
            Snapshot snapshot;
            const QString problem = check(QDir(m_dataDir).filePath(outboxFile()), &snapshot);
            QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
            QVERIFY2(snapshot.pending > 0, qPrintable(where + QString::fromUtf8(run.output)));
        }
        QVERIFY2(failed == 3, qPrintable(QString::number(failed)));
        // With room again, everything is sent, each once.
        const Run roomy = upload(-1);
        QVERIFY2(roomy.finished && roomy.exitCode == 0, describe(roomy).constData());
        Snapshot done;
        const QString problem = check(QDir(m_dataDir).filePath(outboxFile()), &done);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(done.pending, 0);
        QCOMPARE(done.sent, kItems + kMoreItems);
        QCOMPARE(int(done.server.size()), kItems + kMoreItems);
        qInfo("disk full during upload: %d runs failed cleanly, then %d submissions sent, each "
              "stored once",
              failed, kMoreItems);
    }
};

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outboxcrash.moc"
