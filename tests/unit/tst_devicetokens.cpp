#include "devicetokens.h"
#include "serverstore.h"
#include "testserverdatabase.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestDeviceTokens : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    TestServerDatabase m_database{m_dir.path()};
    ServerStore m_store;

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_store.open(m_database.location(), &error), qPrintable(error));
    }

    void issuedTokensAuthenticateTheirDevice()
    {
        DeviceTokens tokens(m_store.database());
        QString error;
        const QByteArray first = tokens.issue(QStringLiteral("kiosk-town-hall"), &error);
        const QByteArray second = tokens.issue(QStringLiteral("kiosk-polyclinic"), &error);
        QVERIFY2(!first.isEmpty(), qPrintable(error));
        QVERIFY(first != second);
        QVERIFY2(first.size() >= 43, "256 random bits in base64url");
        QCOMPARE(tokens.authenticate(first), QStringLiteral("kiosk-town-hall"));
        QCOMPARE(tokens.authenticate(second), QStringLiteral("kiosk-polyclinic"));
        QVERIFY(!tokens.authenticate("guess"));
        QVERIFY(!tokens.authenticate(QByteArray()));
    }

    void onlyTheHashIsStored()
    {
        DeviceTokens tokens(m_store.database());
        QString error;
        const QByteArray token = tokens.issue(QStringLiteral("kiosk-library"), &error);
        QVERIFY(!token.isEmpty());
        if (m_database.isPostgreSql()) {
            // Every column of every device row, as PostgreSQL writes the row out as text.
            QSqlQuery rows(m_store.database().connection());
            QVERIFY(rows.exec(QStringLiteral("SELECT d::text FROM devices d")));
            int count = 0;
            while (rows.next()) {
                ++count;
                QVERIFY(!rows.value(0).toString().toLatin1().contains(token));
            }
            QVERIFY(count > 0);
            return;
        }
        QFile file(m_database.location());
        QSqlQuery checkpoint(m_store.database().connection());
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(token));
    }

    void revokedTokensNoLongerWork()
    {
        DeviceTokens tokens(m_store.database());
        QString error;
        const QByteArray token = tokens.issue(QStringLiteral("kiosk-stolen"), &error);
        QVERIFY(tokens.authenticate(token));
        QVERIFY2(tokens.revoke(QStringLiteral("kiosk-stolen"), &error), qPrintable(error));
        QVERIFY(!tokens.authenticate(token));
        QVERIFY(!tokens.revoke(QStringLiteral("kiosk-stolen"), &error));
        const auto devices = tokens.list();
        const auto it = std::find_if(devices.begin(), devices.end(), [](const auto &device) {
            return device.name == QLatin1String("kiosk-stolen");
        });
        QVERIFY(it != devices.end());
        QVERIFY(it->revokedAt.isValid());
    }

    void namesAreUniqueAndRequired()
    {
        DeviceTokens tokens(m_store.database());
        QString error;
        QVERIFY(!tokens.issue(QStringLiteral("kiosk-town-hall"), &error).size());
        QVERIFY2(error.contains(QStringLiteral("taken")), qPrintable(error));
        QVERIFY(tokens.issue(QStringLiteral("  "), &error).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeviceTokens)
#include "tst_devicetokens.moc"
