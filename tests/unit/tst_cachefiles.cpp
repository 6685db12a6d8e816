#include "cachefiles.h"
#include "contentcache.h"

#include <QTemporaryDir>
#include <QtTest>

class TestCacheFiles : public QObject
{
    Q_OBJECT

private:
    static void touch(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot create %s", qPrintable(path));
    }

private slots:
    void startsAtTheFirstGeneration()
    {
        QTemporaryDir dir;
        const CacheFiles files(dir.path());
        QCOMPARE(files.currentPath(), dir.filePath(QStringLiteral("content-1.sqlite")));
        QCOMPARE(files.nextPath(), dir.filePath(QStringLiteral("content-2.sqlite")));
    }

    void promotingMovesThePointer()
    {
        QTemporaryDir dir;
        const CacheFiles files(dir.path());
        QString error;
        QVERIFY2(files.promote(files.nextPath(), &error), qPrintable(error));
        QCOMPARE(files.currentPath(), dir.filePath(QStringLiteral("content-2.sqlite")));
        QCOMPARE(files.nextPath(), dir.filePath(QStringLiteral("content-3.sqlite")));
    }

    void aDamagedPointerFallsBackToTheFirstGeneration()
    {
        QTemporaryDir dir;
        QFile pointer(dir.filePath(QStringLiteral("cache.current")));
        QVERIFY(pointer.open(QIODevice::WriteOnly));
        pointer.write("../../etc/passwd\n");
        pointer.close();
        QCOMPARE(CacheFiles(dir.path()).currentPath(),
                 dir.filePath(QStringLiteral("content-1.sqlite")));
    }

    void removesEveryGenerationButTheCurrent()
    {
        QTemporaryDir dir;
        const CacheFiles files(dir.path());
        for (const char *name :
             {"content-1.sqlite", "content-1.sqlite-wal", "content-1.sqlite-shm",
              "content-10.sqlite", "content-3.sqlite", "content-3.sqlite-wal", "outbox.sqlite"})
            touch(dir.filePath(QLatin1String(name)));
        QString error;
        QVERIFY(files.promote(dir.filePath(QStringLiteral("content-3.sqlite")), &error));
        files.removeStale();
        QStringList left = QDir(dir.path()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(
            left,
            (QStringList{QStringLiteral("cache.current"), QStringLiteral("content-3.sqlite"),
                         QStringLiteral("content-3.sqlite-wal"), QStringLiteral("outbox.sqlite")}));
    }

    void aRebuildIsAdoptedWhole()
    {
        QTemporaryDir dir;
        ContentCache reader(dir.path());
        ContentCache writer(dir.path());
        QString error;
        QVERIFY(reader.open(&error) && writer.open(&error));
        auto rebuild = writer.startRebuild(&error);
        QVERIFY2(rebuild, qPrintable(error));
        QVERIFY(rebuild->path() != writer.path());
        QVERIFY2(writer.adopt(*rebuild, &error), qPrintable(error));
        QCOMPARE(writer.path(), dir.filePath(QStringLiteral("content-2.sqlite")));
        // Another connection keeps its generation until it follows the pointer.
        QCOMPARE(reader.path(), dir.filePath(QStringLiteral("content-1.sqlite")));
        QVERIFY(reader.followCurrent(&error));
        QCOMPARE(reader.path(), writer.path());
        QVERIFY(!reader.followCurrent(&error));
    }

    void anAbandonedRebuildLeavesNothing()
    {
        QTemporaryDir dir;
        ContentCache cache(dir.path());
        QString error;
        QVERIFY(cache.open(&error));
        auto rebuild = cache.startRebuild(&error);
        const QString path = rebuild->path();
        QVERIFY(QFile::exists(path));
        rebuild->discard();
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        QCOMPARE(cache.files().currentPath(), cache.path());
    }
};

QTEST_GUILESS_MAIN(TestCacheFiles)
#include "tst_cachefiles.moc"
