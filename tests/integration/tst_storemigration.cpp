#include "accountbook.h"
#include "auditlog.h"
#include "demoloader.h"
#include "devicetokens.h"
#include "fleetregistry.h"
#include "forummoderation.h"
#include "serverstore.h"
#include "storemigration.h"
#include "submissionstore.h"
#include "testpaths.h"
#include "testserverdatabase.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

// `municipal-server store migrate --from FILE` moves a real SQLite store (the demo, devices,
// submissions, a moderation decision, a heartbeat, an editor, an audit entry, and a compacted
// withdrawal, so that SQLite's sequence stands above the feed's highest seq) into an empty
// PostgreSQL database, and kiosks, citizens and editors carry on as if nothing happened. The
// command refuses what it cannot do without loss, and a copy that differs is never kept.
class TestStoreMigration : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QTemporaryDir m_dir;
    QString m_sourcePath;
    int m_configs = 0;

    // What the source held, to compare the target with.
    QByteArray m_changesJson;
    qint64 m_floor = 0;
    qint64 m_latestSeq = 0;
    qint64 m_highestSeqEver = 0;
    QMap<QString, qint64> m_rows;
    QByteArray m_kioskToken;
    QByteArray m_revokedToken;
    SubmissionStore::Incoming m_replayed;
    QByteArray m_firstAnswer;
    QString m_lastReference;

    static QString editor() { return QStringLiteral("ana.editora"); }
    static QString editorPassword() { return QStringLiteral("una clave bastante larga"); }

    static SubmissionStore::Incoming incoming(const QString &key, const QString &type,
                                              const QJsonObject &payload)
    {
        SubmissionStore::Incoming in;
        in.key = key.toLatin1();
        const QByteArray body = QJsonDocument(payload).toJson(QJsonDocument::Compact);
        in.bodyHash = QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
        in.type = type;
        in.device = QStringLiteral("kiosk-plaza");
        in.createdAt = QStringLiteral("2026-12-01T10:00:00-05:00");
        in.locale = QStringLiteral("es");
        in.payload = payload;
        return in;
    }

    static SubmissionStore::Outcome receive(ServerStore &store, const SubmissionStore::Incoming &in)
    {
        return SubmissionStore(store).receive(
            in, [](const SubmissionStore::Incoming &) { return QString(); });
    }

    static QString referenceOf(const SubmissionStore::Outcome &outcome)
    {
        return QJsonDocument::fromJson(outcome.answer)
            .object()
            .value(QLatin1StringView("reference"))
            .toString();
    }

    static QString nextReference(const QString &reference)
    {
        const QStringList parts = reference.split(QLatin1Char('-'));
        return QStringLiteral("%1-%2-%3")
            .arg(parts.value(0), parts.value(1))
            .arg(parts.value(2).toLongLong() + 1, 6, 10, QLatin1Char('0'));
    }

    static qint64 scalar(const SqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql) || !query.next())
            qFatal("%s failed", qPrintable(sql));
        return query.value(0).toLongLong();
    }

    static void exec(const SqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(sql))
            qFatal("%s failed", qPrintable(sql));
    }

    static qint64 storedRows(const SqlDatabase &db)
    {
        qint64 rows = 0;
        for (const QString &table : StoreMigration::tables())
            rows += scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(table));
        return rows;
    }

    QString writeConfig(const QByteArray &storage)
    {
        const QString path = m_dir.filePath(QStringLiteral("server-%1.conf").arg(++m_configs));
        QFile file(path);
        const QByteArray text =
            "[storage]\n" + storage +
            "data_dir=" + m_dir.filePath(QStringLiteral("data-%1").arg(m_configs)).toUtf8() + "\n";
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static Run migrate(const QString &config, const QString &from)
    {
        QProcess process;
        process.start(TestPaths::serverBinary(),
                      {QStringLiteral("--config"), config, QStringLiteral("store"),
                       QStringLiteral("migrate"), QStringLiteral("--from"), from});
        if (!process.waitForFinished(120000))
            qFatal("store migrate did not finish");
        Run run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    void openTarget(const TestServerDatabase &database, ServerStore &store)
    {
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.error()));
        QString error;
        QVERIFY2(store.open(database.location(), &error), qPrintable(error));
    }

    void openSource(ServerStore &store)
    {
        QString error;
        QVERIFY2(store.open(m_sourcePath, &error), qPrintable(error));
    }

    void fillSource(ServerStore &store)
    {
        QString error;
        QList<ServerStore::Publication> demo;
        QVERIFY2(DemoLoader(TestPaths::demoDir()).load(&demo, &error), qPrintable(error));
        QVERIFY2(store.publish(demo, &error), qPrintable(error));

        DeviceTokens tokens(store.database());
        m_kioskToken = tokens.issue(QStringLiteral("kiosk-plaza"), &error);
        QVERIFY2(!m_kioskToken.isEmpty(), qPrintable(error));
        QVERIFY2(!tokens.issue(QStringLiteral("kiosk-mercado"), &error).isEmpty(),
                 qPrintable(error));
        m_revokedToken = tokens.issue(QStringLiteral("kiosk-viejo"), &error);
        QVERIFY2(tokens.revoke(QStringLiteral("kiosk-viejo"), &error), qPrintable(error));
        QVERIFY(tokens.authenticate(m_kioskToken)); // a last_seen_at, next to NULL ones

        // Texts as citizens type them, and an empty one beside NULLs.
        m_replayed = incoming(
            QStringLiteral("key-suggestion-1"), QStringLiteral("suggestion"),
            {{QStringLiteral("text"), QStringLiteral("Más bancos en el parque «Ñandú»: 'ya' \\ 🚌")},
             {QStringLiteral("topic"), QString()}});
        const auto first = receive(store, m_replayed);
        QCOMPARE(first.kind, SubmissionStore::Outcome::Kind::Created);
        m_firstAnswer = first.answer;
        const auto post = receive(
            store,
            incoming(QStringLiteral("key-post-1"), QStringLiteral("forum_post"),
                     {{QStringLiteral("topic"), QStringLiteral("forum-limpieza-ribera-rio-hondo")},
                      {QStringLiteral("body"), QStringLiteral("Fuera de tema")}}));
        QCOMPARE(post.kind, SubmissionStore::Outcome::Kind::Created);
        m_lastReference = referenceOf(post);
        QVERIFY2(ForumModeration(store).reject(m_lastReference, editor(),
                                               QStringLiteral("No trata del tema"), &error),
                 qPrintable(error));

        const QJsonObject heartbeat{{QStringLiteral("version"), QStringLiteral("1.4.2")},
                                    {QStringLiteral("cursor"), store.latestSeq()},
                                    {QStringLiteral("outbox_pending"), 0},
                                    {QStringLiteral("last_error"), QString()}};
        QCOMPARE(FleetRegistry(store.database())
                     .record(QStringLiteral("kiosk-plaza"), heartbeat,
                             QDateTime::currentDateTimeUtc(), &error),
                 FleetRegistry::Recorded::Stored);
        AccountBook accounts(store.database(), QStringLiteral("editors"), 1000);
        QVERIFY2(accounts.add(editor(), editorPassword(), &error), qPrintable(error));
        QVERIFY2(AuditLog(store.database())
                     .record(editor(), QStringLiteral("publish"), QStringLiteral("news/x"),
                             QString(), &error),
                 qPrintable(error));

        // The newest change is a withdrawal, then compacted away: SQLite's sequence stays above
        // max(seq), and the floor with it.
        QVERIFY2(store.withdraw(demo.first().collection, demo.first().id, &error),
                 qPrintable(error));
        QVERIFY2(store.compact(QDateTime::currentDateTimeUtc().addDays(1), &error) == 1,
                 qPrintable(error));
    }

    void recordSource(ServerStore &store)
    {
        QString error;
        const auto page = store.changesSince(0, 100000, &error);
        QVERIFY2(page, qPrintable(error));
        QVERIFY(!page->more);
        m_changesJson = page->changesJson;
        m_floor = store.floor();
        m_latestSeq = store.latestSeq();
        m_highestSeqEver =
            scalar(store.database(),
                   QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'changes'"));
        QVERIFY2(m_highestSeqEver > m_latestSeq, "the source must have a compacted top seq");
        QCOMPARE(m_floor, m_highestSeqEver);
        for (const QString &table : StoreMigration::tables()) {
            m_rows.insert(table, scalar(store.database(),
                                        QStringLiteral("SELECT count(*) FROM %1").arg(table)));
            QVERIFY2(m_rows.value(table) > 0, qPrintable(table + QStringLiteral(" is empty")));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Registered only with a cluster to run on (POSTGRESQL_ONLY): never a silent pass.
        QVERIFY2(TestServerDatabase::postgreSqlRequested(),
                 "this test needs MK_TEST_POSTGRES, a PostgreSQL cluster's URI");
        m_sourcePath = m_dir.filePath(QStringLiteral("source.sqlite"));
        ServerStore store;
        openSource(store);
        fillSource(store);
        if (QTest::currentTestFailed())
            return;
        recordSource(store);
    }

    void movesTheStoreSoThatEveryoneCarriesOn()
    {
        // As IT staff have it: a new database, empty; the command creates the schema.
        TestServerDatabase database(m_dir.path());
        QVERIFY2(!database.location().isEmpty(), qPrintable(database.error()));
        const Run run = migrate(writeConfig(database.storageSettings()), m_sourcePath);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        qint64 total = 0;
        for (const QString &table : StoreMigration::tables()) {
            const qint64 rows = m_rows.value(table);
            total += rows;
            QVERIFY2(run.out.contains(QStringLiteral("%1: %2 row").arg(table).arg(rows)),
                     qPrintable(run.out));
        }
        QVERIFY2(run.out.contains(QStringLiteral("store moved: %1 rows, checked").arg(total)),
                 qPrintable(run.out));

        ServerStore target;
        openTarget(database, target);
        QString error;
        const auto page = target.changesSince(0, 100000, &error);
        QVERIFY2(page, qPrintable(error));
        QCOMPARE(page->changesJson, m_changesJson);
        QCOMPARE(target.floor(), m_floor);
        QCOMPARE(target.latestSeq(), m_latestSeq);

        DeviceTokens tokens(target.database());
        QCOMPARE(tokens.authenticate(m_kioskToken).value_or(QString()),
                 QStringLiteral("kiosk-plaza"));
        QVERIFY(!tokens.authenticate(m_revokedToken));
        QVERIFY2(!tokens.issue(QStringLiteral("kiosk-nuevo"), &error).isEmpty(), qPrintable(error));

        const auto replay = receive(target, m_replayed);
        QCOMPARE(replay.kind, SubmissionStore::Outcome::Kind::Replayed);
        QCOMPARE(replay.answer, m_firstAnswer);
        const auto next = receive(
            target, incoming(QStringLiteral("key-suggestion-2"), QStringLiteral("suggestion"),
                             {{QStringLiteral("text"), QStringLiteral("Luz")}}));
        QCOMPARE(next.kind, SubmissionStore::Outcome::Kind::Created);
        QCOMPARE(referenceOf(next), nextReference(m_lastReference));
        // The submission's status went out on the feed: above every seq SQLite ever gave.
        QVERIFY2(target.latestSeq() > m_highestSeqEver,
                 qPrintable(QStringLiteral("new seq %1, SQLite gave up to %2")
                                .arg(target.latestSeq())
                                .arg(m_highestSeqEver)));

        AccountBook accounts(target.database(), QStringLiteral("editors"), 1000);
        QCOMPARE(accounts.authenticate(editor(), editorPassword(), QDateTime::currentDateTimeUtc()),
                 AccountBook::Verdict::Accepted);
        QVERIFY2(AuditLog(target.database())
                     .record(editor(), QStringLiteral("publish"), QStringLiteral("news/y"),
                             QString(), &error),
                 qPrintable(error));
    }

    void refusesATargetThatIsNotEmptyAndLeavesItAsItWas()
    {
        TestServerDatabase database(m_dir.path());
        const QString config = writeConfig(database.storageSettings());
        QCOMPARE(migrate(config, m_sourcePath).exitCode, 0);
        const Run again = migrate(config, m_sourcePath);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("not empty")), qPrintable(again.err));
        QVERIFY2(!again.out.contains(QLatin1String("store moved")), qPrintable(again.out));

        ServerStore source;
        openSource(source);
        ServerStore target;
        openTarget(database, target);
        QString error;
        QVERIFY2(StoreMigration(source.database(), target.database()).verify(&error),
                 qPrintable(error));
    }

    void refusesAMissingSourceAndCreatesNothing()
    {
        TestServerDatabase database(m_dir.path());
        const QString missing = m_dir.filePath(QStringLiteral("no-such-store.sqlite"));
        const Run run = migrate(writeConfig(database.storageSettings()), missing);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("does not exist")), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(missing));
        ServerStore target;
        openTarget(database, target);
        QCOMPARE(storedRows(target.database()), qint64(1)); // the new database's floor only
    }

    void refusesWhenTheConfigurationIsNotPostgreSql()
    {
        const QString sqliteTarget = m_dir.filePath(QStringLiteral("other.sqlite"));
        const Run run = migrate(
            writeConfig("backend=sqlite\ndatabase=" + sqliteTarget.toUtf8() + "\n"), m_sourcePath);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QLatin1String("storage/backend = postgresql")),
                 qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(sqliteTarget));
    }

    void keepsNothingWhenTheCopyDiffers()
    {
        ServerStore source;
        openSource(source);
        TestServerDatabase database(m_dir.path());
        ServerStore target;
        openTarget(database, target);
        StoreMigration migration(source.database(), target.database());
        migration.setBeforeVerify([&target] {
            exec(target.database(),
                 QStringLiteral("UPDATE submissions SET payload = payload || ' ' "
                                "WHERE reference = (SELECT min(reference) "
                                "FROM submissions)"));
        });
        QString error;
        QVERIFY(!migration.run(&error));
        QVERIFY2(error.contains(QLatin1String("table submissions differs")), qPrintable(error));
        QCOMPARE(storedRows(target.database()), qint64(1));
        QCOMPARE(target.floor(), qint64(0));

        // Rolled back whole: the same database takes the move once the copy is faithful.
        migration.setBeforeVerify({});
        const auto report = migration.run(&error);
        QVERIFY2(report, qPrintable(error));
        QCOMPARE(report->totalRows(), storedRows(target.database()));
    }

    void verificationTellsNullFromEmptyTextAndCountsRows()
    {
        ServerStore source;
        openSource(source);
        TestServerDatabase database(m_dir.path());
        ServerStore target;
        openTarget(database, target);
        StoreMigration migration(source.database(), target.database());
        QString error;
        QVERIFY2(migration.run(&error), qPrintable(error));
        QVERIFY2(migration.verify(&error), qPrintable(error));

        exec(target.database(),
             QStringLiteral("UPDATE devices SET last_seen_at = '' WHERE name = 'kiosk-viejo'"));
        QVERIFY(!migration.verify(&error));
        QVERIFY2(error.contains(QLatin1String("table devices differs")), qPrintable(error));
        exec(target.database(),
             QStringLiteral("UPDATE devices SET last_seen_at = NULL WHERE name = 'kiosk-viejo'"));
        QVERIFY2(migration.verify(&error), qPrintable(error));

        exec(target.database(), QStringLiteral("UPDATE server_state SET value = '0'"));
        QVERIFY(!migration.verify(&error));
        QVERIFY2(error.contains(QLatin1String("table server_state differs")), qPrintable(error));
        exec(target.database(),
             QStringLiteral("UPDATE server_state SET value = '%1'").arg(m_floor));

        exec(target.database(), QStringLiteral("DELETE FROM audit_log"));
        QVERIFY(!migration.verify(&error));
        QVERIFY2(error.contains(QLatin1String("table audit_log differs: 1 rows in the SQLite "
                                              "store, 0 in PostgreSQL")),
                 qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestStoreMigration)
#include "tst_storemigration.moc"
