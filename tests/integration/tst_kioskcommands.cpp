#include "clerkstore.h"
#include "kiosksettings.h"
#include "nginxprocess.h"
#include "outboxstore.h"
#include "serverprocess.h"
#include "staffpin.h"
#include "testpaths.h"

#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QtTest>
#include <unistd.h>

// The headless commands IT staff run (--check-config, --sync-once, --status), as processes.
class TestKioskCommands : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;

    QString writeConfig(const QString &name, const QUrl &url, const QByteArray &token)
    {
        const QString tokenFile = m_dir.filePath(name + QStringLiteral(".token"));
        QFile tokenOut(tokenFile);
        if (!tokenOut.open(QIODevice::WriteOnly) || tokenOut.write(token) != token.size() ||
            !tokenOut.setPermissions(QFile::ReadOwner | QFile::WriteOwner))
            qFatal("cannot write token");
        const QString path = m_dir.filePath(name + QStringLiteral(".conf"));
        QFile config(path);
        if (!config.open(QIODevice::WriteOnly))
            qFatal("cannot write config");
        config.write("[server]\nurl=" + url.toEncoded() + "\ntoken_file=" + tokenFile.toUtf8() +
                     "\ntimeout_seconds=10\n[storage]\ndata_dir=" +
                     m_dir.filePath(name + QStringLiteral("-data")).toUtf8() + "\n");
        return path;
    }

    static int run(const QStringList &arguments, QByteArray *output, const QByteArray &input = {})
    {
        QProcess kiosk;
        kiosk.setProcessChannelMode(QProcess::MergedChannels);
        kiosk.start(TestPaths::kioskBinary(), arguments);
        if (!input.isEmpty()) {
            kiosk.write(input);
            kiosk.closeWriteChannel();
        }
        if (!kiosk.waitForFinished(60000))
            return -1;
        *output = kiosk.readAll();
        return kiosk.exitStatus() == QProcess::NormalExit ? kiosk.exitCode() : -2;
    }

private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.log())); }

    void syncOnceThenStatus()
    {
        const QString config =
            writeConfig(QStringLiteral("good"), m_server.baseUrl(), m_server.token());
        QByteArray output;
        QCOMPARE(
            run({QStringLiteral("--config"), config, QStringLiteral("--check-config")}, &output),
            0);
        QVERIFY2(output.contains("Configuration OK"), output.constData());
        QVERIFY2(!output.contains("Warning"), output.constData());
        // A token every user can read is worth a warning, not a refusal.
        const QString token = KioskSettings::load(config).tokenFile;
        QVERIFY(QFile::setPermissions(token, QFile::permissions(token) | QFile::ReadOther));
        QCOMPARE(
            run({QStringLiteral("--config"), config, QStringLiteral("--check-config")}, &output),
            0);
        QVERIFY2(output.contains("Warning: every user of this machine can read the device token"),
                 output.constData());

        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--sync-once")}, &output),
                 0);
        QVERIFY2(output.contains("sync ok"), output.constData());

        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--status")}, &output), 0);
        QVERIFY2(QRegularExpression(QStringLiteral("legal: [1-9][0-9]*\n"))
                     .match(QString::fromUtf8(output))
                     .hasMatch(),
                 output.constData());
        QVERIFY2(!output.contains("last successful sync: never"), output.constData());
        QVERIFY2(output.contains("All well."), output.constData());
        QVERIFY2(!output.contains("Warning:"), output.constData());
    }

    void statusExplainsAKioskThatNeverSynced()
    {
        const QString config = writeConfig(QStringLiteral("unsynced"),
                                           QUrl(QStringLiteral("http://127.0.0.1:1")), "t");
        QByteArray output;
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--status")}, &output), 0);
        QVERIFY2(output.contains("Warning: this kiosk has never synced: run --sync-once"),
                 output.constData());
        QVERIFY2(!output.contains("All well."), output.constData());
    }

    void theOutboxIsShownAndSentOnRequest()
    {
        const QString config =
            writeConfig(QStringLiteral("outbox"), m_server.baseUrl(), m_server.token());
        {
            OutboxStore outbox;
            QString error;
            QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("outbox-data"))));
            QVERIFY2(
                outbox.open(m_dir.filePath(QStringLiteral("outbox-data/outbox.sqlite")), &error),
                qPrintable(error));
            QVERIFY(outbox.enqueue(
                QStringLiteral("suggestion"), QStringLiteral("es"),
                {{QStringLiteral("text"), QStringLiteral("Más bancos en el parque")}},
                QDateTime::currentDateTimeUtc(), {}, &error));
            QVERIFY(outbox.enqueue(QStringLiteral("complaint"), QStringLiteral("es"),
                                   {{QStringLiteral("category"), QStringLiteral("no-existe")},
                                    {QStringLiteral("description"), QStringLiteral("x")}},
                                   QDateTime::currentDateTimeUtc(), {}, &error));
        }
        QByteArray output;
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--outbox")}, &output), 6);
        QVERIFY2(output.contains("pending: 2"), output.constData());
        QVERIFY2(output.contains("  pending R-"), output.constData());
        QVERIFY2(!output.contains("OVERDUE"), output.constData());
        // Past the retention period, pending items are reported, not dropped.
        QFile retention(config);
        QVERIFY(retention.open(QIODevice::Append));
        retention.write("[outbox]\nretention_days=0\n");
        retention.close();
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--outbox")}, &output), 6);
        QVERIFY2(output.contains("  OVERDUE R-"), output.constData());
        QVERIFY2(output.contains("pending: 2"), output.constData());

        QCOMPARE(
            run({QStringLiteral("--config"), config, QStringLiteral("--upload-once")}, &output), 0);
        QVERIFY2(output.contains("1 sent, 1 rejected"), output.constData());
        // What IT staff read (and the journal keeps) names items, never what citizens wrote.
        QVERIFY2(!output.contains("bancos en el parque"), output.constData());

        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--outbox")}, &output), 0);
        QVERIFY2(output.contains("pending: 0"), output.constData());
        QVERIFY2(output.contains("sent: 1"), output.constData());
        // The rejected item stays, with the server's reason, for a clerk.
        QVERIFY2(QRegularExpression(QStringLiteral("rejected R-[0-9A-F]{4}-[0-9A-F]{4} complaint: "
                                                   "HTTP 422 invalid: there is no complaint "
                                                   "category 'no-existe'"))
                     .match(QString::fromUtf8(output))
                     .hasMatch(),
                 output.constData());
    }

    void aBadConfigurationIsExplained()
    {
        const QString path = m_dir.filePath(QStringLiteral("bad.conf"));
        QFile config(path);
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("[server]\nurl=not a url\n");
        config.close();
        QByteArray output;
        QCOMPARE(run({QStringLiteral("--config"), path, QStringLiteral("--check-config")}, &output),
                 1);
        QVERIFY2(output.contains("Problem: server/url"), output.constData());
        QVERIFY2(output.contains("Problem: server/token_file"), output.constData());
        QCOMPARE(run({QStringLiteral("--config"), path, QStringLiteral("--sync-once")}, &output),
                 1);
        // The window too, with Qt's own options before the kiosk's: the configuration is read
        // before Qt takes them, and that must not make them unknown.
        QCOMPARE(run({QStringLiteral("-platform"), QStringLiteral("offscreen"),
                      QStringLiteral("--config"), path, QStringLiteral("--windowed")},
                     &output),
                 1);
        QVERIFY2(output.contains("server/url"), output.constData());
        QVERIFY2(!output.contains("Unknown option"), output.constData());
    }

    void enrolmentMakesTheConfigurationAndTheTokenFile()
    {
        const QString config = m_dir.filePath(QStringLiteral("enrolled/kiosk.conf"));
        QByteArray output;
        // The token on standard input: it stays out of the shell's history and of `ps`.
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--enroll"),
                      m_server.baseUrl().toString(), QStringLiteral("-")},
                     &output, m_server.token() + "\n"),
                 0);
        QVERIFY2(output.contains("accepts this kiosk's token"), output.constData());

        const KioskSettings settings = KioskSettings::load(config);
        QCOMPARE(settings.serverUrl, m_server.baseUrl());
        QCOMPARE(settings.tokenFile, m_dir.filePath(QStringLiteral("enrolled/device-token")));
        QCOMPARE(settings.readToken(nullptr), m_server.token());
        // Made from the documented template: the explanations are there for IT staff.
        QFile text(config);
        QVERIFY(text.open(QIODevice::ReadOnly));
        QVERIFY(text.readAll().contains("; Check it with: municipal-kiosk"));
        text.close();
        for (const QString &path : {config, settings.tokenFile}) {
            const QFile::Permissions permissions = QFile::permissions(path);
            QVERIFY2(!(permissions & (QFile::ReadOther | QFile::WriteOther | QFile::WriteGroup)),
                     qPrintable(path));
            // The group of their directory (the package's: the kiosk's), which may read them.
            const QFileInfo info(path);
            QCOMPARE(info.groupId(), QFileInfo(info.absolutePath()).groupId());
            QVERIFY(permissions & QFile::ReadGroup);
        }

        // The enrolled kiosk syncs (into a data directory of the test's rather than the
        // template's /var/lib/municipal-kiosk).
        QCOMPARE(
            run({QStringLiteral("--config"), config, QStringLiteral("--check-config")}, &output),
            0);
        QVERIFY2(!output.contains("Warning"), output.constData());
        QVERIFY(text.open(QIODevice::ReadOnly));
        const QByteArray enrolled = text.readAll();
        text.close();
        QVERIFY(enrolled.contains("\ndata_dir=/var/lib/municipal-kiosk\n"));
        QVERIFY(text.open(QIODevice::WriteOnly | QIODevice::Truncate));
        text.write(QByteArray(enrolled).replace("\ndata_dir=/var/lib/municipal-kiosk\n",
                                                "\ndata_dir=enrolled-data\n"));
        text.close();
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--sync-once")}, &output),
                 0);
        QVERIFY2(output.contains("sync ok"), output.constData());
    }

    void enrolmentOverTlsCopiesTheAuthorityAndPinsTheKey()
    {
        NginxProcess nginx;
        QString error;
        QVERIFY2(nginx.start(quint16(m_server.baseUrl().port()), &error), qPrintable(error));
        const QString config = m_dir.filePath(QStringLiteral("tls/kiosk.conf"));
        const QString serverKey = QStringLiteral("1J7WYEo2F+XOGOGkdbTpOhbbEJYnlefCwSTVT5SvJyI=");
        QByteArray output;
        // An authority the system does not know: refused, and nothing is written.
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--enroll"),
                      nginx.baseUrl().toString(), QString::fromLatin1(m_server.token())},
                     &output),
                 7);
        QVERIFY2(output.contains("does not trust the server"), output.constData());
        QVERIFY(!QFile::exists(config));
        // A key that is not the server's: refused too.
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--enroll"),
                      nginx.baseUrl().toString(), QString::fromLatin1(m_server.token()),
                      QStringLiteral("--ca-file"), TestPaths::fixture(QStringLiteral("tls/ca.pem")),
                      QStringLiteral("--pin"), QString::fromLatin1(QByteArray(32, 'x').toBase64())},
                     &output),
                 7);
        QVERIFY2(output.contains(serverKey.toLatin1()), output.constData());
        QVERIFY(!QFile::exists(config));

        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--enroll"),
                      nginx.baseUrl().toString(), QString::fromLatin1(m_server.token()),
                      QStringLiteral("--ca-file"), TestPaths::fixture(QStringLiteral("tls/ca.pem")),
                      QStringLiteral("--pin"), serverKey},
                     &output),
                 0);
        KioskSettings settings = KioskSettings::load(config);
        // The authority is copied beside the configuration, where the service can read it.
        QCOMPARE(settings.caFile, m_dir.filePath(QStringLiteral("tls/server-ca.pem")));
        QCOMPARE(QSslCertificate::fromPath(settings.caFile),
                 QSslCertificate::fromPath(TestPaths::fixture(QStringLiteral("tls/ca.pem"))));
        QCOMPARE(settings.pinnedKeys, QStringList{serverKey});
        QVERIFY2(output.contains("accepts this kiosk's token"), output.constData());

        // Enrolled again with the same server, the authority and the pin stay.
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--enroll"),
                      nginx.baseUrl().toString(), QString::fromLatin1(m_server.token())},
                     &output),
                 0);
        settings = KioskSettings::load(config);
        QCOMPARE(settings.pinnedKeys, QStringList{serverKey});
        QVERIFY(!settings.caFile.isEmpty());
        // Moved to another server, they no longer apply.
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--enroll"),
                      m_server.baseUrl().toString(), QString::fromLatin1(m_server.token())},
                     &output),
                 0);
        settings = KioskSettings::load(config);
        QVERIFY(settings.pinnedKeys.isEmpty());
        QVERIFY(settings.caFile.isEmpty());
        QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problems().join(u'\n')));
    }

    void commandsThatWriteTheDataRefuseAnotherUser()
    {
        // The data directory belongs to someone else: as root, a directory given to nobody;
        // as anyone else, the root directory.
        QString dataDir = QStringLiteral("/");
        if (geteuid() == 0) {
            dataDir = m_dir.filePath(QStringLiteral("someone-elses"));
            QVERIFY(QDir().mkpath(dataDir));
            QCOMPARE(::chown(QFile::encodeName(dataDir).constData(), 65534, 65534), 0);
        }
        const QString config =
            writeConfig(QStringLiteral("owner"), m_server.baseUrl(), m_server.token());
        QFile file(config);
        QVERIFY(file.open(QIODevice::Append));
        file.write("[storage]\ndata_dir=" + dataDir.toUtf8() + "\n");
        file.close();
        QCOMPARE(KioskSettings::load(config).dataDir, dataDir);
        QByteArray output;
        for (const char *command : {"--sync-once", "--status", "--outbox", "--upload-once"}) {
            QCOMPARE(run({QStringLiteral("--config"), config, QLatin1String(command)}, &output), 1);
            QVERIFY2(output.contains("Run this command as that user") &&
                         output.contains("runuser -u "),
                     output.constData());
        }
        QCOMPARE(
            run({QStringLiteral("--config"), config, QStringLiteral("--check-config")}, &output),
            0);
    }

    void aTokenTheServerRefusesChangesNothing()
    {
        const QString config =
            writeConfig(QStringLiteral("reenrol"), m_server.baseUrl(), m_server.token());
        const QString tokenFile = KioskSettings::load(config).tokenFile;
        auto contents = [](const QString &path) {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        const QByteArray configBefore = contents(config);
        const QByteArray tokenBefore = contents(tokenFile);
        QByteArray output;
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--enroll"),
                      m_server.baseUrl().toString(), QStringLiteral("not-a-real-token")},
                     &output),
                 3);
        QVERIFY2(output.contains("does not accept this token"), output.constData());
        QVERIFY2(output.contains("Nothing was changed"), output.constData());
        QCOMPARE(contents(config), configBefore);
        QCOMPARE(contents(tokenFile), tokenBefore);
    }

    void anUnreachableServerIsSavedForLater()
    {
        const QString config =
            writeConfig(QStringLiteral("offline"), m_server.baseUrl(), m_server.token());
        QByteArray output;
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--enroll"),
                      QStringLiteral("http://127.0.0.1:1"), QStringLiteral("new-token")},
                     &output),
                 4);
        QVERIFY2(output.contains("could not be reached"), output.constData());
        const KioskSettings settings = KioskSettings::load(config);
        QCOMPARE(settings.serverUrl, QUrl(QStringLiteral("http://127.0.0.1:1")));
        QCOMPARE(settings.readToken(nullptr), QByteArray("new-token"));
    }

    void enrolmentRefusesWhatIsNotAnAddressOrAToken()
    {
        QByteArray output;
        const QString config = m_dir.filePath(QStringLiteral("never/kiosk.conf"));
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--enroll"),
                      QStringLiteral("kiosco.example"), QStringLiteral("t")},
                     &output),
                 2);
        QVERIFY2(output.contains("not a server address"), output.constData());
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--enroll"),
                      m_server.baseUrl().toString(), QStringLiteral("-")},
                     &output, "\n"),
                 2);
        QVERIFY2(output.contains("The token is empty"), output.constData());
        QVERIFY(!QFile::exists(config));
    }

    void aRefusedTokenExitsWithThree()
    {
        const QString config = writeConfig(QStringLiteral("refused"), m_server.baseUrl(), "wrong");
        QByteArray output;
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--sync-once")}, &output),
                 3);
        QVERIFY2(output.contains("does not accept this kiosk's device token"), output.constData());
    }

    void anUnreachableServerExitsWithFour()
    {
        // Port 1 on loopback: nothing listens there, the connection is refused at once.
        const QString config = writeConfig(QStringLiteral("unreachable"),
                                           QUrl(QStringLiteral("http://127.0.0.1:1")), "t");
        QByteArray output;
        QCOMPARE(run({QStringLiteral("--config"), config, QStringLiteral("--sync-once")}, &output),
                 4);
        QVERIFY2(output.contains("sync failed"), output.constData());
    }

    void itStaffManageClerkAccounts()
    {
        const QString config =
            writeConfig(QStringLiteral("clerks"), m_server.baseUrl(), m_server.token());
        const auto clerk = [&](const QStringList &words, const QByteArray &password,
                               QByteArray *output) {
            QProcess kiosk;
            kiosk.setProcessChannelMode(QProcess::MergedChannels);
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            if (!password.isEmpty())
                environment.insert(QStringLiteral("MUNICIPAL_CLERK_PASSWORD"),
                                   QString::fromUtf8(password));
            kiosk.setProcessEnvironment(environment);
            kiosk.start(TestPaths::kioskBinary(),
                        QStringList{QStringLiteral("--config"), config, QStringLiteral("--clerk")} +
                            words);
            kiosk.closeWriteChannel();
            if (!kiosk.waitForFinished(60000))
                return -1;
            *output = kiosk.readAll();
            return kiosk.exitStatus() == QProcess::NormalExit ? kiosk.exitCode() : -2;
        };

        QByteArray output;
        QCOMPARE(clerk({QStringLiteral("list")}, {}, &output), 0);
        QVERIFY2(output.contains("No clerks yet"), output.constData());
        QCOMPARE(clerk({QStringLiteral("add"), QStringLiteral("maria.perez"),
                        QStringLiteral("María Pérez")},
                       "mostrador-2026", &output),
                 0);
        QVERIFY2(!output.contains("mostrador-2026"), output.constData());
        // The same name twice, a name with a space, a short password: refused, with a reason.
        QCOMPARE(clerk({QStringLiteral("add"), QStringLiteral("maria.perez")}, "otra-clave-larga",
                       &output),
                 1);
        QVERIFY(!output.trimmed().isEmpty());
        QCOMPARE(clerk({QStringLiteral("add"), QStringLiteral("maria perez")}, "otra-clave-larga",
                       &output),
                 1);
        QCOMPARE(clerk({QStringLiteral("add"), QStringLiteral("jose")}, "corta", &output), 1);
        QCOMPARE(clerk({QStringLiteral("fly")}, {}, &output), 2);
        QVERIFY2(output.contains("Usage"), output.constData());

        QCOMPARE(clerk({QStringLiteral("list")}, {}, &output), 0);
        QVERIFY2(output.contains("maria.perez\tMaría Pérez\tactive"), output.constData());

        const KioskSettings settings = KioskSettings::load(config);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            ClerkStore store;
            QString error;
            QVERIFY2(store.open(settings.clerksPath(), &error), qPrintable(error));
            QCOMPARE(store.accounts().authenticate(QStringLiteral("maria.perez"),
                                                   QStringLiteral("mostrador-2026"), now),
                     AccountBook::Verdict::Accepted);
        }

        QCOMPARE(clerk({QStringLiteral("disable"), QStringLiteral("maria.perez")}, {}, &output), 0);
        QCOMPARE(clerk({QStringLiteral("list")}, {}, &output), 0);
        QVERIFY2(output.contains("\tdisabled\t"), output.constData());
        {
            ClerkStore store;
            QString error;
            QVERIFY(store.open(settings.clerksPath(), &error));
            QCOMPARE(store.accounts().authenticate(QStringLiteral("maria.perez"),
                                                   QStringLiteral("mostrador-2026"), now),
                     AccountBook::Verdict::Disabled);
        }
        QCOMPARE(clerk({QStringLiteral("enable"), QStringLiteral("maria.perez")}, {}, &output), 0);
        QCOMPARE(clerk({QStringLiteral("reset"), QStringLiteral("maria.perez")}, "nueva-clave-2026",
                       &output),
                 0);
        {
            ClerkStore store;
            QString error;
            QVERIFY(store.open(settings.clerksPath(), &error));
            QCOMPARE(store.accounts().authenticate(QStringLiteral("maria.perez"),
                                                   QStringLiteral("mostrador-2026"), now),
                     AccountBook::Verdict::Refused);
            QCOMPARE(store.accounts().authenticate(QStringLiteral("maria.perez"),
                                                   QStringLiteral("nueva-clave-2026"), now),
                     AccountBook::Verdict::Accepted);
        }

        // Every change IT staff made is in the audit log, newest first, under their role.
        QCOMPARE(clerk({QStringLiteral("audit")}, {}, &output), 0);
        const QStringList lines = QString::fromUtf8(output).trimmed().split(u'\n');
        QStringList actions;
        for (const QString &line : lines) {
            const QStringList fields = line.split(u'\t');
            QVERIFY2(fields.size() >= 4, qPrintable(line));
            QCOMPARE(fields.at(1), QStringLiteral("it-staff"));
            QCOMPARE(fields.at(3), QStringLiteral("maria.perez"));
            actions << fields.at(2);
        }
        QCOMPARE(
            actions,
            (QStringList{QStringLiteral("clerk-password-reset"), QStringLiteral("clerk-enabled"),
                         QStringLiteral("clerk-disabled"), QStringLiteral("clerk-added")}));
        // The clerks' file is the kiosk's own, readable by its user only.
        QCOMPARE(QFileInfo(settings.clerksPath()).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void hashPinPrintsALineThePinVerifies()
    {
        const auto hashPin = [](const QByteArray &input, QByteArray *out, QByteArray *err) {
            QProcess kiosk;
            // No configuration file anywhere: making a hash must not need one.
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("MUNICIPAL_KIOSK_CONFIG"),
                               QStringLiteral("/nonexistent/kiosk.conf"));
            kiosk.setProcessEnvironment(environment);
            kiosk.start(TestPaths::kioskBinary(), {QStringLiteral("--hash-pin")});
            if (!kiosk.waitForStarted(10000))
                return -1;
            kiosk.write(input);
            kiosk.closeWriteChannel();
            if (!kiosk.waitForFinished(60000))
                return -1;
            *out = kiosk.readAllStandardOutput();
            *err = kiosk.readAllStandardError();
            return kiosk.exitStatus() == QProcess::NormalExit ? kiosk.exitCode() : -2;
        };

        QByteArray out;
        QByteArray err;
        QCOMPARE(hashPin("482613\n", &out, &err), 0);
        QVERIFY2(out.startsWith("pin_hash=pbkdf2-sha256$600000$"), out.constData());
        QCOMPARE(out.count('\n'), 1); // one line on stdout, for scripts; words go to stderr
        QVERIFY2(err.contains("[staff]"), err.constData());
        const QString encoded = QString::fromLatin1(out.trimmed().mid(int(strlen("pin_hash="))));
        QVERIFY(StaffPin::verify(QStringLiteral("482613"), encoded));
        QVERIFY(!StaffPin::verify(QStringLiteral("482614"), encoded));
        QVERIFY(!out.contains("482613") && !err.contains("482613"));
        // The printed line is what kiosk.conf accepts.
        KioskSettings settings;
        settings.staffPinHash = encoded;
        for (const QString &problem : settings.problems())
            QVERIFY2(!problem.contains(QStringLiteral("staff/")), qPrintable(problem));

        QVERIFY(hashPin("1111\n", &out, &err) > 0);
        QVERIFY(out.isEmpty());
        QVERIFY2(err.contains("repeated"), err.constData());
        QVERIFY(hashPin("12ab\n", &out, &err) > 0);
        QVERIFY2(err.contains("digits 0 to 9"), err.constData());
        QVERIFY(hashPin("", &out, &err) > 0);
        QVERIFY2(err.contains("No PIN was read"), err.constData());
        QVERIFY(out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKioskCommands)
#include "tst_kioskcommands.moc"
