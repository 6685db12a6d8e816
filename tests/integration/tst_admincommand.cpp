#include "apiclient.h"
#include "clock.h"
#include "contentcache.h"
#include "rawhttpclient.h"
#include "serverprocess.h"
#include "serverstore.h"
#include "syncengine.h"
#include "testpaths.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// What editors do with `municipal-server admin ...`, against the real server binary, seen by a
// kiosk that syncs from it.
class TestAdminCommand : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int code = -1; // -1: did not finish, or crashed
        QString out;
        QString err;
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
                qFatal("cannot open cache: %s", qPrintable(error));
            api = std::make_unique<ApiClient>(
                &network, ApiClient::Options{url, token, std::chrono::seconds(20)});
            engine = std::make_unique<SyncEngine>(*api, cache, clock, 500);
        }

        SyncReport sync()
        {
            QSignalSpy finished(engine.get(), &SyncEngine::finished);
            engine->start(std::chrono::seconds(0));
            if (!finished.wait(60000))
                qFatal("sync did not finish");
            return finished.at(0).at(0).value<SyncReport>();
        }
    };

    ServerProcess m_server;
    QTemporaryDir m_dir;
    ServerStore m_view; // the server's store as the test reads it
    std::unique_ptr<Kiosk> m_kiosk;
    int m_files = 0;

    static QString editor() { return ServerProcess::editorName(); }
    static QString password() { return ServerProcess::editorPassword(); }

    static QProcessEnvironment environment(const QString &name, const QString &secret)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MUNICIPAL_EDITOR"));
        env.remove(QStringLiteral("MUNICIPAL_EDITOR_PASSWORD"));
        if (!name.isEmpty())
            env.insert(QStringLiteral("MUNICIPAL_EDITOR"), name);
        if (!secret.isEmpty())
            env.insert(QStringLiteral("MUNICIPAL_EDITOR_PASSWORD"), secret);
        return env;
    }

    // The server binary with this test server's data directory and the given configuration.
    Result run(const QStringList &arguments, const QProcessEnvironment &env, const QString &config,
               const QByteArray &input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(TestPaths::serverBinary(),
                      arguments + QStringList{QStringLiteral("--config"), config,
                                              QStringLiteral("--data-dir"), m_server.dataDir()});
        if (!process.waitForStarted(10000))
            return {};
        if (!input.isEmpty())
            process.write(input);
        process.closeWriteChannel();
        Result result;
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

    Result admin(const QStringList &words, const QString &name = editor(),
                 const QString &secret = password())
    {
        return run(QStringList{QStringLiteral("admin")} + words, environment(name, secret),
                   m_server.configPath());
    }

    QString writeFile(const QString &suffix, const QByteArray &content)
    {
        const QString path =
            m_dir.filePath(QStringLiteral("input-%1.%2").arg(++m_files).arg(suffix));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QString writeJson(const QJsonObject &object)
    {
        return writeFile(QStringLiteral("json"), QJsonDocument(object).toJson());
    }

    QString writeJson(const QJsonArray &array)
    {
        return writeFile(QStringLiteral("json"), QJsonDocument(array).toJson());
    }

    static QJsonObject newsItem(const QString &id, const QString &title)
    {
        return QJsonObject{
            {QStringLiteral("id"), id},
            {QStringLiteral("title"), title},
            {QStringLiteral("summary"), QStringLiteral("La biblioteca municipal abre una sala "
                                                       "de lectura en el consejo popular.")},
            {QStringLiteral("body"),
             QStringLiteral("La nueva sala tiene cuarenta puestos y una colección de dos mil "
                            "libros donados por los vecinos.\n\nAbre de lunes a sábado de 9:00 "
                            "a 17:00.")},
            {QStringLiteral("category"), QStringLiteral("cultura")},
            {QStringLiteral("published_at"), QStringLiteral("2026-11-28T09:30:00-05:00")},
            {QStringLiteral("author"), QStringLiteral("Redacción municipal")}};
    }

    static QString describe(const Result &result)
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
            .arg(result.code)
            .arg(result.out, result.err);
    }

    // Brings the kiosk to the head of the feed, whatever earlier cases published.
    void catchUp()
    {
        const SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
    }

    // A sync that finds nothing new.
    void expectNothingNew()
    {
        const SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 0);
    }

    QJsonObject kioskItem(Collection collection, const QString &id) const
    {
        const auto item = m_kiosk->store->item(collection, id);
        return item ? item->data : QJsonObject();
    }

    QString firstServiceWithStatus(const QString &status) const
    {
        const auto services = m_kiosk->store->list(Collection::Services);
        for (const ContentItem &service : services) {
            if (service.data.value(QLatin1StringView("status")).toString() == status)
                return service.id;
        }
        return {};
    }

    // An editor account made by IT staff, with the test editor's password.
    void addEditor(const QString &name)
    {
        QVERIFY(m_server.runCommand({QStringLiteral("editor"), QStringLiteral("add"), name}));
        const Result check = admin({QStringLiteral("audit")}, name, password());
        QVERIFY2(check.code == 0, qPrintable(describe(check)));
    }

    // An attempt to change a service, which must not happen.
    QStringList forbiddenChange() const
    {
        return {QStringLiteral("status"), QStringLiteral("svc-registro-civil-nacimiento"),
                QStringLiteral("unavailable"), QStringLiteral("--note"),
                QStringLiteral("No debe publicarse")};
    }

    void expectUnchangedService(qint64 seqBefore)
    {
        QCOMPARE(m_view.latestSeq(), seqBefore);
        const auto service =
            m_view.item(Collection::Services, QStringLiteral("svc-registro-civil-nacimiento"));
        QVERIFY(service);
        QVERIFY(service->value(QLatin1StringView("status_note")).toString() !=
                QStringLiteral("No debe publicarse"));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
        QString error;
        QVERIFY2(m_view.open(m_server.databasePath(), &error), qPrintable(error));
        m_kiosk = std::make_unique<Kiosk>(m_dir.filePath(QStringLiteral("kiosk")),
                                          m_server.baseUrl(), m_server.token());
        const SyncReport first = m_kiosk->sync();
        QVERIFY2(first.ok, qPrintable(first.logLine()));
        QVERIFY(m_kiosk->store->count(Collection::News) > 0);
        QVERIFY(m_kiosk->store->count(Collection::Events) > 0);
        QVERIFY(!firstServiceWithStatus(QStringLiteral("available")).isEmpty());
    }

    void whatAnEditorPublishesReachesTheKiosk()
    {
        catchUp();
        const QString id = QStringLiteral("news-2026-9001");
        QVERIFY(!m_kiosk->store->item(Collection::News, id));

        // A new news item.
        const Result added =
            admin({QStringLiteral("add"), QStringLiteral("news"),
                   writeJson(newsItem(id, QStringLiteral("Abre una sala de "
                                                         "lectura en La Ceiba")))});
        QVERIFY2(added.code == 0, qPrintable(describe(added)));
        QVERIFY2(added.out.contains(id), qPrintable(added.out));
        SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 1);
        QJsonObject news = kioskItem(Collection::News, id);
        QCOMPARE(news.value(QLatin1StringView("title")).toString(),
                 QStringLiteral("Abre una sala de lectura en La Ceiba"));
        QVERIFY(
            news.value(QLatin1StringView("body")).toString().contains(QStringLiteral("sábado")));

        // Only its title changes.
        const Result updated =
            admin({QStringLiteral("update"), QStringLiteral("news"),
                   writeJson(QJsonObject{{QStringLiteral("id"), id},
                                         {QStringLiteral("title"),
                                          QStringLiteral("La sala de lectura de La Ceiba abre "
                                                         "el lunes")}})});
        QVERIFY2(updated.code == 0, qPrintable(describe(updated)));
        report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 1);
        const QJsonObject renamed = kioskItem(Collection::News, id);
        QCOMPARE(renamed.value(QLatin1StringView("title")).toString(),
                 QStringLiteral("La sala de lectura de La Ceiba abre el lunes"));
        for (const char *field : {"summary", "body", "category", "published_at", "author"}) {
            const QLatin1StringView key(field);
            QCOMPARE(renamed.value(key), news.value(key));
        }

        // A service becomes limited, with a waiting time and a note.
        const QString service = firstServiceWithStatus(QStringLiteral("available"));
        const QJsonObject before = kioskItem(Collection::Services, service);
        const Result status =
            admin({QStringLiteral("status"), service, QStringLiteral("limited"),
                   QStringLiteral("--wait"), QStringLiteral("35"), QStringLiteral("--note"),
                   QStringLiteral("Un solo especialista atiende hoy")});
        QVERIFY2(status.code == 0, qPrintable(describe(status)));
        report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 1);
        const QJsonObject after = kioskItem(Collection::Services, service);
        QCOMPARE(after.value(QLatin1StringView("status")).toString(), QStringLiteral("limited"));
        QCOMPARE(after.value(QLatin1StringView("waiting_minutes")).toInt(-1), 35);
        QCOMPARE(after.value(QLatin1StringView("status_note")).toString(),
                 QStringLiteral("Un solo especialista atiende hoy"));
        QCOMPARE(after.value(QLatin1StringView("name")), before.value(QLatin1StringView("name")));
        QCOMPARE(after.value(QLatin1StringView("requirements")),
                 before.value(QLatin1StringView("requirements")));
        QVERIFY(after.value(QLatin1StringView("updated_at")) !=
                before.value(QLatin1StringView("updated_at")));

        // An event is withdrawn.
        const auto events = m_kiosk->store->list(Collection::Events);
        const QString event = events.first().id;
        const Result withdrawn =
            admin({QStringLiteral("withdraw"), QStringLiteral("events"), event});
        QVERIFY2(withdrawn.code == 0, qPrintable(describe(withdrawn)));
        report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 1);
        QVERIFY(!m_kiosk->store->item(Collection::Events, event));
        QCOMPARE(m_kiosk->store->count(Collection::Events), events.size() - 1);
        QVERIFY(!m_view.item(Collection::Events, event));
    }

    void aStatusWithoutANoteClearsTheOldNote()
    {
        catchUp();
        const QString service = firstServiceWithStatus(QStringLiteral("available"));
        Result result = admin({QStringLiteral("status"), service, QStringLiteral("limited"),
                               QStringLiteral("--note"), QStringLiteral("Falta papel")});
        QVERIFY2(result.code == 0, qPrintable(describe(result)));
        result = admin({QStringLiteral("status"), service, QStringLiteral("unavailable")});
        QVERIFY2(result.code == 0, qPrintable(describe(result)));
        catchUp();
        const QJsonObject after = kioskItem(Collection::Services, service);
        QCOMPARE(after.value(QLatin1StringView("status")).toString(),
                 QStringLiteral("unavailable"));
        QCOMPARE(after.value(QLatin1StringView("status_note")).toString(), QString());
        QVERIFY(after.value(QLatin1StringView("waiting_minutes")).isNull());
    }

    void anIdAlreadyPublishedIsNotAddedAgain()
    {
        catchUp();
        const QString id = QStringLiteral("news-2026-0001");
        const QJsonObject original = *m_view.item(Collection::News, id);
        const qint64 seq = m_view.latestSeq();

        const Result result =
            admin({QStringLiteral("add"), QStringLiteral("news"),
                   writeJson(newsItem(id, QStringLiteral("Un título que no debe verse")))});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("already published")), qPrintable(result.err));
        QCOMPARE(m_view.latestSeq(), seq);
        QCOMPARE(*m_view.item(Collection::News, id), original);

        // All or nothing: a new item beside an existing one is not published either.
        const QString fresh = QStringLiteral("news-2026-9002");
        const Result both = admin(
            {QStringLiteral("add"), QStringLiteral("news"),
             writeJson(QJsonArray{newsItem(fresh, QStringLiteral("Nueva")),
                                  newsItem(id, QStringLiteral("Un título que no debe verse"))})});
        QCOMPARE(both.code, 1);
        QCOMPARE(m_view.latestSeq(), seq);
        QVERIFY(!m_view.item(Collection::News, fresh));

        expectNothingNew();
        QCOMPARE(kioskItem(Collection::News, id).value(QLatin1StringView("title")),
                 original.value(QLatin1StringView("title")));
    }

    void anIdNotPublishedIsNotUpdated()
    {
        const qint64 seq = m_view.latestSeq();
        const QString id = QStringLiteral("news-2026-9999");
        const Result result =
            admin({QStringLiteral("update"), QStringLiteral("news"),
                   writeJson(QJsonObject{{QStringLiteral("id"), id},
                                         {QStringLiteral("title"), QStringLiteral("Nada")}})});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(id) && result.err.contains(QStringLiteral("not published")),
                 qPrintable(result.err));
        QCOMPARE(m_view.latestSeq(), seq);
        QVERIFY(!m_view.item(Collection::News, id));

        const Result withdrawn = admin({QStringLiteral("withdraw"), QStringLiteral("news"), id});
        QCOMPARE(withdrawn.code, 1);
        QVERIFY2(withdrawn.err.contains(id), qPrintable(withdrawn.err));
        QCOMPARE(m_view.latestSeq(), seq);
    }

    void anInvalidItemIsNotPublished()
    {
        catchUp();
        const qint64 seq = m_view.latestSeq();

        // News without a title.
        const QString id = QStringLiteral("news-2026-9003");
        QJsonObject untitled = newsItem(id, QString());
        untitled.remove(QStringLiteral("title"));
        Result result = admin({QStringLiteral("add"), QStringLiteral("news"), writeJson(untitled)});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("title")) && result.err.contains(id),
                 qPrintable(result.err));
        QCOMPARE(m_view.latestSeq(), seq);
        QVERIFY(!m_view.item(Collection::News, id));

        // An update that removes a required field.
        const QString existing = QStringLiteral("news-2026-0003");
        const QJsonObject original = *m_view.item(Collection::News, existing);
        result = admin({QStringLiteral("update"), QStringLiteral("news"),
                        writeJson(QJsonObject{{QStringLiteral("id"), existing},
                                              {QStringLiteral("title"), QJsonValue::Null}})});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("title")), qPrintable(result.err));
        QCOMPARE(*m_view.item(Collection::News, existing), original);

        // A valid item beside an invalid one is not published either.
        const QString good = QStringLiteral("news-2026-9004");
        result =
            admin({QStringLiteral("add"), QStringLiteral("news"),
                   writeJson(QJsonArray{newsItem(good, QStringLiteral("Correcta")), untitled})});
        QCOMPARE(result.code, 1);
        QVERIFY(!m_view.item(Collection::News, good));

        // A service status that does not exist.
        result = admin({QStringLiteral("status"), QStringLiteral("svc-registro-civil-nacimiento"),
                        QStringLiteral("closed")});
        QCOMPARE(result.code, 1);

        // Not JSON at all.
        result = admin({QStringLiteral("add"), QStringLiteral("news"),
                        writeFile(QStringLiteral("json"), "{\"id\": \"news-2026-9005\", ")});
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("not valid JSON")), qPrintable(result.err));

        QCOMPARE(m_view.latestSeq(), seq);
        expectNothingNew();
    }

    void aLegalTextIsPublishedWithItsText()
    {
        catchUp();
        const QString id = QStringLiteral("legal-acuerdo-112-2026");
        const QByteArray text = "ACUERDO No. 112/2026\n\n"
                                "Artículo 1.- Se aprueba el plan de mantenimiento de los parques "
                                "del municipio para el año 2027.\n\n"
                                "Artículo 2.- La Dirección Municipal de Servicios Comunales "
                                "informa cada trimestre de su cumplimiento.\n";
        const QJsonObject legal{
            {QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("acuerdo")},
            {QStringLiteral("number"), QStringLiteral("Acuerdo No. 112/2026")},
            {QStringLiteral("title"), QStringLiteral("Plan de mantenimiento de los parques")},
            {QStringLiteral("issuer"), QStringLiteral("Consejo de la Administración Municipal")},
            {QStringLiteral("published_at"), QStringLiteral("2026-11-20T09:00:00-05:00")},
            {QStringLiteral("gazette"),
             QStringLiteral("Gaceta Oficial Municipal de Río Hondo, No. 30 de 2026")},
            {QStringLiteral("summary"), QStringLiteral("Aprueba el plan de mantenimiento.")}};
        const Result result =
            admin({QStringLiteral("legal"), writeJson(legal), QStringLiteral("--text"),
                   writeFile(QStringLiteral("txt"), text)});
        QVERIFY2(result.code == 0, qPrintable(describe(result)));
        const SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 1);
        const QJsonObject published = kioskItem(Collection::Legal, id);
        QCOMPARE(published.value(QLatin1StringView("text")).toString(),
                 QString::fromUtf8(text).trimmed());
        QCOMPARE(published.value(QLatin1StringView("title")).toString(),
                 QStringLiteral("Plan de mantenimiento de los parques"));
        QVERIFY(!published.contains(QLatin1StringView("pdf")));
    }

    void aLegalTextIsPublishedWithItsPdf()
    {
        catchUp();
        const QString pdf = TestPaths::fixture(QStringLiteral("pdf/alumbrado.pdf"));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString sha256 = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());

        const QString id = QStringLiteral("legal-reglamento-alumbrado");
        const QJsonObject legal{
            {QStringLiteral("id"), id},
            {QStringLiteral("type"), QStringLiteral("reglamento")},
            {QStringLiteral("number"), QStringLiteral("Reglamento No. 4/2026")},
            {QStringLiteral("title"), QStringLiteral("Reglamento del alumbrado público")},
            {QStringLiteral("issuer"), QStringLiteral("Asamblea Municipal del Poder Popular")},
            {QStringLiteral("published_at"), QStringLiteral("2026-11-25T09:00:00-05:00")}};
        const Result result =
            admin({QStringLiteral("legal"), writeJson(legal), QStringLiteral("--pdf"), pdf});
        QVERIFY2(result.code == 0, qPrintable(describe(result)));
        QVERIFY2(result.out.contains(sha256), qPrintable(result.out));

        const SyncReport report = m_kiosk->sync();
        QVERIFY2(report.ok, qPrintable(report.logLine()));
        QCOMPARE(report.changes, 1);
        const auto published = m_kiosk->store->item(Collection::Legal, id);
        QVERIFY(published);
        QCOMPARE(published->data.value(QLatin1StringView("pdf")).toString(), sha256);
        QVERIFY2(published->data.value(QLatin1StringView("text"))
                     .toString()
                     .contains(QStringLiteral("Articulo 1.- Del alumbrado publico")),
                 qPrintable(published->data.value(QLatin1StringView("text")).toString()));
        QVERIFY(m_kiosk->store->referencedBlobs().contains(sha256));

        // The kiosk can fetch the PDF with its device token, and only with it.
        const quint16 port = quint16(m_server.baseUrl().port());
        const QByteArray path = "/api/v1/blobs/" + sha256.toLatin1();
        const auto blob = RawHttpClient::get(
            port, path, {{QByteArrayLiteral("Authorization"), "Bearer " + m_server.token()}});
        QCOMPARE(blob.status, 200);
        QCOMPARE(blob.body, bytes);
        const auto anonymous = RawHttpClient::get(port, path);
        QCOMPARE(anonymous.status, 401);
    }

    void aWrongPasswordChangesNothing()
    {
        const qint64 seq = m_view.latestSeq();
        const Result result =
            admin(forbiddenChange(), editor(), QStringLiteral("not-the-password"));
        QCOMPARE(result.code, 3);
        QVERIFY2(result.err.contains(QStringLiteral("Wrong account name or password")),
                 qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        expectUnchangedService(seq);
    }

    void anUnknownEditorChangesNothing()
    {
        const qint64 seq = m_view.latestSeq();
        const Result result =
            admin(forbiddenChange(), QStringLiteral("nadie.conocido"), password());
        QCOMPARE(result.code, 3);
        // The same words as for a wrong password: nothing tells which names exist.
        QVERIFY2(result.err.contains(QStringLiteral("Wrong account name or password")),
                 qPrintable(result.err));
        expectUnchangedService(seq);
    }

    void repeatedWrongPasswordsLockTheAccount()
    {
        const QString name = QStringLiteral("clerk-lockout");
        addEditor(name);
        const qint64 seq = m_view.latestSeq();
        for (int i = 0; i < 5; ++i) {
            const Result wrong =
                admin(forbiddenChange(), name, QStringLiteral("guess-number-%1").arg(i));
            QVERIFY2(wrong.code == 3, qPrintable(describe(wrong)));
        }
        const Result right = admin(forbiddenChange(), name, password());
        QCOMPARE(right.code, 3);
        QVERIFY2(right.err.contains(QStringLiteral("locked")), qPrintable(right.err));
        expectUnchangedService(seq);

        QByteArray listing;
        QVERIFY(m_server.runCommand({QStringLiteral("editor"), QStringLiteral("list")}, &listing));
        bool listedLocked = false;
        const QByteArray prefix = name.toUtf8() + '\t';
        for (const QByteArray &line : listing.split('\n')) {
            if (line.startsWith(prefix))
                listedLocked = line.contains("locked until");
        }
        QVERIFY2(listedLocked, listing.constData());

        // Another editor is not affected.
        const Result other = admin({QStringLiteral("audit")});
        QVERIFY2(other.code == 0, qPrintable(describe(other)));
    }

    void aDisabledEditorChangesNothing()
    {
        const QString name = QStringLiteral("clerk-disabled");
        addEditor(name);
        QVERIFY(m_server.runCommand({QStringLiteral("editor"), QStringLiteral("disable"), name}));
        const qint64 seq = m_view.latestSeq();
        const Result result = admin(forbiddenChange(), name, password());
        QCOMPARE(result.code, 3);
        QVERIFY2(result.err.contains(QStringLiteral("disabled")), qPrintable(result.err));
        expectUnchangedService(seq);

        QVERIFY(m_server.runCommand({QStringLiteral("editor"), QStringLiteral("enable"), name}));
        const Result again = admin({QStringLiteral("audit")}, name, password());
        QVERIFY2(again.code == 0, qPrintable(describe(again)));
    }

    void anEditorMustSayWhoTheyAre()
    {
        const qint64 seq = m_view.latestSeq();
        const Result result = admin(forbiddenChange(), QString(), password());
        QCOMPARE(result.code, 2);
        QVERIFY2(result.err.contains(QStringLiteral("--editor")), qPrintable(result.err));
        expectUnchangedService(seq);

        // --editor names the account when the environment does not.
        const Result named = admin({QStringLiteral("audit"), QStringLiteral("--editor"), editor()},
                                   QString(), password());
        QVERIFY2(named.code == 0, qPrintable(describe(named)));
    }

    void thePasswordCanComeOnStandardInput()
    {
        const QStringList audit{QStringLiteral("admin"), QStringLiteral("audit")};
        const Result right = run(audit, environment(editor(), QString()), m_server.configPath(),
                                 password().toUtf8() + '\n');
        QVERIFY2(right.code == 0, qPrintable(describe(right)));
        const Result wrong = run(audit, environment(editor(), QString()), m_server.configPath(),
                                 "not-the-password\n");
        QCOMPARE(wrong.code, 3);
    }

    void theAuditLogSaysWhoDidWhatNewestFirst()
    {
        const QString id = QStringLiteral("news-2026-9100");
        const QString service = QStringLiteral("svc-registro-civil-nacimiento");
        Result result = admin({QStringLiteral("add"), QStringLiteral("news"),
                               writeJson(newsItem(id, QStringLiteral("Para el registro")))});
        QVERIFY2(result.code == 0, qPrintable(describe(result)));
        result = admin({QStringLiteral("status"), service, QStringLiteral("available"),
                        QStringLiteral("--wait"), QStringLiteral("10")});
        QVERIFY2(result.code == 0, qPrintable(describe(result)));
        result = admin({QStringLiteral("withdraw"), QStringLiteral("news"), id});
        QVERIFY2(result.code == 0, qPrintable(describe(result)));
        // Refused attempts leave no entry.
        result = admin(
            {QStringLiteral("add"), QStringLiteral("news"),
             writeJson(newsItem(QStringLiteral("news-2026-0001"), QStringLiteral("Repetida")))});
        QCOMPARE(result.code, 1);
        result = admin(forbiddenChange(), editor(), QStringLiteral("not-the-password"));
        QCOMPARE(result.code, 3);

        const Result audit =
            admin({QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("3")});
        QVERIFY2(audit.code == 0, qPrintable(describe(audit)));
        const QStringList lines = audit.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3);
        QList<QStringList> entries;
        for (const QString &line : lines) {
            entries.append(line.split(QLatin1Char('\t')));
            QCOMPARE(entries.last().size(), 5);
            QCOMPARE(entries.last().at(1), editor());
        }
        QCOMPARE(entries.at(0).at(2), QStringLiteral("withdraw"));
        QCOMPARE(entries.at(0).at(3), QStringLiteral("news"));
        QCOMPARE(entries.at(0).at(4), id);
        QCOMPARE(entries.at(1).at(2), QStringLiteral("service-status"));
        QCOMPARE(entries.at(1).at(3), service);
        QVERIFY2(entries.at(1).at(4).contains(QStringLiteral("available")) &&
                     entries.at(1).at(4).contains(QStringLiteral("10 min")),
                 qPrintable(entries.at(1).at(4)));
        QCOMPARE(entries.at(2).at(2), QStringLiteral("add"));
        QCOMPARE(entries.at(2).at(3), QStringLiteral("news"));
        QCOMPARE(entries.at(2).at(4), id);
        QDateTime previous;
        for (const QStringList &entry : std::as_const(entries)) {
            const QDateTime at = QDateTime::fromString(entry.at(0), Qt::ISODate);
            QVERIFY2(at.isValid(), qPrintable(entry.at(0)));
            QVERIFY(qAbs(at.secsTo(QDateTime::currentDateTimeUtc())) < 600);
            if (previous.isValid())
                QVERIFY(at <= previous);
            previous = at;
        }

        // Without a limit, the same three come first, and earlier work follows.
        const Result all = admin({QStringLiteral("audit")});
        QVERIFY2(all.code == 0, qPrintable(describe(all)));
        const QStringList allLines = all.out.trimmed().split(QLatin1Char('\n'));
        QVERIFY(allLines.size() > 3);
        QCOMPARE(allLines.mid(0, 3), lines);
    }

    void checkConfigExplainsTheConfiguration()
    {
        const Result good = run({QStringLiteral("--check-config")},
                                environment(QString(), QString()), m_server.configPath());
        QVERIFY2(good.code == 0, qPrintable(describe(good)));
        QVERIFY2(good.out.contains(QStringLiteral("configuration ok")), qPrintable(good.out));
        QVERIFY2(good.out.contains(QStringLiteral("database: %1").arg(m_server.databasePath())),
                 qPrintable(good.out));
        QVERIFY2(good.out.contains(QStringLiteral("1000 PBKDF2 iterations")), qPrintable(good.out));
        QVERIFY2(good.out.contains(QStringLiteral("published items")), qPrintable(good.out));
        QVERIFY(!good.err.contains(QStringLiteral("problem")));

        const QString bad = writeFile(QStringLiteral("conf"), "[server]\nport=70000\n");
        const Result refused =
            run({QStringLiteral("--check-config")}, environment(QString(), QString()), bad);
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("server/port")), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(QStringLiteral("70000")), qPrintable(refused.err));
        QVERIFY2(refused.out.contains(QStringLiteral("configuration has problems")),
                 qPrintable(refused.out));
        QVERIFY(!refused.out.contains(QStringLiteral("configuration ok")));
    }
};

QTEST_GUILESS_MAIN(TestAdminCommand)
#include "tst_admincommand.moc"
