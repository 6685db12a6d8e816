#include "blobdirectory.h"
#include "contentcache.h"
#include "demoloader.h"
#include "feedstate.h"
#include "killablerun.h"
#include "serverprocess.h"
#include "serverstore.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

// `municipal-kiosk --sync-once` killed with SIGKILL at random moments of a long sync (hundreds
// of page transactions): after every kill the cache must be whole and exactly the server's
// state at the cursor it stored, and the next run must carry on from there.
class TestSyncCrash : public QObject
{
    Q_OBJECT

private:
    static constexpr int kPageLimit = 25;
    static constexpr int kBulkNews = 4000;
    static constexpr int kRepublished = 150; // moved to the end of the feed: gaps in seq
    static constexpr int kWithdrawn = 60;    // tombstones
    static constexpr int kKills = 30;

    ServerProcess m_server;
    QTemporaryDir m_dir;
    quint32 m_seed = 20261128;
    QList<FeedState::Change> m_feed; // the server's feed; nothing changes it during the test
    QList<FeedState::Item> m_full;   // what a cache at the end of the feed holds
    qint64 m_latest = 0;
    QString m_config;
    QString m_dataDir;
    QString m_copyDir;

    using Run = KillableRun;

    struct CacheState
    {
        qint64 cursor = -1;
        qsizetype items = 0;
        QString problem; // empty when the cache is whole and matches the feed at its cursor
    };

    // Realistic news text, a few hundred bytes to a few KB, from the seeded generator.
    static QString words(QRandomGenerator &random, int bytes)
    {
        static const QStringList vocabulary = {
            QStringLiteral("municipio"),   QStringLiteral("vecinos"),
            QStringLiteral("año"),         QStringLiteral("acción"),
            QStringLiteral("información"), QStringLiteral("consejo"),
            QStringLiteral("popular"),     QStringLiteral("río"),
            QStringLiteral("calle"),       QStringLiteral("servicio"),
            QStringLiteral("agua"),        QStringLiteral("electricidad"),
            QStringLiteral("reunión"),     QStringLiteral("asamblea"),
            QStringLiteral("obras"),       QStringLiteral("cultura"),
            QStringLiteral("deporte"),     QStringLiteral("educación"),
            QStringLiteral("salud"),       QStringLiteral("transporte"),
            QStringLiteral("comunidad"),   QStringLiteral("proyecto"),
            QStringLiteral("horario"),     QStringLiteral("oficina"),
            QStringLiteral("trámite"),     QStringLiteral("jóvenes"),
            QStringLiteral("niños"),       QStringLiteral("mañana"),
            QStringLiteral("próxima"),     QStringLiteral("semana"),
            QStringLiteral("de"),          QStringLiteral("la"),
            QStringLiteral("el"),          QStringLiteral("en"),
            QStringLiteral("para"),        QStringLiteral("con"),
            QStringLiteral("Río Hondo"),   QStringLiteral("policlínico"),
            QStringLiteral("biblioteca"),  QStringLiteral("mercado"),
        };
        QString text;
        while (text.toUtf8().size() < bytes) {
            text += vocabulary.at(random.bounded(int(vocabulary.size())));
            text += random.bounded(12) == 0 ? QStringLiteral(".\n\n") : QStringLiteral(" ");
        }
        return text;
    }

    static QJsonObject newsItem(QRandomGenerator &random, int number)
    {
        static const QStringList categories = {QStringLiteral("gobierno"),
                                               QStringLiteral("cultura"), QStringLiteral("salud"),
                                               QStringLiteral("obras"), QStringLiteral("deporte")};
        const QDateTime published =
            QDateTime(QDate(2024, 1, 1), QTime(8, 0), Qt::OffsetFromUTC, -5 * 3600)
                .addSecs(qint64(number) * 3 * 3600);
        return {
            {QStringLiteral("title"),
             QStringLiteral("Boletín %1: %2").arg(number).arg(words(random, 40).trimmed())},
            {QStringLiteral("summary"), words(random, 120).trimmed()},
            {QStringLiteral("body"), words(random, 300 + int(random.bounded(3700)))},
            {QStringLiteral("category"), categories.at(random.bounded(int(categories.size())))},
            {QStringLiteral("published_at"), published.toString(Qt::ISODate)},
            {QStringLiteral("author"), QStringLiteral("Redacción municipal")},
        };
    }

    QString writeConfig()
    {
        return m_server.writeKioskConfig(
            m_dir.path(), QStringLiteral("kiosk"), m_dataDir,
            "[sync]\nlong_poll_seconds=0\npage_limit=" + QByteArray::number(kPageLimit) + "\n");
    }

    // Runs --sync-once; with killAfter >= 0, SIGKILLed that many ms after it started.
    Run runKiosk(int killAfter, qint64 fileSizeLimit = -1)
    {
        return KillableRun::run(
            TestPaths::kioskBinary(),
            {QStringLiteral("--config"), m_config, QStringLiteral("--sync-once")}, killAfter,
            fileSizeLimit);
    }

    // Every picture and PDF stored is whole: its name is its SHA-256. Partial downloads live
    // apart (BlobStore) and may be left over; they are never shown.
    static QString blobProblem(const QString &dataDir, int *whole)
    {
        *whole = 0;
        const QDir blobs(QDir(dataDir).filePath(QStringLiteral("blobs")));
        const QStringList names = blobs.entryList(QDir::Files);
        for (const QString &name : names) {
            if (name.size() != 64)
                continue;
            QFile file(blobs.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                return QStringLiteral("cannot read blob %1").arg(name);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            if (QString::fromLatin1(hash.result().toHex()) != name)
                return QStringLiteral("blob %1 is not what its name says").arg(name);
            ++*whole;
        }
        return {};
    }

    // The cache exactly as the killed process left it, copied: the kiosk's next run must
    // recover the original itself (WAL replay, hot journal), and this opens the copy. The
    // -shm index is rebuilt from the WAL by whoever opens first, as after a reboot.
    bool copyCache(QString *error)
    {
        QDir(m_copyDir).removeRecursively();
        if (!QDir().mkpath(m_copyDir)) {
            *error = QStringLiteral("cannot create %1").arg(m_copyDir);
            return false;
        }
        const QStringList files = QDir(m_dataDir).entryList(QDir::Files);
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

    // What the report line of a run that carried on from `cursor` to the end says: every
    // change after the cursor, each once, none before it.
    QByteArray resumedFrom(qint64 cursor) const
    {
        return "sync ok: " +
               QByteArray::number(
                   (m_feed.size() - FeedState::rankOf(m_feed, cursor) + kPageLimit - 1) /
                   kPageLimit) +
               " pages, " + QByteArray::number(m_feed.size() - FeedState::rankOf(m_feed, cursor)) +
               " changes";
    }

    CacheState inspect(const QString &dataDir)
    {
        CacheState state;
        ContentCache cache(dataDir);
        QString error;
        if (!cache.open(&error)) {
            state.problem = QStringLiteral("the cache does not open: %1").arg(error);
            return state;
        }
        const QSqlDatabase db = cache.database().connection();
        const QString integrity = FeedState::integrity(db);
        if (integrity != QLatin1String("ok")) {
            state.problem = QStringLiteral("integrity_check: %1").arg(integrity);
            return state;
        }
        state.cursor = cache.store().cursor();
        const QList<FeedState::Item> items = FeedState::readItems(db, &error);
        state.items = items.size();
        if (!error.isEmpty()) {
            state.problem = error;
            return state;
        }
        const QString difference =
            FeedState::difference(items, FeedState::expectedAt(m_feed, state.cursor));
        if (!difference.isEmpty()) {
            state.problem = QStringLiteral("at cursor %1: %2").arg(state.cursor).arg(difference);
            return state;
        }
        // Every page but the last is full, so a cursor stands after a multiple of the page
        // limit of the feed's changes, or at its end: no half page was kept.
        const qsizetype rank = FeedState::rankOf(m_feed, state.cursor);
        if (state.cursor != m_latest &&
            (rank % kPageLimit != 0 ||
             (state.cursor > 0 && (rank == 0 || m_feed.at(rank - 1).seq != state.cursor))))
            state.problem = QStringLiteral("cursor %1 is not at a page boundary (%2 changes)")
                                .arg(state.cursor)
                                .arg(rank);
        if (cache.store().rejectedCount() != 0)
            state.problem = QStringLiteral("%1 rejected changes in a feed of valid items")
                                .arg(cache.store().rejectedCount());
        return state;
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

        // The store is filled before `serve` starts, so the feed never changes while kiosks
        // read it. `serve` loads the demo content only into an empty store: this test
        // publishes it itself, first, then the bulk news, then republishes and withdraws.
        m_server.allowManyRequests();
        QVERIFY(m_server.prepare());
        QElapsedTimer filling;
        filling.start();
        {
            ServerStore store;
            QString error;
            QVERIFY2(store.open(m_server.databasePath(), &error), qPrintable(error));
            QCOMPARE(store.latestSeq(), 0);
            QList<ServerStore::Publication> demo;
            // The demo's PDFs and pictures go where the server serves blobs from, so that the
            // kiosk can fetch every file the content names.
            const BlobDirectory blobs(m_server.dataDir() + QStringLiteral("/blobs"));
            QVERIFY2(DemoLoader(TestPaths::demoDir()).load(&demo, &error, &blobs),
                     qPrintable(error));
            QVERIFY2(store.publish(demo, &error), qPrintable(error));

            QRandomGenerator random(m_seed);
            QList<ServerStore::Publication> bulk;
            for (int number = 1; number <= kBulkNews; ++number)
                bulk.append({Collection::News,
                             QStringLiteral("news-bulk-%1").arg(number, 5, 10, QLatin1Char('0')),
                             newsItem(random, number)});
            QVERIFY2(store.publish(bulk, &error), qPrintable(error));
            QList<ServerStore::Publication> republished;
            for (int n = 0; n < kRepublished; ++n) {
                ServerStore::Publication again = bulk.at(random.bounded(kBulkNews));
                again.data[QStringLiteral("title")] =
                    QString(again.data.value(QStringLiteral("title")).toString() +
                            QStringLiteral(" (actualizado)"));
                republished.append(again);
            }
            QVERIFY2(store.publish(republished, &error), qPrintable(error));
            int withdrawn = 0;
            while (withdrawn < kWithdrawn) {
                const QString id = bulk.at(random.bounded(kBulkNews)).id;
                if (store.withdraw(Collection::News, id, &error))
                    ++withdrawn; // an id drawn twice is refused the second time
            }
            QCOMPARE(store.itemCount(), int(demo.size()) + kBulkNews - kWithdrawn);
        }
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));

        ServerStore server;
        QString error;
        QVERIFY2(server.open(m_server.databasePath(), &error), qPrintable(error));
        m_feed = FeedState::readFeed(server.database().connection(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!m_feed.isEmpty());
        m_latest = m_feed.last().seq;
        QCOMPARE(m_latest, server.latestSeq()); // serve did not add the demo a second time
        m_full = FeedState::expectedAt(m_feed, m_latest);
        qint64 bytes = 0;
        for (const FeedState::Item &item : std::as_const(m_full))
            bytes += item.data.toUtf8().size();
        qInfo("server feed: %lld changes up to seq %lld, %lld items, %lld bytes of JSON; "
              "filled in %lld ms",
              qint64(m_feed.size()), m_latest, qint64(m_full.size()), bytes, filling.elapsed());
        m_config = writeConfig();
        QVERIFY(!m_config.isEmpty());
    }

    void aKilledSyncLeavesTheCacheAtAPageItFinished()
    {
        QElapsedTimer total;
        total.start();

        // One uninterrupted run, to learn how long a whole sync takes here: the kills are
        // spread over that time. It also shows the check accepts a correct cache.
        const Run calibration = runKiosk(-1);
        QVERIFY2(calibration.started && calibration.finished, calibration.output.constData());
        QVERIFY2(calibration.status == QProcess::NormalExit && calibration.exitCode == 0,
                 calibration.output.constData());
        CacheState state = inspect(m_dataDir);
        QVERIFY2(state.problem.isEmpty(), qPrintable(state.problem));
        QCOMPARE(state.cursor, m_latest);
        QCOMPARE(state.items, m_full.size());
        const int pages = int((m_feed.size() + kPageLimit - 1) / kPageLimit);
        QVERIFY2(calibration.output.contains(QStringLiteral("%1 pages").arg(pages).toUtf8()),
                 calibration.output.constData());
        QVERIFY(QDir(m_dataDir).removeRecursively());
        // A kill lands between the start of the process and a fifth of a whole sync later;
        // the sync resumes at each run, so the kills spread over the whole feed.
        const int maxDelay = std::clamp(int(calibration.milliseconds / 5), 50, 4000);
        qInfo("a whole sync: %lld ms, %d pages of %d; kills 0-%d ms after start",
              calibration.milliseconds, pages, kPageLimit, maxDelay);

        QRandomGenerator random(m_seed ^ 0x5eedu);
        const QDeadlineTimer deadline(150000);
        int kills = 0, completed = 0, midSync = 0, rounds = 1;
        qint64 previous = 0;
        QSet<qint64> cursors;
        while (kills < kKills) {
            QVERIFY2(!deadline.hasExpired(),
                     qPrintable(QStringLiteral("out of time after %1 kills").arg(kills)));
            const int delay = int(random.bounded(maxDelay + 1));
            const Run run = runKiosk(delay);
            QVERIFY2(run.started && run.finished, run.output.constData());
            if (run.killed) {
                ++kills;
            } else {
                // Finished before the kill: a whole sync must have succeeded.
                QVERIFY2(run.status == QProcess::NormalExit && run.exitCode == 0,
                         run.output.constData());
                ++completed;
            }
            QString error;
            QVERIFY2(copyCache(&error), qPrintable(error));
            state = inspect(m_copyDir);
            const QString where =
                QStringLiteral("run %1 (%2 after %3 ms): ")
                    .arg(kills + completed)
                    .arg(run.killed ? QStringLiteral("killed") : QStringLiteral("finished"))
                    .arg(delay);
            QVERIFY2(state.problem.isEmpty(), qPrintable(where + state.problem));
            QVERIFY2(state.cursor >= previous,
                     qPrintable(where + QStringLiteral("the cursor went back from %1 to %2")
                                            .arg(previous)
                                            .arg(state.cursor)));
            cursors.insert(state.cursor);
            if (run.killed) {
                // Killed after storing pages of this run, and before the end of the feed.
                midSync += state.cursor > previous && state.cursor < m_latest ? 1 : 0;
                previous = state.cursor;
                continue;
            }
            QCOMPARE(state.cursor, m_latest);
            QVERIFY2(previous == m_latest || run.output.contains(resumedFrom(previous)),
                     run.output.constData());
            // This round reached the end: start again from an empty cache.
            QVERIFY(QDir(m_dataDir).removeRecursively());
            previous = 0;
            ++rounds;
        }
        qInfo("%d kills (%d in the middle of a sync that had stored pages), %d runs finished "
              "before their kill, %d rounds from an empty cache, %lld distinct cursors",
              kills, midSync, completed, rounds, qint64(cursors.size()));
        // The kills must have hit syncs in progress, or this test proved nothing.
        QVERIFY2(midSync >= kKills / 2,
                 qPrintable(QStringLiteral("only %1 kills hit a sync in progress").arg(midSync)));

        // The last run, uninterrupted, resumes from where the last kill left it.
        const Run last = runKiosk(-1);
        QVERIFY2(last.started && last.finished, last.output.constData());
        QVERIFY2(last.status == QProcess::NormalExit && last.exitCode == 0,
                 last.output.constData());
        QVERIFY2(last.output.contains("sync ok"), last.output.constData());
        QVERIFY2(previous == m_latest || last.output.contains(resumedFrom(previous)),
                 last.output.constData());
        state = inspect(m_dataDir);
        QVERIFY2(state.problem.isEmpty(), qPrintable(state.problem));
        QCOMPARE(state.cursor, m_latest);
        QCOMPARE(state.items, m_full.size());

        // And the server's feed is what it was all along.
        ServerStore server;
        QString error;
        QVERIFY2(server.open(m_server.databasePath(), &error), qPrintable(error));
        QVERIFY(FeedState::readFeed(server.database().connection(), &error) == m_feed);
        qInfo("crash test: %lld ms in all", total.elapsed());
    }

    void aFullDiskStopsTheSyncAtAPageItFinished()
    {
        // Where a full sync gets to, and how large its largest file grows.
        QVERIFY(QDir(m_dataDir).removeRecursively());
        const Run whole = runKiosk(-1);
        QVERIFY2(whole.finished && whole.exitCode == 0, whole.output.constData());
        qint64 largest = 0;
        QDirIterator files(m_dataDir, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext())
            largest = std::max(largest, QFileInfo(files.next()).size());
        int blobs = 0;
        QString problem = blobProblem(m_dataDir, &blobs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(blobs > 0);
        const int allBlobs = blobs;

        // The disk fills at a different point each time: the cache's file, its WAL, a picture.
        int stopped = 0;
        for (const double share : {0.05, 0.15, 0.35, 0.6, 0.85}) {
            const qint64 limit = qint64(double(largest) * share);
            QVERIFY(QDir(m_dataDir).removeRecursively());
            const Run full = runKiosk(-1, limit);
            const QString where = QStringLiteral("files limited to %1 bytes: ").arg(limit);
            // It ends by itself, saying why, with a failure code for systemd and the log.
            QVERIFY2(full.finished && full.status == QProcess::NormalExit,
                     qPrintable(where + QString::fromUtf8(full.output)));
            CacheState state = inspect(m_dataDir);
            QVERIFY2(state.problem.isEmpty(), qPrintable(where + state.problem));
            problem = blobProblem(m_dataDir, &blobs);
            QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
            if (full.exitCode != 0) {
                ++stopped;
                QVERIFY2(full.output.contains("full") || full.output.contains("disk") ||
                             full.output.contains("write") || full.output.contains("I/O"),
                         qPrintable(where + QString::fromUtf8(full.output)));
                QVERIFY2(state.cursor < m_latest || blobs < allBlobs,
                         qPrintable(where + QString::fromUtf8(full.output)));
            }
            // With room again, the next run carries on to the end.
            const Run again = runKiosk(-1);
            QVERIFY2(again.finished && again.exitCode == 0,
                     qPrintable(where + QString::fromUtf8(again.output)));
            state = inspect(m_dataDir);
            QVERIFY2(state.problem.isEmpty(), qPrintable(where + state.problem));
            QCOMPARE(state.cursor, m_latest);
            QCOMPARE(state.items, m_full.size());
            problem = blobProblem(m_dataDir, &blobs);
            QVERIFY2(problem.isEmpty(), qPrintable(where + problem));
            QCOMPARE(blobs, allBlobs);
        }
        // The limits must have stopped syncs, or this proved nothing.
        QVERIFY2(stopped >= 4, qPrintable(QString::number(stopped)));

        // The pictures and PDFs alone: a synced cache, its files gone, and less room than the
        // largest needs. Those that fit are stored whole, the rest wait for room.
        const QDir blobDir(QDir(m_dataDir).filePath(QStringLiteral("blobs")));
        qint64 largestBlob = 0;
        for (const QFileInfo &blob : blobDir.entryInfoList(QDir::Files))
            largestBlob = std::max(largestBlob, blob.size());
        QVERIFY(QDir(blobDir).removeRecursively());
        const Run cramped = runKiosk(-1, largestBlob - 1);
        QVERIFY2(cramped.finished && cramped.status == QProcess::NormalExit,
                 cramped.output.constData());
        problem = blobProblem(m_dataDir, &blobs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(blobs < allBlobs, cramped.output.constData());
        const int crampedBlobs = blobs;
        const Run roomy = runKiosk(-1);
        QVERIFY2(roomy.finished && roomy.exitCode == 0, roomy.output.constData());
        problem = blobProblem(m_dataDir, &blobs);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(blobs, allBlobs);
        const CacheState state = inspect(m_dataDir);
        QVERIFY2(state.problem.isEmpty(), qPrintable(state.problem));
        qInfo("disk full: %d of 5 syncs stopped by the file size limit, each resumed to the end "
              "(largest file of a whole sync: %lld bytes); pictures and PDFs limited to %lld "
              "bytes: %d of %d stored whole, the rest after",
              stopped, largest, largestBlob - 1, crampedBlobs, allBlobs);
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_synccrash.moc"
