#include "serverstore.h"
#include "sqltransaction.h"
#include "testserverdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

// Several server processes write one PostgreSQL database. A kiosk reads the change feed from its
// cursor and moves the cursor to the highest seq it saw; if seq N+1 could be read while N was
// still being written, the kiosk would step over N for good. This test holds one writer's
// transaction open, lets a second writer try, and reads the feed in between, on three
// connections, as three processes would.
class TestFeedOrder : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestServerDatabase m_database{m_dir.path()};

    static ServerStore::Publication project(const QString &id)
    {
        return {Collection::Projects, id,
                QJsonObject{{QStringLiteral("title"), QStringLiteral("Obra %1").arg(id)},
                            {QStringLiteral("progress"), 10}}};
    }

    // The second writer: its own connection, on its own thread, as another process.
    class Writer final : public QThread
    {
    public:
        Writer(QString location, QString id)
            : m_location(std::move(location))
            , m_id(std::move(id))
        {}
        QString error;
        bool published = false;

    protected:
        void run() override
        {
            ServerStore store;
            if (!store.open(m_location, &error))
                return;
            published = store.publish({project(m_id)}, &error);
        }

    private:
        QString m_location;
        QString m_id;
    };

    // Backends of this database waiting for a lock (the writer's advisory lock).
    static int waitingForALock(ServerStore &reader)
    {
        QSqlQuery query(reader.database().connection());
        if (!query.exec(
                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE "
                               "datname = current_database() AND wait_event_type = 'Lock'")) ||
            !query.next())
            return -1;
        return query.value(0).toInt();
    }

    static QList<QPair<qint64, QString>> seqsAndIds(const ServerStore &reader, qint64 since)
    {
        QString error;
        const auto page = reader.changesSince(since, 100, &error);
        if (!page)
            qFatal("feed failed: %s", qPrintable(error));
        QList<QPair<qint64, QString>> rows;
        const QJsonArray changes = QJsonDocument::fromJson(page->changesJson).array();
        for (const QJsonValue &change : changes)
            rows.append({change[QLatin1StringView("seq")].toInteger(),
                         change[QLatin1StringView("id")].toString()});
        return rows;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_database.isPostgreSql(),
                 "this test is of PostgreSQL; it runs with MK_TEST_POSTGRES set");
        QVERIFY2(!m_database.location().isEmpty(), qPrintable(m_database.error()));
    }

    void aLaterWriterWaitsSoNoReaderSkipsASeq()
    {
        ServerStore first;
        ServerStore reader;
        QString error;
        QVERIFY2(first.open(m_database.location(), &error), qPrintable(error));
        QVERIFY2(reader.open(m_database.location(), &error), qPrintable(error));
        QVERIFY2(first.publish({project(QStringLiteral("antes"))}, &error), qPrintable(error));
        const qint64 cursor = reader.latestSeq();

        // The first writer takes its seq and has not committed yet.
        SqlTransaction open(first.database().connection());
        QVERIFY2(open.isActive(), qPrintable(open.lastError()));
        QVERIFY2(first.publishInTransaction(project(QStringLiteral("lento")), &error),
                 qPrintable(error));

        Writer second(m_database.location(), QStringLiteral("rapido"));
        second.start();
        // Either it waits for the first (as it must), or it got through (the bug): both end
        // this wait, and the reads below tell them apart.
        QTRY_VERIFY_WITH_TIMEOUT(second.isFinished() || waitingForALock(reader) > 0, 20000);

        // What a kiosk polling now reads: nothing beyond its cursor. Had the second writer
        // committed, its seq (above the first's) would be here and the kiosk's cursor would
        // move past the first's seq before that one is visible.
        QCOMPARE(seqsAndIds(reader, cursor), (QList<QPair<qint64, QString>>{}));
        QVERIFY(!second.isFinished());

        QVERIFY2(open.commit(), qPrintable(open.lastError()));
        QVERIFY(second.wait(20000));
        QVERIFY2(second.published, qPrintable(second.error));

        const auto rows = seqsAndIds(reader, cursor);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).second, QStringLiteral("lento"));
        QCOMPARE(rows.at(1).second, QStringLiteral("rapido"));
        QVERIFY(rows.at(0).first < rows.at(1).first);
    }

    void aReaderIsNeverBlockedByAWriter()
    {
        ServerStore writer;
        ServerStore reader;
        QString error;
        QVERIFY2(writer.open(m_database.location(), &error), qPrintable(error));
        QVERIFY2(reader.open(m_database.location(), &error), qPrintable(error));
        QVERIFY2(writer.publish({project(QStringLiteral("visible"))}, &error), qPrintable(error));
        const qint64 before = reader.latestSeq();
        SqlTransaction open(writer.database().connection());
        QVERIFY(open.isActive());
        QVERIFY2(writer.publishInTransaction(project(QStringLiteral("pendiente")), &error),
                 qPrintable(error));
        // Reads on this thread while the write is open: a blocked read would hang here.
        QCOMPARE(reader.latestSeq(), before);
        QVERIFY(reader.item(Collection::Projects, QStringLiteral("visible")).has_value());
        QVERIFY(!reader.item(Collection::Projects, QStringLiteral("pendiente")).has_value());
        QVERIFY2(open.commit(), qPrintable(open.lastError()));
        QVERIFY(reader.latestSeq() > before);
    }
};

QTEST_GUILESS_MAIN(TestFeedOrder)
#include "tst_feedorder.moc"
