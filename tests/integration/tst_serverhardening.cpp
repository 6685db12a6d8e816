#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUrl>
#include <QtTest>

// Runs a helper that verifies, and leaves the test when it failed.
#define CHECK(call)                                                                                \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0; // 0: no whole answer arrived
    Headers headers;
    QByteArray body;
    bool closed = false; // the server closed or reset the connection first

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QByteArray describe() const
    {
        return "HTTP " + QByteArray::number(status) + (closed ? " (closed) " : " ") +
               body.left(300);
    }
};

// Takes one whole answer (by Content-Length) off the front of `buffer`.
bool takeReply(QByteArray &buffer, Reply *reply)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    Reply parsed;
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    parsed.status = lines.value(0).split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            parsed.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const qint64 length = parsed.header("Content-Length").toLongLong();
    if (buffer.size() - end - 4 < length)
        return false;
    parsed.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    *reply = parsed;
    return true;
}

// A connection the test writes byte by byte. The server is another process, so blocking
// waits (always bounded) are enough.
class Connection
{
public:
    explicit Connection(quint16 port) { m_socket.connectToHost(QHostAddress::LocalHost, port); }

    bool connect(int ms = 10000)
    {
        return m_socket.state() == QAbstractSocket::ConnectedState || m_socket.waitForConnected(ms);
    }
    bool isOpen() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void abort() { m_socket.abort(); }

    // Writes and waits until the bytes are handed to the system; false when the connection
    // is gone or the server stopped reading for `ms`.
    bool send(const QByteArray &bytes, int ms = 10000)
    {
        if (!isOpen() || m_socket.write(bytes) != bytes.size())
            return false;
        const QDeadlineTimer deadline(ms);
        while (m_socket.bytesToWrite() > 0) {
            if (!isOpen() || deadline.hasExpired())
                return false;
            m_socket.waitForBytesWritten(int(std::max<qint64>(1, deadline.remainingTime())));
        }
        return isOpen();
    }

    // The next whole answer; or what there is when the server closes or `ms` pass.
    Reply read(int ms = 20000)
    {
        const QDeadlineTimer deadline(ms);
        Reply reply;
        for (;;) {
            if (m_socket.bytesAvailable() > 0)
                m_buffer += m_socket.readAll();
            if (takeReply(m_buffer, &reply)) {
                reply.closed = !isOpen();
                return reply;
            }
            if (!isOpen()) {
                reply.closed = true;
                return reply;
            }
            if (deadline.hasExpired())
                return reply;
            m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
        }
    }

    // True once the server has closed the connection, at most `ms` from now.
    bool waitClosed(int ms)
    {
        const QDeadlineTimer deadline(ms);
        while (isOpen() && !deadline.hasExpired()) {
            m_socket.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
            if (m_socket.bytesAvailable() > 0)
                m_buffer += m_socket.readAll();
        }
        return !isOpen();
    }

    QByteArray received() const { return m_buffer; }

private:
    QTcpSocket m_socket;
    QByteArray m_buffer;
};

QByteArray request(const QByteArray &method, const QByteArray &target, const Headers &headers,
                   const QByteArray &body = {})
{
    QByteArray bytes = method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n";
    for (const auto &[name, value] : headers)
        bytes += name + ": " + value + "\r\n";
    if (!body.isEmpty() || method == "POST")
        bytes += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return bytes + "\r\n" + body;
}

Reply exchange(quint16 port, const QByteArray &method, const QByteArray &target,
               const Headers &headers = {}, const QByteArray &body = {})
{
    Connection connection(port);
    if (!connection.connect() || !connection.send(request(method, target, headers, body)))
        return {};
    return connection.read();
}

Headers bearer(const QByteArray &token, Headers more = {})
{
    more.prepend({QByteArrayLiteral("Authorization"), "Bearer " + token});
    return more;
}

QByteArray nested(int depth)
{
    QByteArray json = "1";
    for (int i = 0; i < depth; ++i)
        json = "{\"a\":" + json + '}';
    return json;
}

const QByteArray kFeedPage = "/api/v1/changes?since=0&limit=1";

} // namespace

// The server's guards against hostile or broken clients, against the real municipal-server
// with a configuration made strict for each case.
class TestServerHardening : public QObject
{
    Q_OBJECT

private:
    static bool start(ServerProcess &server, const QByteArray &iniLines)
    {
        if (!server.prepare())
            return false;
        QFile config(server.configPath());
        if (!config.open(QIODevice::Append) || config.write("\n" + iniLines) < 0)
            return false;
        config.close();
        return server.start();
    }

    static quint16 port(const ServerProcess &server) { return quint16(server.baseUrl().port()); }

    // The kiosk API's error shape, and nothing of the server's insides.
    static void verifyKioskError(const ServerProcess &server, const Reply &reply, int status,
                                 const QString &code)
    {
        QVERIFY2(reply.status == status, reply.describe().constData());
        CHECK(verifyNothingLeaks(server, reply));
        const QJsonDocument document = reply.json();
        QVERIFY2(document.isObject(), reply.describe().constData());
        QCOMPARE(document.object().value(QStringLiteral("error")).toString(), code);
        QVERIFY(!document.object().value(QStringLiteral("message")).toString().isEmpty());
    }

    // GeoReport's error shape: [{"code": status, "description": "..."}].
    static void verifyOpen311Error(const ServerProcess &server, const Reply &reply, int status)
    {
        QVERIFY2(reply.status == status, reply.describe().constData());
        CHECK(verifyNothingLeaks(server, reply));
        const QJsonDocument document = reply.json();
        QVERIFY2(document.isArray(), reply.describe().constData());
        QCOMPARE(document.array().size(), 1);
        QCOMPARE(document.array().at(0)[QStringLiteral("code")].toInt(), status);
        QVERIFY(!document.array().at(0)[QStringLiteral("description")].toString().isEmpty());
    }

    static void verifyNothingLeaks(const ServerProcess &server, const Reply &reply)
    {
        QVERIFY2(reply.header("Content-Type").startsWith("application/json"),
                 reply.header("Content-Type").constData());
        const QString body = QString::fromUtf8(reply.body);
        QVERIFY2(!body.contains(QLatin1StringView("SQL")), reply.body.constData());
        QVERIFY2(!body.contains(QLatin1StringView("QSql")), reply.body.constData());
        QVERIFY2(!body.contains(QLatin1StringView("sqlite"), Qt::CaseInsensitive),
                 reply.body.constData());
        QVERIFY2(!body.contains(QLatin1StringView("postgres"), Qt::CaseInsensitive),
                 reply.body.constData());
        QVERIFY2(!body.contains(server.dataDir()), reply.body.constData());
        QVERIFY2(!body.contains(QDir::tempPath() + u'/'), reply.body.constData());
    }

    static int retryAfter(const Reply &reply)
    {
        bool ok = false;
        const int seconds = reply.header("Retry-After").toInt(&ok);
        return ok ? seconds : -1;
    }

private slots:
    void rateLimitPerTokenAndPerAddress()
    {
        ServerProcess server;
        // Six a minute: a token comes back only every 10 s, so the test never races a refill.
        QVERIFY(start(server, "[limits]\nrequests_per_minute=6\nrequest_burst=5\n"));
        const QByteArray other = server.issueToken(QStringLiteral("kiosk-b"));
        QVERIFY(!other.isEmpty());
        const quint16 at = port(server);

        for (int i = 0; i < 5; ++i) {
            const Reply reply = exchange(at, "GET", kFeedPage, bearer(server.token()));
            QVERIFY2(reply.status == 200, reply.describe().constData());
        }
        const Reply refused = exchange(at, "GET", kFeedPage, bearer(server.token()));
        CHECK(verifyKioskError(server, refused, 429, QStringLiteral("rate_limited")));
        QVERIFY2(retryAfter(refused) >= 1 && retryAfter(refused) <= 10,
                 refused.header("Retry-After").constData());

        // A healthy kiosk is still served, and the greedy one still held.
        QCOMPARE(exchange(at, "GET", kFeedPage, bearer(other)).status, 200);
        QCOMPARE(exchange(at, "GET", kFeedPage, bearer(server.token())).status, 429);

        // The public Open311 list needs no key: limited per address.
        for (int i = 0; i < 5; ++i) {
            const Reply reply = exchange(at, "GET", "/open311/v2/services.json");
            QVERIFY2(reply.status == 200, reply.describe().constData());
            QVERIFY(!reply.json().array().isEmpty());
        }
        const Reply public429 = exchange(at, "GET", "/open311/v2/services.json");
        CHECK(verifyOpen311Error(server, public429, 429));
        QVERIFY2(retryAfter(public429) >= 1, public429.header("Retry-After").constData());
        // A forged token gets no bucket of its own: it is counted against the address.
        const Reply forged = exchange(at, "GET", kFeedPage, bearer("forged-token"));
        CHECK(verifyKioskError(server, forged, 429, QStringLiteral("rate_limited")));
        // Devices are counted apart from the address they share.
        QCOMPARE(exchange(at, "GET", kFeedPage, bearer(other)).status, 200);
    }

    void everyErrorIsJson()
    {
        ServerProcess server;
        QVERIFY(start(server, "[limits]\nrequests_per_minute=6\nrequest_burst=5\n"
                              "max_body_kb=4\nmax_json_depth=8\n"));
        const quint16 at = port(server);
        const QByteArray token = server.token();
        const Headers json{{"Content-Type", "application/json"},
                           {"Idempotency-Key", "5b0f3a7e-2c4d-4e8f-9a1b-3c5d7e9f1a2b"}};

        // Per address: two requests.
        CHECK(verifyKioskError(server, exchange(at, "GET", kFeedPage, bearer("forged")), 401,
                               QStringLiteral("unauthorized")));
        CHECK(verifyKioskError(server, exchange(at, "POST", "/api/v1/submissions", json, nested(2)),
                               401, QStringLiteral("unauthorized")));

        // Per token: five requests.
        CHECK(verifyKioskError(server, exchange(at, "GET", "/api/v1/nothing", bearer(token)), 404,
                               QStringLiteral("not_found")));
        const QByteArray large =
            "{\"type\":\"suggestion\",\"payload\":{\"text\":\"" + QByteArray(5000, 'x') + "\"}}";
        CHECK(verifyKioskError(
            server, exchange(at, "POST", "/api/v1/submissions", bearer(token, json), large), 413,
            QStringLiteral("too_large")));
        CHECK(verifyKioskError(
            server, exchange(at, "POST", "/api/v1/submissions", bearer(token, json), nested(9)),
            400, QStringLiteral("too_deep")));
        // Eight levels are allowed: refused later, for what they say.
        const Reply eight =
            exchange(at, "POST", "/api/v1/submissions", bearer(token, json), nested(8));
        CHECK(verifyKioskError(server, eight, 422, QStringLiteral("invalid")));
        CHECK(verifyKioskError(
            server, exchange(at, "POST", "/api/v1/heartbeat", bearer(token, json), large), 413,
            QStringLiteral("too_large")));
        CHECK(verifyKioskError(server, exchange(at, "GET", kFeedPage, bearer(token)), 429,
                               QStringLiteral("rate_limited")));

        // Open311 in its own shape (per address: three more, five in all).
        CHECK(verifyOpen311Error(server, exchange(at, "GET", "/open311/v2/nothing.json"), 404));
        CHECK(verifyOpen311Error(server, exchange(at, "GET", "/open311/v2/services.xml"), 400));
        CHECK(verifyOpen311Error(server,
                                 exchange(at, "POST", "/open311/v2/requests.json",
                                          {{"Content-Type", "application/x-www-form-urlencoded"}},
                                          "description=" + QByteArray(5000, 'x')),
                                 413));
        CHECK(verifyOpen311Error(server, exchange(at, "GET", "/open311/v2/services.json"), 429));
    }

    void anOversizedRequestIsCutOff()
    {
        ServerProcess server;
        // Bodies up to 4 KiB: the connection guard cuts at that plus 64 KiB of headers.
        QVERIFY(start(server, "[limits]\nmax_body_kb=4\n"));
        const quint16 at = port(server);
        const qint64 size = 16 * 1024 * 1024;
        Connection hostile(at);
        QVERIFY(hostile.connect());
        QVERIFY(hostile.send("POST /api/v1/submissions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Authorization: Bearer " +
                             server.token() +
                             "\r\nContent-Type: application/json\r\n"
                             "Idempotency-Key: 0d1e2f3a-4b5c-6d7e-8f90\r\nContent-Length: " +
                             QByteArray::number(size) + "\r\n\r\n"));
        const QByteArray chunk(64 * 1024, 'x');
        qint64 sent = 0;
        while (sent < size && hostile.send(chunk, 5000))
            sent += chunk.size();
        const Reply reply = hostile.read(15000);
        QVERIFY2(reply.status == 413 || reply.closed, reply.describe().constData());
        if (reply.status == 413)
            CHECK(verifyKioskError(server, reply, 413, QStringLiteral("too_large")));
        QVERIFY(hostile.waitClosed(15000));
        // Cut by the connection guard, not read whole and refused afterwards.
        QTRY_VERIFY_WITH_TIMEOUT(
            server.log().contains(QLatin1StringView("cut off a request of more than")), 10000);
        qInfo() << "the client handed over" << sent << "of" << size << "bytes";

        const Reply after = exchange(at, "GET", kFeedPage, bearer(server.token()));
        QVERIFY2(after.status == 200, after.describe().constData());
    }

    void aSlowSenderIsCutOff()
    {
        ServerProcess server;
        // A request must arrive and be answered within 1 + 1 s.
        QVERIFY(start(server, "[limits]\nrequest_seconds=1\nmax_wait_seconds=1\n"));
        const quint16 at = port(server);

        Connection slow(at);
        QVERIFY(slow.connect());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(slow.send("GET /api/v1/changes HTTP/1.1\r\nHost: x\r\n"));

        // Meanwhile the others are served, a long poll as long as allowed included.
        const Reply normal = exchange(at, "GET", kFeedPage, bearer(server.token()));
        QVERIFY2(normal.status == 200, normal.describe().constData());
        QVERIFY(slow.isOpen());
        const Reply poll =
            exchange(at, "GET", "/api/v1/changes?since=1000000000&wait=1", bearer(server.token()));
        QVERIFY2(poll.status == 200, poll.describe().constData());
        QVERIFY(poll.json()[QStringLiteral("changes")].toArray().isEmpty());

        QVERIFY2(slow.waitClosed(15000), "the slow sender was never cut off");
        const qint64 cutAfter = timer.elapsed();
        qInfo() << "slow sender cut off after" << cutAfter << "ms";
        QVERIFY(cutAfter >= 1000);
        QVERIFY(slow.received().isEmpty());
        QVERIFY(server.log().contains(QLatin1StringView("cut off a request still unfinished")));

        // Trickling a byte at a time does not buy more time.
        Connection trickle(at);
        QVERIFY(trickle.connect());
        timer.restart();
        QVERIFY(trickle.send("GET /api/v1/changes HTTP/1.1\r\nX-Padding: "));
        while (trickle.isOpen() && timer.elapsed() < 15000) {
            if (!trickle.send("a") || trickle.waitClosed(200))
                break;
        }
        QVERIFY2(!trickle.isOpen(), "the trickling sender was never cut off");
        qInfo() << "trickling sender cut off after" << timer.elapsed() << "ms";

        const Reply after = exchange(at, "GET", kFeedPage, bearer(server.token()));
        QVERIFY2(after.status == 200, after.describe().constData());
    }

    void connectionsBeyondTheMaximumAreRefused()
    {
        ServerProcess server;
        QVERIFY(start(server, "[limits]\nmax_connections=3\n"));
        const quint16 at = port(server);

        std::vector<std::unique_ptr<Connection>> idle;
        for (int i = 0; i < 3; ++i) {
            idle.push_back(std::make_unique<Connection>(at));
            QVERIFY(idle.back()->connect());
        }
        Connection fourth(at);
        QVERIFY(fourth.connect());
        const Reply busy = fourth.read(10000);
        CHECK(verifyKioskError(server, busy, 503, QStringLiteral("busy")));
        QVERIFY(fourth.waitClosed(10000));
        for (const auto &connection : idle)
            QVERIFY(connection->isOpen());

        // One leaves: there is room for a kiosk again.
        // Each try opens a connection, which the server counts until it has seen it close:
        // one exchange per round, not QTRY (which evaluates its expression again).
        idle.front()->abort();
        QDeadlineTimer deadline(10000);
        int status = 0;
        while ((status = exchange(at, "GET", kFeedPage, bearer(server.token())).status) != 200 &&
               !deadline.hasExpired())
            QTest::qWait(50);
        QCOMPARE(status, 200);
    }

    void theAccessLogKeepsNoPersonalData()
    {
        ServerProcess server;
        QVERIFY(start(server, "[log]\naccess_log=true\n"));
        const quint16 at = port(server);
        const QByteArray appKey = server.issueToken(QStringLiteral("app-civica"));
        QVERIFY(!appKey.isEmpty());
        const QString canary = QStringLiteral("CANARY-7f3e");
        const QString email = QStringLiteral("canario.7f3e@example.org");
        const QString phone = QStringLiteral("+53 5 777 0142");
        const QString name = QStringLiteral("Canario Prueba");

        const QJsonObject complaint{
            {QStringLiteral("type"), QStringLiteral("complaint")},
            {QStringLiteral("created_at"), QStringLiteral("2026-11-28T10:15:00-05:00")},
            {QStringLiteral("locale"), QStringLiteral("es")},
            {QStringLiteral("payload"),
             QJsonObject{
                 {QStringLiteral("category"), QStringLiteral("agua-acueducto")},
                 {QStringLiteral("description"),
                  QString(QStringLiteral("Salidero frente a ") + canary)},
                 {QStringLiteral("location"), QStringLiteral("Calle 5 entre 8 y 10")},
                 {QStringLiteral("attributes"),
                  QJsonObject{{QStringLiteral("tipo_problema"), QStringLiteral("salidero-via")},
                              {QStringLiteral("dias_sin_agua"), 2}}},
                 {QStringLiteral("contact"), QJsonObject{{QStringLiteral("name"), name},
                                                         {QStringLiteral("phone"), phone},
                                                         {QStringLiteral("email"), email}}},
                 {QStringLiteral("consent"), true}}}};
        const Reply stored = exchange(
            at, "POST", "/api/v1/submissions",
            bearer(server.token(), {{"Content-Type", "application/json"},
                                    {"Idempotency-Key", "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4"}}),
            QJsonDocument(complaint).toJson(QJsonDocument::Compact));
        QVERIFY2(stored.status == 201, stored.describe().constData());

        // Open311 with the key in the query string, as some clients send it.
        QByteArray form;
        for (const auto &[key, value] : QList<QPair<QString, QString>>{
                 {QStringLiteral("service_code"), QStringLiteral("alumbrado-publico")},
                 {QStringLiteral("address_string"), QStringLiteral("Calle Martí esquina a Maceo")},
                 {QStringLiteral("attribute[tipo_averia]"), QStringLiteral("apagada")},
                 {QStringLiteral("attribute[luminarias_afectadas]"), QStringLiteral("3")},
                 {QStringLiteral("description"),
                  QString(QStringLiteral("Farola apagada ") + canary)},
                 {QStringLiteral("first_name"), QStringLiteral("Canario")},
                 {QStringLiteral("last_name"), QStringLiteral("Prueba")},
                 {QStringLiteral("email"), email},
                 {QStringLiteral("phone"), phone}})
            form += (form.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(key) + '=' +
                    QUrl::toPercentEncoding(value);
        const Reply filed = exchange(
            at, "POST", "/open311/v2/requests.json?jurisdiction_id=loma-azul&api_key=" + appKey,
            {{"Content-Type", "application/x-www-form-urlencoded"}}, form);
        QVERIFY2(filed.status == 201, filed.describe().constData());

        server.stop();
        const QString log = server.log();
        QVERIFY2(log.contains(QRegularExpression(
                     QStringLiteral("server\\.access: test-kiosk POST /api/v1/submissions 201 "))),
                 qPrintable(log));
        QVERIFY2(log.contains(QRegularExpression(
                     QStringLiteral("server\\.access: \\S+ POST /open311/v2/requests\\.json"
                                    "\\?jurisdiction_id=loma-azul 201 "))),
                 qPrintable(log));
        for (const QString &secret :
             {canary, email, phone, name, QStringLiteral("Canario"),
              QString::fromLatin1(server.token()), QString::fromLatin1(appKey),
              QStringLiteral("api_key"), QStringLiteral("127.0.0.1")})
            QVERIFY2(!log.contains(secret), qPrintable(secret + QStringLiteral(" in:\n") + log));
    }

    void stopsGracefully()
    {
        ServerProcess server;
        // The server says when it parks a long poll (a debug line): the test then knows the
        // poll is waiting when the signal comes.
        const bool hadRules = qEnvironmentVariableIsSet("QT_LOGGING_RULES");
        const QByteArray rules = qgetenv("QT_LOGGING_RULES");
        qputenv("QT_LOGGING_RULES", "server.debug=true");
        const bool started = start(server, "[server]\nshutdown_grace_seconds=60\n");
        if (hadRules)
            qputenv("QT_LOGGING_RULES", rules);
        else
            qunsetenv("QT_LOGGING_RULES");
        QVERIFY(started);
        const quint16 at = port(server);

        // The head of the feed and its tag.
        qint64 next = 0;
        QByteArray etag;
        for (bool more = true; more;) {
            const Reply page =
                exchange(at, "GET", "/api/v1/changes?since=" + QByteArray::number(next),
                         bearer(server.token()));
            QVERIFY2(page.status == 200, page.describe().constData());
            next = page.json()[QStringLiteral("next")].toInteger();
            more = page.json()[QStringLiteral("more")].toBool();
            etag = page.header("ETag");
        }
        QVERIFY(!etag.isEmpty());

        Connection poll(at);
        QVERIFY(poll.connect());
        QVERIFY(poll.send(request("GET",
                                  "/api/v1/changes?since=" + QByteArray::number(next) + "&wait=30",
                                  bearer(server.token(), {{"If-None-Match", etag}}))));
        QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QLatin1StringView("waits from")), 10000);

        // The grace period (60 s) is longer than stopAndExitCode() waits (30 s): a poll left
        // to the end of it would show as a kill (-1) and an unclean stop, not as exit 0.
        QCOMPARE(server.stopAndExitCode(), 0);

        const Reply answered = poll.read(5000);
        QVERIFY2(answered.status == 304, answered.describe().constData());
        QCOMPARE(answered.header("ETag"), etag);
        const QString log = server.log();
        QVERIFY2(log.contains(QLatin1StringView("answering 1 long polls")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1StringView("Stopped cleanly")), qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestServerHardening)
#include "tst_serverhardening.moc"
