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
};

QTEST_GUILESS_MAIN(TestKioskSettings)
#include "tst_kiosksettings.moc"
