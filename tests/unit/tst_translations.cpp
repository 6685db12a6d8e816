#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

// Every string a person can see has a finished translation in Spanish and English. The strings
// are read from the sources now (lupdate into a scratch file), not from the committed .ts
// files, so a tr() added without running update_translations fails here too.
class TestTranslations : public QObject
{
    Q_OBJECT

private:
    struct Message
    {
        bool finished = false;
        bool numerus = false;
    };
    using Catalogue = QHash<QPair<QString, QString>, Message>; // (context, source)

    static bool read(const QString &path, Catalogue *catalogue, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        QXmlStreamReader xml(&file);
        QString context;
        QString source;
        Message message;
        bool translated = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                if (xml.name() == QLatin1String("name")) {
                    context = xml.readElementText();
                } else if (xml.name() == QLatin1String("message")) {
                    source.clear();
                    message = {};
                    message.numerus =
                        xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                    translated = false;
                } else if (xml.name() == QLatin1String("source")) {
                    source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    message.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
                    if (!message.numerus)
                        translated = !xml.readElementText().trimmed().isEmpty();
                } else if (xml.name() == QLatin1String("numerusform")) {
                    translated = !xml.readElementText().trimmed().isEmpty();
                }
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                message.finished = message.finished && translated;
                catalogue->insert({context, source}, message);
            }
        }
        if (xml.hasError()) {
            *error = xml.errorString();
            return false;
        }
        return true;
    }

private slots:
    void everyVisibleStringIsTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("es") << QStringLiteral("es");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void everyVisibleStringIsTranslated()
    {
        QFETCH(QString, language);
        QTemporaryDir scratch;
        const QString probe = scratch.filePath(QStringLiteral("probe_%1.ts").arg(language));
        const QDir root(QStringLiteral(MK_SOURCE_DIR));
        QProcess lupdate;
        lupdate.start(QStringLiteral(MK_LUPDATE),
                      {QStringLiteral("-silent"), QStringLiteral("-locations"),
                       QStringLiteral("none"), root.filePath(QStringLiteral("ui")),
                       root.filePath(QStringLiteral("app/kiosk")), QStringLiteral("-ts"), probe});
        QVERIFY(lupdate.waitForFinished(60000));
        QCOMPARE(lupdate.exitCode(), 0);

        Catalogue inSources;
        Catalogue committed;
        QString error;
        QVERIFY2(read(probe, &inSources, &error), qPrintable(error));
        QVERIFY2(
            read(root.filePath(QStringLiteral("translations/municipal-kiosk_%1.ts").arg(language)),
                 &committed, &error),
            qPrintable(error));
        QVERIFY2(inSources.size() > 100, "lupdate found almost no strings: wrong source folders?");

        QStringList missing;
        for (auto it = inSources.cbegin(); it != inSources.cend(); ++it) {
            const auto found = committed.constFind(it.key());
            if (found == committed.cend() || !found->finished)
                missing << QStringLiteral("%1: \"%2\"").arg(it.key().first, it.key().second);
        }
        missing.sort();
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 string(s) without a %2 translation (run cmake "
                                           "--build <dir> --target update_translations, then "
                                           "translate):\n  %3")
                                .arg(missing.size())
                                .arg(language, missing.join(QStringLiteral("\n  ")))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
