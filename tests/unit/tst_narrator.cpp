#include "narrator.h"

#include <QSignalSpy>
#include <QTextToSpeech>
#include <QtTest>

namespace {

// speak() on a narrator that cannot speak: nothing at all happens.
void checkHarmless(Narrator &narrator)
{
    QSignalSpy speaking(&narrator, &Narrator::speakingChanged);
    QSignalSpy noVoice(&narrator, &Narrator::noVoiceForLanguage);
    narrator.speak(QStringLiteral("Bienvenido al quiosco municipal."), QLocale(QLocale::Spanish));
    narrator.speak(QStringLiteral("Welcome."), QLocale(QLocale::English));
    narrator.stop();
    QCoreApplication::processEvents();
    QVERIFY(!narrator.speaking());
    QCOMPARE(speaking.size(), 0);
    QCOMPARE(noVoice.size(), 0);
    QVERIFY(!narrator.voiceMissing());
}

} // namespace

class TestNarrator : public QObject
{
    Q_OBJECT

private slots:
    void noneTurnsReadAloudOff()
    {
        Narrator narrator(QStringLiteral("none"));
        QVERIFY(!narrator.available());
        QVERIFY(narrator.unavailableReason().contains(QLatin1String("none")));
        QVERIFY(narrator.engineName().isEmpty());
        QVERIFY(!narrator.hasVoiceFor(QLocale(QLocale::Spanish)));
        checkHarmless(narrator);
    }

    void anEngineNotInstalledIsNamed()
    {
        Narrator narrator(QStringLiteral("no-such-engine"));
        QVERIFY(!narrator.available());
        QVERIFY(narrator.unavailableReason().contains(QLatin1String("no-such-engine")));
        QVERIFY(narrator.unavailableReason().contains(QLatin1String("not installed")));
        checkHarmless(narrator);
    }

    // Whatever this machine has installed and running, the automatic choice reports a
    // consistent answer and an unavailable narrator stays silent.
    void theAutomaticChoiceIsConsistent()
    {
        Narrator narrator;
        QCOMPARE(narrator.available(), narrator.unavailableReason().isEmpty());
        const QStringList installed = QTextToSpeech::availableEngines();
        const bool anyKnown = installed.contains(QLatin1String("speechd")) ||
                              installed.contains(QLatin1String("flite"));
        if (!anyKnown) {
            QVERIFY(!narrator.available());
            QVERIFY(narrator.unavailableReason().contains(QLatin1String("no speech engine")));
        } else {
            QVERIFY(installed.contains(narrator.engineName()));
        }
        if (!narrator.available()) {
            // Every engine tried says why it did not start.
            for (const QString &engine : {QStringLiteral("speechd"), QStringLiteral("flite")}) {
                if (installed.contains(engine))
                    QVERIFY2(narrator.unavailableReason().contains(engine),
                             qPrintable(narrator.unavailableReason()));
            }
            checkHarmless(narrator);
        }
    }

    void speechDispatcherWithoutItsDaemonSaysSo()
    {
        Narrator narrator(QStringLiteral("speechd"));
        QCOMPARE(narrator.available(), narrator.unavailableReason().isEmpty());
        if (!QTextToSpeech::availableEngines().contains(QLatin1String("speechd"))) {
            QVERIFY(narrator.unavailableReason().contains(QLatin1String("not installed")));
        } else if (!narrator.available()) {
            QVERIFY(narrator.unavailableReason().startsWith(QLatin1String("speechd: ")));
            QVERIFY(narrator.unavailableReason().size() > QStringLiteral("speechd: ").size());
        }
        if (!narrator.available())
            checkHarmless(narrator);
    }

    // flite ships English voices inside its library: they can be listed whether or not this
    // machine has an audio device to play them on.
    void fliteKnowsItsVoices()
    {
        Narrator narrator(QStringLiteral("flite"));
        QCOMPARE(narrator.available(), narrator.unavailableReason().isEmpty());
        if (!QTextToSpeech::availableEngines().contains(QLatin1String("flite"))) {
            QVERIFY(!narrator.available());
            return;
        }
        QCOMPARE(narrator.engineName(), QStringLiteral("flite"));
        QVERIFY(narrator.hasVoiceFor(QLocale(QLocale::English, QLocale::UnitedStates)));
        QVERIFY(narrator.hasVoiceFor(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        if (!narrator.available()) {
            checkHarmless(narrator);
            return;
        }
        if (!narrator.hasVoiceFor(QLocale(QLocale::Spanish))) {
            QSignalSpy noVoice(&narrator, &Narrator::noVoiceForLanguage);
            narrator.speak(QStringLiteral("Hola"), QLocale(QLocale::Spanish));
            QCOMPARE(noVoice.size(), 1);
            QVERIFY(narrator.voiceMissing());
            QVERIFY(!narrator.speaking());
        }
        narrator.speak(QStringLiteral("Hello"), QLocale(QLocale::English));
        QVERIFY(!narrator.voiceMissing());
        narrator.stop();
    }
};

QTEST_GUILESS_MAIN(TestNarrator)
#include "tst_narrator.moc"
