#include "accountbook.h"
#include "passwordhash.h"
#include "serverstore.h"
#include "testserverdatabase.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using Verdict = AccountBook::Verdict;

class TestAccountBook : public QObject
{
    Q_OBJECT

private:
    static constexpr int kIterations = 1000;

    QTemporaryDir m_dir;
    TestServerDatabase m_database{m_dir.path()};
    ServerStore m_store;
    std::unique_ptr<AccountBook> m_accounts;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);

    QString storedHash(const QString &name)
    {
        QSqlQuery query(m_store.database().connection());
        query.prepare(QStringLiteral("SELECT password_hash FROM editors WHERE name = ?"));
        query.addBindValue(name);
        if (!query.exec() || !query.next())
            return {};
        return query.value(0).toString();
    }

    std::optional<AccountBook::Account> account(const QString &name) const
    {
        const auto accounts = m_accounts->list();
        for (const auto &account : accounts) {
            if (account.name == name)
                return account;
        }
        return std::nullopt;
    }

    void add(const QString &name, const QString &password)
    {
        QString error;
        QVERIFY2(m_accounts->add(name, password, &error), qPrintable(error));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_store.open(m_database.location(), &error), qPrintable(error));
        m_accounts = std::make_unique<AccountBook>(m_store.database(), QStringLiteral("editors"),
                                                   kIterations);
    }

    void anAddedEditorSignsIn()
    {
        add(QStringLiteral("maria.perez"), QStringLiteral("caña-de-azúcar-2026"));
        QCOMPARE(m_accounts->authenticate(QStringLiteral("maria.perez"),
                                          QStringLiteral("caña-de-azúcar-2026"), m_now),
                 Verdict::Accepted);
        const auto listed = account(QStringLiteral("maria.perez"));
        QVERIFY(listed);
        QVERIFY(listed->createdAt.isValid());
        QVERIFY(qAbs(listed->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        QVERIFY(!listed->disabledAt.isValid());
        QVERIFY(!listed->lockedUntil.isValid());
        QCOMPARE(listed->failedAttempts, 0);
    }

    void aWrongPasswordOrNameIsRefused()
    {
        add(QStringLiteral("jose.marti"), QStringLiteral("la-edad-de-oro"));
        QCOMPARE(m_accounts->authenticate(QStringLiteral("jose.marti"),
                                          QStringLiteral("la-edad-de-plata"), m_now),
                 Verdict::Refused);
        QCOMPARE(m_accounts->authenticate(QStringLiteral("jose.marti"), QString(), m_now),
                 Verdict::Refused);
        QCOMPARE(m_accounts->authenticate(QStringLiteral("jose.marti"),
                                          QStringLiteral("LA-EDAD-DE-ORO"), m_now),
                 Verdict::Refused);
        QCOMPARE(m_accounts->authenticate(QStringLiteral("nadie"), QStringLiteral("la-edad-de-oro"),
                                          m_now),
                 Verdict::Refused);
        QCOMPARE(m_accounts->authenticate(QString(), QStringLiteral("la-edad-de-oro"), m_now),
                 Verdict::Refused);
        QCOMPARE(account(QStringLiteral("jose.marti"))->failedAttempts, 3);
        QVERIFY(!account(QStringLiteral("nadie")));
    }

    void repeatedFailuresLockTheAccountForAWhile()
    {
        const QString name = QStringLiteral("clerk-1");
        const QString password = QStringLiteral("ventanilla-uno");
        add(name, password);
        for (int i = 1; i < AccountBook::kMaxFailures; ++i) {
            QCOMPARE(m_accounts->authenticate(name, QStringLiteral("adivinanza-%1").arg(i),
                                              m_now.addSecs(i)),
                     Verdict::Refused);
            QCOMPARE(account(name)->failedAttempts, i);
            QVERIFY(!account(name)->lockedUntil.isValid());
        }
        const QDateTime last = m_now.addSecs(AccountBook::kMaxFailures);
        QCOMPARE(m_accounts->authenticate(name, QStringLiteral("adivinanza-final"), last),
                 Verdict::Refused);
        QCOMPARE(account(name)->lockedUntil, last.addSecs(AccountBook::kLockMinutes * 60));

        // Even the right password is refused while the lock lasts.
        QCOMPARE(m_accounts->authenticate(name, password, last), Verdict::Locked);
        QCOMPARE(m_accounts->authenticate(name, password, last.addSecs(60)), Verdict::Locked);
        QCOMPARE(m_accounts->authenticate(name, password,
                                          last.addSecs(AccountBook::kLockMinutes * 60 - 1)),
                 Verdict::Locked);
        // Guesses during the lock do not extend it.
        QCOMPARE(
            m_accounts->authenticate(name, QStringLiteral("otra-adivinanza"), last.addSecs(120)),
            Verdict::Locked);
        QCOMPARE(account(name)->lockedUntil, last.addSecs(AccountBook::kLockMinutes * 60));

        // Afterwards the right password works, and only it.
        const QDateTime after = last.addSecs(AccountBook::kLockMinutes * 60);
        QCOMPARE(m_accounts->authenticate(name, QStringLiteral("adivinanza"), after),
                 Verdict::Refused);
        QCOMPARE(m_accounts->authenticate(name, password, after.addSecs(1)), Verdict::Accepted);
        QCOMPARE(account(name)->failedAttempts, 0);
        QVERIFY(!account(name)->lockedUntil.isValid());
    }

    void theLockIsAboutInstantsNotClockFaces()
    {
        // The same instants written with the municipality's offset.
        const QString name = QStringLiteral("clerk-offset");
        const QString password = QStringLiteral("hora-local-2026");
        add(name, password);
        const QDateTime local = m_now.toOffsetFromUtc(-5 * 3600);
        for (int i = 0; i < AccountBook::kMaxFailures; ++i)
            QCOMPARE(m_accounts->authenticate(name, QStringLiteral("mal"), local),
                     Verdict::Refused);
        QCOMPARE(m_accounts->authenticate(name, password, m_now.addSecs(60)), Verdict::Locked);
        QCOMPARE(m_accounts->authenticate(name, password, local.addSecs(14 * 60)), Verdict::Locked);
        QCOMPARE(
            m_accounts->authenticate(name, password, m_now.addSecs(AccountBook::kLockMinutes * 60)),
            Verdict::Accepted);
    }

    void aSuccessStartsTheCountAgain()
    {
        const QString name = QStringLiteral("clerk-2");
        const QString password = QStringLiteral("ventanilla-dos");
        add(name, password);
        for (int i = 1; i < AccountBook::kMaxFailures; ++i)
            QCOMPARE(m_accounts->authenticate(name, QStringLiteral("mal"), m_now),
                     Verdict::Refused);
        QCOMPARE(account(name)->failedAttempts, AccountBook::kMaxFailures - 1);
        QCOMPARE(m_accounts->authenticate(name, password, m_now), Verdict::Accepted);
        QCOMPARE(account(name)->failedAttempts, 0);
        for (int i = 1; i < AccountBook::kMaxFailures; ++i)
            QCOMPARE(m_accounts->authenticate(name, QStringLiteral("mal"), m_now),
                     Verdict::Refused);
        QCOMPARE(m_accounts->authenticate(name, password, m_now), Verdict::Accepted);
    }

    void aDisabledAccountIsRefusedUntilEnabled()
    {
        const QString name = QStringLiteral("former.clerk");
        const QString password = QStringLiteral("ya-no-trabajo-aqui");
        add(name, password);
        QString error;
        QVERIFY2(m_accounts->setDisabled(name, true, &error), qPrintable(error));
        QCOMPARE(m_accounts->authenticate(name, password, m_now), Verdict::Disabled);
        QVERIFY(account(name)->disabledAt.isValid());
        // A wrong password learns nothing, not even that the account exists; and guesses
        // against a disabled account do not lock it.
        for (int i = 0; i < AccountBook::kMaxFailures; ++i)
            QCOMPARE(m_accounts->authenticate(name, QStringLiteral("mal"), m_now),
                     Verdict::Refused);
        QVERIFY(!account(name)->lockedUntil.isValid());

        QVERIFY2(m_accounts->setDisabled(name, false, &error), qPrintable(error));
        QVERIFY(!account(name)->disabledAt.isValid());
        QCOMPARE(m_accounts->authenticate(name, password, m_now), Verdict::Accepted);

        QVERIFY(!m_accounts->setDisabled(QStringLiteral("nobody.here"), true, &error));
        QVERIFY2(error.contains(QStringLiteral("nobody.here")), qPrintable(error));
    }

    void enablingLiftsALock()
    {
        const QString name = QStringLiteral("clerk-3");
        const QString password = QStringLiteral("ventanilla-tres");
        add(name, password);
        for (int i = 0; i < AccountBook::kMaxFailures; ++i)
            m_accounts->authenticate(name, QStringLiteral("mal"), m_now);
        QCOMPARE(m_accounts->authenticate(name, password, m_now), Verdict::Locked);
        QString error;
        QVERIFY(m_accounts->setDisabled(name, false, &error));
        QCOMPARE(m_accounts->authenticate(name, password, m_now), Verdict::Accepted);
    }

    void resettingThePasswordReplacesItAndLiftsALock()
    {
        const QString name = QStringLiteral("olvidadizo");
        const QString old = QStringLiteral("la-clave-vieja");
        const QString replacement = QStringLiteral("la-clave-nueva");
        add(name, old);
        for (int i = 0; i < AccountBook::kMaxFailures; ++i)
            m_accounts->authenticate(name, QStringLiteral("no-recuerdo"), m_now);
        QCOMPARE(m_accounts->authenticate(name, old, m_now), Verdict::Locked);
        const QString before = storedHash(name);

        QString error;
        QVERIFY(!m_accounts->resetPassword(name, QStringLiteral("corta"), &error));
        QVERIFY2(error.contains(QStringLiteral("10")), qPrintable(error));
        QCOMPARE(storedHash(name), before);

        QVERIFY2(m_accounts->resetPassword(name, replacement, &error), qPrintable(error));
        QVERIFY(storedHash(name) != before);
        QCOMPARE(m_accounts->authenticate(name, old, m_now), Verdict::Refused);
        QCOMPARE(m_accounts->authenticate(name, replacement, m_now), Verdict::Accepted);

        QVERIFY(!m_accounts->resetPassword(QStringLiteral("nobody.here"), replacement, &error));
        QVERIFY2(error.contains(QStringLiteral("nobody.here")), qPrintable(error));
        QVERIFY(!account(QStringLiteral("nobody.here")));
    }

    void weakPasswordsAreRefused_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("good");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("nine characters") << QStringLiteral("123456789") << false;
        QTest::newRow("ten characters") << QStringLiteral("1234567890") << true;
        QTest::newRow("ten with accents") << QStringLiteral("ñandú-ñamé") << true;
        QTest::newRow("256 characters") << QString(256, QLatin1Char('x')) << true;
        QTest::newRow("257 characters") << QString(257, QLatin1Char('x')) << false;
    }

    void weakPasswordsAreRefused()
    {
        QFETCH(QString, password);
        QFETCH(bool, good);
        QCOMPARE(AccountBook::passwordProblem(password).isEmpty(), good);
        const QString name =
            QStringLiteral("pw-%1").arg(QString::fromLatin1(QTest::currentDataTag())
                                            .toLower()
                                            .replace(QLatin1Char(' '), QLatin1Char('-')));
        QString error;
        QCOMPARE(m_accounts->add(name, password, &error), good);
        QCOMPARE(bool(account(name)), good);
        if (good) {
            QCOMPARE(m_accounts->authenticate(name, password, m_now), Verdict::Accepted);
        } else {
            QVERIFY(!error.isEmpty());
            QCOMPARE(error, AccountBook::passwordProblem(password));
        }
    }

    void badNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("good");
        QTest::newRow("dotted") << QStringLiteral("maria.gomez") << true;
        QTest::newRow("two characters") << QStringLiteral("ab") << true;
        QTest::newRow("digits and marks") << QStringLiteral("7clerk_2-b") << true;
        QTest::newRow("64 characters") << QString(64, QLatin1Char('a')) << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("one character") << QStringLiteral("a") << false;
        QTest::newRow("65 characters") << QString(65, QLatin1Char('b')) << false;
        QTest::newRow("upper case") << QStringLiteral("Maria") << false;
        QTest::newRow("space") << QStringLiteral("maria perez") << false;
        QTest::newRow("leading dash") << QStringLiteral("-maria") << false;
        QTest::newRow("leading dot") << QStringLiteral(".maria") << false;
        QTest::newRow("newline") << QStringLiteral("maria\nadmin") << false;
        QTest::newRow("tab") << QStringLiteral("maria\t") << false;
        QTest::newRow("accent") << QStringLiteral("josé") << false;
        QTest::newRow("at sign") << QStringLiteral("maria@riohondo") << false;
        QTest::newRow("slash") << QStringLiteral("maria/perez") << false;
    }

    void badNamesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(bool, good);
        QCOMPARE(AccountBook::isValidName(name), good);
        QString error;
        QCOMPARE(m_accounts->add(name, QStringLiteral("una-clave-valida"), &error), good);
        QCOMPARE(bool(account(name)), good);
        if (!good)
            QVERIFY2(error.contains(QStringLiteral("2-64")), qPrintable(error));
    }

    void aNameIsTakenOnce()
    {
        const QString name = QStringLiteral("duplicado");
        add(name, QStringLiteral("la-primera-clave"));
        const QString hash = storedHash(name);
        QString error;
        QVERIFY(!m_accounts->add(name, QStringLiteral("la-segunda-clave"), &error));
        QVERIFY2(error.contains(name), qPrintable(error));
        QCOMPARE(storedHash(name), hash);
        QCOMPARE(m_accounts->authenticate(name, QStringLiteral("la-segunda-clave"), m_now),
                 Verdict::Refused);
        QCOMPARE(m_accounts->authenticate(name, QStringLiteral("la-primera-clave"), m_now),
                 Verdict::Accepted);
        int listed = 0;
        const auto accounts = m_accounts->list();
        for (const auto &account : accounts)
            listed += account.name == name ? 1 : 0;
        QCOMPARE(listed, 1);
    }

    void onlyASaltedHashIsStored()
    {
        const QString password = QStringLiteral("misma-clave-para-dos");
        add(QStringLiteral("gemelo-a"), password);
        add(QStringLiteral("gemelo-b"), password);
        const QString a = storedHash(QStringLiteral("gemelo-a"));
        const QString b = storedHash(QStringLiteral("gemelo-b"));
        QVERIFY2(a.startsWith(QStringLiteral("pbkdf2-sha256$1000$")), qPrintable(a));
        QVERIFY2(b.startsWith(QStringLiteral("pbkdf2-sha256$1000$")), qPrintable(b));
        QCOMPARE(a.split(QLatin1Char('$')).size(), 4);
        QVERIFY(a != b);
        QVERIFY(a.split(QLatin1Char('$')).at(2) != b.split(QLatin1Char('$')).at(2));
        QVERIFY(a.split(QLatin1Char('$')).at(3) != b.split(QLatin1Char('$')).at(3));
        // 16 bytes of salt and a 32-byte key.
        QCOMPARE(QByteArray::fromBase64(a.split(QLatin1Char('$')).at(2).toLatin1()).size(), 16);
        QCOMPARE(QByteArray::fromBase64(a.split(QLatin1Char('$')).at(3).toLatin1()).size(), 32);
        QVERIFY(!a.contains(password));
        QVERIFY(!a.contains(QString::fromLatin1(password.toUtf8().toBase64())));
        QVERIFY(PasswordHash::verify(password, a));
        QVERIFY(PasswordHash::verify(password, b));

        // Nowhere else in the table either.
        QSqlQuery all(m_store.database().connection());
        QVERIFY(all.exec(QStringLiteral("SELECT * FROM editors")));
        while (all.next()) {
            for (int column = 0; column < all.record().count(); ++column)
                QVERIFY(!all.value(column).toString().contains(password));
        }
    }

    void theIterationCountTravelsWithTheHash()
    {
        // An account made with fewer iterations still signs in after the count is raised.
        add(QStringLiteral("veterano"), QStringLiteral("clave-de-antes"));
        AccountBook stronger(m_store.database(), QStringLiteral("editors"), 2000);
        QCOMPARE(stronger.authenticate(QStringLiteral("veterano"), QStringLiteral("clave-de-antes"),
                                       m_now),
                 Verdict::Accepted);
        QString error;
        QVERIFY(stronger.add(QStringLiteral("novato"), QStringLiteral("clave-de-ahora"), &error));
        QVERIFY(
            storedHash(QStringLiteral("novato")).startsWith(QStringLiteral("pbkdf2-sha256$2000$")));
        QCOMPARE(m_accounts->authenticate(QStringLiteral("novato"),
                                          QStringLiteral("clave-de-ahora"), m_now),
                 Verdict::Accepted);
    }

    void verifyRefusesTamperedHashes()
    {
        const QString password = QStringLiteral("clave-original");
        const QString hash = PasswordHash::create(password, kIterations);
        QVERIFY(PasswordHash::verify(password, hash));
        QVERIFY(!PasswordHash::verify(QStringLiteral("clave-original "), hash));
        QVERIFY(!PasswordHash::verify(QString(), hash));

        const QStringList parts = hash.split(QLatin1Char('$'));
        auto with = [&parts](int index, const QString &value) {
            QStringList changed = parts;
            changed[index] = value;
            return changed.join(QLatin1Char('$'));
        };
        // A different key, salt or iteration count each give another result.
        QByteArray key = QByteArray::fromBase64(parts.at(3).toLatin1());
        key[0] = char(key.at(0) ^ 1);
        QVERIFY(!PasswordHash::verify(password, with(3, QString::fromLatin1(key.toBase64()))));
        QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
        salt[15] = char(salt.at(15) ^ 0x80);
        QVERIFY(!PasswordHash::verify(password, with(2, QString::fromLatin1(salt.toBase64()))));
        QVERIFY(!PasswordHash::verify(password, with(1, QStringLiteral("1001"))));
        QVERIFY(!PasswordHash::verify(password, with(0, QStringLiteral("pbkdf2-sha1"))));
        // A key cut short is not a prefix match.
        QVERIFY(
            !PasswordHash::verify(password, with(3, QString::fromLatin1(key.left(16).toBase64()))));
        QVERIFY(!PasswordHash::verify(
            password,
            with(3, QString::fromLatin1(
                        QByteArray::fromBase64(parts.at(3).toLatin1()).left(16).toBase64()))));
        QVERIFY(!PasswordHash::verify(password, with(3, QString())));
        QVERIFY(!PasswordHash::verify(password, hash + QStringLiteral("$extra")));
    }

    void verifyRefusesGarbage_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::newRow("empty") << QString();
        QTest::newRow("the password itself") << QStringLiteral("clave-original");
        QTest::newRow("scheme only") << QStringLiteral("pbkdf2-sha256$");
        QTest::newRow("empty parts") << QStringLiteral("pbkdf2-sha256$$$");
        QTest::newRow("no salt or key") << QStringLiteral("pbkdf2-sha256$1000$$");
        QTest::newRow("words for iterations") << QStringLiteral("pbkdf2-sha256$many$c2FsdA==$a2V5");
        QTest::newRow("zero iterations") << QStringLiteral("pbkdf2-sha256$0$c2FsdA==$a2V5");
        QTest::newRow("negative iterations") << QStringLiteral("pbkdf2-sha256$-5$c2FsdA==$a2V5");
        QTest::newRow("other scheme") << QStringLiteral("md5$1000$c2FsdA==$a2V5");
        QTest::newRow("not base64") << QStringLiteral("pbkdf2-sha256$1000$***$***");
    }

    void verifyRefusesGarbage()
    {
        QFETCH(QString, stored);
        QVERIFY(!PasswordHash::verify(QStringLiteral("clave-original"), stored));
        QVERIFY(!PasswordHash::verify(QString(), stored));
    }

    void aCheckSplitInThreePartsGivesTheSameVerdicts()
    {
        add(QStringLiteral("ana.split"), QStringLiteral("tres-partes-2026"));
        const auto right = m_accounts->begin(QStringLiteral("ana.split"), m_now);
        QVERIFY(right && right->exists && !right->locked && !right->disabled);
        QVERIFY(AccountBook::matches(*right, QStringLiteral("tres-partes-2026")));
        QCOMPARE(m_accounts->finish(*right, true, m_now), Verdict::Accepted);

        const auto nobody = m_accounts->begin(QStringLiteral("nadie.aqui"), m_now);
        QVERIFY(nobody && !nobody->exists);
        QVERIFY(!AccountBook::matches(*nobody, QStringLiteral("tres-partes-2026")));
        QCOMPARE(m_accounts->finish(*nobody, false, m_now), Verdict::Refused);

        for (int i = 0; i < AccountBook::kMaxFailures; ++i) {
            const auto wrong = m_accounts->begin(QStringLiteral("ana.split"), m_now);
            QVERIFY(wrong);
            QCOMPARE(m_accounts->finish(*wrong, AccountBook::matches(*wrong, QStringLiteral("x")),
                                        m_now),
                     Verdict::Refused);
        }
        const auto locked = m_accounts->begin(QStringLiteral("ana.split"), m_now);
        QVERIFY(locked && locked->locked);
        // Even the right password is not hashed, nor accepted, while the lock holds.
        QVERIFY(!AccountBook::matches(*locked, QStringLiteral("tres-partes-2026")));
        QCOMPARE(m_accounts->finish(*locked, false, m_now), Verdict::Locked);
    }

    void aDecoyMatchesNoPassword()
    {
        const QString decoy = PasswordHash::decoy(kIterations);
        QVERIFY(decoy.startsWith(QStringLiteral("pbkdf2-sha256$1000$")));
        QVERIFY(!PasswordHash::verify(QString(), decoy));
        QVERIFY(!PasswordHash::verify(QStringLiteral("clave-original"), decoy));
    }
};

QTEST_GUILESS_MAIN(TestAccountBook)
#include "tst_accountbook.moc"
