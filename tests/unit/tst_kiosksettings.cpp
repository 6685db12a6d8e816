#include "kiosksettings.h"

#include <QTemporaryDir>
#include <QtTest>

class TestKioskSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    }

private slots:
    void readsAFileWithRelativePaths()
    {
        write(QStringLiteral("token"), "secret-token\n");
        const QString path = write(QStringLiteral("kiosk.conf"), "[server]\n"
                                                                 "url=https://kiosco.example/\n"
                                                                 "token_file=token\n"
                                                                 "timeout_seconds=12\n"
                                                                 "[storage]\ndata_dir=data\n"
                                                                 "[sync]\ninterval_seconds=45\n"
                                                                 "[kiosk]\nlanguage=en\n");
        const KioskSettings settings = KioskSettings::load(path);
        QCOMPARE(settings.serverUrl, QUrl(QStringLiteral("https://kiosco.example/")));
        QCOMPARE(settings.tokenFile, m_dir.filePath(QStringLiteral("token")));
        QCOMPARE(settings.dataDir, m_dir.filePath(QStringLiteral("data")));
        QCOMPARE(settings.requestTimeout, std::chrono::seconds(12));
        QCOMPARE(settings.syncInterval, std::chrono::seconds(45));
        QCOMPARE(settings.language, QStringLiteral("en"));
        QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problems().join(u'\n')));
        QCOMPARE(settings.readToken(nullptr), QByteArray("secret-token"));
    }

    void explainsEveryProblem()
    {
        const QString path = write(QStringLiteral("bad.conf"), "[server]\n"
                                                               "url=ftp://kiosco.example\n"
                                                               "token_file=missing-token\n"
                                                               "[kiosk]\nlanguage=fr\n");
        const QStringList problems = KioskSettings::load(path).problems();
        QCOMPARE(problems.size(), 3);
        QVERIFY(problems.at(0).contains(QStringLiteral("https://")));
        QVERIFY(problems.at(1).contains(QStringLiteral("missing-token")));
        QVERIFY(problems.at(2).contains(QStringLiteral("es or en")));
    }

    void aMissingFileNamesTheServerFirst()
    {
        const QStringList problems =
            KioskSettings::load(m_dir.filePath(QStringLiteral("none.conf"))).problems();
        QVERIFY(!problems.isEmpty());
        QVERIFY(problems.at(0).contains(QStringLiteral("server/url")));
    }

    void heartbeatSecondsMayBeOffButNotAFlood_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("absent: five minutes") << QByteArray() << qint64(300) << true;
        QTest::newRow("off") << QByteArray("heartbeat_seconds=0\n") << qint64(0) << true;
        QTest::newRow("ten minutes")
            << QByteArray("heartbeat_seconds=600\n") << qint64(600) << true;
        QTest::newRow("every ten seconds")
            << QByteArray("heartbeat_seconds=10\n") << qint64(10) << false;
        QTest::newRow("more than a day")
            << QByteArray("heartbeat_seconds=90000\n") << qint64(90000) << false;
        QTest::newRow("negative") << QByteArray("heartbeat_seconds=-5\n") << qint64(-5) << false;
        // A word must not quietly turn heartbeats off.
        QTest::newRow("a word") << QByteArray("heartbeat_seconds=often\n") << qint64(-1) << false;
        QTest::newRow("empty") << QByteArray("heartbeat_seconds=\n") << qint64(-1) << false;
    }

    void heartbeatSecondsMayBeOffButNotAFlood()
    {
        QFETCH(QByteArray, line);
        QFETCH(qint64, seconds);
        QFETCH(bool, accepted);
        write(QStringLiteral("token"), "secret-token\n");
        const QString path = write(QStringLiteral("heartbeat.conf"),
                                   "[server]\nurl=https://kiosco.example/\ntoken_file=token\n"
                                   "[storage]\ndata_dir=data\n[sync]\n" +
                                       line);
        const KioskSettings settings = KioskSettings::load(path);
        QCOMPARE(qint64(settings.heartbeatInterval.count()), seconds);
        const QStringList problems = settings.problems();
        QCOMPARE(problems.isEmpty(), accepted);
        if (!accepted) {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.at(0).contains(QStringLiteral("sync/heartbeat_seconds")),
                     qPrintable(problems.at(0)));
        }
    }

    void longPollSecondsIsRead_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("absent") << QByteArray() << qint64(55) << true;
        QTest::newRow("off") << QByteArray("long_poll_seconds=0\n") << qint64(0) << true;
        QTest::newRow("thirty") << QByteArray("long_poll_seconds=30\n") << qint64(30) << true;
        QTest::newRow("too long") << QByteArray("long_poll_seconds=90\n") << qint64(90) << false;
        QTest::newRow("a word") << QByteArray("long_poll_seconds=never\n") << qint64(-1) << false;
    }

    void longPollSecondsIsRead()
    {
        QFETCH(QByteArray, line);
        QFETCH(qint64, seconds);
        QFETCH(bool, accepted);
        write(QStringLiteral("token"), "secret-token\n");
        // One file per row: QSettings caches a file it has read by its name.
        const QString path =
            write(QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".conf"),
                  "[server]\nurl=https://kiosco.example/\ntoken_file=token\n"
                  "[storage]\ndata_dir=data\n[sync]\n" +
                      line);
        const KioskSettings settings = KioskSettings::load(path);
        QCOMPARE(qint64(settings.longPoll.count()), seconds);
        QCOMPARE(settings.problems().isEmpty(), accepted);
    }
};

QTEST_GUILESS_MAIN(TestKioskSettings)
#include "tst_kiosksettings.moc"
