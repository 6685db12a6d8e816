#include "apiclient.h"
#include "blobdirectory.h"
#include "blobfetcher.h"
#include "blobstore.h"
#include "clock.h"
#include "contentcache.h"
#include "demoloader.h"
#include "serverprocess.h"
#include "syncengine.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// The demo's gazettes come with their PDFs: the loader names each by its SHA-256 and, for the
// server, stores it as a blob, which a kiosk synced from the demo server then downloads.
class TestLegalDemoPdf : public QObject
{
    Q_OBJECT

private:
    static const QStringList kGazettes;

    static QString fileSha(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QString::fromLatin1(
            QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    }

    static QString demoPdf(const QString &id)
    {
        return TestPaths::demoDir() + QStringLiteral("/legal/") + id + QStringLiteral(".pdf");
    }

    static QMap<QString, QJsonObject> legalItems(const QList<ServerStore::Publication> &items)
    {
        QMap<QString, QJsonObject> legal;
        for (const auto &item : items) {
            if (item.collection == Collection::Legal)
                legal.insert(item.id, item.data);
        }
        return legal;
    }

    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

private slots:
    void gazettesNameTheirPdfByItsHash()
    {
        QList<ServerStore::Publication> items;
        QString error;
        QVERIFY2(DemoLoader(TestPaths::demoDir()).load(&items, &error), qPrintable(error));
        const auto legal = legalItems(items);
        for (const QString &id : kGazettes) {
            QVERIFY2(legal.contains(id), qPrintable(id));
            const QString sha = fileSha(demoPdf(id));
            QVERIFY(!sha.isEmpty());
            QCOMPARE(legal.value(id).value(QStringLiteral("pdf")).toString(), sha);
            // Real PDFs, small enough for a kiosk on a slow link.
            QVERIFY(QFileInfo(demoPdf(id)).size() < 150 * 1024);
        }
        for (auto it = legal.cbegin(); it != legal.cend(); ++it) {
            QVERIFY2(!it.value().contains(QStringLiteral("pdf_file")), qPrintable(it.key()));
            if (!kGazettes.contains(it.key()))
                QVERIFY2(!it.value().contains(QStringLiteral("pdf")), qPrintable(it.key()));
        }
    }

    void theServerGetsThePdfsAsBlobs()
    {
        QTemporaryDir dir;
        const BlobDirectory blobs(dir.filePath(QStringLiteral("blobs")));
        QList<ServerStore::Publication> items;
        QString error;
        QVERIFY2(DemoLoader(TestPaths::demoDir()).load(&items, &error, &blobs), qPrintable(error));
        const auto legal = legalItems(items);
        for (const QString &id : kGazettes) {
            const QString sha = legal.value(id).value(QStringLiteral("pdf")).toString();
            QVERIFY(blobs.has(sha));
            QFile stored(blobs.path(sha));
            QVERIFY(stored.open(QIODevice::ReadOnly));
            QFile original(demoPdf(id));
            QVERIFY(original.open(QIODevice::ReadOnly));
            QCOMPARE(stored.readAll(), original.readAll());
        }
        // Loading again (a restart, load-demo) stores nothing twice. The demo's pictures are
        // blobs too: one file per distinct picture, however many items show it.
        const QDir stored(dir.filePath(QStringLiteral("blobs")));
        const qsizetype files = stored.entryList(QDir::Files).size();
        QCOMPARE(files, 2 + QDir(TestPaths::demoDir() + QStringLiteral("/images"))
                                .entryList({QStringLiteral("*.jpg")}, QDir::Files)
                                .size());
        items.clear();
        QVERIFY2(DemoLoader(TestPaths::demoDir()).load(&items, &error, &blobs), qPrintable(error));
        QCOMPARE(stored.entryList(QDir::Files).size(), files);
    }

    void aMissingPdfFileIsReported()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("legal")));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("manifest.json")),
                          "{\"demo_epoch\": \"2026-11-28\"}"));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("legal.json")),
                          "[{\"id\": \"legal-x\", \"type\": \"gaceta\", \"title\": "
                          "\"Gaceta\", \"published_at\": \"2026-11-10T09:00:00-05:00\", "
                          "\"text\": \"Texto.\", \"pdf_file\": \"no-such-gazette.pdf\"}]"));
        QList<ServerStore::Publication> items;
        QString error;
        QVERIFY(!DemoLoader(dir.path()).load(&items, &error));
        QVERIFY2(error.contains(QStringLiteral("no-such-gazette.pdf")), qPrintable(error));
        QTemporaryDir blobDir;
        const BlobDirectory blobs(blobDir.path());
        error.clear();
        QVERIFY(!DemoLoader(dir.path()).load(&items, &error, &blobs));
        QVERIFY2(error.contains(QStringLiteral("no-such-gazette.pdf")), qPrintable(error));
    }

    void aKioskDownloadsTheGazettesFromTheDemoServer()
    {
        ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.log())); // serves the demo
        QTemporaryDir dir;
        ContentCache cache(dir.filePath(QStringLiteral("cache")));
        QString error;
        QVERIFY2(cache.open(&error), qPrintable(error));
        QNetworkAccessManager network;
        ApiClient api(&network, {server.baseUrl(), server.token(), std::chrono::seconds(20)});
        SystemClock clock;
        SyncEngine engine(api, cache, clock);
        QSignalSpy synced(&engine, &SyncEngine::finished);
        engine.start();
        QVERIFY(synced.wait(60000));
        QVERIFY(synced.at(0).at(0).value<SyncReport>().ok);

        const BlobStore blobs(dir.filePath(QStringLiteral("blobs")));
        BlobFetcher fetcher(api, cache.store(), blobs, qint64(1) << 30);
        QSignalSpy fetched(&fetcher, &BlobFetcher::finished);
        fetcher.start();
        QVERIFY(!fetched.isEmpty() || fetched.wait(60000));
        const auto report = fetched.at(0).at(0).value<BlobFetcher::Report>();
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.missing, 0);
        for (const QString &id : kGazettes) {
            const auto item = cache.store().item(Collection::Legal, id);
            QVERIFY(item);
            const QString sha = item->data.value(QStringLiteral("pdf")).toString();
            QCOMPARE(sha, fileSha(demoPdf(id)));
            QVERIFY2(blobs.has(sha), qPrintable(id));
            QCOMPARE(fileSha(blobs.path(sha)), sha);
        }
    }
};

const QStringList TestLegalDemoPdf::kGazettes{QStringLiteral("legal-gaceta-municipal-2026-14"),
                                              QStringLiteral("legal-gaceta-municipal-2026-15")};

QTEST_GUILESS_MAIN(TestLegalDemoPdf)
#include "tst_legaldemopdf.moc"
