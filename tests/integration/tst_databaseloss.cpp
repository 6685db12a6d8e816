#include "serverprocess.h"
#include "testserverdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QtTest>

// A server on PostgreSQL whose connection is cut (a database restart, a failover) must not go
// on answering every request with an error: it exits with a clear line, so that systemd starts
// it again on a new connection.
class TestDatabaseLoss : public QObject
{
    Q_OBJECT

    ServerProcess m_server;

    // Ends every other session on the server's database, as a restart of PostgreSQL would.
    bool cutConnections(int *cut, QString *error)
    {
        const QString name = QStringLiteral("mk-test-cut");
        bool ok = false;
        {
            const QUrl url(m_server.databasePath());
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
            if (db.open()) {
                QSqlQuery query(db);
                ok = query.exec(QStringLiteral(
                         "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE "
                         "datname = current_database() AND pid <> pg_backend_pid()")) &&
                     query.next();
                if (ok)
                    *cut = query.value(0).toInt();
                else
                    *error = query.lastError().text();
                db.close();
            } else {
                *error = db.lastError().text();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return ok;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(TestServerDatabase::postgreSqlRequested(),
                 "this test is of PostgreSQL; it runs with MK_TEST_POSTGRES set");
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
    }

    void aLostConnectionEndsTheServerForSystemdToRestart()
    {
        int cut = 0;
        QString error;
        QVERIFY2(cutConnections(&cut, &error), qPrintable(error));
        QVERIFY(cut >= 1);
        // It looks every 5 s; 30 s is the bound of this test, not a figure.
        QCOMPARE(m_server.waitForExit(30000), 1);
        QVERIFY2(m_server.log().contains(QStringLiteral("Lost the connection to PostgreSQL")),
                 qPrintable(m_server.log()));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLoss)
#include "tst_databaseloss.moc"
