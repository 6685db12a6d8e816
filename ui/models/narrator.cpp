#include "narrator.h"

#include <QLoggingCategory>
#include <QTextToSpeech>

Q_LOGGING_CATEGORY(lcNarrator, "kiosk.narrator")

namespace {

const QString kNone = QStringLiteral("none");

// In the order they are tried: speech-dispatcher has voices for Spanish, flite only English.
const QStringList &preferredEngines()
{
    static const QStringList engines{QStringLiteral("speechd"), QStringLiteral("flite")};
    return engines;
}

// Errors after which the engine cannot speak at all (not a text it could not read).
bool isFatal(QTextToSpeech::ErrorReason reason)
{
    return reason == QTextToSpeech::ErrorReason::Initialization ||
           reason == QTextToSpeech::ErrorReason::Configuration ||
           reason == QTextToSpeech::ErrorReason::Playback;
}

} // namespace

Narrator::Narrator(const QString &engine, QObject *parent)
    : QObject(parent)
{
    const QStringList installed = QTextToSpeech::availableEngines();
    if (engine == kNone) {
        m_reason = QStringLiteral("read-aloud is turned off (speech engine \"none\")");
        return;
    }
    if (!engine.isEmpty()) {
        if (!installed.contains(engine)) {
            m_reason = QStringLiteral("speech engine \"%1\" is not installed (installed: %2)")
                           .arg(engine, installed.isEmpty() ? QStringLiteral("none")
                                                            : installed.join(QStringLiteral(", ")));
            return;
        }
        load(engine);
        return;
    }
    QStringList candidates;
    for (const QString &name : preferredEngines()) {
        if (installed.contains(name))
            candidates.append(name);
    }
    if (candidates.isEmpty()) {
        m_reason = QStringLiteral("no speech engine installed (install speech-dispatcher and "
                                  "qt6-speech-speechd-plugin)");
        return;
    }
    QStringList failures;
    for (const QString &name : std::as_const(candidates)) {
        if (load(name)) {
            m_reason.clear();
            return;
        }
        failures.append(m_reason);
        if (name != candidates.constLast()) {
            // Keep only the last engine tried: its voices can still be listed.
            delete m_speech;
            m_speech = nullptr;
            m_failed = false;
        }
    }
    m_reason = failures.join(QStringLiteral("; "));
}

Narrator::~Narrator()
{
    stop(); // a voice must not go on reading for the next person
}

bool Narrator::load(const QString &engine)
{
    // Loading is quick even without a speech-dispatcher daemon: the plugin's connection
    // attempt fails at once when nothing listens on its socket.
    m_speech = new QTextToSpeech(engine, this);
    if (m_speech->state() == QTextToSpeech::Error || isFatal(m_speech->errorReason())) {
        const QString said = m_speech->errorString();
        m_reason = QStringLiteral("%1: %2").arg(
            engine, said.isEmpty() ? QStringLiteral("the engine did not start") : said);
        m_failed = true;
        return false;
    }
    connect(m_speech, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
        const bool now = state == QTextToSpeech::Speaking;
        if (now != m_speaking) {
            m_speaking = now;
            emit speakingChanged(now);
        }
        if (state == QTextToSpeech::Error && !m_failed && isFatal(m_speech->errorReason()))
            fail(QStringLiteral("%1: %2").arg(m_speech->engine(), m_speech->errorString()));
    });
    connect(m_speech, &QTextToSpeech::errorOccurred, this,
            [this](QTextToSpeech::ErrorReason reason, const QString &text) {
                if (!m_failed && isFatal(reason))
                    fail(QStringLiteral("%1: %2").arg(m_speech->engine(), text));
                else
                    qCWarning(lcNarrator) << "could not read a text aloud:" << text;
            });
    return true;
}

void Narrator::fail(const QString &reason)
{
    m_failed = true;
    m_reason = reason;
    qCWarning(lcNarrator) << "read-aloud stopped working:" << reason;
    emit availableChanged(false);
}

bool Narrator::available() const
{
    return m_speech && !m_failed && m_speech->state() != QTextToSpeech::Error;
}

QString Narrator::unavailableReason() const
{
    if (available())
        return {};
    if (!m_reason.isEmpty())
        return m_reason;
    return QStringLiteral("%1: %2").arg(m_speech->engine(), m_speech->errorString());
}

QString Narrator::engineName() const
{
    return m_speech ? m_speech->engine() : QString();
}

QLocale Narrator::voiceLocale(const QLocale &locale) const
{
    if (!m_speech)
        return QLocale::c();
    const QList<QLocale> locales = m_speech->availableLocales();
    QLocale sameLanguage = QLocale::c();
    for (const QLocale &each : locales) {
        if (each.language() != locale.language())
            continue;
        if (each.territory() == locale.territory())
            return each;
        if (sameLanguage == QLocale::c())
            sameLanguage = each;
    }
    return sameLanguage;
}

bool Narrator::hasVoiceFor(const QLocale &locale) const
{
    return voiceLocale(locale) != QLocale::c();
}

void Narrator::speak(const QString &text, const QLocale &locale)
{
    if (!available() || text.trimmed().isEmpty())
        return;
    const QLocale voice = voiceLocale(locale);
    if (voice == QLocale::c()) {
        m_voiceMissing = true;
        emit noVoiceForLanguage(locale);
        return;
    }
    m_voiceMissing = false;
    if (m_speech->state() == QTextToSpeech::Speaking)
        m_speech->stop();
    if (m_speech->locale() != voice)
        m_speech->setLocale(voice);
    m_speech->say(text);
}

void Narrator::stop()
{
    if (m_speech && m_speech->state() != QTextToSpeech::Error)
        m_speech->stop();
}

bool Narrator::speaking() const
{
    return m_speaking;
}
