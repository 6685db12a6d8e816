#include "kiosksettings.h"
#include "staffpin.h"
#include "testpaths.h"

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

    void tlsTrustIsCheckedAndExplained_data()
    {
        QTest::addColumn<QByteArray>("lines");
        QTest::addColumn<QString>("problem"); // empty: accepted
        const QByteArray pin = QByteArray(32, 'k').toBase64();
        QTest::newRow("a pin") << "url=https://kiosco.example/\npin_sha256=" + pin << QString();
        QTest::newRow("a pin and a spare") << "url=https://kiosco.example/\npin_sha256=" + pin +
                                                  ", " + QByteArray(32, 's').toBase64()
                                           << QString();
        QTest::newRow("a CA file")
            << QByteArray("url=https://kiosco.example/\nca_file=ca.pem") << QString();
        QTest::newRow("not base64") << QByteArray("url=https://kiosco.example/\npin_sha256=abc")
                                    << QStringLiteral("not a base64 SHA-256");
        QTest::newRow("a pin over http")
            << "url=http://127.0.0.1:8080/\npin_sha256=" + pin << QStringLiteral("not https://");
        QTest::newRow("a missing CA file")
            << QByteArray("url=https://kiosco.example/\nca_file=none.pem")
            << QStringLiteral("cannot read server/ca_file");
        QTest::newRow("a CA file without a certificate")
            << QByteArray("url=https://kiosco.example/\nca_file=token")
            << QStringLiteral("holds no PEM certificate");
    }

    void tlsTrustIsCheckedAndExplained()
    {
        QFETCH(QByteArray, lines);
        QFETCH(QString, problem);
        write(QStringLiteral("token"), "secret-token\n");
        QFile ca(TestPaths::fixture(QStringLiteral("tls/ca.pem")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        write(QStringLiteral("ca.pem"), ca.readAll());
        const QString path =
            write(QStringLiteral("tls.conf"),
                  "[server]\ntoken_file=token\n" + lines + "\n[storage]\ndata_dir=data\n");
        const QStringList problems = KioskSettings::load(path).problems();
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.at(0).contains(problem), qPrintable(problems.at(0)));
        }
    }

    void logLevelsAreRead()
    {
        write(QStringLiteral("token"), "secret-token\n");
        const QString path = write(QStringLiteral("log.conf"),
                                   "[server]\nurl=https://kiosco.example/\ntoken_file=token\n"
                                   "[storage]\ndata_dir=data\n"
                                   "[log]\nlevel=warning\ncategories=sync:debug, ui:loud\n");
        const KioskSettings settings = KioskSettings::load(path);
        QCOMPARE(settings.logLevel, QStringLiteral("warning"));
        QCOMPARE(settings.logCategories,
                 QStringList({QStringLiteral("sync:debug"), QStringLiteral("ui:loud")}));
        const QStringList problems = settings.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).contains(QStringLiteral("ui:loud")), qPrintable(problems.at(0)));
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

    void aStaffPinHashVerifiesOnlyItsPin()
    {
        // Few iterations: the format allows them, and 600,000 would take seconds per check.
        const QString encoded = StaffPin::hash(QStringLiteral("482613"), 1000);
        const QStringList parts = encoded.split(u'$');
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts.at(0), QStringLiteral("pbkdf2-sha256"));
        QCOMPARE(parts.at(1), QStringLiteral("1000"));
        QCOMPARE(QByteArray::fromBase64(parts.at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(parts.at(3).toLatin1()).size(), 32);
        QVERIFY(!encoded.contains(QStringLiteral("482613")));

        QVERIFY(StaffPin::verify(QStringLiteral("482613"), encoded));
        QVERIFY(!StaffPin::verify(QStringLiteral("482614"), encoded));
        QVERIFY(!StaffPin::verify(QStringLiteral("48261"), encoded));
        QVERIFY(!StaffPin::verify(QString(), encoded));
        // A fresh salt every time: the same PIN never gives the same line twice.
        const QString again = StaffPin::hash(QStringLiteral("482613"), 1000);
        QVERIFY(again != encoded);
        QVERIFY(StaffPin::verify(QStringLiteral("482613"), again));
        // The iteration count travels with the hash.
        QVERIFY(StaffPin::verify(QStringLiteral("482613"),
                                 StaffPin::hash(QStringLiteral("482613"), 1500)));
        // A PIN written where its hash belongs is not a hash the PIN matches.
        QVERIFY(!StaffPin::verify(QStringLiteral("482613"), QStringLiteral("482613")));
    }

    void aDamagedStaffPinHashIsExplained_data()
    {
        const QString good = StaffPin::hash(QStringLiteral("482613"), 1000);
        const QStringList parts = good.split(u'$');
        QTest::addColumn<QString>("encoded");
        QTest::addColumn<QString>("words");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("the PIN itself")
            << QStringLiteral("482613") << QStringLiteral("does not start with pbkdf2-sha256$");
        QTest::newRow("another scheme")
            << QString(good).replace(QStringLiteral("sha256"), QStringLiteral("sha1"))
            << QStringLiteral("does not start with pbkdf2-sha256$");
        QTest::newRow("three parts") << parts.mid(0, 3).join(u'$') << QStringLiteral("four parts");
        QTest::newRow("a word for iterations")
            << QStringList{parts.at(0), QStringLiteral("many"), parts.at(2), parts.at(3)}.join(u'$')
            << QStringLiteral("iteration count");
        QTest::newRow("zero iterations")
            << QStringList{parts.at(0), QStringLiteral("0"), parts.at(2), parts.at(3)}.join(u'$')
            << QStringLiteral("iteration count");
        QTest::newRow("absurd iterations")
            << QStringList{parts.at(0), QStringLiteral("999999999"), parts.at(2), parts.at(3)}.join(
                   u'$')
            << QStringLiteral("would take minutes");
        QTest::newRow("salt not base64")
            << QStringList{parts.at(0), parts.at(1), QStringLiteral("#!*"), parts.at(3)}.join(u'$')
            << QStringLiteral("salt");
        QTest::newRow("short salt")
            << QStringList{parts.at(0), parts.at(1), QStringLiteral("AAAA"), parts.at(3)}.join(u'$')
            << QStringLiteral("salt");
        QTest::newRow("key cut short") << good.left(good.size() - 8) << QStringLiteral("cut short");
        QTest::newRow("no key") << parts.mid(0, 3).join(u'$') + QStringLiteral("$")
                                << QStringLiteral("key");
    }

    void aDamagedStaffPinHashIsExplained()
    {
        QFETCH(QString, encoded);
        QFETCH(QString, words);
        int iterations = -1;
        QByteArray salt;
        QByteArray key;
        QString problem;
        QVERIFY(!StaffPin::parse(encoded, &iterations, &salt, &key, &problem));
        QVERIFY2(problem.contains(words), qPrintable(problem));
        QCOMPARE(iterations, -1);
        QVERIFY(!StaffPin::verify(QStringLiteral("482613"), encoded));
        // The problem may be printed to a log: it never repeats what was written.
        QVERIFY2(!problem.contains(QStringLiteral("482613")), qPrintable(problem));
    }

    void aGoodStaffPinHashParses()
    {
        int iterations = 0;
        QByteArray salt;
        QByteArray key;
        QString problem = QStringLiteral("untouched");
        QVERIFY(StaffPin::parse(StaffPin::hash(QStringLiteral("482613"), 1234), &iterations, &salt,
                                &key, &problem));
        QCOMPARE(iterations, 1234);
        QCOMPARE(salt.size(), 16);
        QCOMPARE(key.size(), 32);
        QVERIFY(problem.isEmpty());
    }

    void pinRulesAreExplained_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("words"); // empty: the PIN is allowed
        QTest::newRow("four digits") << QStringLiteral("4826") << QString();
        QTest::newRow("twelve digits") << QStringLiteral("482613907155") << QString();
        QTest::newRow("leading zero") << QStringLiteral("0482") << QString();
        QTest::newRow("almost a run") << QStringLiteral("1235") << QString();
        QTest::newRow("almost repeated") << QStringLiteral("1112") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
        QTest::newRow("three digits") << QStringLiteral("482") << QStringLiteral("4 to 12");
        QTest::newRow("thirteen digits")
            << QStringLiteral("4826139071552") << QStringLiteral("4 to 12");
        QTest::newRow("a letter") << QStringLiteral("48a6") << QStringLiteral("digits 0 to 9");
        QTest::newRow("a space") << QStringLiteral("4826 ") << QStringLiteral("digits 0 to 9");
        QTest::newRow("arabic-indic digits")
            << QString::fromUtf8("\u0664\u0668\u0662\u0666") << QStringLiteral("digits 0 to 9");
        QTest::newRow("repeated") << QStringLiteral("1111") << QStringLiteral("repeated");
        QTest::newRow("repeated zeros") << QStringLiteral("00000000") << QStringLiteral("repeated");
        QTest::newRow("run up") << QStringLiteral("1234") << QStringLiteral("straight run");
        QTest::newRow("run down") << QStringLiteral("4321") << QStringLiteral("straight run");
        QTest::newRow("long run") << QStringLiteral("3456789") << QStringLiteral("straight run");
        QTest::newRow("run over zero") << QStringLiteral("7890") << QStringLiteral("straight run");
        QTest::newRow("run down over zero")
            << QStringLiteral("2109") << QStringLiteral("straight run");
    }

    void pinRulesAreExplained()
    {
        QFETCH(QString, pin);
        QFETCH(QString, words);
        const QString problem = StaffPin::pinProblem(pin);
        if (words.isEmpty())
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        else
            QVERIFY2(problem.contains(words), qPrintable(problem));
    }

    void theStaffPinHashIsChecked_data()
    {
        const QString good = StaffPin::hash(QStringLiteral("482613"), 1000);
        QStringList strong = good.split(u'$');
        strong[1] = QStringLiteral("600000"); // parse() derives nothing: no need to wait
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("words"); // empty: no problem
        QTest::newRow("absent: no staff menu") << QByteArray() << QString();
        QTest::newRow("empty") << QByteArray("pin_hash=\n") << QString();
        QTest::newRow("a strong hash")
            << QByteArray("pin_hash=" + strong.join(u'$').toLatin1() + "\n") << QString();
        QTest::newRow("too few iterations") << QByteArray("pin_hash=" + good.toLatin1() + "\n")
                                            << QStringLiteral("too few iterations");
        QTest::newRow("the PIN itself")
            << QByteArray("pin_hash=482613\n") << QStringLiteral("Never write the PIN itself");
        QTest::newRow("cut short")
            << QByteArray("pin_hash=" + strong.join(u'$').left(40).toLatin1() + "\n")
            << QStringLiteral("staff/pin_hash");
    }

    void theStaffPinHashIsChecked()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, words);
        write(QStringLiteral("token"), "secret-token\n");
        const QString path =
            write(QStringLiteral("staff-") + QString::fromLatin1(QTest::currentDataTag()) +
                      QStringLiteral(".conf"),
                  "[server]\nurl=https://kiosco.example/\ntoken_file=token\n"
                  "[storage]\ndata_dir=data\n[staff]\n" +
                      line);
        const QStringList problems = KioskSettings::load(path).problems();
        if (words.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            return;
        }
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.at(0).contains(QStringLiteral("staff/pin_hash")),
                 qPrintable(problems.at(0)));
        QVERIFY2(problems.at(0).contains(words), qPrintable(problems.at(0)));
        if (words == QLatin1String("too few iterations"))
            QVERIFY2(problems.at(0).contains(QStringLiteral("municipal-kiosk --hash-pin")),
                     qPrintable(problems.at(0)));
        QVERIFY2(!problems.at(0).contains(QStringLiteral("482613")), qPrintable(problems.at(0)));
    }

    void readsTheKioskOperationKeys()
    {
        write(QStringLiteral("token"), "secret-token\n");
        const QString path = write(QStringLiteral("operation.conf"),
                                   "[server]\nurl=https://kiosco.example/\ntoken_file=token\n"
                                   "[kiosk]\nlanguage=en\nlanguages=en\n"
                                   "[idle]\ncountdown_after_seconds=45\ncountdown_seconds=10\n"
                                   "attract_after_seconds=0\n"
                                   "[staff]\nmax_attempts=3\nlockout_seconds=60\n"
                                   "[access]\ntheme=high-contrast\nlarge_text=yes\n"
                                   "on_screen_keyboard=off\nread_aloud=false\n");
        const KioskSettings settings = KioskSettings::load(path);
        QCOMPARE(settings.languages, QStringList{QStringLiteral("en")});
        QCOMPARE(settings.countdownAfter, std::chrono::seconds(45));
        QCOMPARE(settings.countdown, std::chrono::seconds(10));
        QCOMPARE(settings.attractAfter, std::chrono::seconds(0));
        QCOMPARE(settings.staffMaxAttempts, 3);
        QCOMPARE(settings.staffLockout, std::chrono::seconds(60));
        QCOMPARE(settings.theme, QStringLiteral("high-contrast"));
        QVERIFY(settings.largeText);
        QVERIFY(!settings.onScreenKeyboard);
        QVERIFY(!settings.readAloud);
        QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problems().join(u'\n')));
    }

    void explainsBadOperationKeys()
    {
        write(QStringLiteral("token"), "secret-token\n");
        const QString path = write(QStringLiteral("bad-operation.conf"),
                                   "[server]\nurl=https://kiosco.example/\ntoken_file=token\n"
                                   "[kiosk]\nlanguage=es\nlanguages=en,fr\n"
                                   "[idle]\ncountdown_after_seconds=soon\ncountdown_seconds=1\n"
                                   "attract_after_seconds=5\n"
                                   "[access]\ntheme=dark\n");
        const QStringList problems = KioskSettings::load(path).problems();
        const QString all = problems.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("'fr'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("must include the default language 'es'")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("idle/countdown_after_seconds")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("idle/countdown_seconds")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("idle/attract_after_seconds")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("access/theme")), qPrintable(all));
        QCOMPARE(problems.size(), 6);
    }

    void clerksAreOffUnlessConfigured()
    {
        write(QStringLiteral("token"), "secret-token\n");
        const QString path = write(QStringLiteral("plain.conf"),
                                   "[server]\nurl=https://kiosco.example/\ntoken_file=token\n");
        const KioskSettings settings = KioskSettings::load(path);
        QCOMPARE(settings.clerkMode, QStringLiteral("off"));
        QCOMPARE(settings.clerkLogoutAfter, std::chrono::seconds(300));
        QCOMPARE(settings.residentRequired,
                 (QStringList{QStringLiteral("address"), QStringLiteral("id_number")}));
        QVERIFY(settings.receiptPrinter.isEmpty());
        QCOMPARE(settings.clerksPath(),
                 QDir(settings.dataDir).filePath(QStringLiteral("clerks.sqlite")));
    }

    void readsTheClerkKeys()
    {
        write(QStringLiteral("token"), "secret-token\n");
        const QString path = write(QStringLiteral("clerk.conf"),
                                   "[server]\nurl=https://kiosco.example/\ntoken_file=token\n"
                                   "[clerk]\nmode=desk\nlogout_after_seconds=120\n"
                                   "resident_required=id_number, phone\nprinter=pdf:receipts\n");
        const KioskSettings settings = KioskSettings::load(path);
        QCOMPARE(settings.clerkMode, QStringLiteral("desk"));
        QCOMPARE(settings.clerkLogoutAfter, std::chrono::seconds(120));
        QCOMPARE(settings.residentRequired,
                 (QStringList{QStringLiteral("id_number"), QStringLiteral("phone")}));
        // A PDF directory is relative to the configuration file, like the other paths.
        QCOMPARE(settings.receiptPrinter,
                 QStringLiteral("pdf:") + m_dir.filePath(QStringLiteral("receipts")));
        QVERIFY2(settings.problems().isEmpty(), qPrintable(settings.problems().join(u'\n')));

        const QString named = write(QStringLiteral("printer.conf"),
                                    "[server]\nurl=https://kiosco.example/\ntoken_file=token\n"
                                    "[clerk]\nmode=kiosk\nprinter=Mostrador-1\n"
                                    "resident_required=\n");
        const KioskSettings second = KioskSettings::load(named);
        QCOMPARE(second.receiptPrinter, QStringLiteral("Mostrador-1"));
        QVERIFY2(second.residentRequired.isEmpty(), "an empty list asks for the name only");
        QVERIFY(second.problems().isEmpty());
    }

    void explainsBadClerkKeys()
    {
        write(QStringLiteral("token"), "secret-token\n");
        const QString path = write(QStringLiteral("bad-clerk.conf"),
                                   "[server]\nurl=https://kiosco.example/\ntoken_file=token\n"
                                   "[clerk]\nmode=always\nlogout_after_seconds=7200\n"
                                   "resident_required=address,passport\nprinter=pdf:\n");
        const QStringList problems = KioskSettings::load(path).problems();
        const QString all = problems.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("clerk/mode")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("clerk/logout_after_seconds")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("'passport'")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("clerk/printer")), qPrintable(all));
        QCOMPARE(problems.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestKioskSettings)
#include "tst_kiosksettings.moc"
