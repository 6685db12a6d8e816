#include "apiclient.h"
#include "blobfetcher.h"
#include "blobstore.h"
#include "clock.h"
#include "contentcache.h"
#include "serverprocess.h"
#include "serverstore.h"
#include "syncengine.h"

#include <QCryptographicHash>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// Images and PDFs from the real server to a kiosk: fetched, verified, resumed, bounded by a
// quota, and deleted when nothing shows them any more.
class TestBlobSync : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    QByteArray m_photo; // ~300 KB
    QByteArray m_pdf;   // ~60 KB
    QString m_photoSha;
    QString m_pdfSha;

    struct Kiosk
    {
        ContentCache cache;
        BlobStore blobs;
        QNetworkAccessManager network;
        ApiClient api;
        SystemClock clock;
        SyncEngine engine;

        Kiosk(const QString &dir, const ServerProcess &server)
            : cache(dir)
            , blobs(dir + QStringLiteral("/blobs"))
            , api(&network, {server.baseUrl(), server.token(), std::chrono::seconds(20)})
            , engine(api, cache, clock)
        {
            QString error;
            if (!cache.open(&error))
                qFatal("%s", qPrintable(error));
        }

        bool sync()
        {
            QSignalSpy finished(&engine, &SyncEngine::finished);
            engine.start();
            return finished.wait(30000) && finished.at(0).at(0).value<SyncReport>().ok;
        }

        BlobFetcher::Report fetch(qint64 quota = qint64(1) << 30)
        {
            BlobFetcher fetcher(api, cache.store(), blobs, quota);
            QSignalSpy finished(&fetcher, &BlobFetcher::finished);
            fetcher.start();
            if (finished.isEmpty() && !finished.wait(30000))
                qFatal("blob fetch did not finish");
            return finished.at(0).at(0).value<BlobFetcher::Report>();
        }

        QByteArray stored(const QString &sha) const
        {
            QFile file(blobs.path(sha));
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }
    };

    QString addBlob(const QByteArray &data, const QString &name)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(name));
        file.close();
        QByteArray output;
        if (!m_server.runCommand({QStringLiteral("blob"), QStringLiteral("add"), file.fileName()},
                                 &output))
            qFatal("blob add failed");
        return QString::fromLatin1(output.trimmed());
    }

    void publish(const QList<ServerStore::Publication> &items)
    {
        ServerStore editor;
        QString error;
        QVERIFY2(editor.open(m_server.databasePath(), &error), qPrintable(error));
        QVERIFY2(editor.publish(items, &error), qPrintable(error));
    }

    static ServerStore::Publication news(const QString &id, const QString &image)
    {
        return {Collection::News, id,
                QJsonObject{
                    {QStringLiteral("title"), QStringLiteral("Nueva planta potabilizadora")},
                    {QStringLiteral("body"), QStringLiteral("Texto.")},
                    {QStringLiteral("category"), QStringLiteral("proyectos-locales")},
                    {QStringLiteral("published_at"), QStringLiteral("2026-11-27T10:00:00-05:00")},
                    {QStringLiteral("image"), image}}};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.start({QStringLiteral("--no-demo")}), qPrintable(m_server.log()));
        QRandomGenerator random(2026);
        for (int i = 0; i < 300 * 1024 / 4; ++i)
            m_photo.append(reinterpret_cast<const char *>(&(const quint32 &)random.generate()), 4);
        for (int i = 0; i < 60 * 1024 / 4; ++i)
            m_pdf.append(reinterpret_cast<const char *>(&(const quint32 &)random.generate()), 4);
        m_photoSha = addBlob(m_photo, QStringLiteral("photo.jpg"));
        m_pdfSha = addBlob(m_pdf, QStringLiteral("gaceta.pdf"));
        QCOMPARE(m_photoSha,
                 QString::fromLatin1(
                     QCryptographicHash::hash(m_photo, QCryptographicHash::Sha256).toHex()));
        publish({news(QStringLiteral("news-photo"), m_photoSha),
                 {Collection::Legal, QStringLiteral("gaceta-15"),
                  QJsonObject{
                      {QStringLiteral("title"), QStringLiteral("Gaceta Oficial No. 15")},
                      {QStringLiteral("type"), QStringLiteral("gaceta")},
                      {QStringLiteral("text"), QStringLiteral("Sumario.")},
                      {QStringLiteral("published_at"), QStringLiteral("2026-11-10T00:00:00-05:00")},
                      {QStringLiteral("pdf"), m_pdfSha}}}});
    }

    void fetchesWhatItemsShowAndKeepsIt()
    {
        Kiosk kiosk(m_dir.filePath(QStringLiteral("k1")), m_server);
        QVERIFY(kiosk.sync());
        QCOMPARE(kiosk.cache.store().referencedBlobs().size(), 2);
        const auto report = kiosk.fetch();
        QCOMPARE(report.fetched, 2);
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.missing, 0);
        QCOMPARE(report.bytes, m_photo.size() + m_pdf.size());
        QCOMPARE(kiosk.stored(m_photoSha), m_photo);
        QCOMPARE(kiosk.stored(m_pdfSha), m_pdf);

        const auto again = kiosk.fetch();
        QCOMPARE(again.fetched, 0);
        QCOMPARE(again.bytes, 0);
    }

    void resumesAnInterruptedDownload()
    {
        Kiosk kiosk(m_dir.filePath(QStringLiteral("k2")), m_server);
        QVERIFY(kiosk.sync());
        QVERIFY(kiosk.blobs.ensureDirectory(nullptr));
        // The link dropped after 100 KB of the photo.
        QFile partial(kiosk.blobs.partialPath(m_photoSha));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(m_photo.left(100 * 1024));
        partial.close();

        const auto report = kiosk.fetch();
        QCOMPARE(report.fetched, 2);
        QCOMPARE(report.resumed, 1);
        QCOMPARE(report.bytes, m_photo.size() - 100 * 1024 + m_pdf.size());
        QCOMPARE(kiosk.stored(m_photoSha), m_photo);
    }

    // Killed after the last byte arrived but before the download was checked and moved into
    // place: the server has nothing left to send (416), and the kiosk finishes from the file.
    void aPartialHoldingTheWholeBlobIsFinished()
    {
        Kiosk kiosk(m_dir.filePath(QStringLiteral("k7")), m_server);
        QVERIFY(kiosk.sync());
        QVERIFY(kiosk.blobs.ensureDirectory(nullptr));
        QFile partial(kiosk.blobs.partialPath(m_photoSha));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(m_photo);
        partial.close();

        const auto report = kiosk.fetch();
        QCOMPARE(report.failed, 0);
        QCOMPARE(report.fetched, 2);
        QCOMPARE(report.bytes, m_pdf.size());
        QCOMPARE(kiosk.stored(m_photoSha), m_photo);
    }

    // A partial longer than the blob cannot be resumed: it is dropped, and the next pass
    // fetches the blob whole.
    void aPartialLongerThanTheBlobStartsOver()
    {
        Kiosk kiosk(m_dir.filePath(QStringLiteral("k8")), m_server);
        QVERIFY(kiosk.sync());
        QVERIFY(kiosk.blobs.ensureDirectory(nullptr));
        QFile partial(kiosk.blobs.partialPath(m_pdfSha));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(m_pdf + QByteArray(10, 'x'));
        partial.close();

        const auto first = kiosk.fetch();
        QCOMPARE(first.failed, 1);
        QVERIFY(!kiosk.blobs.has(m_pdfSha));
        const auto second = kiosk.fetch();
        QCOMPARE(second.failed, 0);
        QCOMPARE(kiosk.stored(m_pdfSha), m_pdf);
    }

    void aCorruptPartialIsNeverKept()
    {
        Kiosk kiosk(m_dir.filePath(QStringLiteral("k3")), m_server);
        QVERIFY(kiosk.sync());
        QVERIFY(kiosk.blobs.ensureDirectory(nullptr));
        QFile partial(kiosk.blobs.partialPath(m_pdfSha));
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(QByteArray(1000, 'x')); // not the start of the PDF
        partial.close();

        const auto first = kiosk.fetch();
        QCOMPARE(first.failed, 1);
        QVERIFY(first.error.contains(QStringLiteral("discarded")));
        QVERIFY(!kiosk.blobs.has(m_pdfSha));
        const auto second = kiosk.fetch();
        QCOMPARE(second.fetched, 1);
        QCOMPARE(kiosk.stored(m_pdfSha), m_pdf);
    }

    void staysWithinItsQuota()
    {
        Kiosk kiosk(m_dir.filePath(QStringLiteral("k4")), m_server);
        QVERIFY(kiosk.sync());
        const auto report = kiosk.fetch(100 * 1024);
        QVERIFY(report.overQuota);
        QCOMPARE(report.fetched, 1); // the PDF fits, the photo does not
        QVERIFY(kiosk.blobs.has(m_pdfSha));
        QVERIFY(!kiosk.blobs.has(m_photoSha));
        QCOMPARE(report.missing, 1);
        QVERIFY(kiosk.blobs.totalBytes() <= 100 * 1024);
    }

    void deletesWhatNothingShowsAnyMore()
    {
        Kiosk kiosk(m_dir.filePath(QStringLiteral("k5")), m_server);
        QVERIFY(kiosk.sync());
        QCOMPARE(kiosk.fetch().fetched, 2);

        ServerStore editor;
        QString error;
        QVERIFY(editor.open(m_server.databasePath(), &error));
        QVERIFY(editor.withdraw(Collection::News, QStringLiteral("news-photo"), &error));
        QVERIFY(kiosk.sync());
        QVERIFY(kiosk.cache.store().referencedBlobs() == QStringList{m_pdfSha});
        const auto report = kiosk.fetch();
        QCOMPARE(report.removed, 1);
        QVERIFY(!kiosk.blobs.has(m_photoSha));
        QVERIFY(kiosk.blobs.has(m_pdfSha));
    }
};

QTEST_GUILESS_MAIN(TestBlobSync)
#include "tst_blobsync.moc"
