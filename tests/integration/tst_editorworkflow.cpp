#include "apiclient.h"
#include "clock.h"
#include "contentcache.h"
#include "rawhttpclient.h"
#include "serverprocess.h"
#include "serverstore.h"
#include "syncengine.h"
#include "testpaths.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

// A working day of the municipality's editors and moderators, end to end: the real
// municipal-server binary runs `admin` commands as the editor test-editor, citizens' posts
// and survey answers arrive through the HTTP API with the device token, and a kiosk's content
// cache, synced with the real SyncEngine, shows what reached the public.
class TestEditorWorkflow : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int code = -1; // -1: did not finish, or crashed
        QString out;
        QString err;
    };

    struct Reply
    {
        int status = 0;
        QJsonObject body;
    };

    struct Kiosk
    {
        ContentCache cache;
        ContentStore *store = &cache.store();
        QNetworkAccessManager network;
        std::unique_ptr<ApiClient> api;
        SystemClock clock;
        std::unique_ptr<SyncEngine> engine;

        Kiosk(const QString &dataDir, const QUrl &url, const QByteArray &token)
            : cache(dataDir)
        {
            QString error;
            if (!cache.open(&error))
                qFatal("cannot open the kiosk's cache: %s", qPrintable(error));
            api = std::make_unique<ApiClient>(
                &network, ApiClient::Options{url, token, std::chrono::seconds(20)});
            engine = std::make_unique<SyncEngine>(*api, cache, clock, 500);
        }

        SyncReport sync()
        {
            QSignalSpy finished(engine.get(), &SyncEngine::finished);
            engine->start(std::chrono::seconds(0));
            if (!finished.wait(60000)) {
                SyncReport timedOut;
                timedOut.error = QStringLiteral("the sync did not finish within 60 s");
                return timedOut;
            }
            return finished.at(0).at(0).value<SyncReport>();
        }
    };

    // The survey of the demo content that citizens answer here.
    const QString m_surveyId = QStringLiteral("encuesta-calidad-servicios-2026");
    // A free-text answer that must never leave the server.
    const QByteArray m_canary = "CANARIO-7f31c9-Pedro-del-tercer-piso-me-atendio-mal";
    // Contact data a citizen sent along with a forum post; it must never be published.
    const QStringList m_contact{QStringLiteral("Mayelín Fonseca Ruiz"),
                                QStringLiteral("5 234 9876"),
                                QStringLiteral("mayelin.fonseca@example.org")};
    const QString m_topicId = QStringLiteral("foro-parque-marti-2026");
    const QString m_neverSeen = QStringLiteral("kiosk-casa-cultura-sin-instalar");

    ServerProcess m_server;
    QTemporaryDir m_dir;
    ServerStore m_view; // the server's store as the test reads it
    QNetworkAccessManager m_network;
    std::unique_ptr<Kiosk> m_kiosk;
    int m_files = 0;
    QString m_approved; // forum post references, for the audit
    QString m_rejected;

    QString kioskDir() const { return m_dir.filePath(QStringLiteral("kiosk")); }

    static QString describe(const Result &result)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(result.code)
            .arg(result.out, result.err);
    }

    // `municipal-server admin ...` as the test editor, on the test server's data directory.
    Result admin(const QStringList &words)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MUNICIPAL_EDITOR"), ServerProcess::editorName());
        env.insert(QStringLiteral("MUNICIPAL_EDITOR_PASSWORD"), ServerProcess::editorPassword());
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(TestPaths::serverBinary(),
                      QStringList{QStringLiteral("admin")} + words +
                          QStringList{QStringLiteral("--config"), m_server.configPath(),
                                      QStringLiteral("--data-dir"), m_server.dataDir()});
        Result result;
        if (!process.waitForStarted(10000))
            return result;
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished(10000);
            return result;
        }
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        if (process.exitStatus() == QProcess::NormalExit)
            result.code = process.exitCode();
        return result;
    }

    QString writeFile(const QString &suffix, const QByteArray &content)
    {
        const QString path =
            m_dir.filePath(QStringLiteral("input-%1.%2").arg(++m_files).arg(suffix));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qWarning() << "cannot write" << path << file.errorString(); // the command says so
        return path;
    }

    // tests/fixtures/import/: feeds and calendars as municipalities publish them.
    static QString importFixture(const QString &name)
    {
        return TestPaths::fixture(QStringLiteral("import/") + name);
    }

    static QByteArray readFixture(const QString &name)
    {
        QFile file(importFixture(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qWarning() << "cannot read the fixture" << file.fileName() << file.errorString();
            return {};
        }
        return file.readAll();
    }

    // A POST with the device token, as a kiosk sends it.
    Reply post(const QString &path, const QByteArray &body, const QByteArray &idempotencyKey = {})
    {
        QUrl url = m_server.baseUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setTransferTimeout(30000);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + m_server.token());
        if (!idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotencyKey);
        QNetworkReply *reply = m_network.post(request, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        Reply result; // status 0: no answer
        if (!reply->isFinished() && !finished.wait(30000)) {
            reply->abort();
            reply->deleteLater();
            return result;
        }
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return result;
    }

    // A citizen's submission through POST /api/v1/submissions.
    Reply submit(const QString &type, const QJsonObject &payload)
    {
        const QJsonObject submission{
            {QStringLiteral("type"), type},
            {QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            {QStringLiteral("locale"), QStringLiteral("es")},
            {QStringLiteral("payload"), payload}};
        return post(QStringLiteral("/api/v1/submissions"),
                    QJsonDocument(submission).toJson(QJsonDocument::Compact),
                    QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    }

    // GET /api/v1/submissions/REF: what the citizen reads about their submission.
    QJsonObject publicStatus(const QString &reference)
    {
        const auto response = RawHttpClient::get(
            quint16(m_server.baseUrl().port()), "/api/v1/submissions/" + reference.toLatin1(),
            {{QByteArrayLiteral("Authorization"), "Bearer " + m_server.token()}});
        if (response.status != 200)
            qWarning() << "status of" << reference << "answered" << response.status
                       << response.body;
        return QJsonDocument::fromJson(response.body).object();
    }

    void catchUp()
    {
        const SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
    }

    // Every kiosk item of a collection with this title.
    QList<ContentItem> kioskItemsTitled(Collection collection, const QString &title) const
    {
        QList<ContentItem> found;
        const auto items = m_kiosk->store->list(collection);
        for (const ContentItem &item : items) {
            if (item.data.value(QLatin1StringView("title")).toString() == title)
                found.append(item);
        }
        return found;
    }

    // The kiosk's posts in this test's topic (the demo's forum has topics and posts of its own).
    int kioskPostsInTopic() const
    {
        int count = 0;
        const auto posts = m_kiosk->store->list(Collection::ForumPosts);
        for (const ContentItem &post : posts)
            count += post.category == m_topicId ? 1 : 0;
        return count;
    }

    // The files under `dir` whose bytes contain `needle`: the kiosk's cache as it is on disk,
    // write-ahead log included.
    static QStringList filesContaining(const QString &dir, const QByteArray &needle,
                                       qint64 *bytesRead = nullptr)
    {
        QStringList found;
        qint64 total = 0;
        QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            total += bytes.size();
            if (bytes.contains(needle))
                found.append(file.fileName());
        }
        if (bytesRead)
            *bytesRead = total;
        return found;
    }

    // The news items of one feed: what `admin import-news FILE` must publish.
    void importFeed(const QString &fixture, const QStringList &titles, const QStringList &warnings,
                    const QStringList &skippedTitles)
    {
        catchUp();
        const qint64 seqBefore = m_view.latestSeq();
        const qsizetype newsBefore = m_kiosk->store->list(Collection::News).size();
        for (const QString &title : titles)
            QVERIFY2(kioskItemsTitled(Collection::News, title).isEmpty(), qPrintable(title));

        const QString file = importFixture(fixture);
        const Result imported = admin({QStringLiteral("import-news"), file});
        QVERIFY2(imported.code == 0, qPrintable(describe(imported)));
        QVERIFY2(
            imported.out.contains(
                QStringLiteral("Published %1 new or changed items to news").arg(titles.size())),
            qPrintable(describe(imported)));
        // One warning per skipped item, each saying which item and why.
        const QStringList warningLines =
            imported.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                .filter(QRegularExpression(QStringLiteral("^warning: ")));
        QCOMPARE(warningLines.size(), warnings.size());
        for (qsizetype i = 0; i < warnings.size(); ++i)
            QVERIFY2(warningLines.at(i).contains(warnings.at(i)), qPrintable(imported.err));
        // Warnings go to stderr only.
        QVERIFY2(!imported.out.contains(QStringLiteral("warning")), qPrintable(imported.out));

        SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, int(titles.size()));
        QCOMPARE(m_kiosk->store->list(Collection::News).size(), newsBefore + titles.size());
        for (const QString &title : titles) {
            const auto found = kioskItemsTitled(Collection::News, title);
            QVERIFY2(found.size() == 1, qPrintable(title));
        }
        for (const QString &title : skippedTitles)
            QVERIFY2(kioskItemsTitled(Collection::News, title).isEmpty(), qPrintable(title));
        QVERIFY(m_view.latestSeq() > seqBefore);

        // The same file again: the same ids, nothing changed, nothing sent to the kiosks.
        const qint64 seqAfter = m_view.latestSeq();
        const Result again = admin({QStringLiteral("import-news"), file});
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QStringLiteral("Nothing new")), qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QStringLiteral("%1 items unchanged").arg(titles.size())),
                 qPrintable(describe(again)));
        QCOMPARE(m_view.latestSeq(), seqAfter);
        report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 0);
        QCOMPARE(m_kiosk->store->list(Collection::News).size(), newsBefore + titles.size());
    }

private slots:
    void initTestCase()
    {
        // The server runs in the municipality's time zone (docs/operations.md); imported
        // times are written in it. The admin commands and the server inherit it.
        qputenv("TZ", "America/Havana");
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
        QString error;
        QVERIFY2(m_view.open(m_server.databasePath(), &error), qPrintable(error));
        m_kiosk = std::make_unique<Kiosk>(kioskDir(), m_server.baseUrl(), m_server.token());
        const SyncReport first = m_kiosk->sync();
        QVERIFY2(first.ok, qPrintable(first.logLine()));
        QVERIFY(m_kiosk->store->count(Collection::News) > 0);
        QVERIFY(m_kiosk->store->item(Collection::Surveys, m_surveyId));
    }

    void importsAnRssFeed()
    {
        // riohondo-noticias.rss holds eight items; three are whole. The others have no title,
        // no date, a date that is not one ("mañana por la tarde"), no text, and the guid of
        // the first item again.
        importFeed(QStringLiteral("riohondo-noticias.rss"),
                   {QStringLiteral("Comienza la limpieza del cauce del Río Hondo en El Cañaveral"),
                    QStringLiteral("La Casa de Cultura abre talleres de décima y son para jóvenes"),
                    QStringLiteral("Aviso: corte programado del servicio eléctrico en Loma Azul")},
                   {QStringLiteral("has no title"), QStringLiteral("ajedrez"),
                    QStringLiteral("'mañana por la tarde' is not a date"),
                    QStringLiteral("Galería de fotos del desfile"),
                    QStringLiteral("versión duplicada")},
                   {QStringLiteral("Resultados del torneo de ajedrez escolar"),
                    QStringLiteral("Jornada de vacunación antirrábica"),
                    QStringLiteral("Galería de fotos del desfile"),
                    QStringLiteral("Comienza la limpieza del cauce (versión duplicada)")});
        if (QTest::currentTestFailed())
            return;

        // The text arrives whole: entities decoded, accents and ñ intact, scripts gone.
        const auto cleanup = kioskItemsTitled(
            Collection::News,
            QStringLiteral("Comienza la limpieza del cauce del Río Hondo en El Cañaveral"));
        QCOMPARE(cleanup.size(), 1);
        const auto item = m_kiosk->store->item(Collection::News, cleanup.first().id);
        QVERIFY(item);
        const QString body = item->data.value(QLatin1StringView("body")).toString();
        QVERIFY2(body.contains(QStringLiteral("atraviesa El Cañaveral")), qPrintable(body));
        QVERIFY2(body.contains(QStringLiteral("«La participación de los niños de la escuela "
                                              "“Frank País” es muy importante»")),
                 qPrintable(body));
        QVERIFY2(!body.contains(QStringLiteral("analytics")), qPrintable(body));
        QCOMPARE(item->data.value(QLatin1StringView("author")).toString(),
                 QStringLiteral("Osmany Pérez Lugo"));
        QCOMPARE(item->data.value(QLatin1StringView("published_at")).toString(),
                 QStringLiteral("2026-11-28T09:30:00-05:00"));
    }

    void importsAnAtomFeed()
    {
        // Three entries, all whole: no warnings.
        importFeed(QStringLiteral("riohondo-noticias.atom"),
                   {QStringLiteral("Reabre la piscina del complejo deportivo «Orlando Quintana»"),
                    QStringLiteral("Niños & niñas del Joven Club aprenden robótica"),
                    QStringLiteral("Pesquisa activa en el consultorio de La Ceiba")},
                   {}, {});
        if (QTest::currentTestFailed())
            return;
        const auto robots = kioskItemsTitled(
            Collection::News, QStringLiteral("Niños & niñas del Joven Club aprenden robótica"));
        QCOMPARE(robots.size(), 1);
        const auto item = m_kiosk->store->item(Collection::News, robots.first().id);
        QVERIFY(item);
        QVERIFY2(item->data.value(QLatin1StringView("body"))
                     .toString()
                     .contains(QStringLiteral("«si la temperatura < 30 °C, trabajamos en el "
                                              "patio»")),
                 qPrintable(item->data.value(QLatin1StringView("body")).toString()));
        // An entry without its own author takes the feed's.
        QCOMPARE(item->data.value(QLatin1StringView("author")).toString(),
                 QStringLiteral("Redacción de Radio Río Hondo"));
    }

    void importsEventsAndWithdrawsCancelledOnes()
    {
        catchUp();
        const QByteArray original = readFixture(QStringLiteral("riohondo-agenda.ics"));
        QVERIFY(!original.isEmpty());
        // The same agenda a week earlier, when the book fair was still on.
        QByteArray earlier = original;
        earlier.replace("STATUS:CANCELLED\r\n", "").replace("STATUS:CANCELLED\n", "");
        QVERIFY(earlier.size() < original.size());
        QVERIFY(!earlier.contains("CANCELLED"));
        const QString fair = QStringLiteral("Feria del libro en el parque");
        QVERIFY(kioskItemsTitled(Collection::Events, fair).isEmpty());
        const qsizetype eventsBefore = m_kiosk->store->list(Collection::Events).size();

        // The agenda's ten events: seven whole ones, the fair, one without a UID and one
        // without a start.
        const Result published =
            admin({QStringLiteral("import-events"), writeFile(QStringLiteral("ics"), earlier)});
        QVERIFY2(published.code == 0, qPrintable(describe(published)));
        QVERIFY2(published.out.contains(QStringLiteral("Published 8 new or changed items to "
                                                       "events")),
                 qPrintable(describe(published)));
        QVERIFY2(!published.out.contains(QStringLiteral("withdrew")),
                 qPrintable(describe(published)));
        QVERIFY2(published.err.contains(QStringLiteral("has no UID")),
                 qPrintable(describe(published)));
        QVERIFY2(published.err.contains(QStringLiteral("has no DTSTART")),
                 qPrintable(describe(published)));
        SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 8);
        const auto fairs = kioskItemsTitled(Collection::Events, fair);
        QCOMPARE(fairs.size(), 1);
        const QString fairId = fairs.first().id;
        QCOMPARE(fairs.first().data.value(QLatin1StringView("starts_at")).toString(),
                 QStringLiteral("2026-12-19T00:00:00-05:00"));
        QCOMPARE(m_kiosk->store->list(Collection::Events).size(), eventsBefore + 8);

        // The calendar as it is now: the fair is cancelled, the rest unchanged.
        const QString file = importFixture(QStringLiteral("riohondo-agenda.ics"));
        const Result cancelled = admin({QStringLiteral("import-events"), file});
        QVERIFY2(cancelled.code == 0, qPrintable(describe(cancelled)));
        QVERIFY2(cancelled.out.contains(QStringLiteral("withdrew 1 cancelled")),
                 qPrintable(describe(cancelled)));
        QVERIFY2(cancelled.out.contains(QStringLiteral("(7 unchanged)")),
                 qPrintable(describe(cancelled)));
        QVERIFY2(cancelled.err.contains(QStringLiteral("is cancelled")),
                 qPrintable(describe(cancelled)));
        report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 1);
        QVERIFY(!m_kiosk->store->item(Collection::Events, fairId));
        QVERIFY(kioskItemsTitled(Collection::Events, fair).isEmpty());
        QVERIFY(!m_view.item(Collection::Events, fairId));
        QCOMPARE(m_kiosk->store->list(Collection::Events).size(), eventsBefore + 7);

        // Each whole event, at the time the calendar gives, in Río Hondo's time.
        const QList<QPair<QString, QString>> expected{
            {QStringLiteral("Jornada de donación voluntaria de sangre"),
             QStringLiteral("2026-12-05T00:00:00-05:00")},
            {QStringLiteral("Tope de béisbol juvenil: Río Hondo contra Santa Clara"),
             QStringLiteral("2026-12-10T09:00:00-05:00")},
            {QStringLiteral("Concierto de fin de año de la Orquesta Municipal"),
             QStringLiteral("2026-12-12T20:00:00-05:00")},
            {QStringLiteral("Excursión de verano al Salto del Río Hondo"),
             QStringLiteral("2027-07-10T09:00:00-04:00")},
            {QStringLiteral("Taller metodológico para maestros de primaria"),
             QStringLiteral("2026-12-15T08:30:00-05:00")},
            {QStringLiteral("Despacho del Consejo de la Administración con la población"),
             QStringLiteral("2026-12-01T18:00:00-05:00")},
            {QStringLiteral("Feria artesanal de fin de año"),
             QStringLiteral("2026-12-22T10:00:00-05:00")}};
        for (const auto &[title, startsAt] : expected) {
            const auto found = kioskItemsTitled(Collection::Events, title);
            QVERIFY2(found.size() == 1, qPrintable(title));
            QCOMPARE(found.first().data.value(QLatin1StringView("starts_at")).toString(), startsAt);
        }
        for (const QString &title :
             {QStringLiteral("Evento sin identificador"), QStringLiteral("Evento sin fecha de "
                                                                         "inicio")})
            QVERIFY2(kioskItemsTitled(Collection::Events, title).isEmpty(), qPrintable(title));
        const auto concert = kioskItemsTitled(
            Collection::Events, QStringLiteral("Concierto de fin de año de la Orquesta Municipal"));
        QCOMPARE(concert.first().data.value(QLatin1StringView("ends_at")).toString(),
                 QStringLiteral("2026-12-12T22:30:00-05:00"));

        // Again: the fair is already gone, nothing else changed.
        const qint64 seq = m_view.latestSeq();
        const Result again = admin({QStringLiteral("import-events"), file});
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
        QVERIFY2(again.out.contains(QStringLiteral("Nothing new")), qPrintable(describe(again)));
        QCOMPARE(m_view.latestSeq(), seq);
        report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 0);
    }

    void aMalformedFileIsRefusedWhole_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("message");
        QTest::newRow("sitemap") << QStringLiteral("import-news")
                                 << QStringLiteral("not-a-feed.xml")
                                 << QStringLiteral("its root element is <urlset>");
        QTest::newRow("billion laughs")
            << QStringLiteral("import-news") << QStringLiteral("billion-laughs.rss")
            << QStringLiteral("declares entities");
        QTest::newRow("vcard") << QStringLiteral("import-events")
                               << QStringLiteral("broken-not-calendar.ics")
                               << QStringLiteral("not an iCalendar document");
    }

    void aMalformedFileIsRefusedWhole()
    {
        QFETCH(QString, command);
        QFETCH(QString, fixture);
        QFETCH(QString, message);
        catchUp();
        const qint64 seq = m_view.latestSeq();
        const QString file = importFixture(fixture);
        const Result result = admin({command, file});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(message), qPrintable(describe(result)));
        QVERIFY2(result.err.contains(file), qPrintable(describe(result)));
        QVERIFY2(!result.out.contains(QStringLiteral("Published")), qPrintable(describe(result)));
        QCOMPARE(m_view.latestSeq(), seq);
        const SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 0);
    }

    void aForumPostIsPublishedOnlyOnceApproved()
    {
        // An editor opens a topic of its own, beside the demo's.
        const QString topicTitle = QStringLiteral("¿Qué le falta al parque José Martí?");
        const QJsonObject topic{
            {QStringLiteral("id"), m_topicId},
            {QStringLiteral("title"), topicTitle},
            {QStringLiteral("description"),
             QStringLiteral("Proponga mejoras para el parque antes de su reparación en 2027.")},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-20T09:00:00-05:00")}};
        const Result opened =
            admin({QStringLiteral("add"), QStringLiteral("forum_topics"),
                   writeFile(QStringLiteral("json"), QJsonDocument(topic).toJson())});
        QVERIFY2(opened.code == 0, qPrintable(describe(opened)));

        // A citizen writes, with a contact the form sent along.
        const QString body = QStringLiteral("Faltan bancos a la sombra y una fuente de agua "
                                            "potable junto al área infantil.\nGracias.");
        const QString author = QStringLiteral("Vecina de La Ceiba");
        const Reply sent =
            submit(QStringLiteral("forum_post"),
                   QJsonObject{{QStringLiteral("topic"), m_topicId},
                               {QStringLiteral("body"), body},
                               {QStringLiteral("author"), author},
                               {QStringLiteral("contact"),
                                QJsonObject{{QStringLiteral("name"), m_contact.at(0)},
                                            {QStringLiteral("phone"), m_contact.at(1)},
                                            {QStringLiteral("email"), m_contact.at(2)}}},
                               {QStringLiteral("consent"), true}});
        QCOMPARE(sent.status, 201);
        m_approved = sent.body.value(QLatin1StringView("reference")).toString();
        QVERIFY(m_approved.startsWith(QStringLiteral("MUN-")));

        const Result pending = admin({QStringLiteral("forum"), QStringLiteral("pending")});
        QVERIFY2(pending.code == 0, qPrintable(describe(pending)));
        QVERIFY2(pending.out.contains(m_approved), qPrintable(pending.out));
        QVERIFY2(pending.out.contains(topicTitle), qPrintable(pending.out));
        QVERIFY2(pending.out.contains(author), qPrintable(pending.out));
        QVERIFY2(pending.out.contains(QStringLiteral("junto al área infantil.")),
                 qPrintable(pending.out));
        QVERIFY2(pending.out.contains(QStringLiteral("1 post(s) waiting")),
                 qPrintable(pending.out));

        // Before approval the kiosk has the citizen's status, not the post.
        const QString postId = QStringLiteral("post-") + m_approved.toLower();
        catchUp();
        QVERIFY(!m_kiosk->store->item(Collection::ForumPosts, postId));
        QCOMPARE(kioskPostsInTopic(), 0);
        const auto received = m_kiosk->store->item(Collection::Statuses, m_approved);
        QVERIFY(received);
        QCOMPARE(received->data.value(QLatin1StringView("status")).toString(),
                 QStringLiteral("received"));

        const Result approved =
            admin({QStringLiteral("forum"), QStringLiteral("approve"), m_approved});
        QVERIFY2(approved.code == 0, qPrintable(describe(approved)));
        QVERIFY2(approved.out.contains(postId), qPrintable(approved.out));
        const SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 2); // the post and its status
        const auto post = m_kiosk->store->item(Collection::ForumPosts, postId);
        QVERIFY(post);
        QCOMPARE(post->data.value(QLatin1StringView("body")).toString(), body);
        QCOMPARE(post->data.value(QLatin1StringView("topic_id")).toString(), m_topicId);
        QCOMPARE(post->data.value(QLatin1StringView("author")).toString(), author);
        QVERIFY(QDateTime::fromString(post->data.value(QLatin1StringView("created_at")).toString(),
                                      Qt::ISODate)
                    .isValid());
        // Built field by field: no contact, no consent, nothing else of the submission.
        QStringList keys = post->data.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("author"), QStringLiteral("body"),
                                    QStringLiteral("created_at"), QStringLiteral("topic_id")}));
        for (const QString &personal : m_contact) {
            const QStringList leaked = filesContaining(kioskDir(), personal.toUtf8());
            QVERIFY2(leaked.isEmpty(), qPrintable(personal + QLatin1Char(' ') + leaked.join(u' ')));
        }
        QCOMPARE(publicStatus(m_approved).value(QLatin1StringView("status")).toString(),
                 QStringLiteral("answered"));

        // Decided once: no longer pending, and not approved twice.
        const Result after = admin({QStringLiteral("forum"), QStringLiteral("pending")});
        QVERIFY2(after.code == 0, qPrintable(describe(after)));
        QVERIFY2(!after.out.contains(m_approved), qPrintable(after.out));
        const Result twice =
            admin({QStringLiteral("forum"), QStringLiteral("approve"), m_approved});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("already approved")),
                 qPrintable(describe(twice)));
    }

    void aRejectedForumPostStaysOffTheKiosk()
    {
        const QString body = QStringLiteral("El vecino del 14 es un ladrón, todos lo saben.");
        const Reply sent =
            submit(QStringLiteral("forum_post"), QJsonObject{{QStringLiteral("topic"), m_topicId},
                                                             {QStringLiteral("body"), body}});
        QCOMPARE(sent.status, 201);
        m_rejected = sent.body.value(QLatin1StringView("reference")).toString();
        QVERIFY(!m_rejected.isEmpty());
        QVERIFY(m_rejected != m_approved);
        catchUp();
        const qint64 seq = m_view.latestSeq();

        // A rejection needs the reason the citizen will read.
        const Result bare = admin({QStringLiteral("forum"), QStringLiteral("reject"), m_rejected});
        QCOMPARE(bare.code, 1);
        QVERIFY2(bare.err.contains(QStringLiteral("--note")), qPrintable(describe(bare)));
        QCOMPARE(m_view.latestSeq(), seq);
        const Result stillPending = admin({QStringLiteral("forum"), QStringLiteral("pending")});
        QVERIFY2(stillPending.out.contains(m_rejected), qPrintable(describe(stillPending)));
        QVERIFY2(stillPending.out.contains(QStringLiteral("(anonymous)")),
                 qPrintable(describe(stillPending)));

        const QString note = QStringLiteral("Acusa a una persona sin pruebas; las normas del foro "
                                            "no lo permiten.");
        const Result rejected = admin({QStringLiteral("forum"), QStringLiteral("reject"),
                                       m_rejected, QStringLiteral("--note"), note});
        QVERIFY2(rejected.code == 0, qPrintable(describe(rejected)));
        const SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 1); // the status only
        QVERIFY(!m_kiosk->store->item(Collection::ForumPosts,
                                      QStringLiteral("post-") + m_rejected.toLower()));
        QCOMPARE(kioskPostsInTopic(), 1);
        QVERIFY(filesContaining(kioskDir(), body.toUtf8()).isEmpty());

        const QJsonObject status = publicStatus(m_rejected);
        QCOMPARE(status.value(QLatin1StringView("reference")).toString(), m_rejected);
        QCOMPARE(status.value(QLatin1StringView("status")).toString(), QStringLiteral("rejected"));
        QCOMPARE(status.value(QLatin1StringView("note")).toString(), note);
        const auto onKiosk = m_kiosk->store->item(Collection::Statuses, m_rejected);
        QVERIFY(onKiosk);
        QCOMPARE(onKiosk->data.value(QLatin1StringView("status")).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(onKiosk->data.value(QLatin1StringView("note")).toString(), note);

        const Result pending = admin({QStringLiteral("forum"), QStringLiteral("pending")});
        QVERIFY2(pending.code == 0, qPrintable(describe(pending)));
        QVERIFY2(pending.out.contains(QStringLiteral("0 post(s) waiting")),
                 qPrintable(pending.out));
        // Rejected is final: it cannot be approved afterwards.
        const Result approve =
            admin({QStringLiteral("forum"), QStringLiteral("approve"), m_rejected});
        QCOMPARE(approve.code, 1);
        QVERIFY2(approve.err.contains(QStringLiteral("already rejected")),
                 qPrintable(describe(approve)));
    }

    void anApprovedPostCanBeWithdrawn()
    {
        const QString postId = QStringLiteral("post-") + m_approved.toLower();
        catchUp();
        QVERIFY(m_kiosk->store->item(Collection::ForumPosts, postId));
        const qint64 seq = m_view.latestSeq();

        const Result bare =
            admin({QStringLiteral("forum"), QStringLiteral("withdraw"), m_approved});
        QCOMPARE(bare.code, 1);
        QVERIFY2(bare.err.contains(QStringLiteral("--note")), qPrintable(describe(bare)));
        QCOMPARE(m_view.latestSeq(), seq);

        const QString note = QStringLiteral("Retirado a petición de su autora.");
        const Result withdrawn = admin({QStringLiteral("forum"), QStringLiteral("withdraw"),
                                        m_approved, QStringLiteral("--note"), note});
        QVERIFY2(withdrawn.code == 0, qPrintable(describe(withdrawn)));
        const SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 2); // the post's tombstone and its status
        QVERIFY(!m_kiosk->store->item(Collection::ForumPosts, postId));
        QCOMPARE(kioskPostsInTopic(), 0);
        const QJsonObject status = publicStatus(m_approved);
        QCOMPARE(status.value(QLatin1StringView("status")).toString(), QStringLiteral("closed"));
        QCOMPARE(status.value(QLatin1StringView("note")).toString(), note);

        const Result twice = admin({QStringLiteral("forum"), QStringLiteral("withdraw"), m_approved,
                                    QStringLiteral("--note"), note});
        QCOMPARE(twice.code, 1);
        QVERIFY2(twice.err.contains(QStringLiteral("already withdrawn")),
                 qPrintable(describe(twice)));
        // A rejected post was never published: there is nothing to withdraw.
        const Result rejected = admin({QStringLiteral("forum"), QStringLiteral("withdraw"),
                                       m_rejected, QStringLiteral("--note"), note});
        QCOMPARE(rejected.code, 1);
        QVERIFY2(rejected.err.contains(QStringLiteral("never published")),
                 qPrintable(describe(rejected)));
    }

    void closingASurveyPublishesItsCounts()
    {
        catchUp();
        const auto open = m_kiosk->store->item(Collection::Surveys, m_surveyId);
        QVERIFY(open);
        QCOMPARE(open->data.value(QLatin1StringView("status")).toString(), QStringLiteral("open"));

        const auto answer = [this](const QJsonObject &answers) {
            return submit(QStringLiteral("survey_response"),
                          QJsonObject{{QStringLiteral("survey"), m_surveyId},
                                      {QStringLiteral("answers"), answers}});
        };
        const QList<QJsonObject> responses{
            QJsonObject{{QStringLiteral("q1"), QStringLiteral("registro-civil")},
                        {QStringLiteral("q2"), 4},
                        {QStringLiteral("q3"), 5},
                        {QStringLiteral("q4"), QStringLiteral("menos-15")},
                        {QStringLiteral("q5"),
                         QJsonArray{QStringLiteral("horario"), QStringLiteral("falta-sistema")}},
                        {QStringLiteral("q6"), QJsonArray{QStringLiteral("kiosco")}},
                        {QStringLiteral("q7"), QString::fromLatin1(m_canary)}},
            // An option listed twice is still chosen once; a blank text is no answer.
            QJsonObject{{QStringLiteral("q1"), QStringLiteral("registro-civil")},
                        {QStringLiteral("q2"), 2},
                        {QStringLiteral("q3"), 3},
                        {QStringLiteral("q5"), QJsonArray{QStringLiteral("falta-sistema"),
                                                          QStringLiteral("falta-sistema")}},
                        {QStringLiteral("q7"), QStringLiteral("   ")}},
            QJsonObject{{QStringLiteral("q1"), QStringLiteral("vivienda")},
                        {QStringLiteral("q2"), 5},
                        {QStringLiteral("q3"), 4},
                        {QStringLiteral("q4"), QStringLiteral("30-60")},
                        {QStringLiteral("q6"),
                         QJsonArray{QStringLiteral("portal"), QStringLiteral("presencial")}}}};
        for (const QJsonObject &answers : responses) {
            const Reply reply = answer(answers);
            QVERIFY2(reply.status == 201, QJsonDocument(reply.body).toJson().constData());
        }
        // The canary is stored on the server: the check of the kiosk below means something.
        QSqlQuery stored(m_view.database().connection());
        stored.prepare(QStringLiteral("SELECT count(*) FROM submissions WHERE payload LIKE ?"));
        stored.addBindValue(
            QString(QLatin1Char('%') + QString::fromUtf8(m_canary) + QLatin1Char('%')));
        QVERIFY(stored.exec() && stored.next());
        QVERIFY(stored.value(0).toInt() > 0);
        stored.finish(); // an unfinished read would pin this connection to its snapshot

        // A response a clerk rejected (a test, spam) is not counted.
        const Reply spam = answer(QJsonObject{{QStringLiteral("q1"), QStringLiteral("otra")},
                                              {QStringLiteral("q2"), 1},
                                              {QStringLiteral("q3"), 1},
                                              {QStringLiteral("q7"), QStringLiteral("prueba")}});
        QCOMPARE(spam.status, 201);
        const Result discarded = admin({QStringLiteral("submission"),
                                        spam.body.value(QLatin1StringView("reference")).toString(),
                                        QStringLiteral("rejected"), QStringLiteral("--note"),
                                        QStringLiteral("Respuesta de prueba del personal")});
        QVERIFY2(discarded.code == 0, qPrintable(describe(discarded)));

        catchUp();
        const qint64 seq = m_view.latestSeq();
        const Result closed =
            admin({QStringLiteral("survey"), QStringLiteral("close"), m_surveyId});
        QVERIFY2(closed.code == 0, qPrintable(describe(closed)));
        QVERIFY2(closed.out.contains(QStringLiteral("Closed %1 with 3 responses").arg(m_surveyId)),
                 qPrintable(describe(closed)));
        QCOMPARE(m_view.latestSeq(), seq + 1);

        const SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 1);
        const auto survey = m_kiosk->store->item(Collection::Surveys, m_surveyId);
        QVERIFY(survey);
        QCOMPARE(survey->data.value(QLatin1StringView("status")).toString(),
                 QStringLiteral("closed"));
        const QDateTime closedAt = QDateTime::fromString(
            survey->data.value(QLatin1StringView("closed_at")).toString(), Qt::ISODate);
        QVERIFY(closedAt.isValid());
        QVERIFY(qAbs(closedAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        for (const char *field : {"title", "description", "questions", "opens_at", "closes_at"}) {
            const QLatin1StringView key(field);
            QCOMPARE(survey->data.value(key), open->data.value(key));
        }

        // The exact totals, every option of the survey as published included (zeros too).
        QHash<QString, QHash<QString, int>> counts;
        counts[QStringLiteral("q1")] = {{QStringLiteral("registro-civil"), 2},
                                        {QStringLiteral("vivienda"), 1}};
        counts[QStringLiteral("q2")] = {
            {QStringLiteral("2"), 1}, {QStringLiteral("4"), 1}, {QStringLiteral("5"), 1}};
        counts[QStringLiteral("q3")] = {
            {QStringLiteral("3"), 1}, {QStringLiteral("4"), 1}, {QStringLiteral("5"), 1}};
        counts[QStringLiteral("q4")] = {{QStringLiteral("menos-15"), 1},
                                        {QStringLiteral("30-60"), 1}};
        counts[QStringLiteral("q5")] = {{QStringLiteral("horario"), 1},
                                        {QStringLiteral("falta-sistema"), 2}};
        counts[QStringLiteral("q6")] = {{QStringLiteral("kiosco"), 1},
                                        {QStringLiteral("portal"), 1},
                                        {QStringLiteral("presencial"), 1}};
        const QHash<QString, int> answered{{QStringLiteral("q1"), 3}, {QStringLiteral("q2"), 3},
                                           {QStringLiteral("q3"), 3}, {QStringLiteral("q4"), 2},
                                           {QStringLiteral("q5"), 2}, {QStringLiteral("q6"), 2},
                                           {QStringLiteral("q7"), 1}};
        const QHash<QString, double> means{{QStringLiteral("q2"), 3.67},
                                           {QStringLiteral("q3"), 4.0}};
        QJsonObject questions;
        const QJsonArray published = open->data.value(QLatin1StringView("questions")).toArray();
        QCOMPARE(published.size(), 7);
        for (const QJsonValue &value : published) {
            const QJsonObject question = value.toObject();
            const QString id = question.value(QLatin1StringView("id")).toString();
            const QString type = question.value(QLatin1StringView("type")).toString();
            QJsonObject expected{{QStringLiteral("type"), type},
                                 {QStringLiteral("answered"), answered.value(id, -1)}};
            if (type != QLatin1String("text")) {
                QJsonObject byKey;
                if (type == QLatin1String("scale")) {
                    for (int v = question.value(QLatin1StringView("min")).toInt();
                         v <= question.value(QLatin1StringView("max")).toInt(); ++v)
                        byKey.insert(QString::number(v), counts[id].value(QString::number(v)));
                    expected.insert(QStringLiteral("mean"), means.value(id));
                } else {
                    const QJsonArray options =
                        question.value(QLatin1StringView("options")).toArray();
                    for (const QJsonValue &option : options) {
                        const QString key =
                            option.toObject().value(QLatin1StringView("id")).toString();
                        byKey.insert(key, counts[id].value(key));
                    }
                }
                expected.insert(QStringLiteral("counts"), byKey);
            }
            questions.insert(id, expected);
        }
        const QJsonObject expectedResults{{QStringLiteral("responses"), 3},
                                          {QStringLiteral("questions"), questions}};
        const QJsonObject results = survey->data.value(QLatin1StringView("results")).toObject();
        const QByteArray shown = QJsonDocument(results).toJson() + QByteArray("\nexpected:\n") +
                                 QJsonDocument(expectedResults).toJson();
        QVERIFY2(results == expectedResults, shown.constData());

        // What a citizen wrote in the free-text question stays on the server.
        qint64 bytesRead = 0;
        const QStringList leaked = filesContaining(kioskDir(), m_canary, &bytesRead);
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
        QVERIFY(bytesRead > 0);
        // (The scan reads the cache: the survey's title is there.)
        QVERIFY(!filesContaining(kioskDir(),
                                 open->data.value(QLatin1StringView("title")).toString().toUtf8())
                     .isEmpty());
        QVERIFY(!QJsonDocument(survey->data).toJson().contains(m_canary));

        // Too late now.
        const Reply late = answer(QJsonObject{{QStringLiteral("q1"), QStringLiteral("onat")},
                                              {QStringLiteral("q2"), 1},
                                              {QStringLiteral("q3"), 1}});
        QCOMPARE(late.status, 422);
        QCOMPARE(late.body.value(QLatin1StringView("error")).toString(), QStringLiteral("invalid"));
        QVERIFY2(late.body.value(QLatin1StringView("message"))
                     .toString()
                     .contains(QStringLiteral("closed")),
                 QJsonDocument(late.body).toJson().constData());
        // And the results stand: no second close.
        const Result again = admin({QStringLiteral("survey"), QStringLiteral("close"), m_surveyId});
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already closed")), qPrintable(describe(again)));
        QCOMPARE(m_view.latestSeq(), seq + 1);
    }

    void theFleetShowsWhatKiosksReport()
    {
        QVERIFY(!m_server.issueToken(m_neverSeen).isEmpty());
        catchUp();
        const qint64 cursor = m_kiosk->store->cursor();
        QCOMPARE(cursor, m_view.latestSeq());
        const QString version = QStringLiteral("2.3.1-rc1+riohondo");
        const qint64 freeDisk = 18253611008;
        const QJsonObject heartbeat{{QStringLiteral("version"), version},
                                    {QStringLiteral("cursor"), cursor},
                                    {QStringLiteral("outbox_pending"), 2},
                                    {QStringLiteral("oldest_pending_seconds"), 340},
                                    {QStringLiteral("free_disk_bytes"), freeDisk},
                                    {QStringLiteral("last_error"), QString()},
                                    {QStringLiteral("last_sync_seconds"), 12}};
        const Reply reply = post(QStringLiteral("/api/v1/heartbeat"),
                                 QJsonDocument(heartbeat).toJson(QJsonDocument::Compact));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.body.value(QLatin1StringView("latest_seq")).toInteger(), m_view.latestSeq());

        // One more change that the kiosk has not applied: a lag of one.
        const Result added = admin(
            {QStringLiteral("add"), QStringLiteral("news"),
             writeFile(
                 QStringLiteral("json"),
                 QJsonDocument(
                     QJsonObject{{QStringLiteral("id"), QStringLiteral("news-2026-flota")},
                                 {QStringLiteral("title"), QStringLiteral("Nuevo horario")},
                                 {QStringLiteral("summary"), QStringLiteral("Cambia el horario.")},
                                 {QStringLiteral("body"), QStringLiteral("Desde el lunes.")},
                                 {QStringLiteral("category"), QStringLiteral("gobierno")},
                                 {QStringLiteral("published_at"),
                                  QStringLiteral("2026-11-28T09:30:00-05:00")}})
                     .toJson())});
        QVERIFY2(added.code == 0, qPrintable(describe(added)));
        QCOMPARE(m_view.latestSeq(), cursor + 1);

        const Result json = admin({QStringLiteral("fleet"), QStringLiteral("--json")});
        QVERIFY2(json.code == 0, qPrintable(describe(json)));
        QJsonParseError parseError;
        const QJsonObject fleet = QJsonDocument::fromJson(json.out.toUtf8(), &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, qPrintable(json.out));
        const QJsonObject counts = fleet.value(QLatin1StringView("counts")).toObject();
        QCOMPARE(counts.value(QLatin1StringView("ok")).toInt(-1), 1);
        QCOMPARE(counts.value(QLatin1StringView("never_seen")).toInt(-1), 1);
        QCOMPARE(counts.value(QLatin1StringView("silent")).toInt(-1), 0);
        QCOMPARE(counts.value(QLatin1StringView("revoked")).toInt(-1), 0);
        QJsonObject kiosk;
        QJsonObject never;
        const QJsonArray kiosks = fleet.value(QLatin1StringView("kiosks")).toArray();
        QCOMPARE(kiosks.size(), 2);
        for (const QJsonValue &value : kiosks) {
            const QJsonObject entry = value.toObject();
            const QString name = entry.value(QLatin1StringView("name")).toString();
            if (name == QStringLiteral("test-kiosk"))
                kiosk = entry;
            else if (name == m_neverSeen)
                never = entry;
        }
        QVERIFY2(!kiosk.isEmpty(), qPrintable(json.out));
        QCOMPARE(kiosk.value(QLatin1StringView("status")).toString(), QStringLiteral("ok"));
        QCOMPARE(kiosk.value(QLatin1StringView("silent")).toBool(true), false);
        QCOMPARE(kiosk.value(QLatin1StringView("version")).toString(), version);
        QCOMPARE(kiosk.value(QLatin1StringView("outbox_pending")).toInteger(-1), 2);
        const qint64 oldest =
            kiosk.value(QLatin1StringView("oldest_pending_seconds")).toInteger(-1);
        QVERIFY2(oldest >= 340 && oldest < 340 + 600, qPrintable(json.out));
        QCOMPARE(kiosk.value(QLatin1StringView("cursor")).toInteger(-1), cursor);
        QCOMPARE(kiosk.value(QLatin1StringView("cursor_lag")).toInteger(-1), 1);
        QCOMPARE(kiosk.value(QLatin1StringView("free_disk_bytes")).toInteger(-1), freeDisk);
        QCOMPARE(kiosk.value(QLatin1StringView("last_error")).toString(QStringLiteral("?")),
                 QString());
        const QDateTime contact = QDateTime::fromString(
            kiosk.value(QLatin1StringView("last_contact")).toString(), Qt::ISODate);
        QVERIFY(contact.isValid());
        QVERIFY(qAbs(contact.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(QDateTime::fromString(kiosk.value(QLatin1StringView("last_sync_at")).toString(),
                                      Qt::ISODate)
                    .isValid());

        QVERIFY2(!never.isEmpty(), qPrintable(json.out));
        QCOMPARE(never.value(QLatin1StringView("status")).toString(), QStringLiteral("never_seen"));
        QCOMPARE(never.value(QLatin1StringView("silent")).toBool(false), true);
        QVERIFY(never.value(QLatin1StringView("last_contact")).isNull());
        QVERIFY(never.value(QLatin1StringView("version")).isNull());
        QVERIFY(never.value(QLatin1StringView("outbox_pending")).isNull());

        const Result text = admin({QStringLiteral("fleet")});
        QVERIFY2(text.code == 0, qPrintable(describe(text)));
        QString kioskLine;
        QString neverLine;
        const QStringList lines = text.out.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (line.startsWith(QStringLiteral("test-kiosk ")))
                kioskLine = line;
            else if (line.startsWith(m_neverSeen + QLatin1Char(' ')))
                neverLine = line;
        }
        QVERIFY2(kioskLine.contains(QStringLiteral(" ok ")), qPrintable(text.out));
        QVERIFY2(kioskLine.contains(version), qPrintable(text.out));
        QVERIFY2(neverLine.contains(QStringLiteral("NEVER SEEN")), qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("2 kiosks: 1 ok, 0 silent")),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(QStringLiteral("1 never seen")), qPrintable(text.out));
    }

    void theAuditLogRecordsTheEditorsWork()
    {
        const Result audit = admin({QStringLiteral("audit")});
        QVERIFY2(audit.code == 0, qPrintable(describe(audit)));
        QHash<QString, QList<QStringList>> byAction;
        const QStringList lines = audit.out.trimmed().split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QStringList entry = line.split(QLatin1Char('\t'));
            QVERIFY2(entry.size() == 5, qPrintable(line));
            QCOMPARE(entry.at(1), ServerProcess::editorName());
            byAction[entry.at(2)].append(entry);
        }
        // Imports that changed nothing, and refused ones, leave no entry.
        const auto &news = byAction.value(QStringLiteral("import-news"));
        QCOMPARE(news.size(), 2);
        QVERIFY(news.at(0).at(3).endsWith(QStringLiteral("riohondo-noticias.atom")));
        QVERIFY(news.at(1).at(3).endsWith(QStringLiteral("riohondo-noticias.rss")));
        QVERIFY2(news.at(1).at(4).contains(QStringLiteral("3 published")), qPrintable(audit.out));
        const auto &events = byAction.value(QStringLiteral("import-events"));
        QCOMPARE(events.size(), 2);
        QVERIFY(events.at(0).at(3).endsWith(QStringLiteral("riohondo-agenda.ics")));
        QVERIFY2(events.at(0).at(4).contains(QStringLiteral("1 withdrawn")), qPrintable(audit.out));
        QVERIFY2(events.at(1).at(4).contains(QStringLiteral("8 published")), qPrintable(audit.out));

        const auto &approvals = byAction.value(QStringLiteral("forum-approve"));
        QCOMPARE(approvals.size(), 1);
        QCOMPARE(approvals.first().at(3), m_approved);
        const auto &rejections = byAction.value(QStringLiteral("forum-reject"));
        QCOMPARE(rejections.size(), 1);
        QCOMPARE(rejections.first().at(3), m_rejected);
        QVERIFY2(rejections.first().at(4).contains(QStringLiteral("sin pruebas")),
                 qPrintable(audit.out));
        const auto &withdrawals = byAction.value(QStringLiteral("forum-withdraw"));
        QCOMPARE(withdrawals.size(), 1);
        QCOMPARE(withdrawals.first().at(3), m_approved);
        const auto &closings = byAction.value(QStringLiteral("survey-close"));
        QCOMPARE(closings.size(), 1);
        QCOMPARE(closings.first().at(3), m_surveyId);
        QCOMPARE(closings.first().at(4), QStringLiteral("3 responses"));
    }
};

QTEST_GUILESS_MAIN(TestEditorWorkflow)
#include "tst_editorworkflow.moc"
