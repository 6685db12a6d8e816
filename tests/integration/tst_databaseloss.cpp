#include "serverprocess.h"
#include "testserverdatabase.h"

#include <QtTest>

// A server on PostgreSQL whose connection is cut (a database restart, a failover) must not go
// on answering every request with an error: it exits with a clear line, so that systemd starts
// it again on a new connection.
class TestDatabaseLoss : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

private slots:
    void initTestCase()
    {
        QVERIFY2(TestServerDatabase::postgreSqlRequested(),
                 "this test is of PostgreSQL; it runs with MK_TEST_POSTGRES set");
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
    }

    void aLostConnectionEndsTheServerForSystemdToRestart()
    {
        // Every other session on the server's database ended, as a restart of PostgreSQL would.
        QString error;
        const auto cut = TestServerDatabase::query(
            m_server.databasePath(),
            QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                           "datname = current_database() AND pid <> pg_backend_pid()"),
            &error);
        QVERIFY2(cut, qPrintable(error));
        QVERIFY(cut->toInt() >= 1);
        // It looks every 5 s; 30 s is the bound of this test, not a figure.
        QCOMPARE(m_server.waitForExit(30000), 1);
        QVERIFY2(m_server.log().contains(QStringLiteral("Lost the connection to PostgreSQL")),
                 qPrintable(m_server.log()));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLoss)
#include "tst_databaseloss.moc"
