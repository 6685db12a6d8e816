#include "sqldatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestSqlDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeMigration(const QString &dir, const QString &name, const QByteArray &sql)
    {
        QDir().mkpath(dir);
        QFile file(QDir(dir).filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(sql) != sql.size())
            qFatal("cannot write migration");
        return file.fileName();
    }

    static QStringList tables(const SqlDatabase &db)
    {
        QSqlQuery query(db.connection());
        query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"));
        QStringList names;
        while (query.next())
            names << query.value(0).toString();
        return names;
    }

private slots:
    void migratesAFreshFileToTheLatestVersion()
    {
        const QString migrations = m_dir.filePath(QStringLiteral("fresh"));
        writeMigration(migrations, QStringLiteral("001_first.sql"), "CREATE TABLE a (x);");
        writeMigration(migrations, QStringLiteral("002_second.sql"),
                       "CREATE TABLE b (y);\nINSERT INTO b VALUES ('two; statements');");
        writeMigration(migrations, QStringLiteral("README"), "not a migration");

        SqlDatabase db;
        QString error;
        QVERIFY2(db.open(m_dir.filePath(QStringLiteral("fresh.sqlite")), migrations,
                         SqlDatabase::Durability::Cache, &error),
                 qPrintable(error));
        QCOMPARE(db.schemaVersion(), 2);
        QCOMPARE(tables(db), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QSqlQuery mode(db.connection());
        QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
        QCOMPARE(mode.value(0).toString(), QStringLiteral("wal"));
    }

    void appliesOnlyNewMigrationsOnUpgrade()
    {
        const QString migrations = m_dir.filePath(QStringLiteral("upgrade"));
        const QString path = m_dir.filePath(QStringLiteral("upgrade.sqlite"));
        writeMigration(migrations, QStringLiteral("001_first.sql"),
                       "CREATE TABLE a (x); INSERT INTO a VALUES (1);");
        QString error;
        {
            SqlDatabase db;
            QVERIFY2(db.open(path, migrations, SqlDatabase::Durability::Cache, &error),
                     qPrintable(error));
        }
        writeMigration(migrations, QStringLiteral("002_more.sql"), "INSERT INTO a VALUES (2);");
        SqlDatabase db;
        QVERIFY2(db.open(path, migrations, SqlDatabase::Durability::Cache, &error),
                 qPrintable(error));
        QSqlQuery count(db.connection());
        QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM a")) && count.next());
        QCOMPARE(count.value(0).toInt(), 2); // 001 did not run twice
        QCOMPARE(db.schemaVersion(), 2);
    }

    void aFailedMigrationLeavesTheDatabaseAsItWas()
    {
        const QString migrations = m_dir.filePath(QStringLiteral("broken"));
        const QString path = m_dir.filePath(QStringLiteral("broken.sqlite"));
        writeMigration(migrations, QStringLiteral("001_first.sql"), "CREATE TABLE a (x);");
        QString error;
        {
            SqlDatabase db;
            QVERIFY(db.open(path, migrations, SqlDatabase::Durability::Cache, &error));
        }
        writeMigration(migrations, QStringLiteral("002_broken.sql"),
                       "CREATE TABLE half (z);\nINSERT INTO no_such_table VALUES (1);");
        {
            SqlDatabase db;
            QVERIFY(!db.open(path, migrations, SqlDatabase::Durability::Cache, &error));
            QVERIFY2(error.contains(QStringLiteral("migration 2")), qPrintable(error));
            QVERIFY2(error.contains(QStringLiteral("no_such_table")), qPrintable(error));
        }
        QFile::remove(QDir(migrations).filePath(QStringLiteral("002_broken.sql")));
        SqlDatabase db;
        QVERIFY(db.open(path, migrations, SqlDatabase::Durability::Cache, &error));
        QCOMPARE(db.schemaVersion(), 1);
        QCOMPARE(tables(db), QStringList{QStringLiteral("a")}); // no half-made table
    }

    void refusesADatabaseFromANewerVersion()
    {
        const QString migrations = m_dir.filePath(QStringLiteral("newer"));
        const QString path = m_dir.filePath(QStringLiteral("newer.sqlite"));
        writeMigration(migrations, QStringLiteral("001_first.sql"), "CREATE TABLE a (x);");
        writeMigration(migrations, QStringLiteral("002_second.sql"), "CREATE TABLE b (x);");
        QString error;
        {
            SqlDatabase db;
            QVERIFY(db.open(path, migrations, SqlDatabase::Durability::Cache, &error));
        }
        QFile::remove(QDir(migrations).filePath(QStringLiteral("002_second.sql")));
        SqlDatabase db;
        QVERIFY(!db.open(path, migrations, SqlDatabase::Durability::Cache, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
        QVERIFY(!db.isOpen());
    }

    void preciousDatabasesSyncFully()
    {
        const QString migrations = m_dir.filePath(QStringLiteral("precious"));
        writeMigration(migrations, QStringLiteral("001_first.sql"), "CREATE TABLE a (x);");
        QString error;
        SqlDatabase precious;
        QVERIFY(precious.open(m_dir.filePath(QStringLiteral("precious.sqlite")), migrations,
                              SqlDatabase::Durability::Precious, &error));
        QSqlQuery query(precious.connection());
        QVERIFY(query.exec(QStringLiteral("PRAGMA synchronous")) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL
    }
};

QTEST_GUILESS_MAIN(TestSqlDatabase)
#include "tst_sqldatabase.moc"
