#include "configfileeditor.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

// Enrolment edits the kiosk's configuration in place: the keys change, the explanations stay.
class TestConfigFileEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_reads = 0;

    QVariant readBack(const QString &text, const QString &key)
    {
        // A new file each time: QSettings keeps what it read of a path within the same second.
        const QString path = m_dir.filePath(QStringLiteral("read-%1.conf").arg(++m_reads));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write");
        file.write(text.toUtf8());
        file.close();
        return QSettings(path, QSettings::IniFormat).value(key);
    }

private slots:
    void replacesAKeyAndKeepsEverythingElse()
    {
        const QString before = QStringLiteral("; The central server.\n"
                                              "[server]\n"
                                              "; its address\n"
                                              "url=https://old.example\n"
                                              "token_file=/etc/token\n"
                                              "\n"
                                              "[kiosk]\n"
                                              "url=https://not-this-one.example\n");
        ConfigFileEditor editor(before);
        editor.set(QStringLiteral("server"), QStringLiteral("url"),
                   QStringLiteral("https://new.example"));
        QCOMPARE(editor.text(), QString(before).replace(QStringLiteral("https://old.example"),
                                                        QStringLiteral("https://new.example")));
    }

    void aCommentedKeyIsLeftAndTheKeyAddedToItsSection()
    {
        ConfigFileEditor editor(
            QStringLiteral("[server]\n;ca_file=/x\nurl=a\n\n[log]\nlevel=info\n"));
        editor.set(QStringLiteral("server"), QStringLiteral("ca_file"),
                   QStringLiteral("/etc/ca.pem"));
        QCOMPARE(editor.text(), QStringLiteral("[server]\n;ca_file=/x\nurl=a\nca_file=/etc/ca.pem\n"
                                               "\n[log]\nlevel=info\n"));
        QCOMPARE(readBack(editor.text(), QStringLiteral("server/ca_file")).toString(),
                 QStringLiteral("/etc/ca.pem"));
    }

    void aMissingSectionIsAppended()
    {
        ConfigFileEditor editor(QStringLiteral("[kiosk]\nlanguage=es"));
        editor.set(QStringLiteral("server"), QStringLiteral("url"),
                   QStringLiteral("https://k.example"));
        QCOMPARE(editor.text(),
                 QStringLiteral("[kiosk]\nlanguage=es\n\n[server]\nurl=https://k.example\n"));
    }

    void valuesReadBackAsWritten_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("a url with a query") << QStringLiteral("https://k.example/a?b=c;d");
        QTest::newRow("a comma") << QStringLiteral("/srv/a,b.pem");
        QTest::newRow("quotes") << QStringLiteral("say \"hola\"");
        QTest::newRow("spaces around") << QStringLiteral(" padded ");
    }

    void valuesReadBackAsWritten()
    {
        QFETCH(QString, value);
        ConfigFileEditor editor(QStringLiteral("[server]\nurl=x\n"));
        editor.set(QStringLiteral("server"), QStringLiteral("url"), value);
        QCOMPARE(readBack(editor.text(), QStringLiteral("server/url")).toString(), value);
    }

    void aListStaysAList()
    {
        ConfigFileEditor editor(QStringLiteral("[server]\n"));
        editor.set(QStringLiteral("server"), QStringLiteral("pin_sha256"),
                   QStringLiteral("AAAA=, BBBB="));
        QCOMPARE(readBack(editor.text(), QStringLiteral("server/pin_sha256")).toStringList(),
                 QStringList({QStringLiteral("AAAA="), QStringLiteral("BBBB=")}));
    }
};

QTEST_GUILESS_MAIN(TestConfigFileEditor)
#include "tst_configfileeditor.moc"
