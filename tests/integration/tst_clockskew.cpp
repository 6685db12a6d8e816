#include "contentstore.h"
#include "democache.h"
#include "outboxstore.h"
#include "outboxwriter.h"
#include "serverprocess.h"
#include "sqldatabase.h"
#include "testpaths.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

// A kiosk whose clock is far wrong: set to 1970 by a flat clock battery, to 2099 by a bad
// NTP answer, past 2038 where 32-bit clocks end. The real kiosk runs under libfaketime (its
// wall clock only; its monotonic clock, which timers use, stays true, as on a real machine)
// against the real server: sync must reach the server's state, citizens' submissions queued
// under the wrong clock must reach the server once each with their receipts, and a second
// pass must have nothing to do.
class TestClockSkew : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server;
    QTemporaryDir m_dir;
    QString m_rightConfig; // a kiosk whose clock is right
    qint64 m_serverCursor = 0;

    QString writeConfig(const QString &name, const QString &dataDir)
    {
        return m_server.writeKioskConfig(m_dir.path(), name, dataDir);
    }

    // The kiosk's command, its wall clock set to `clock` (empty: the machine's).
    static QByteArray kiosk(const QString &clock, const QString &config, const QString &command,
                            int *exitCode)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
        process.setProcessEnvironment(environment);
        QStringList arguments{TestPaths::kioskBinary(), QStringLiteral("--config"), config,
                              command};
        if (clock.isEmpty()) {
            process.start(arguments.takeFirst(), arguments);
        } else {
            arguments.prepend(QStringLiteral("@") + clock);
            arguments.prepend(QStringLiteral("-f"));
            process.start(QStringLiteral("faketime"), arguments);
        }
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
        }
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        return process.readAll();
    }

    static qint64 cursorIn(const QByteArray &output)
    {
        const QRegularExpression cursor(QStringLiteral("sync ok.*cursor (\\d+)"));
        const auto match = cursor.match(QString::fromUtf8(output));
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("es"))); // as the language switcher does
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(), qPrintable(m_server.log()));
        // Where a kiosk with a right clock gets to.
        const QString data = m_dir.filePath(QStringLiteral("right"));
        m_rightConfig = writeConfig(QStringLiteral("right"), data);
        int exitCode = -1;
        const QByteArray output =
            kiosk({}, m_rightConfig, QStringLiteral("--sync-once"), &exitCode);
        QVERIFY2(exitCode == 0, output.constData());
        m_serverCursor = cursorIn(output);
        QVERIFY2(m_serverCursor > 0, output.constData());
        // The tool itself: a clock that is really wrong in the child.
        QProcess date;
        date.start(QStringLiteral("faketime"),
                   {QStringLiteral("-f"), QStringLiteral("@1970-01-02 00:00:00"),
                    QStringLiteral("date"), QStringLiteral("+%Y")});
        QVERIFY2(date.waitForFinished(10000), "faketime (Debian package faketime) is needed");
        QCOMPARE(date.readAll().trimmed(), QByteArray("1970"));
    }

    void syncAndSubmissionsSurviveAWrongClock_data()
    {
        QTest::addColumn<QString>("clock");
        QTest::newRow("flat battery, 1970") << QStringLiteral("1970-01-02 00:00:00");
        QTest::newRow("past 32-bit time, 2040") << QStringLiteral("2040-06-01 12:00:00");
        QTest::newRow("bad NTP answer, 2099") << QStringLiteral("2099-12-31 23:30:00");
    }

    void syncAndSubmissionsSurviveAWrongClock()
    {
        QFETCH(QString, clock);
        const QString name = QString::number(qHash(clock));
        const QString data = m_dir.filePath(name);
        QVERIFY(QDir().mkpath(data));
        const QString config = writeConfig(name, data);

        // Submissions queued by the forms while the clock was wrong.
        const FixedClock wrong(QDateTime::fromString(clock, QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                   .toTimeSpec(Qt::UTC));
        QVERIFY(wrong.now().isValid());
        QStringList receipts;
        {
            OutboxStore outbox;
            QString error;
            QVERIFY2(outbox.open(QDir(data).filePath(QStringLiteral("outbox.sqlite")), &error),
                     qPrintable(error));
            OutboxWriter writer(outbox, wrong);
            for (int i = 1; i <= 3; ++i) {
                const auto item = writer.submit(
                    QStringLiteral("suggestion"),
                    {{QStringLiteral("text"),
                      QStringLiteral("Sugerencia %1: más bancos en el parque.").arg(i)}},
                    QStringLiteral("suggestion"), &error);
                QVERIFY2(item, qPrintable(error));
                receipts.append(item->receipt);
            }
        }
        receipts.removeDuplicates();
        QCOMPARE(receipts.size(), 3);

        int exitCode = -1;
        QByteArray output = kiosk(clock, config, QStringLiteral("--sync-once"), &exitCode);
        QVERIFY2(exitCode == 0 && cursorIn(output) > 0, output.constData());
        output = kiosk(clock, config, QStringLiteral("--upload-once"), &exitCode);
        QVERIFY2(exitCode == 0, output.constData());
        // The server publishes each submission's status: sync again, then compare with a kiosk
        // whose clock is right.
        output = kiosk(clock, config, QStringLiteral("--sync-once"), &exitCode);
        QVERIFY2(exitCode == 0, output.constData());
        const qint64 skewedCursor = cursorIn(output);
        output = kiosk({}, m_rightConfig, QStringLiteral("--sync-once"), &exitCode);
        QVERIFY2(exitCode == 0, output.constData());
        m_serverCursor = cursorIn(output);
        QVERIFY2(m_serverCursor > 0, output.constData());
        QCOMPARE(skewedCursor, m_serverCursor);
        // Nothing left to do, for sync or the outbox, the clock still wrong.
        output = kiosk(clock, config, QStringLiteral("--sync-once"), &exitCode);
        QVERIFY2(exitCode == 0 && output.contains("not modified"), output.constData());
        output = kiosk(clock, config, QStringLiteral("--upload-once"), &exitCode);
        QVERIFY2(exitCode == 0, output.constData());

        OutboxStore outbox;
        QString error;
        QVERIFY2(outbox.open(QDir(data).filePath(QStringLiteral("outbox.sqlite")), &error),
                 qPrintable(error));
        const OutboxStore::Stats stats = outbox.stats();
        for (const OutboxStore::Item &item : outbox.items(OutboxStore::State::Rejected))
            qWarning("rejected %s: %s", qPrintable(item.receipt), qPrintable(item.lastError));
        QCOMPARE(stats.pending, 0);
        QCOMPARE(stats.rejected, 0);
        QCOMPARE(stats.sent, 3);
        QStringList references;
        for (const OutboxStore::Item &item : outbox.items(OutboxStore::State::Sent)) {
            QVERIFY(receipts.contains(item.receipt));
            QVERIFY2(!item.reference.isEmpty(), qPrintable(item.receipt));
            references.append(item.reference);
        }
        references.removeDuplicates();
        QCOMPARE(references.size(), 3);
        // The cache holds what the server published, whatever the clock said.
        SqlDatabase cache;
        const QDir dataDir(data);
        const QStringList files =
            dataDir.entryList({QStringLiteral("content-*.sqlite")}, QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY2(cache.open(dataDir.filePath(files.first()), ContentStore::schemaDir(),
                            SqlDatabase::Durability::Cache, &error),
                 qPrintable(error));
        const ContentStore store(cache);
        QCOMPARE(store.cursor(), m_serverCursor);
        QVERIFY(store.count(Collection::News) > 0);
    }
};

QTEST_GUILESS_MAIN(TestClockSkew)
#include "tst_clockskew.moc"
