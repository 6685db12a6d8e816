#include "devicetokens.h"
#include "fleetregistry.h"
#include "serverstore.h"
#include "testserverdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <memory>

using namespace std::chrono_literals;

// The fleet listing IT staff read: what a heartbeat may carry, how silence and lag are
// judged, and the two forms the admin command prints.
class TestFleetRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<TestServerDatabase> m_database;
    int m_stores = 0;
    std::unique_ptr<ServerStore> m_store;
    std::unique_ptr<DeviceTokens> m_tokens;
    std::unique_ptr<FleetRegistry> m_fleet;
    const QDateTime m_t0 = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);

    static QJsonObject heartbeat(qint64 cursor = 40)
    {
        return {{QStringLiteral("version"), QStringLiteral("1.4.2")},
                {QStringLiteral("cursor"), cursor},
                {QStringLiteral("outbox_pending"), 2},
                {QStringLiteral("oldest_pending_seconds"), 600},
                {QStringLiteral("free_disk_bytes"), qint64(1234567890)},
                {QStringLiteral("last_error"), QStringLiteral("connection refused")},
                {QStringLiteral("last_sync_seconds"), 180}};
    }

    void issue(const QString &name)
    {
        QString error;
        QVERIFY2(!m_tokens->issue(name, &error).isEmpty(), qPrintable(error));
    }

    FleetRegistry::Recorded record(const QString &device, const QJsonObject &body,
                                   const QDateTime &at, QString *error = nullptr)
    {
        QString why;
        const auto recorded = m_fleet->record(device, body, at, &why);
        if (error)
            *error = why;
        return recorded;
    }

    FleetRegistry::Kiosk find(const QList<FleetRegistry::Kiosk> &kiosks, const QString &name)
    {
        for (const auto &kiosk : kiosks) {
            if (kiosk.name == name)
                return kiosk;
        }
        qFatal("no kiosk named %s in the listing", qPrintable(name));
    }

    QList<FleetRegistry::Kiosk> list(const QDateTime &now, qint64 latestSeq = 100)
    {
        QString error;
        const auto kiosks = m_fleet->list(now, 15min, latestSeq, &error);
        if (!error.isEmpty())
            qFatal("%s", qPrintable(error));
        return kiosks;
    }

private slots:
    void init()
    {
        m_fleet.reset();
        m_tokens.reset();
        m_store.reset();
        m_database = std::make_unique<TestServerDatabase>(
            m_dir.path(), QStringLiteral("s%1.sqlite").arg(++m_stores));
        m_store = std::make_unique<ServerStore>();
        QString error;
        QVERIFY2(m_store->open(m_database->location(), &error), qPrintable(error));
        m_tokens = std::make_unique<DeviceTokens>(m_store->database());
        m_fleet = std::make_unique<FleetRegistry>(m_store->database());
        issue(QStringLiteral("kiosk-town-hall"));
    }

    void keepsTheLatestHeartbeatOfEachKiosk()
    {
        QString error;
        QCOMPARE(record(QStringLiteral("kiosk-town-hall"), heartbeat(10), m_t0, &error),
                 FleetRegistry::Recorded::Stored);
        QJsonObject later = heartbeat(40);
        later[QStringLiteral("version")] = QStringLiteral("1.5.0");
        QCOMPARE(record(QStringLiteral("kiosk-town-hall"), later, m_t0.addSecs(300), &error),
                 FleetRegistry::Recorded::Stored);

        const auto kiosks = list(m_t0.addSecs(360));
        QCOMPARE(kiosks.size(), 1);
        const auto kiosk = kiosks.at(0);
        QCOMPARE(kiosk.name, QStringLiteral("kiosk-town-hall"));
        QCOMPARE(kiosk.version, QStringLiteral("1.5.0"));
        QCOMPARE(kiosk.lastContact, m_t0.addSecs(300));
        QCOMPARE(kiosk.cursor, std::optional<qint64>(40));
        QCOMPARE(kiosk.outboxPending, std::optional<qint64>(2));
        // 600 s old when it arrived, one minute later when listed.
        QCOMPARE(kiosk.oldestPendingSeconds, std::optional<qint64>(660));
        QCOMPARE(kiosk.freeDiskBytes, std::optional<qint64>(1234567890));
        QCOMPARE(kiosk.lastError, QStringLiteral("connection refused"));
        QCOMPARE(kiosk.lastSyncAt, m_t0.addSecs(300 - 180));
        QVERIFY(!kiosk.silent);
        QVERIFY(!kiosk.revoked);
        QCOMPARE(kiosk.status(), QStringLiteral("ok"));
    }

    void onlyVersionAndCursorAreRequired()
    {
        const QJsonObject minimal{{QStringLiteral("version"), QStringLiteral("2.0.0-rc1")},
                                  {QStringLiteral("cursor"), 0},
                                  {QStringLiteral("free_disk_bytes"), QJsonValue()},
                                  {QStringLiteral("a_field_from_a_newer_kiosk"), true}};
        QCOMPARE(record(QStringLiteral("kiosk-town-hall"), minimal, m_t0),
                 FleetRegistry::Recorded::Stored);
        const auto kiosk = list(m_t0).at(0);
        QCOMPARE(kiosk.version, QStringLiteral("2.0.0-rc1"));
        QCOMPARE(kiosk.cursor, std::optional<qint64>(0));
        QVERIFY(!kiosk.outboxPending);
        QVERIFY(!kiosk.oldestPendingSeconds);
        QVERIFY(!kiosk.freeDiskBytes);
        QVERIFY(!kiosk.lastSyncAt.isValid());
        QVERIFY(kiosk.lastError.isEmpty());
    }

    void refusesWhatBreaksTheContract_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no version") << QStringLiteral("version") << QJsonValue();
        QTest::newRow("version a number") << QStringLiteral("version") << QJsonValue(12);
        QTest::newRow("version empty") << QStringLiteral("version") << QJsonValue(QString());
        QTest::newRow("version with a space")
            << QStringLiteral("version") << QJsonValue(QStringLiteral("1.0 beta"));
        QTest::newRow("version too long")
            << QStringLiteral("version") << QJsonValue(QString(65, QLatin1Char('1')));
        QTest::newRow("no cursor") << QStringLiteral("cursor") << QJsonValue();
        QTest::newRow("cursor negative") << QStringLiteral("cursor") << QJsonValue(-1);
        QTest::newRow("cursor fraction") << QStringLiteral("cursor") << QJsonValue(1.5);
        QTest::newRow("cursor a string")
            << QStringLiteral("cursor") << QJsonValue(QStringLiteral("12"));
        QTest::newRow("cursor beyond 2^53") << QStringLiteral("cursor") << QJsonValue(1e17);
        QTest::newRow("outbox negative") << QStringLiteral("outbox_pending") << QJsonValue(-3);
        QTest::newRow("outbox absurd") << QStringLiteral("outbox_pending") << QJsonValue(2e6);
        QTest::newRow("oldest a date") << QStringLiteral("oldest_pending_seconds")
                                       << QJsonValue(QStringLiteral("2026-11-28T10:00:00Z"));
        QTest::newRow("disk negative") << QStringLiteral("free_disk_bytes") << QJsonValue(-1);
        QTest::newRow("last sync a bool")
            << QStringLiteral("last_sync_seconds") << QJsonValue(true);
        QTest::newRow("error an object")
            << QStringLiteral("last_error") << QJsonValue(QJsonObject());
        QTest::newRow("error too long")
            << QStringLiteral("last_error") << QJsonValue(QString(301, QLatin1Char('x')));
        QTest::newRow("error with an escape sequence")
            << QStringLiteral("last_error")
            << QJsonValue(QStringLiteral("ok\x1b[2J") + QStringLiteral("cleared"));
        QTest::newRow("error with a line break")
            << QStringLiteral("last_error") << QJsonValue(QStringLiteral("one\ntwo"));
    }

    void refusesWhatBreaksTheContract()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject body = heartbeat();
        if (value.isNull())
            body.remove(field);
        else
            body[field] = value;
        QString error;
        QCOMPARE(record(QStringLiteral("kiosk-town-hall"), body, m_t0, &error),
                 FleetRegistry::Recorded::Invalid);
        QVERIFY2(error.contains(QLatin1Char('\'') + field + QLatin1Char('\'')), qPrintable(error));
        // Nothing of it was kept.
        QVERIFY(!list(m_t0).at(0).lastContact.isValid());
    }

    void theLongestErrorFits()
    {
        QJsonObject body = heartbeat();
        body[QStringLiteral("last_error")] = QString(300, QLatin1Char('x'));
        QCOMPARE(record(QStringLiteral("kiosk-town-hall"), body, m_t0),
                 FleetRegistry::Recorded::Stored);
        QCOMPARE(list(m_t0).at(0).lastError.size(), 300);
    }

    void aKioskIsSilentOnceItsLastContactIsOlderThanTheThreshold()
    {
        QCOMPARE(record(QStringLiteral("kiosk-town-hall"), heartbeat(), m_t0),
                 FleetRegistry::Recorded::Stored);
        QVERIFY(!list(m_t0.addSecs(10 * 60)).at(0).silent);
        QVERIFY(!list(m_t0.addSecs(15 * 60)).at(0).silent); // exactly at it: not yet
        const auto late = list(m_t0.addSecs(15 * 60 + 1)).at(0);
        QVERIFY(late.silent);
        QCOMPARE(late.status(), QStringLiteral("silent"));
        // The threshold is the caller's.
        QString error;
        QVERIFY(m_fleet->list(m_t0.addSecs(61), 1min, 100, &error).at(0).silent);
        QVERIFY(!m_fleet->list(m_t0.addSecs(61), 2min, 100, &error).at(0).silent);
    }

    void cursorLagIsMeasuredAgainstTheServersHead()
    {
        QCOMPARE(record(QStringLiteral("kiosk-town-hall"), heartbeat(40), m_t0),
                 FleetRegistry::Recorded::Stored);
        QCOMPARE(list(m_t0, 100).at(0).cursorLag, std::optional<qint64>(60));
        QCOMPARE(list(m_t0, 40).at(0).cursorLag, std::optional<qint64>(0));
        // A kiosk ahead of the server (a store restored from a backup) lags by nothing.
        QCOMPARE(list(m_t0, 30).at(0).cursorLag, std::optional<qint64>(0));
    }

    void listsKiosksThatNeverReportedAndRevokedOnes()
    {
        issue(QStringLiteral("kiosk-library"));
        issue(QStringLiteral("kiosk-stolen"));
        QCOMPARE(record(QStringLiteral("kiosk-town-hall"), heartbeat(), m_t0),
                 FleetRegistry::Recorded::Stored);
        QCOMPARE(record(QStringLiteral("kiosk-stolen"), heartbeat(), m_t0),
                 FleetRegistry::Recorded::Stored);
        QString error;
        QVERIFY2(m_tokens->revoke(QStringLiteral("kiosk-stolen"), &error), qPrintable(error));

        const auto kiosks = list(m_t0.addSecs(60));
        QCOMPARE(kiosks.size(), 3);
        QCOMPARE(kiosks.at(0).name, QStringLiteral("kiosk-library")); // by name

        const auto never = find(kiosks, QStringLiteral("kiosk-library"));
        QVERIFY(never.silent);
        QVERIFY(!never.revoked);
        QVERIFY(!never.lastContact.isValid());
        QVERIFY(!never.cursor);
        QVERIFY(!never.cursorLag);
        QCOMPARE(never.status(), QStringLiteral("never_seen"));

        const auto stolen = find(kiosks, QStringLiteral("kiosk-stolen"));
        QVERIFY(stolen.revoked);
        QVERIFY(!stolen.silent);
        QCOMPARE(stolen.status(), QStringLiteral("revoked"));
        QCOMPARE(find(kiosks, QStringLiteral("kiosk-town-hall")).status(), QStringLiteral("ok"));
    }

    void printsAnAlignedTableInHumanUnits()
    {
        issue(QStringLiteral("kiosk-library"));
        issue(QStringLiteral("kiosk-polyclinic-entrance"));
        QCOMPARE(record(QStringLiteral("kiosk-town-hall"), heartbeat(), m_t0),
                 FleetRegistry::Recorded::Stored);
        QJsonObject quiet = heartbeat(100);
        quiet[QStringLiteral("last_error")] = QString();
        quiet[QStringLiteral("outbox_pending")] = 0;
        quiet[QStringLiteral("free_disk_bytes")] = 950;
        QCOMPARE(record(QStringLiteral("kiosk-polyclinic-entrance"), quiet, m_t0.addSecs(-3600)),
                 FleetRegistry::Recorded::Stored);

        const QDateTime now = m_t0.addSecs(3 * 60 + 20);
        const QString text = FleetRegistry::toText(list(now), now, 15min);
        const QStringList lines = text.split(QLatin1Char('\n'));
        QVERIFY2(lines.size() >= 5, qPrintable(text));
        const QString header = lines.at(0);
        QVERIFY2(header.startsWith(QStringLiteral("KIOSK ")), qPrintable(text));
        // Every column starts where its title does.
        const qsizetype statusAt = header.indexOf(QStringLiteral("STATUS"));
        const qsizetype versionAt = header.indexOf(QStringLiteral("VERSION"));
        for (int i = 1; i <= 3; ++i) {
            QCOMPARE(lines.at(i).at(statusAt - 1), QLatin1Char(' '));
            QVERIFY2(lines.at(i).at(statusAt) != QLatin1Char(' '), qPrintable(text));
            QVERIFY2(lines.at(i).at(versionAt) != QLatin1Char(' '), qPrintable(text));
        }
        // Numbers end where their titles end.
        const qsizetype outboxEnd = header.indexOf(QStringLiteral("OUTBOX")) + 6;
        QCOMPARE(lines.at(3).mid(outboxEnd - 2, 2), QStringLiteral(" 2"));

        const QString library = lines.at(1);
        QVERIFY2(library.startsWith(QStringLiteral("kiosk-library ")), qPrintable(text));
        QVERIFY2(library.contains(QStringLiteral("NEVER SEEN")), qPrintable(library));
        QVERIFY2(library.contains(QStringLiteral("never")), qPrintable(library));

        const QString polyclinic = lines.at(2);
        QVERIFY2(polyclinic.contains(QStringLiteral("SILENT")), qPrintable(polyclinic));
        QVERIFY2(polyclinic.contains(QStringLiteral("1 h ago")), qPrintable(polyclinic));
        QVERIFY2(polyclinic.contains(QStringLiteral("950 B")), qPrintable(polyclinic));

        const QString townHall = lines.at(3);
        QVERIFY2(townHall.contains(QStringLiteral(" ok ")), qPrintable(townHall));
        QVERIFY2(townHall.contains(QStringLiteral("3 min ago")), qPrintable(townHall));
        QVERIFY2(townHall.contains(QStringLiteral("1.2 GB")), qPrintable(townHall));
        QVERIFY2(townHall.contains(QStringLiteral("13 min")), qPrintable(townHall));    // oldest
        QVERIFY2(townHall.contains(QStringLiteral("6 min ago")), qPrintable(townHall)); // sync
        QVERIFY2(townHall.endsWith(QStringLiteral("connection refused")), qPrintable(townHall));
        QVERIFY2(!text.contains(QStringLiteral(" \n")), "no trailing spaces");

        QVERIFY2(text.contains(QStringLiteral("3 kiosks: 1 ok, 1 silent (no heartbeat for 15 min), "
                                              "1 never seen, 0 revoked")),
                 qPrintable(text));
    }

    void theTableCannotBeUsedToSendEscapeSequencesToATerminal()
    {
        issue(QStringLiteral("kiosk-\x1b[31mred"));
        const QString text = FleetRegistry::toText(list(m_t0), m_t0, 15min);
        QVERIFY(!text.contains(QChar(0x1b)));
        QVERIFY2(text.contains(QStringLiteral("kiosk-?[31mred")), qPrintable(text));
    }

    void anEmptyFleetSaysHowToStartOne()
    {
        const QString text = FleetRegistry::toText({}, m_t0, 15min);
        QVERIFY2(text.contains(QStringLiteral("token issue")), qPrintable(text));
    }

    void writesJsonForMonitoringScripts()
    {
        issue(QStringLiteral("kiosk-library"));
        QCOMPARE(record(QStringLiteral("kiosk-town-hall"), heartbeat(40), m_t0),
                 FleetRegistry::Recorded::Stored);
        const QDateTime now = m_t0.addSecs(20 * 60);
        const QByteArray json = FleetRegistry::toJson(list(now, 100), now, 15min);
        QJsonParseError parseError;
        const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        QCOMPARE(root.value(QLatin1StringView("generated_at")).toString(),
                 QStringLiteral("2026-11-28T10:20:00Z"));
        QCOMPARE(root.value(QLatin1StringView("silent_after_seconds")).toInteger(), 900);
        const QJsonObject counts = root.value(QLatin1StringView("counts")).toObject();
        QCOMPARE(counts.value(QLatin1StringView("silent")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1StringView("never_seen")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1StringView("ok")).toInt(), 0);
        QCOMPARE(counts.value(QLatin1StringView("revoked")).toInt(), 0);

        const QJsonArray kiosks = root.value(QLatin1StringView("kiosks")).toArray();
        QCOMPARE(kiosks.size(), 2);
        const QJsonObject never = kiosks.at(0).toObject();
        QCOMPARE(never.value(QLatin1StringView("name")).toString(),
                 QStringLiteral("kiosk-library"));
        QCOMPARE(never.value(QLatin1StringView("status")).toString(), QStringLiteral("never_seen"));
        QVERIFY(never.value(QLatin1StringView("silent")).toBool());
        QVERIFY(never.value(QLatin1StringView("last_contact")).isNull());
        QVERIFY(never.value(QLatin1StringView("cursor_lag")).isNull());
        QVERIFY(never.value(QLatin1StringView("version")).isNull());

        const QJsonObject seen = kiosks.at(1).toObject();
        QCOMPARE(seen.value(QLatin1StringView("status")).toString(), QStringLiteral("silent"));
        QCOMPARE(seen.value(QLatin1StringView("version")).toString(), QStringLiteral("1.4.2"));
        QCOMPARE(seen.value(QLatin1StringView("last_contact")).toString(),
                 QStringLiteral("2026-11-28T10:00:00Z"));
        QCOMPARE(seen.value(QLatin1StringView("last_contact_seconds")).toInteger(), 1200);
        QCOMPARE(seen.value(QLatin1StringView("cursor")).toInteger(), 40);
        QCOMPARE(seen.value(QLatin1StringView("cursor_lag")).toInteger(), 60);
        QCOMPARE(seen.value(QLatin1StringView("outbox_pending")).toInteger(), 2);
        QCOMPARE(seen.value(QLatin1StringView("oldest_pending_seconds")).toInteger(), 1800);
        QCOMPARE(seen.value(QLatin1StringView("free_disk_bytes")).toInteger(), 1234567890);
        QCOMPARE(seen.value(QLatin1StringView("last_error")).toString(),
                 QStringLiteral("connection refused"));
        QCOMPARE(seen.value(QLatin1StringView("last_sync_at")).toString(),
                 QStringLiteral("2026-11-28T09:57:00Z"));
        QVERIFY(!seen.value(QLatin1StringView("revoked")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestFleetRegistry)
#include "tst_fleetregistry.moc"
