#include "blobstore.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QtTest>

class TestBlobStore : public QObject
{
    Q_OBJECT

private:
    static QString sha256(const QByteArray &data)
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    }

    static void write(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
    }

private slots:
    void aVerifiedDownloadTakesItsName()
    {
        QTemporaryDir dir;
        const BlobStore blobs(dir.filePath(QStringLiteral("blobs")));
        QVERIFY(blobs.ensureDirectory(nullptr));
        const QByteArray data("%PDF-1.4 gaceta oficial");
        const QString hash = sha256(data);
        QVERIFY(!blobs.has(hash));
        write(blobs.partialPath(hash), data);
        QCOMPARE(blobs.partialSize(hash), data.size());
        QString error;
        QVERIFY2(blobs.commit(hash, &error), qPrintable(error));
        QVERIFY(blobs.has(hash));
        QVERIFY(!QFile::exists(blobs.partialPath(hash)));
        QFile stored(blobs.path(hash));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), data);
    }

    void aWrongHashIsDiscarded()
    {
        QTemporaryDir dir;
        const BlobStore blobs(dir.path());
        const QString hash = sha256("the real image");
        write(blobs.partialPath(hash), "something else entirely");
        QString error;
        QVERIFY(!blobs.commit(hash, &error));
        QVERIFY2(error.contains(QStringLiteral("discarded")), qPrintable(error));
        QVERIFY(!blobs.has(hash));
        QVERIFY(!QFile::exists(blobs.partialPath(hash)));
    }

    void onlyWhatIsKeptStays()
    {
        QTemporaryDir dir;
        const BlobStore blobs(dir.path());
        const QString kept = sha256("kept");
        const QString dropped = sha256("dropped");
        const QString partial = sha256("partial");
        write(blobs.path(kept), "kept");
        write(blobs.path(dropped), "dropped");
        write(blobs.partialPath(partial), "par");
        write(blobs.partialPath(kept), "ke");
        QCOMPARE(blobs.totalBytes(), 4 + 7 + 3 + 2);
        QCOMPARE(blobs.removeAllExcept({kept}), 2);
        QVERIFY(blobs.has(kept));
        QVERIFY(QFile::exists(blobs.partialPath(kept)));
        QVERIFY(!blobs.has(dropped));
        QVERIFY(!QFile::exists(blobs.partialPath(partial)));
    }

    void namesThatAreNotHashesAreNeverBlobs()
    {
        QTemporaryDir dir;
        const BlobStore blobs(dir.path());
        write(dir.filePath(QStringLiteral("notes.txt")), "x");
        QVERIFY(!blobs.has(QStringLiteral("notes.txt")));
        QVERIFY(!blobs.has(QStringLiteral("../etc/passwd")));
    }
};

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
